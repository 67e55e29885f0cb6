import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Chains } from "../src/eval/align.js";
import { blancCounts } from "../src/eval/blanc.js";
import { scoreClusters } from "../src/eval/coreference.js";
import { maximizeAssignment } from "../src/eval/hungarian.js";
import { MAX_ASSIGNMENT_CELLS, ScoringLimitError } from "../src/eval/limits.js";
import { matchSpans } from "../src/eval/matching.js";
import { parseConll2012 } from "../src/eval/parse-conll2012.js";

/** The reference scorer's BLANC: every link listed in a set (a string key per unordered pair). */
function linkSets(chains: Chains): { coreference: Set<string>; nonCoreference: Set<string> } {
  const link = (a: number, b: number) => (a <= b ? `${a},${b}` : `${b},${a}`);
  const coreference = new Set<string>();
  const nonCoreference = new Set<string>();
  chains.forEach((chain, c) => {
    chain.forEach((a, i) => {
      for (const b of chain.slice(i + 1)) coreference.add(link(a, b));
      for (const other of chains.slice(c + 1)) for (const b of other) nonCoreference.add(link(a, b));
    });
  });
  return { coreference, nonCoreference };
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;

// Chains over a few ids, so that ids repeat within and across chains.
const chainsArb = fc.array(fc.array(fc.nat({ max: 7 }), { minLength: 1, maxLength: 5 }), { maxLength: 5 });

describe("BLANC counted from chain sizes and overlaps", () => {
  it("equals the scorer's link sets, with ids repeated within and across chains", () => {
    fc.assert(
      fc.property(chainsArb, chainsArb, (key, response) => {
        const k = linkSets(key);
        const r = linkSets(response);
        const counts = blancCounts(key, response);
        expect(counts.coreference).toEqual({
          recallNumerator: shared(k.coreference, r.coreference),
          recallDenominator: k.coreference.size,
          precisionNumerator: shared(k.coreference, r.coreference),
          precisionDenominator: r.coreference.size,
        });
        expect(counts.nonCoreference).toEqual({
          recallNumerator: shared(k.nonCoreference, r.nonCoreference),
          recallDenominator: k.nonCoreference.size,
          precisionNumerator: shared(k.nonCoreference, r.nonCoreference),
          precisionDenominator: r.nonCoreference.size,
        });
      }),
      { seed: 20111, numRuns: 300 },
    );
  });
});

describe("span matching on overlap groups", () => {
  const spanArb = fc
    .tuple(fc.nat({ max: 40 }), fc.nat({ max: 8 }))
    .map(([start, length]) => ({ start, end: start + length }));

  it("finds the same total overlap as the optimal assignment on the full gold × predicted matrix", () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 8 }), fc.array(spanArb, { maxLength: 10 }), (gold, predicted) => {
        const overlap = (g: number, p: number) =>
          Math.max(0, Math.min(gold[g]!.end, predicted[p]!.end) - Math.max(gold[g]!.start, predicted[p]!.start));
        const dense = maximizeAssignment(gold.map((_, g) => predicted.map((_, p) => overlap(g, p))));
        const pairs = matchSpans(gold, predicted, "overlap");
        expect(pairs.reduce((sum, { gold: g, predicted: p }) => sum + overlap(g, p), 0)).toBe(dense.totalSimilarity);
        expect(new Set(pairs.map((pair) => pair.predicted)).size).toBe(pairs.length);
        expect(pairs.every(({ gold: g, predicted: p }) => overlap(g, p) > 0)).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  // Small offsets, and offsets up to 2^27 among them: past what one exact number can key for a pair.
  const small = fc.integer({ min: 0, max: 6 });
  const offsets = { small, mixed: fc.oneof(small, fc.integer({ min: 2 ** 27 - 3, max: 2 ** 27 })) };
  it.each(Object.keys(offsets))("pairs exactly equal spans as often as both sides hold them (%s offsets)", (kind) => {
    const offset = offsets[kind as keyof typeof offsets];
    const span = fc.tuple(offset, offset).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) + 1 }));
    const count = (spans: readonly { start: number; end: number }[]) => {
      const counts = new Map<string, number>();
      for (const s of spans) counts.set(`${s.start},${s.end}`, (counts.get(`${s.start},${s.end}`) ?? 0) + 1);
      return counts;
    };
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 12 }), (gold, predicted) => {
        const inPredicted = count(predicted);
        const expected = [...count(gold)].reduce((sum, [key, n]) => sum + Math.min(n, inPredicted.get(key) ?? 0), 0);
        const pairs = matchSpans(gold, predicted, "exact");
        expect(pairs).toHaveLength(expected);
        for (const { gold: g, predicted: p } of pairs) expect(predicted[p]).toEqual(gold[g]);
        expect(new Set(pairs.map((pair) => pair.predicted)).size).toBe(pairs.length);
      }),
      { seed: 9, numRuns: 300 },
    );
  });

  it("matches as many exact copies as there are gold spans, however often a prediction is repeated", () => {
    const gold = [
      { start: 0, end: 4 },
      { start: 0, end: 4 },
      { start: 6, end: 9 },
    ];
    const predicted = Array.from({ length: 50_000 }, () => ({ start: 0, end: 4 }));
    expect(matchSpans(gold, predicted, "exact")).toEqual([
      { gold: 0, predicted: 0 },
      { gold: 1, predicted: 1 },
    ]);
  });

  it("refuses more agreeing pairs than the limit with a ScoringLimitError, not a crash", () => {
    const gold = Array.from({ length: 100 }, (_, i) => ({ start: i, end: i + 1 }));
    const predicted = Array.from({ length: MAX_ASSIGNMENT_CELLS / 100 + 1 }, (_, i) => ({
      start: 0,
      end: 200 + (i % 7),
    }));
    expect(() => matchSpans(gold, predicted, "overlap", { compatible: () => true })).toThrow(ScoringLimitError);
  });
});

