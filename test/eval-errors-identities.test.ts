import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { goldAsPredictions } from "../src/eval/gold.js";
import { scoreAllWithErrors } from "../src/eval/score-all.js";
import { damage, type FullPredictions } from "./support/damage.js";

// The error lists must explain the scores: on damaged copies of the gold, every count of an
// error list equals what the corresponding score implies, computed from the score alone.

const OPTIONS = { seed: 18, numRuns: 40 };
const TIMEOUT = 120_000;
const damaged = fc.gen().map((g) => {
  const p = structuredClone(goldAsPredictions(article)) as FullPredictions;
  const kinds = damage(g, p, article.text.length);
  return { p, kinds };
});
/** How many items a rate implies: `rate * total`, which must be a whole number. */
const implied = (rate: number, total: number) => {
  const n = rate * total;
  expect(Math.abs(n - Math.round(n))).toBeLessThan(1e-9);
  return Math.round(n);
};

describe("error counts agree with the scores on damaged copies of the gold", () => {
  it(
    "mentions: missed, missed + boundary, spurious, spurious + boundary",
    () => {
      fc.assert(
        fc.property(damaged, ({ p }) => {
          const { mentions: s, errors } = scoreAllWithErrors(p);
          const e = errors.mentions;
          const gold = article.mentions.length;
          expect(gold - implied(s.overlap.recall, gold)).toBe(e.missed.length);
          expect(gold - implied(s.exact.recall, gold)).toBe(e.missed.length + e.boundary.length);
          const predicted = p.mentions.length;
          if (predicted > 0) {
            expect(predicted - implied(s.overlap.precision, predicted)).toBe(e.spurious.length);
            expect(predicted - implied(s.exact.precision, predicted)).toBe(e.spurious.length + e.boundary.length);
          }
        }),
        OPTIONS,
      );
    },
    TIMEOUT,
  );

  it(
    "claims: unpaired claims, part errors, label disagreements",
    () => {
      fc.assert(
        fc.property(damaged, ({ p }) => {
          const { attribution: a, errors } = scoreAllWithErrors(p);
          const e = errors.claims;
          expect(article.claims.length - a.matchedClaims).toBe(e.missed.length);
          expect(p.claims.length - a.matchedClaims).toBe(e.spurious.length);
          const gold = goldAsPredictions(article).claims!;
          for (const part of ["source", "cue", "content"] as const) {
            const goldWith = gold.filter((c) => c[part]).length;
            const missedWith = e.missed.filter((m) => m.gold[part]).length;
            const wrongGold = e.boundary.filter((b) => b.part === part && b.gold).length;
            expect(goldWith - implied(a[part].exact.recall, goldWith), part).toBe(missedWith + wrongGold);
            const predictedWith = p.claims.filter((c) => c[part]).length;
            const spuriousWith = e.spurious.filter((m) => m.predicted[part]).length;
            const wrongPredicted = e.boundary.filter((b) => b.part === part && b.predicted).length;
            if (predictedWith > 0) {
              expect(predictedWith - implied(a[part].exact.precision, predictedWith), part).toBe(
                spuriousWith + wrongPredicted,
              );
            }
          }
          for (const label of ["factuality", "polarity", "quote"] as const) {
            const { compared, accuracy } = a[label];
            expect(compared - implied(accuracy, compared), label).toBe(
              e.labels.filter((l) => l.label === label).length,
            );
          }
        }),
        OPTIONS,
      );
    },
    TIMEOUT,
  );

  it(
    "times: missed, spurious, wrong values",
    () => {
      fc.assert(
        fc.property(damaged, ({ p }) => {
          const { times: s, errors } = scoreAllWithErrors(p);
          const e = errors.times;
          const gold = article.times.length;
          expect(gold - implied(s.overlap.recall, gold)).toBe(e.missed.length);
          if (p.times.length > 0)
            expect(p.times.length - implied(s.overlap.precision, p.times.length)).toBe(e.spurious.length);
          expect(s.valuesCompared - implied(s.valueAccuracy, s.valuesCompared)).toBe(e.value.length);
        }),
        OPTIONS,
      );
    },
    TIMEOUT,
  );

  it(
    "coreference: with every mention exact, MUC recall is 1 without splits and MUC precision 1 without merges",
    () => {
      const clustersOnly = fc.gen().map((g) => {
        const p = structuredClone(goldAsPredictions(article)) as FullPredictions;
        for (let n = g(() => fc.integer({ min: 0, max: 4 })); n > 0; n--) {
          const m = p.mentions[g(() => fc.integer({ min: 0, max: p.mentions.length - 1 }))]!;
          if (g(() => fc.boolean())) delete m.cluster;
          else m.cluster = g(() => fc.constantFrom("x", "kim-jong-un", "russia", "north-korea"));
        }
        return p;
      });
      let sawSplit = false;
      let sawMerge = false;
      fc.assert(
        fc.property(clustersOnly, (p) => {
          const { coreference: s, errors } = scoreAllWithErrors(p);
          sawSplit ||= errors.coreference.split.length > 0;
          sawMerge ||= errors.coreference.merged.length > 0;
          expect(s.muc.recall === 1).toBe(errors.coreference.split.length === 0);
          expect(s.muc.precision === 1).toBe(errors.coreference.merged.length === 0);
        }),
        OPTIONS,
      );
      expect([sawSplit, sawMerge]).toEqual([true, true]);
    },
    TIMEOUT,
  );

  it(
    "the damages reach every error list",
    () => {
      const totals: Record<string, number> = {};
      for (const { p } of fc.sample(damaged, { seed: 18, numRuns: 40 })) {
        const { errors } = scoreAllWithErrors(p);
        for (const [layer, lists] of Object.entries(errors)) {
          for (const [name, list] of Object.entries(lists as Record<string, unknown[]>))
            totals[`${layer}.${name}`] = (totals[`${layer}.${name}`] ?? 0) + list.length;
        }
      }
      expect(Object.keys(totals).sort()).toHaveLength(13);
      for (const [name, total] of Object.entries(totals)) expect(total, name).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
