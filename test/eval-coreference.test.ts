import { seededRandom } from "../scripts/lib/bootstrap.js";
import { describe, expect, it } from "vitest";
import { type Cluster, MAX_REPEATED_RESPONSE_MENTIONS } from "../src/eval/align.js";
import { bcub } from "../src/eval/bcub.js";
import { blanc, blancFromCounts } from "../src/eval/blanc.js";
import { ceafe, ceafm } from "../src/eval/ceaf.js";
import { countMetrics, scoreClusters, scoreDocuments } from "../src/eval/coreference.js";
import { muc } from "../src/eval/muc.js";
import { prfFromCounts } from "../src/eval/prf.js";
import { maximizeAssignment } from "../src/eval/hungarian.js";
import { bruteForceMaximum, directBlanc, directCeaf, expectScoresNear, prf } from "./support/coreference-scoring.js";

describe("coreference metrics", () => {
  it("matches the worked examples of the API documentation", () => {
    expectScoresNear(muc([["0-1", "3-6"]], [["0-1", "3-6", "9-9"]]), prf(1, 0.5), "muc");
    expectScoresNear(bcub([["a", "b"]], [["a"], ["b"]]), prf(0.5, 1), "bcub");
    expectScoresNear(ceafm([["a", "b", "c"]], [["a", "b"], ["c"]]), prf(2 / 3, 2 / 3), "ceafm");
    expectScoresNear(ceafe([["a", "b", "c"]], [["a", "b"], ["c"]]), prf(0.8, 0.4), "ceafe");
    expectScoresNear(
      blanc([["a", "b"], ["c"]], [["a", "b", "c"]]),
      { recall: 0.5, precision: 1 / 6, f1: 0.25 },
      "blanc",
    );
    expect(countMetrics([{ key: [["a", "b", "c"]], response: [["a", "b"]] }]).muc).toEqual({
      recallNumerator: 1,
      recallDenominator: 2,
      precisionNumerator: 1,
      precisionDenominator: 1,
    });
    expect(
      scoreDocuments([
        { key: [["0-0", "2-2"]], response: [["0-0", "2-2"]] },
        { key: [["1-1", "5-6"]], response: [["1-1"], ["5-6"]] },
      ]).muc.recall,
    ).toBe(0.5);
  });

  it("scores 0, not NaN, when there is nothing to score", () => {
    const zero = { recall: 0, precision: 0, f1: 0 };
    expect(scoreClusters([], [])).toEqual({
      muc: zero,
      bcub: zero,
      ceafm: zero,
      ceafe: zero,
      blanc: zero,
      conll: { f1: 0 },
    });
    expect(scoreDocuments([])).toEqual(scoreClusters([], []));
    expect(
      prfFromCounts({ recallNumerator: 0, recallDenominator: 0, precisionNumerator: 0, precisionDenominator: 0 }),
    ).toEqual(zero);
  });

  it("scores BLANC on the only kind of link the key has", () => {
    const link = (n: number, k: number, r: number) => ({
      recallNumerator: n,
      recallDenominator: k,
      precisionNumerator: n,
      precisionDenominator: r,
    });
    // All-singleton key: no coreference links, so only non-coreference links count.
    expect(blancFromCounts({ coreference: link(0, 0, 2), nonCoreference: link(1, 3, 1) })).toEqual(prf(1 / 3, 1));
    // One-entity key: no non-coreference links.
    expect(blancFromCounts({ coreference: link(1, 3, 1), nonCoreference: link(0, 0, 2) })).toEqual(prf(1 / 3, 1));
    expect(blancFromCounts({ coreference: link(0, 0, 1), nonCoreference: link(0, 0, 1) })).toEqual(prf(0, 0));
  });

  it("drops repeated response mentions, and refuses more than the scorer's limit", () => {
    const key: Cluster[] = [["a", "b"]];
    const repeats = (count: number): Cluster[] => [["a", "b", ...Array<string>(count).fill("a")]];
    expect(muc(key, repeats(MAX_REPEATED_RESPONSE_MENTIONS))).toEqual(prf(1, 1));
    expect(() => muc(key, repeats(MAX_REPEATED_RESPONSE_MENTIONS + 1))).toThrow(/too many repeated mentions/);
  });

  it("agrees with direct definitions of BLANC and CEAF on random partitions", () => {
    const random = seededRandom(8012014);
    for (let trial = 0; trial < 300; trial++) {
      const universe = Array.from({ length: 1 + Math.floor(random() * 14) }, (_, i) => `${i}-${i}`);
      const partition = (): Cluster[] => {
        const chains: string[][] = [];
        for (const mention of universe) {
          if (random() < 0.25) continue; // missing from this side
          const index = Math.floor(random() * (chains.length + 1));
          (chains[index] ??= []).push(mention);
        }
        return chains;
      };
      const key = partition();
      const response = partition();
      const label = `trial ${trial}: ${JSON.stringify({ key, response })}`;
      expectScoresNear(blanc(key, response), directBlanc(key, response), `${label} blanc`);
      expectScoresNear(ceafm(key, response), directCeaf(key, response, "mention"), `${label} ceafm`);
      expectScoresNear(ceafe(key, response), directCeaf(key, response, "entity"), `${label} ceafe`);
    }
  });

  it("penalises response-only mentions and ignores response-only singletons in MUC", () => {
    expect(countMetrics([{ key: [["a", "b"]], response: [["a", "b", "x"], ["y"]] }]).muc).toEqual({
      recallNumerator: 1,
      recallDenominator: 1,
      precisionNumerator: 1,
      precisionDenominator: 2,
    });
  });
});

