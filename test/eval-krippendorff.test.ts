import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "../src/eval/krippendorff.js";

// The worked examples of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011,
// Annenberg School for Communication Departmental Papers 43), with the values printed there.
describe("krippendorffAlpha (nominal)", () => {
  it("gives .095 for the paper's binary example (two observers, ten units, no missing data)", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const units = a.map((v, i) => [String(v), String(b[i])]);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.095, 3);
  });

  it("gives .743 for the paper's nominal example (four observers, twelve units, missing values)", () => {
    const _ = undefined;
    const rows = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const units = rows[0]!.map((_, u) => rows.map((row) => (row[u] === undefined ? undefined : String(row[u]))));
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
  });

  it("is 1 for perfect agreement with variation, and leaves out units with one value", () => {
    expect(
      krippendorffAlpha([
        ["x", "x", "x"],
        ["y", "y"],
        ["z", null],
      ]),
    ).toBe(1);
  });

  it("is undefined (NaN) without variation or without pairable values", () => {
    expect(
      krippendorffAlpha([
        ["x", "x"],
        ["x", "x"],
      ]),
    ).toBeNaN();
    expect(krippendorffAlpha([["x"], [undefined, "y"]])).toBeNaN();
    expect(krippendorffAlpha([])).toBeNaN();
  });

  it("does not depend on the order of coders or units", () => {
    const units = [
      ["a", "b", "a"],
      ["b", "b", undefined],
      ["c", "a", "c"],
      ["a", "a", "a"],
    ];
    const shuffled = [units[2]!, units[0]!, units[3]!, units[1]!].map((u) => [...u].reverse());
    expect(krippendorffAlpha(shuffled)).toBeCloseTo(krippendorffAlpha(units), 12);
  });
});
