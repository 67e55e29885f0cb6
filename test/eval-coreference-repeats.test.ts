import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { Cluster } from "../src/eval/align.js";
import { ceafe, ceafm } from "../src/eval/ceaf.js";
import { countMetrics, scoreClusters, scoreDocuments } from "../src/eval/coreference.js";
import { ScoringLimitError } from "../src/eval/limits.js";
import { pairDocuments } from "../src/eval/pair-documents.js";
import { parseConll2012 } from "../src/eval/parse-conll2012.js";
import type { MetricCounts } from "../src/eval/prf.js";

// Keys that list a mention twice, with the counts the reference scorer prints for them
// (test/fixtures/repeated-key-mentions/SOURCE.md).
const FIXTURES = new URL("fixtures/repeated-key-mentions/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, FIXTURES), "utf8");
const Counts = z.object({ recall: z.tuple([z.number(), z.number()]), precision: z.tuple([z.number(), z.number()]) });
const Printed = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      keyFile: z.string(),
      responseFile: z.string(),
      printed: z.object({
        muc: Counts,
        bcub: Counts,
        ceafm: Counts,
        ceafe: Counts,
        blanc: z.object({ coreference: Counts, nonCoreference: Counts }),
      }),
    }),
  ),
});
const cases = Printed.parse(JSON.parse(read("printed.json"))).cases;
const documents = (c: (typeof cases)[number]) =>
  pairDocuments(parseConll2012(read(c.keyFile)), parseConll2012(read(c.responseFile)));
const byId = (id: string) => cases.find((c) => c.id === id)!;

/** Our counts within the scorer's printing precision (15 significant digits). */
function expectCounts(actual: MetricCounts, printed: z.infer<typeof Counts>, label: string) {
  const near = (a: number, b: number) => expect(Math.abs(a - b), label).toBeLessThan(1e-12 + Math.abs(b) * 1e-13);
  near(actual.recallNumerator, printed.recall[0]);
  expect(actual.recallDenominator, label).toBe(printed.recall[1]);
  near(actual.precisionNumerator, printed.precision[0]);
  expect(actual.precisionDenominator, label).toBe(printed.precision[1]);
}

describe("a mention listed twice in one key cluster", () => {
  it("is what the fixtures hold, and the reference scorer scores it above 1", () => {
    const [key] = parseConll2012(read(byId("in-one-cluster").keyFile));
    expect(key?.clusters).toEqual([["0-0", "0-0"], ["1-1"]]);
    const { ceafm: m, ceafe: e } = byId("in-one-cluster").printed;
    expect(m.precision[0] / m.precision[1]).toBe(1.5);
    expect(e.recall[0] / e.recall[1]).toBeGreaterThan(1);
  });

  for (const id of ["in-one-cluster", "in-one-cluster-split"]) {
    it(`${id}: is refused with a ScoringLimitError naming the cluster and the mention`, () => {
      const score = () => scoreDocuments(documents(byId(id)));
      expect(score).toThrow(ScoringLimitError);
      expect(score).toThrow(/^key cluster 0 lists mention "0-0" twice; a cluster is a set of mentions/);
    });
  }

  it("is refused by every single metric, naming the document among several", () => {
    const key: Cluster[] = [["a", "b", "a"]];
    for (const metric of [ceafm, ceafe]) expect(() => metric(key, [["a", "b"]])).toThrow(/key cluster 0 lists/);
    const twoDocuments = [
      { key: [["a"]], response: [["a"]] },
      { key: [["x"], ["y", "z", "y"]], response: [] },
    ];
    expect(() => scoreDocuments(twoDocuments)).toThrow(/^key cluster 1 of document 1 lists mention "y" twice/);
  });
});

describe("a mention listed in two key clusters", () => {
  for (const id of ["in-two-clusters", "in-two-clusters-mixed"]) {
    it(`${id}: every count equals what the reference scorer prints`, () => {
      const { printed, keyFile } = byId(id);
      const [key] = parseConll2012(read(keyFile));
      const mentions = key!.clusters.flat();
      expect(new Set(mentions).size).toBeLessThan(mentions.length);
      const counts = countMetrics(documents(byId(id)));
      for (const metric of ["muc", "bcub", "ceafm", "ceafe"] as const)
        expectCounts(counts[metric], printed[metric], metric);
      expectCounts(counts.blanc.coreference, printed.blanc.coreference, "blanc coreference");
      expectCounts(counts.blanc.nonCoreference, printed.blanc.nonCoreference, "blanc non-coreference");
    });
  }
});

describe("scores stay in [0, 1] whatever the mentions repeat", () => {
  // Few mentions, so that they repeat across key clusters, across response clusters and within
  // response clusters; a key cluster listing a mention twice is refused.
  const mention = fc.constantFrom("a", "b", "c", "d", "e");
  const clusters = fc.array(fc.array(mention, { minLength: 1, maxLength: 5 }), { maxLength: 5 });
  const sets = fc.array(fc.uniqueArray(mention, { minLength: 1, maxLength: 5 }), { maxLength: 5 });
  const repeatsWithin = (key: readonly Cluster[]) => key.some((chain) => new Set(chain).size < chain.length);
  const repeatsAcross = (key: readonly Cluster[]) => {
    const mentions = key.flatMap((chain) => [...new Set(chain)]);
    return new Set(mentions).size < mentions.length;
  };

  it("CEAF-m and CEAF-e precision and recall, and every other metric, are at most 1", () => {
    let scored = 0;
    let scoredWithKeyRepeats = 0;
    fc.assert(
      fc.property(fc.oneof(sets, clusters), clusters, (key, response) => {
        let scores: ReturnType<typeof scoreClusters>;
        try {
          scores = scoreClusters(key, response);
        } catch (error) {
          const refused = error instanceof ScoringLimitError && error.limit === "repeated-mentions";
          expect(refused, String(error)).toBe(true);
          // Refused only for a repeat within a key cluster or too many repeats in the response.
          if (!repeatsWithin(key)) expect((error as Error).message).toMatch(/too many repeated mentions/);
          return;
        }
        expect(repeatsWithin(key)).toBe(false);
        scored += 1;
        if (repeatsAcross(key)) scoredWithKeyRepeats += 1;
        for (const metric of ["muc", "bcub", "ceafm", "ceafe", "blanc"] as const) {
          for (const part of ["recall", "precision", "f1"] as const) {
            expect(scores[metric][part], `${metric} ${part}`).toBeGreaterThanOrEqual(0);
            expect(scores[metric][part], `${metric} ${part}`).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
      }),
      { seed: 2012, numRuns: 500 },
    );
    expect(scored).toBeGreaterThan(100);
    expect(scoredWithKeyRepeats).toBeGreaterThan(20);
  });
});