describe("maximizeAssignment", () => {
  it("matches brute force on random rectangular matrices", () => {
    const random = seededRandom(20120601);
    for (let trial = 0; trial < 600; trial++) {
      const rows = Math.floor(random() * 7);
      const columns = Math.floor(random() * 7);
      const kind = trial % 3;
      const matrix = Array.from({ length: rows }, () =>
        Array.from(
          { length: columns },
          () =>
            kind === 0
              ? Math.floor(random() * 4) // many ties
              : kind === 1
                ? random()
                : random() * 20 - 10, // negative values too
        ),
      );
      const { rowToColumn, totalSimilarity } = maximizeAssignment(matrix);
      const label = `trial ${trial}: ${JSON.stringify(matrix)}`;

      expect(rowToColumn, label).toHaveLength(rows);
      const assigned = rowToColumn.filter((column) => column >= 0);
      expect(assigned, label).toHaveLength(Math.min(rows, columns));
      expect(new Set(assigned).size, label).toBe(assigned.length);
      expect(
        assigned.every((column) => column < columns),
        label,
      ).toBe(true);

      const sumOfAssigned = rowToColumn.reduce(
        (sum, column, row) => (column >= 0 ? sum + (matrix[row]?.[column] ?? NaN) : sum),
        0,
      );
      expect(totalSimilarity, label).toBeCloseTo(sumOfAssigned, 9);
      expect(totalSimilarity, label).toBeCloseTo(bruteForceMaximum(matrix), 9);
    }
  });

  it("solves the documented example and degenerate shapes", () => {
    expect(
      maximizeAssignment([
        [1, 5, 0],
        [4, 4, 1],
      ]),
    ).toEqual({ rowToColumn: [1, 0], totalSimilarity: 9 });
    expect(maximizeAssignment([])).toEqual({ rowToColumn: [], totalSimilarity: 0 });
    expect(maximizeAssignment([[], []])).toEqual({ rowToColumn: [-1, -1], totalSimilarity: 0 });
    expect(maximizeAssignment([[7]])).toEqual({ rowToColumn: [0], totalSimilarity: 7 });
    expect(maximizeAssignment([[1], [3], [2]])).toEqual({ rowToColumn: [-1, 0, -1], totalSimilarity: 3 });
  });

  it("rejects ragged and non-finite matrices", () => {
    expect(() => maximizeAssignment([[1, 2], [3]])).toThrow(/row 1 has 1 columns, expected 2/);
    expect(() => maximizeAssignment([[1, Number.NaN]])).toThrow(/not a finite number/);
    expect(() => maximizeAssignment([[Infinity]])).toThrow(RangeError);
  });
});
