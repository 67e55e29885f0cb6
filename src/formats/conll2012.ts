/**
 * CoNLL-2012 coreference format, as read by the reference coreference scorer: every mention of
 * the article is a member of its entity's cluster, and singleton entities are clusters of one.
 * @module
 */
import { article } from "../generated/article.js";
import type { ArticleOf } from "../types.js";
import { sentenceTokens, type Token } from "./tokenize.js";

interface MentionTokens {
  readonly first: number;
  readonly last: number;
  readonly cluster: number;
}

// Token indices (over the whole document) of a span's first and last token.
function tokenRange(
  tokens: readonly Token[],
  span: { start: number; end: number },
): { first: number; last: number } | undefined {
  const first = tokens.findIndex((t) => t.end > span.start);
  let last = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i]!.start < span.end) {
      last = i;
      break;
    }
  }
  return first >= 0 && last >= first ? { first, last } : undefined;
}

// The coreference cell of one token: openings (longest mention first), one-token mentions,
// then closings (latest-opened first), so that nested brackets read left to right.
function corefCell(index: number, mentions: readonly MentionTokens[]): string {
  const opening = mentions.filter((m) => m.first === index && m.last > index).sort((a, b) => b.last - a.last);
  const single = mentions.filter((m) => m.first === index && m.last === index);
  const closing = mentions.filter((m) => m.last === index && m.first < index).sort((a, b) => b.first - a.first);
  const parts = [
    ...opening.map((m) => `(${m.cluster}`),
    ...single.map((m) => `(${m.cluster})`),
    ...closing.map((m) => `${m.cluster})`),
  ];
  return parts.length > 0 ? parts.join("|") : "-";
}

/**
 * Exports the article's coreference chains in the CoNLL-2012 format.
 *
 * One document `#begin document (<article id>); part 000` … `#end document`; one line per
 * token with the tab-separated columns document id, part number (`0`), word number within the
 * sentence, word, and coreference; an empty line after each sentence. The coreference column
 * holds `(N` where a mention of entity N starts, `N)` where it ends, `(N)` for a one-token
 * mention, `|`-joined, or `-`. N is the entity's 0-based index in `doc.entities`. Tokens come
 * from the package's tokenizer, which splits at every mention boundary, so mentions are exact.
 *
 * @param doc - The article; the shipped one by default.
 * @returns The CoNLL-2012 text, ending with a line break.
 * @example
 * ```ts
 * import { toConll2012 } from "kim-shoigu-2023/formats";
 * toConll2012().split("\n")[0]; // "#begin document (kim-shoigu-pyongyang-2023-07-27); part 000"
 * ```
 */
export function toConll2012(doc: ArticleOf = article): string {
  const sentences = sentenceTokens(doc);
  const tokens = sentences.flatMap((s) => s.tokens);
  const clusterOf = new Map(doc.entities.map((e, index) => [e.id, index]));
  const mentions: MentionTokens[] = [];
  for (const mention of doc.mentions) {
    const range = tokenRange(tokens, mention.span);
    const cluster = clusterOf.get(mention.entityId);
    if (range && cluster !== undefined) mentions.push({ ...range, cluster });
  }
  const lines = [`#begin document (${doc.id}); part 000`];
  let index = 0;
  for (const { tokens: sentence } of sentences) {
    if (sentence.length === 0) continue;
    sentence.forEach((token, wordNumber) => {
      lines.push([doc.id, "0", String(wordNumber), token.text, corefCell(index, mentions)].join("\t"));
      index++;
    });
    lines.push("");
  }
  lines.push("#end document");
  return `${lines.join("\n")}\n`;
}
