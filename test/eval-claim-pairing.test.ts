import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { scoreAttribution } from "../src/eval/attribution.js";
import { pairClaims, type SourceRule, sameSource } from "../src/eval/claim-pairing.js";
import { findErrors } from "../src/eval/errors/index.js";
import { goldAsPredictions } from "../src/eval/gold.js";
import type { PredictedClaim } from "../src/eval/predictions.js";

const goldClaims = goldAsPredictions(article).claims!;
const at = (id: string) => article.claims.findIndex((c) => c.id === id);
const DENIAL = at("nk-denies-weapons-transfer");
const ACCUSATION = at("biden-admin-accuses-weapons-transfer");

/** Every attribution figure that is 1 for a perfect prediction. */
function perfectFigures(claims: readonly PredictedClaim[]) {
  const s = scoreAttribution({ claims: [...claims] }, article);
  return {
    matchedClaims: s.matchedClaims,
    parts: (["content", "source", "cue"] as const).flatMap((part) => [s[part].exact.f1, s[part].overlap.f1]),
    sourceAgreement: s.sourceAgreement,
    labels: (["factuality", "polarity", "quote"] as const).map((label) => s[label].accuracy),
  };
}
const PERFECT = {
  matchedClaims: goldClaims.length,
  parts: [1, 1, 1, 1, 1, 1],
  sourceAgreement: 1,
  labels: [1, 1, 1],
};
const claimErrorCount = (claims: readonly PredictedClaim[]) => {
  const e = findErrors({ claims: [...claims] }, article).claims;
  return e.missed.length + e.spurious.length + e.boundary.length + e.labels.length;
};

describe("the denial and the accusation on the same words", () => {
  it("are two gold claims with the same content and other sources, cues and polarities", () => {
    const [denial, accusation] = [goldClaims[DENIAL]!, goldClaims[ACCUSATION]!];
    expect(denial.content).toEqual(accusation.content);
    expect(denial.content.text).toBe("transferring weapons to Russia to support the conflict in Ukraine");
    expect([denial.source?.text, accusation.source?.text]).toEqual(["North Korea", "the Biden administration"]);
    expect([denial.cue?.text, accusation.cue?.text]).toEqual(["has denied", "accusations"]);
    expect([denial.polarity, accusation.polarity]).toEqual(["negative", "positive"]);
  });

  it("listed in the other order, the gold still scores perfectly and has no claim error", () => {
    const claims = [...goldClaims];
    [claims[DENIAL], claims[ACCUSATION]] = [claims[ACCUSATION]!, claims[DENIAL]!];
    expect(perfectFigures(claims)).toEqual(PERFECT);
    expect(claimErrorCount(claims)).toBe(0);
  });

  it("a prediction of the accusation alone is compared with the accusation, not the denial", () => {
    const accusation = goldClaims[ACCUSATION]!;
    const s = scoreAttribution({ claims: [accusation] }, article);
    expect(s.matchedClaims).toBe(1);
    expect([s.source.exact.precision, s.cue.exact.precision, s.sourceAgreement]).toEqual([1, 1, 1]);
    expect([s.factuality.accuracy, s.polarity.accuracy, s.quote.accuracy]).toEqual([1, 1, 1]);
    const e = findErrors({ claims: [accusation] }, article).claims;
    expect(e.boundary).toEqual([]);
    expect(e.labels).toEqual([]);
    expect(e.missed.map((m) => m.gold.claimId)).not.toContain("biden-admin-accuses-weapons-transfer");
    expect(e.missed.map((m) => m.gold.claimId)).toContain("nk-denies-weapons-transfer");
  });

  it("a denial given no source is still paired with the denial, its source scored wrong", () => {
    const claims = goldClaims.map((c, i) => (i === DENIAL ? { ...c, source: null } : c));
    const s = scoreAttribution({ claims }, article);
    expect(s.matchedClaims).toBe(claims.length);
    expect(s.sourceAgreement).toBeCloseTo((claims.length - 1) / claims.length, 12);
    expect([s.cue.exact.f1, s.polarity.accuracy]).toEqual([1, 1]);
    const e = findErrors({ claims }, article).claims;
    expect([e.missed, e.spurious, e.labels]).toEqual([[], [], []]);
    expect(e.boundary.map((b) => [b.part, b.goldClaim.claimId])).toEqual([["source", "nk-denies-weapons-transfer"]]);
  });

  it("the source decides between them: a denial given the Biden administration as source is read as the accusation", () => {
    const claims = goldClaims
      .filter((_, i) => i !== ACCUSATION)
      .map((c) => (c === goldClaims[DENIAL] ? { ...c, source: goldClaims[ACCUSATION]!.source } : c));
    const s = scoreAttribution({ claims }, article);
    expect([s.matchedClaims, s.sourceAgreement]).toEqual([claims.length, 1]);
    const e = findErrors({ claims }, article).claims;
    expect(e.missed.map((m) => m.gold.claimId)).toEqual(["nk-denies-weapons-transfer"]);
    expect(e.labels.map((l) => [l.label, l.goldClaim.claimId])).toEqual([
      ["polarity", "biden-admin-accuses-weapons-transfer"],
    ]);
    expect(e.boundary.map((b) => b.part)).toEqual(["cue"]);
  });
});

