import type { ArticleOf } from "../../types.js";
import type { ErrorSentence, ErrorSpan } from "./types.js";

/** Turns offsets into an {@link ErrorSpan}: the text at the offsets and the sentence they start in. */
export type SpanReader = (span: { readonly start: number; readonly end: number }) => ErrorSpan;

/**
 * A reader of spans for one article. Sentences are looked up by binary search, so listing the
 * errors of many predictions stays linear in their number.
 */
export function spanReader(doc: ArticleOf): SpanReader {
  const sentences: ErrorSentence[] = [...doc.sentences]
    .map((s) => ({ id: s.id, start: s.span.start, end: s.span.end, text: s.span.text }))
    .sort((a, b) => a.start - b.start);
  // The last sentence starting at or before the offset (a span in the gap between two
  // paragraphs belongs to the sentence before it), or the first sentence.
  const sentenceAt = (offset: number): ErrorSentence | null => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return sentences[Math.max(found, 0)] ?? null;
  };
  return ({ start, end }) => ({ start, end, text: doc.text.slice(start, end), sentence: sentenceAt(start) });
}
