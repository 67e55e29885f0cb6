/**
 * Shared by the coreference scoring tests: the reference scorers' fixtures, the tolerance their
 * harness allows, and the direct definitions the fast metrics are checked against.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Cluster } from "../../src/eval/align.js";
import { blancFromCounts } from "../../src/eval/blanc.js";
import { maximizeAssignment } from "../../src/eval/hungarian.js";
import { type PRF, prfFromCounts } from "../../src/eval/prf.js";

export const FIXTURES = new URL("../fixtures/reference-coreference-scorers/", import.meta.url);
/** The reference harness (test/test.pl) allows a summed absolute difference of 1e-4. */
const TOLERANCE = 1e-4;

export function readFixture(path: string): string {
  return readFileSync(new URL(path, FIXTURES), "utf8");
}

/** Asserts each of recall, precision and F1 is within `TOLERANCE` of the expected value. */
export function expectScoresNear(actual: PRF, expected: PRF, label: string): void {
  for (const part of ["recall", "precision", "f1"] as const) {
    const difference = Math.abs(actual[part] - expected[part]);
    expect(difference, `${label} ${part}: actual ${actual[part]}, expected ${expected[part]}`).toBeLessThanOrEqual(
      TOLERANCE,
    );
  }
}

export function prf(recall: number, precision: number): PRF {
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { recall, precision, f1 };
}

/** BLANC straight from its definition: sets of links, for partitions without repeats. */
export function directBlanc(key: readonly Cluster[], response: readonly Cluster[]): PRF {
  const links = (chains: readonly Cluster[]) => {
    const coreference = new Set<string>();
    const nonCoreference = new Set<string>();
    const chainOf = new Map(chains.flatMap((chain, c) => chain.map((m) => [m, c] as const)));
    const mentions = [...chainOf.keys()].sort();
    mentions.forEach((a, i) => {
      for (const b of mentions.slice(i + 1)) {
        (chainOf.get(a) === chainOf.get(b) ? coreference : nonCoreference).add(`${a} ${b}`);
      }
    });
    return { coreference, nonCoreference };
  };
  const k = links(key);
  const r = links(response);
  const counts = (keySet: Set<string>, responseSet: Set<string>) => {
    const shared = [...keySet].filter((link) => responseSet.has(link)).length;
    return {
      recallNumerator: shared,
      recallDenominator: keySet.size,
      precisionNumerator: shared,
      precisionDenominator: responseSet.size,
    };
  };
  return blancFromCounts({
    coreference: counts(k.coreference, r.coreference),
    nonCoreference: counts(k.nonCoreference, r.nonCoreference),
  });
}

/** CEAF straight from its definition: one assignment over the full similarity matrix. */
export function directCeaf(key: readonly Cluster[], response: readonly Cluster[], kind: "mention" | "entity"): PRF {
  const similarity = (a: Cluster, b: Cluster) => {
    const shared = a.filter((m) => b.includes(m)).length;
    return kind === "mention" ? shared : (2 * shared) / (a.length + b.length);
  };
  const { totalSimilarity } = maximizeAssignment(key.map((a) => response.map((b) => similarity(a, b))));
  const size = (chains: readonly Cluster[]) =>
    kind === "mention" ? chains.reduce((n, chain) => n + chain.length, 0) : chains.length;
  return prfFromCounts({
    recallNumerator: totalSimilarity,
    recallDenominator: size(key),
    precisionNumerator: totalSimilarity,
    precisionDenominator: size(response),
  });
}

/** Best total over all ways to pair min(rows, columns) rows and columns one-to-one. */
export function bruteForceMaximum(matrix: readonly (readonly number[])[]): number {
  const rows = matrix.length;
  const columns = matrix[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return 0;
  const transposed = rows > columns;
  const small = transposed ? columns : rows;
  const large = transposed ? rows : columns;
  const value = (i: number, j: number) => (transposed ? matrix[j]?.[i] : matrix[i]?.[j]) ?? NaN;
  const used = new Array<boolean>(large).fill(false);
  const search = (i: number): number => {
    if (i === small) return 0;
    let best = -Infinity;
    for (let j = 0; j < large; j++) {
      if (used[j]) continue;
      used[j] = true;
      best = Math.max(best, value(i, j) + search(i + 1));
      used[j] = false;
    }
    return best;
  };
  return search(0);
}