describe("the assignment size limit", () => {
  // Key chain i holds mentions 2i and 2i+1, response chain i holds 2i+1 and 2i+2: one linked group.
  const linked = (count: number) => ({
    key: Array.from({ length: count }, (_, i) => [String(2 * i), String(2 * i + 1)]),
    response: Array.from({ length: count }, (_, i) => [String(2 * i + 1), String(2 * i + 2)]),
  });

  it("scores a linked group within the limit", () => {
    const { key, response } = linked(300);
    expect(scoreClusters(key, response).muc.recall).toBe(0);
  });

  it("refuses a larger group with a RangeError that names its size", () => {
    const { key, response } = linked(2000);
    expect(() => scoreClusters(key, response)).toThrow(RangeError);
    expect(() => scoreClusters(key, response)).toThrow(
      /^2000 × 2000 key and response clusters are linked into one group/,
    );
  });

  it("scores many small groups, however many clusters there are", () => {
    const key = Array.from({ length: 20_000 }, (_, i) => [`${i}a`, `${i}b`]);
    const response = Array.from({ length: 20_000 }, (_, i) => [`${i}a`]);
    expect(scoreClusters(key, response).ceafm).toEqual({ recall: 0.5, precision: 1, f1: 2 / 3 });
  });
});

describe("CoNLL-2012 annotation columns", () => {
  const doc = (columns: readonly string[]) =>
    ["#begin document (d); part 000", ...columns.map((c, i) => `d\t0\t${i}\tw\t${c}`), "#end document", ""].join("\n");
  const partArb = fc.oneof(
    fc.nat({ max: 3 }).map((n) => `(${n})`),
    fc.nat({ max: 3 }).map((n) => `(${n}`),
    fc.nat({ max: 3 }).map((n) => `${n})`),
    fc.constant("-"),
  );
  const columnArb = fc.array(partArb, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("|"));

  it("reads a |-separated column in one pass exactly as the scorer's repeated removal does", () => {
    // Appending "-" to every part keeps its meaning for the scorer but sends it through removal.
    const viaRemoval = (column: string) =>
      column
        .split("|")
        .map((part) => `${part}-`)
        .join("|");
    fc.assert(
      fc.property(fc.array(columnArb, { minLength: 1, maxLength: 8 }), (columns) => {
        const outcome = (text: string) => {
          try {
            return parseConll2012(text);
          } catch (error) {
            return (error as Error).message;
          }
        };
        expect(outcome(doc(columns))).toEqual(outcome(doc(columns.map(viaRemoval))));
      }),
      { seed: 2012, numRuns: 300 },
    );
  });

  it("reads 10⁵ brackets on one token", () => {
    const [parsed] = parseConll2012(doc([Array(100_000).fill("(4").join("|"), Array(100_000).fill("4)").join("|")]));
    expect(parsed?.clusters).toEqual([Array(100_000).fill("0-1")]);
  });

  it("refuses a long column that is not a |-separated list, naming its line", () => {
    expect(() => parseConll2012(doc(["-", "(1)".repeat(400)]))).toThrow(
      /^CoNLL-2012 line 3: coreference annotation of 1200 characters/,
    );
  });
});
