/**
 * The word tokenizer of the token-based exports (CoNLL, CoNLL-2012, spaCy).
 *
 * A token is, in this order of preference:
 * 1. an abbreviation of single letters each followed by a full stop: `U.S.`, `p.m.`;
 * 2. a number with inner separators: `9:50`, `1,000`, `3.5`;
 * 3. an apostrophe clitic after a letter or digit: `’s` in `Korea’s`;
 * 4. a run of letters, combining marks and digits: `Pyongyang`, `0700EST`;
 * 5. any other single non-space character: `,` `“` `–` `-` `🚀`.
 *
 * Hyphens and dashes are tokens of their own (`U.S.-led` is `U.S.` `-` `led`), so a mention
 * that ends before a hyphen ends on a token boundary. On top of these rules every annotation
 * boundary of the article (mentions, claim parts, times, sentences) splits the token it falls
 * in, so every annotated span is a whole number of tokens even for an article the rules fit
 * badly. For the shipped article the rules alone already align with every annotation (tested).
 * @module
 */
import { SPAN_FIELDS } from "../generated/fields.js";
import { type SpanField, spansOf } from "../schema/walk.js";
import type { ArticleOf } from "../types.js";
import { firstIndexWhere } from "../sorted-search.js";

/** A token: half-open UTF-16 offsets into the text and the token's text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The tokens of one sentence. */
export interface SentenceTokens {
  readonly sentence: ArticleOf["sentences"][number];
  readonly tokens: readonly Token[];
}

const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:]\p{N}+)+|(?<=[\p{L}\p{N}])['\u2019][\p{L}\p{M}]+|[\p{L}\p{M}\p{N}]+|\S/gu;

/**
 * Splits a text into tokens by the rules of this module.
 *
 * @param text - The text to split.
 * @param boundaries - Offsets that must fall between tokens; a token containing one is split there.
 * @returns The tokens in text order; white space belongs to no token.
 * @example
 * ```ts
 * tokenize("the U.S.-led West").map((t) => t.text); // ["the", "U.S.", "-", "led", "West"]
 * ```
 */
export function tokenize(text: string, boundaries: Iterable<number> = []): Token[] {
  const cuts = [...new Set(boundaries)].sort((a, b) => a - b);
  const tokens: Token[] = [];
  // Tokens come in text order, so the next cut to consider only ever moves forward.
  let next = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < cuts.length && cuts[next]! <= start) next++;
    let pieceStart = start;
    for (; next < cuts.length && cuts[next]! < end; next++) {
      const cut = cuts[next]!;
      tokens.push({ start: pieceStart, end: cut, text: text.slice(pieceStart, cut) });
      pieceStart = cut;
    }
    tokens.push({ start: pieceStart, end, text: text.slice(pieceStart, end) });
  }
  return tokens;
}

/**
 * Every annotation boundary of an article: where mentions, claim parts, times and sentences start and end.
 *
 * @param doc - The article.
 * @param fields - The span fields to follow (those of the schema by default).
 * @returns The UTF-16 offsets, unsorted, possibly repeated.
 * @example
 * ```ts
 * tokenize(article.text, annotationBoundaries(article));
 * ```
 */
export function annotationBoundaries(doc: ArticleOf, fields: readonly SpanField[] = SPAN_FIELDS): number[] {
  const boundaries: number[] = [];
  const annotations = fields.filter((f) => !UNTOKENIZED.has(f.collection));
  for (const { span } of spansOf(doc, annotations)) boundaries.push(span.start, span.end);
  return boundaries;
}

// Every span field the schema marks splits tokens, except paragraphs (tiled by their sentences)
// and notes (remarks on the text, not annotations of its words).
const UNTOKENIZED = new Set(["paragraphs", "notes"]);

/**
 * Tokenizes a whole article, splitting tokens at every annotation boundary.
 *
 * @param doc - The article.
 * @returns The article's tokens in text order.
 * @example
 * ```ts
 * articleTokens(article).length;
 * ```
 */
export function articleTokens(doc: ArticleOf): Token[] {
  return tokenize(doc.text, annotationBoundaries(doc));
}

/**
 * Tokenizes an article sentence by sentence (tokens outside every sentence are left out).
 *
 * @param doc - The article.
 * @returns One entry per sentence of `doc.sentences`, in order.
 * @example
 * ```ts
 * sentenceTokens(article)[0].tokens[0].text; // "According"
 * ```
 */
export function sentenceTokens(doc: ArticleOf): SentenceTokens[] {
  const tokens = articleTokens(doc);
  // Tokens are in text order and never overlap, so both their starts and their ends ascend,
  // and the tokens inside a sentence are one run found by two binary searches.
  return doc.sentences.map((sentence) => {
    const first = firstIndexWhere(tokens, (t) => t.start >= sentence.span.start);
    const after = firstIndexWhere(tokens, (t) => t.end > sentence.span.end);
    return { sentence, tokens: tokens.slice(first, Math.max(first, after)) };
  });
}
