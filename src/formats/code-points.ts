/**
 * Offsets in Unicode code points, the unit of W3C text selectors, brat standoff and Python
 * string indices (spaCy). The article's own spans count UTF-16 code units (JavaScript string
 * indices); the two differ after every character outside the Basic Multilingual Plane.
 * @module
 */
import { firstIndexWhere } from "../sorted-search.js";

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

function checkOffset(text: string, utf16Offset: number): void {
  if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
    throw new RangeError(`expected an integer offset 0 <= offset <= ${text.length}, got ${String(utf16Offset)}`);
  }
  // An offset between the two halves of a surrogate pair names no code point boundary.
  if (
    utf16Offset > 0 &&
    utf16Offset < text.length &&
    isHighSurrogate(text.charCodeAt(utf16Offset - 1)) &&
    isLowSurrogate(text.charCodeAt(utf16Offset))
  ) {
    throw new RangeError(`offset ${utf16Offset} splits a surrogate pair`);
  }
}

/**
 * Converts a UTF-16 offset (a JavaScript string index) into a code point offset.
 *
 * @param text - The text the offset points into.
 * @param utf16Offset - Index in UTF-16 code units, `0 <= utf16Offset <= text.length`.
 * @returns The number of code points before `utf16Offset`.
 * @throws {RangeError} When the offset is outside the text or splits a surrogate pair.
 * @example
 * ```ts
 * toCodePointOffset("🚀 Alice", 3); // 2: the rocket is two UTF-16 units but one code point
 * ```
 */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  checkOffset(text, utf16Offset);
  let codePoints = 0;
  for (let i = 0; i < utf16Offset; i++) {
    // The low half of a pair does not start a new code point.
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) codePoints++;
  }
  return codePoints;
}

/**
 * The UTF-16 offset `count` code points after `utf16Offset` (before it when `count` is negative),
 * or the text's end (start) when it has fewer: the same stretch `Array.from(text)` would give,
 * without a string per character of the text.
 */
export function offsetAcrossCodePoints(text: string, utf16Offset: number, count: number): number {
  let offset = utf16Offset;
  const pairAt = (at: number) => isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1));
  for (let n = 0; n < count && offset < text.length; n++) offset += pairAt(offset) ? 2 : 1;
  for (let n = 0; n > count && offset > 0; n--) offset -= offset > 1 && pairAt(offset - 2) ? 2 : 1;
  return offset;
}

// The UTF-16 offsets of the low halves of the text's surrogate pairs, in order: the only places
// where the two counts part. A table per code unit would hold 4 bytes per character of the text,
// which at a few megabytes no longer fits a core's cache; most texts have no pair at all.
function pairEnds(text: string): readonly number[] {
  const ends: number[] = [];
  // Without the u flag a class matches single code units; a low half cannot start a match.
  const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  for (let m = pair.exec(text); m !== null; m = pair.exec(text)) ends.push(m.index + 1);
  return ends;
}

/**
 * Builds a converter from UTF-16 offsets to code point offsets for one text, scanning it once,
 * for exporters that convert many offsets.
 *
 * @param text - The text the offsets point into.
 * @returns A function with the contract of {@link toCodePointOffset}, bound to `text`.
 * @example
 * ```ts
 * const toCodePoints = codePointConverter(article.text);
 * toCodePoints(article.mentions[0].span.start);
 * ```
 */
export function codePointConverter(text: string): (utf16Offset: number) => number {
  const ends = pairEnds(text);
  return (utf16Offset) => {
    checkOffset(text, utf16Offset);
    return ends.length === 0 ? utf16Offset : utf16Offset - firstIndexWhere(ends, (end) => end >= utf16Offset);
  };
}

/**
 * Builds a converter from code point offsets (brat, spaCy, W3C selectors) back to UTF-16
 * offsets for one text, for loaders of those formats.
 *
 * @param text - The text the offsets point into.
 * @returns A function from a code point offset `0 <= offset <= [...text].length` to the UTF-16
 *   offset; it throws a `RangeError` for an offset outside the text.
 * @example
 * ```ts
 * utf16Converter("🚀 Alice")(2); // 3
 * ```
 */
export function utf16Converter(text: string): (codePointOffset: number) => number {
  // The code point offset of each pair: j pairs before it make its low half's offset j + 1 more.
  const astral = pairEnds(text).map((end, j) => end - 1 - j);
  const codePoints = text.length - astral.length;
  return (codePointOffset) => {
    if (!Number.isInteger(codePointOffset) || codePointOffset < 0 || codePointOffset > codePoints) {
      throw new RangeError(
        `expected an integer code point offset 0 <= offset <= ${codePoints}, got ${String(codePointOffset)}`,
      );
    }
    return astral.length === 0
      ? codePointOffset
      : codePointOffset + firstIndexWhere(astral, (at) => at >= codePointOffset);
  };
}