describe("properties of the pairing on the shipped article", () => {
  const permutation = fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: goldClaims.length, maxLength: goldClaims.length })
    .map((keys) => goldClaims.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b));
  const denialFirst = (order: readonly number[]) => order.indexOf(ACCUSATION) < order.indexOf(DENIAL);

  it("the gold scored against itself is perfect under any order of its claims", () => {
    let sawAccusationFirst = false;
    fc.assert(
      fc.property(permutation, (order) => {
        sawAccusationFirst ||= denialFirst(order);
        const claims = order.map((i) => goldClaims[i]!);
        expect(perfectFigures(claims)).toEqual(PERFECT);
        expect(claimErrorCount(claims)).toBe(0);
      }),
    );
    expect(sawAccusationFirst).toBe(true);
  });

  it("swapping the sources of two predicted claims keeps every claim paired and can only lower the source score", () => {
    const swap = fc.tuple(permutation, fc.nat(goldClaims.length - 1), fc.nat(goldClaims.length - 1));
    fc.assert(
      fc.property(swap, ([order, i, j]) => {
        const claims = order.map((k) => ({ ...goldClaims[k]! }));
        [claims[i]!.source, claims[j]!.source] = [claims[j]!.source, claims[i]!.source];
        const s = scoreAttribution({ claims }, article);
        expect(s.matchedClaims).toBe(goldClaims.length);
        expect(s.content.overlap.f1).toBe(1);
        // Only the two changed claims can lose their source.
        expect(s.sourceAgreement * claims.length).toBeGreaterThanOrEqual(claims.length - 2 - 1e-9);
        for (const figure of [s.source.exact, s.source.overlap]) {
          expect(figure.f1).toBeLessThanOrEqual(1);
          expect(figure.recall).toBeLessThanOrEqual(1);
        }
        if (sameSource(claims[i]!, goldClaims[order[i]!]!)) return;
        // A claim left with another source is either scored wrong or re-paired with a claim of
        // that source; the figures and the error lists say the same.
        const errors = findErrors({ claims }, article).claims;
        expect(
          s.sourceAgreement < 1 || errors.boundary.some((b) => b.part !== "source") || errors.labels.length > 0,
        ).toBe(true);
      }),
    );
  });
});

// Small random claims: contents in a 30-character window, sources among a few spans or none.
const span = fc
  .tuple(fc.nat({ max: 24 }), fc.integer({ min: 1, max: 6 }))
  .map(([start, length]) => ({ start, end: start + length }));
const source = fc.constantFrom(null, { start: 40, end: 42 }, { start: 41, end: 44 }, { start: 50, end: 52 });
const claim: fc.Arbitrary<PredictedClaim> = fc.record({ content: span, source });
const claims = fc.array(claim, { maxLength: 5 });

const shared = (a: PredictedClaim, b: PredictedClaim) =>
  Math.max(0, Math.min(a.content.end, b.content.end) - Math.max(a.content.start, b.content.start));

/** The best (same-source pairs, shared characters) of every one-to-one pairing, by brute force. */
function bestByBruteForce(gold: readonly PredictedClaim[], predicted: readonly PredictedClaim[], rule: SourceRule) {
  let best = [0, 0];
  const visit = (g: number, used: Set<number>, same: number, chars: number): void => {
    if (same > best[0]! || (same === best[0] && chars > best[1]!)) best = [same, chars];
    if (g === gold.length) return;
    visit(g + 1, used, same, chars);
    predicted.forEach((p, q) => {
      const agrees = sameSource(gold[g]!, p);
      if (used.has(q) || shared(gold[g]!, p) === 0 || (rule === "required" && !agrees)) return;
      visit(g + 1, new Set([...used, q]), same + Number(agrees), chars + shared(gold[g]!, p));
    });
  };
  visit(0, new Set(), 0, 0);
  return best;
}

describe("pairClaims against every possible pairing", () => {
  for (const rule of ["preferred", "required"] as const) {
    it(`"${rule}": a one-to-one pairing of overlapping contents with the most same-source pairs, then characters`, () => {
      fc.assert(
        fc.property(claims, claims, (gold, predicted) => {
          const pairs = pairClaims(gold, predicted, rule);
          expect(new Set(pairs.map((p) => p.gold)).size).toBe(pairs.length);
          expect(new Set(pairs.map((p) => p.predicted)).size).toBe(pairs.length);
          const agree = pairs.map(({ gold: g, predicted: p }) => sameSource(gold[g]!, predicted[p]!));
          expect(pairs.every(({ gold: g, predicted: p }) => shared(gold[g]!, predicted[p]!) > 0)).toBe(true);
          if (rule === "required") expect(agree.every(Boolean)).toBe(true);
          const chars = pairs.reduce((sum, { gold: g, predicted: p }) => sum + shared(gold[g]!, predicted[p]!), 0);
          expect([agree.filter(Boolean).length, chars]).toEqual(bestByBruteForce(gold, predicted, rule));
        }),
        { seed: 2023, numRuns: 300 },
      );
    });
  }

  it("a claim whose only overlapping partner has another source is paired under the preference", () => {
    const gold = [{ content: { start: 0, end: 10 }, source: null }];
    const predicted = [{ content: { start: 0, end: 10 }, source: { start: 40, end: 42 } }];
    expect(pairClaims(gold, predicted, "preferred")).toEqual([{ gold: 0, predicted: 0 }]);
    expect(pairClaims(gold, predicted, "required")).toEqual([]);
  });
});
