import * as z from "zod";
import { LocatedError } from "../../src/errors.js";
import type { Span } from "../../src/schema/index.js";

/**
 * How data/ files point at text: the quoted words, made unique where needed by an occurrence
 * number or a longer context. Offsets are computed, never typed by hand.
 */
export const AnchorSchema = z.union([
  z.string().min(1),
  z.strictObject({ quote: z.string().min(1), occurrence: z.int().positive() }),
  z.strictObject({ quote: z.string().min(1), context: z.string().min(1) }),
]);

/** An anchor, see {@link AnchorSchema}. */
export type Anchor = z.infer<typeof AnchorSchema>;

/** Raised when an anchor matches nothing or more than one place; names file, record and anchor. */
export class AnchorError extends LocatedError {
  override name = "AnchorError";
}

/** Every start index of `needle` in `haystack`, overlapping matches included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Resolves an anchor to a span of `text`.
 *
 * @param where - Names the file, record and field, for the error message.
 * @throws AnchorError when the anchor matches nothing or is ambiguous.
 */
export function resolveAnchor(text: string, anchor: Anchor, where: string): Span {
  const fail = (problem: string): never => {
    throw new AnchorError(`${where}: anchor ${JSON.stringify(anchor)} ${problem}`, where);
  };
  const at = (start: number, quote: string): Span => ({ start, end: start + quote.length, text: quote });

  if (typeof anchor === "string") {
    const hits = occurrences(text, anchor);
    if (hits.length === 0) return fail("matches nothing in the text");
    if (hits.length > 1) return fail(`is ambiguous: it occurs ${hits.length} times; add "context" or "occurrence"`);
    return at(hits[0]!, anchor);
  }
  if ("occurrence" in anchor) {
    const hits = occurrences(text, anchor.quote);
    if (hits.length === 0) return fail("matches nothing in the text");
    const start = hits[anchor.occurrence - 1];
    if (start === undefined)
      return fail(`asks for occurrence ${anchor.occurrence}, but the quote occurs only ${hits.length} times`);
    return at(start, anchor.quote);
  }
  const contexts = occurrences(text, anchor.context);
  if (contexts.length === 0) return fail("has a context that matches nothing in the text");
  if (contexts.length > 1) return fail(`has a context that occurs ${contexts.length} times; lengthen it`);
  const inside = occurrences(anchor.context, anchor.quote);
  if (inside.length === 0) return fail("has a quote that does not occur inside its context");
  if (inside.length > 1)
    return fail(
      `has a quote that occurs ${inside.length} times inside its context; lengthen the context or use "occurrence"`,
    );
  return at(contexts[0]! + inside[0]!, anchor.quote);
}
