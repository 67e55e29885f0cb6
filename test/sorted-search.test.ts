import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSortedLookup, firstIndexWhere } from "../src/sorted-search.js";

// Both must answer what a scan from the start answers.
const scan = (sorted: readonly number[], offset: number) => {
  const index = sorted.findIndex((n) => n >= offset);
  return index < 0 ? sorted.length : index;
};

describe("firstIndexWhere", () => {
  it("finds the first item for which the condition holds, within bounds when given", () => {
    expect(firstIndexWhere([1, 3, 5, 7], (n) => n > 4)).toBe(2);
    expect(firstIndexWhere([1, 3, 5, 7], (n) => n > 9)).toBe(4);
    expect(firstIndexWhere([1, 3, 5, 7], (n) => n > 0, 1, 3)).toBe(1);
    expect(firstIndexWhere([1, 3, 5, 7], (n) => n > 6, 1, 3)).toBe(3);
  });
});

describe("createSortedLookup (fast-check)", () => {
  it("answers as a scan does, for clustered, spread, repeated and negative numbers and any offset", () => {
    const number = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -5000, max: 100_000 }));
    const offset = fc.oneof(fc.integer({ min: -6000, max: 110_000 }), fc.double({ min: -60, max: 60, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(number, { maxLength: 200 }),
        fc.array(offset, { minLength: 1, maxLength: 30 }),
        (numbers, offsets) => {
          const sorted = [...numbers].sort((a, b) => a - b);
          const lookup = createSortedLookup(sorted);
          for (const at of [...offsets, ...sorted, ...sorted.map((n) => n + 1)])
            expect(lookup(at)).toBe(scan(sorted, at));
        },
      ),
      { seed: 3, numRuns: 1000 },
    );
  });

  it("answers for no numbers at all", () => {
    expect(createSortedLookup([])(5)).toBe(0);
  });
});
