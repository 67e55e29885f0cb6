import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  codePointConverter,
  toBrat,
  toCodePointOffset,
  toSpacy,
  toWebAnnotations,
  utf16Converter,
} from "../src/formats/index.js";
import { offsetAcrossCodePoints } from "../src/formats/code-points.js";
import { emojiArticle } from "./support/formats-articles.js";

// Independent reference: the number of code points in the text before a UTF-16 offset.
const reference = (text: string, offset: number) => Array.from(text.slice(0, offset)).length;

describe("toCodePointOffset", () => {
  it("counts a non-BMP character as one code point", () => {
    expect(toCodePointOffset("🚀 Alice", 3)).toBe(2);
    expect(toCodePointOffset("abc", 3)).toBe(3);
    expect(toCodePointOffset("", 0)).toBe(0);
  });

  it("agrees with Array.from on every code point boundary of any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const convert = codePointConverter(text);
        let offset = 0;
        for (const char of [...Array.from(text), ""]) {
          expect(toCodePointOffset(text, offset)).toBe(reference(text, offset));
          expect(convert(offset)).toBe(reference(text, offset));
          offset += char.length;
        }
      }),
    );
  });

  it("steps over as many code points as Array.from makes, lone surrogates and pairs included", () => {
    const units = fc.array(fc.constantFrom(0xd83d, 0xde80, 0x61, 0x20), { maxLength: 30 });
    fc.assert(
      fc.property(units, fc.integer({ min: -40, max: 40 }), (codes, count) => {
        const text = String.fromCharCode(...codes);
        const points = Array.from(text);
        // boundaries[i]: the UTF-16 offset of code point i, as Array.from cuts the text.
        const boundaries = [0];
        for (const point of points) boundaries.push(boundaries.at(-1)! + point.length);
        boundaries.forEach((offset, i) => {
          const expected = boundaries[Math.min(points.length, Math.max(0, i + count))];
          expect(offsetAcrossCodePoints(text, offset, count)).toBe(expected);
        });
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it("maps every code point offset back to the UTF-16 offset where Array.from starts it", () => {
    // Pairs, lone halves in either order and plain units, so that pairs sit at every distance.
    const units = fc.array(fc.constantFrom(0xd83d, 0xde80, 0x61), { maxLength: 40 });
    fc.assert(
      fc.property(units, (codes) => {
        const text = String.fromCharCode(...codes);
        const points = Array.from(text);
        const toUtf16 = utf16Converter(text);
        let offset = 0;
        points.forEach((point, i) => {
          expect(toUtf16(i)).toBe(offset);
          offset += point.length;
        });
        expect(toUtf16(points.length)).toBe(text.length);
        expect(() => toUtf16(points.length + 1)).toThrow(RangeError);
        expect(() => toUtf16(-1)).toThrow(RangeError);
        expect(() => toUtf16(0.5)).toThrow(RangeError);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it("rejects offsets outside the text or inside a surrogate pair", () => {
    expect(() => toCodePointOffset("🚀", 1)).toThrow(RangeError);
    expect(() => toCodePointOffset("ab", 3)).toThrow(RangeError);
    expect(() => toCodePointOffset("ab", -1)).toThrow(RangeError);
    expect(() => codePointConverter("ab")(1.5)).toThrow(RangeError);
  });
});

describe("exports of an article with non-BMP characters before its mentions", () => {
  const doc = emojiArticle();
  // UTF-16 units minus code points before the offset: one per non-BMP character.
  const shift = (offset: number) => offset - reference(doc.text, offset);

  it("has shifts of 3 and 4 units before the first two mentions", () => {
    expect(doc.mentions.slice(0, 2).map((m) => shift(m.span.start))).toEqual([3, 4]);
  });

  it("gives Web Annotation positions exactly that much below the UTF-16 offsets", () => {
    const items = toWebAnnotations(doc).first.items.filter((a) => a.motivation === "identifying");
    items.forEach((a, i) => {
      const { span } = doc.mentions[i]!;
      const [, position] = a.target.selector;
      expect([position.start, position.end]).toEqual([span.start - shift(span.start), span.end - shift(span.end)]);
    });
  });

  it("gives brat offsets exactly that much below the UTF-16 offsets", () => {
    const lines = toBrat(doc)
      .ann.split("\n")
      .filter((l) => /^T\d+\t(Person|City) /.test(l));
    lines.forEach((line, i) => {
      const { span } = doc.mentions[i]!;
      const [, offsets] = line.split("\t") as [string, string];
      expect(offsets.split(" ").slice(1).map(Number)).toEqual([
        span.start - shift(span.start),
        span.end - shift(span.end),
      ]);
    });
  });

  it("gives spaCy offsets exactly that much below the UTF-16 offsets", () => {
    const mentions = toSpacy(doc).spans["mentions"]!;
    const expected = doc.mentions.map(({ span }) => [span.start - shift(span.start), span.end - shift(span.end)]);
    expect(mentions.map((s) => [s.start, s.end])).toEqual(expected.sort((a, b) => a[0]! - b[0]!));
  });
});
