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

/**
 * A key function for the spans of one call that makes no string: `start × width + end`, with
 * `width` one more than the largest offset among `lists`, so that two spans share a key exactly
 * when they share both offsets. A string made and hashed per span cost a scorer more than the
 * rest of its work on long documents. Falls back to {@link spanKey} when an offset is not a
 * non-negative integer or the product would pass `Number.MAX_SAFE_INTEGER`.
 *
 * @param lists - Every span that will be keyed (holes are skipped).
 * @returns A function giving each span its key.
 * @example
 * ```ts
 * const key = spanKeyFor([[{ start: 2, end: 9 }]]);
 * key({ start: 2, end: 9 }); // 29, that is 2 × 10 + 9
 * ```
 */
export function spanKeyFor(
  lists: readonly (readonly ({ readonly start: number; readonly end: number } | undefined)[])[],
): (span: { readonly start: number; readonly end: number }) => number | string {
  let width = 1;
  for (const list of lists) {
    for (const span of list) {
      if (span === undefined) continue;
      const { start, end } = span;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < 0) return spanKey;
      if (end >= width) width = end + 1;
      if (start >= width) width = start + 1;
    }
  }
  return width * width <= Number.MAX_SAFE_INTEGER ? (span) => span.start * width + span.end : spanKey;
}
