/**
 * The one key that identifies a mention by its bounds, `"start-end"`: token indices in the
 * CoNLL-2012 parser, character offsets when predictions are scored.
 * @module
 */

/**
 * Builds the key that identifies a mention: its first and last token, inclusive, counted
 * from 0 over the token lines of the document (blank lines are skipped, as the scorer does).
 * Character spans are keyed the same way, by `start` and `end` offsets.
 *
 * @param startToken - Index of the first token of the mention (or its start offset).
 * @param endToken - Index of the last token of the mention, inclusive (or its end offset).
 * @returns The key `"startToken-endToken"`.
 * @example
 * ```ts
 * mentionKey(12, 18); // "12-18"
 * ```
 */
export function mentionKey(startToken: number, endToken: number): string {
  return `${startToken}-${endToken}`;
}

/** The key of a span with offsets, see {@link mentionKey}. */
export function spanKey(span: { readonly start: number; readonly end: number }): string {
  return mentionKey(span.start, span.end);
}

/** The two numbers of a key built by {@link mentionKey}. */
export function parseMentionKey(key: string): [number, number] {
  const dash = key.indexOf("-");
  const start = Number(key.slice(0, dash));
  const end = Number(key.slice(dash + 1));
  if (dash < 0 || !Number.isInteger(start) || !Number.isInteger(end)) {
    throw new Error(`internal error: ${JSON.stringify(key)} is not a mention key`);
  }
  return [start, end];
}
