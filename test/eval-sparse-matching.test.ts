import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maximizeGroupedAssignment } from "../src/eval/grouped-assignment.js";
import { maximizeAssignment } from "../src/eval/hungarian.js";
import { matchSpans } from "../src/eval/matching.js";
import { spanKey, spanKeyFor } from "../src/eval/mention-key.js";

describe("spanKeyFor", () => {
  const offset = fc.oneof(
    fc.nat({ max: 50 }),
    fc.integer({ min: 2 ** 27 - 2, max: 2 ** 27 }),
    fc.double({ min: 0, max: 9, noNaN: true }),
  );
  const span = fc.record({ start: offset, end: offset });

  it("gives two spans of one call the same key exactly when both offsets are equal", () => {
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 12 }), (spans) => {
        const keyOf = spanKeyFor([spans]);
        for (const a of spans)
          for (const b of spans) expect(keyOf(a) === keyOf(b)).toBe(a.start === b.start && a.end === b.end);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it("makes numbers for small integer offsets and falls back to the string key otherwise", () => {
    expect(spanKeyFor([[{ start: 2, end: 9 }], [{ start: 4, end: 5 }]])({ start: 2, end: 9 })).toBe(2 * 10 + 9);
    const large = { start: 2 ** 27, end: 2 ** 27 + 1 };
    expect(spanKeyFor([[large]])(large)).toBe(spanKey(large));
    const fractional = { start: 0.5, end: 3 };
    expect(spanKeyFor([[fractional]])(fractional)).toBe(spanKey(fractional));
    expect(spanKeyFor([[{ start: -1, end: 3 }]])({ start: -1, end: 3 })).toBe("-1-3");
  });
});

describe("maximizeGroupedAssignment", () => {
  const edge = fc.record({
    row: fc.nat({ max: 9 }),
    column: fc.nat({ max: 9 }),
    similarity: fc.integer({ min: 1, max: 4 }),
  });
  const edges = fc.uniqueArray(edge, { selector: (e) => `${e.row},${e.column}`, maxLength: 30 });

  it("finds the optimum of the whole matrix, one to one, only on edges", () => {
    fc.assert(
      fc.property(edges, (list) => {
        const { pairs, totalSimilarity } = maximizeGroupedAssignment(list, "rows and columns");
        const similarity = new Map(list.map((e) => [`${e.row},${e.column}`, e.similarity]));
        const dense = maximizeAssignment(
          Array.from({ length: 10 }, (_, r) => Array.from({ length: 10 }, (_, c) => similarity.get(`${r},${c}`) ?? 0)),
        );
        expect(totalSimilarity).toBe(dense.totalSimilarity);
        expect(pairs.reduce((sum, p) => sum + similarity.get(`${p.row},${p.column}`)!, 0)).toBe(totalSimilarity);
        expect(new Set(pairs.map((p) => p.row)).size).toBe(pairs.length);
        expect(new Set(pairs.map((p) => p.column)).size).toBe(pairs.length);
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it("takes the first of equal edges in a group of one row, and lists groups by their first row", () => {
    const list = [
      { row: 3, column: 0, similarity: 1 },
      { row: 1, column: 4, similarity: 2 },
      { row: 1, column: 2, similarity: 2 },
    ];
    expect(maximizeGroupedAssignment(list, "rows and columns").pairs).toEqual([
      { row: 1, column: 4 },
      { row: 3, column: 0 },
    ]);
  });

  it("refuses an edge whose row or column is not an index", () => {
    expect(() => maximizeGroupedAssignment([{ row: 1.5, column: 0, similarity: 1 }], "x")).toThrow(
      /not between indices/,
    );
  });
});

describe("matchSpans", () => {
  const span = fc
    .tuple(fc.nat({ max: 30 }), fc.nat({ max: 6 }))
    .map(([start, length]) => ({ start, end: start + length }));
  // Offsets near 2^20 are keyed as single numbers; near 2^50 the pair would pass 2^53, so by strings.
  it.each([2 ** 20, 2 ** 50])("pairs the same spans when every offset is shifted by %d", (shift) => {
    const moved = (spans: readonly { start: number; end: number }[]) =>
      spans.map(({ start, end }) => ({ start: start + shift, end: end + shift }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 20 }), fc.array(span, { maxLength: 20 }), (gold, predicted) => {
        for (const mode of ["exact", "overlap"] as const)
          expect(matchSpans(moved(gold), moved(predicted), mode)).toEqual(matchSpans(gold, predicted, mode));
      }),
      { seed: 13, numRuns: 400 },
    );
  });
});
