import type { Span } from "../../src/schema/index.js";

// A period after these does not end a sentence even when a capital follows ("U.S. President").
const ABBREVIATIONS = new Set([
  "p.m.",
  "a.m.",
  "U.S.",
  "U.K.",
  "U.N.",
  "Mr.",
  "Mrs.",
  "Ms.",
  "Dr.",
  "St.",
  "Gen.",
  "Lt.",
  "Col.",
]);

// Terminal punctuation, then any closing quotes or brackets, then white space or the end.
const CANDIDATE_END = /[.!?][”’")\]]*(?=\s|$)/g;
// What may open the next sentence.
const SENTENCE_OPENER = /^\s+[“"‘([]?[\p{Lu}\p{N}]/u;

function endsWithAbbreviation(paragraph: string, periodIndex: number): boolean {
  const wordStart = paragraph.lastIndexOf(" ", periodIndex) + 1;
  return ABBREVIATIONS.has(paragraph.slice(wordStart, periodIndex + 1));
}

/**
 * Splits one paragraph into sentence spans (offsets relative to the whole text).
 * A sentence ends at . ! or ? (with any closing quotes) followed by white space and a capital,
 * digit or opening quote, unless the word is a known abbreviation; the paragraph end always ends one.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const body = paragraph.text;
  const ends: number[] = [];
  for (const match of body.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    const atParagraphEnd = body.slice(end).trim() === "";
    if (atParagraphEnd) continue;
    if (!SENTENCE_OPENER.test(body.slice(end))) continue;
    if (match[0].startsWith(".") && endsWithAbbreviation(body, match.index)) continue;
    ends.push(end);
  }
  ends.push(body.trimEnd().length);

  const spans: Span[] = [];
  let start = 0;
  for (const end of ends) {
    const leading = body.slice(start).length - body.slice(start).trimStart().length;
    const s = paragraph.start + start + leading;
    const e = paragraph.start + end;
    spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  }
  return spans;
}

/** Splits the text into paragraph spans at each line feed. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    spans.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return spans;
}
