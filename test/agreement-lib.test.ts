import { describe, expect, it } from "vitest";
import { percentileInterval, resampleBySentence, resampleIndices, seededRandom } from "../scripts/lib/bootstrap.js";
import { compareAnnotations } from "../scripts/lib/iaa.js";
import { itemAgreement, mentionFindings } from "../scripts/lib/item-agreement.js";
import { predictionsAsArticle } from "../scripts/lib/reference.js";
import { goldAsPredictions } from "../src/eval/gold.js";
import { scoreAll } from "../src/eval/score-all.js";
import type { ArticleOf } from "../src/types.js";
import { syntheticArticle } from "./support/synthetic.js";

const doc = syntheticArticle() as unknown as ArticleOf;
const gold = goldAsPredictions(doc);
const at = (words: string, from = 0) => {
  const start = doc.text.indexOf(words, from);
  if (start < 0) throw new Error(words);
  return { start, end: start + words.length };
};

describe("the seeded bootstrap", () => {
  it("draws the same resamples for the same seed, others for another", () => {
    expect(resampleIndices(14, 5, 7)).toEqual(resampleIndices(14, 5, 7));
    expect(resampleIndices(14, 5, 7)).not.toEqual(resampleIndices(14, 5, 8));
    const random = seededRandom(1);
    const draws = Array.from({ length: 1000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((a, b) => a + b, 0) / 1000).toBeGreaterThan(0.45);
  });

  it("takes percentiles by linear interpolation (R type 7), leaving out NaN", () => {
    // 0..100: the 2.5% and 97.5% quantiles are 2.5 and 97.5.
    const [low, high] = percentileInterval(Array.from({ length: 101 }, (_, i) => 100 - i));
    expect(low).toBeCloseTo(2.5, 12);
    expect(high).toBeCloseTo(97.5, 12);
    expect(percentileInterval([Number.NaN, 4, Number.NaN])).toEqual([4, 4]);
    expect(percentileInterval([Number.NaN])).toEqual([Number.NaN, Number.NaN]);
  });

  it("copies the items of a sentence drawn twice into a second copy of the document, and drops undrawn ones", () => {
    const sentences = doc.sentences.map((s) => s.span);
    const out = resampleBySentence(gold, sentences, [2, 2], doc.text.length);
    const bob = at("Bob", doc.text.indexOf("\n"));
    expect(out.mentions).toEqual([
      expect.objectContaining({ start: bob.start, end: bob.end, cluster: "bob" }),
      expect.objectContaining({ start: bob.start + doc.text.length, end: bob.end + doc.text.length, cluster: "bob~1" }),
    ]);
    expect(out.claims?.map((c) => c.content.start)).toEqual([
      at("it", bob.start).start,
      at("it", bob.start).start + doc.text.length,
    ]);
    expect(out.times).toEqual([]);
  });
});

describe("scoring annotations against each other", () => {
  it("scores a resample that draws every sentence twice like the article itself", () => {
    const other = {
      mentions: [
        { ...at("Alice"), cluster: "a" },
        { ...at("She"), cluster: "b" },
        { ...at("Bob"), cluster: "a" },
      ],
      claims: [{ ...gold.claims![0]!, factuality: "probable" as const }],
    };
    const draw = doc.sentences.flatMap((_, i) => [i, i]);
    const cut = (p: typeof gold) =>
      resampleBySentence(
        p,
        doc.sentences.map((s) => s.span),
        draw,
        doc.text.length,
      );
    const twice = compareAnnotations(cut(gold), cut(other), {
      ...doc,
      text: doc.text.repeat(draw.length),
    } as ArticleOf);
    const once = compareAnnotations(gold, other, doc);
    // (α is not among them: its small-sample correction depends on the number of units.)
    for (const measure of [
      "mentionsExact",
      "mentionsOverlap",
      "muc",
      "bcub",
      "ceafe",
      "contentExact",
      "cueExact",
    ] as const) {
      expect(twice[measure], measure).toBeCloseTo(once[measure], 12);
    }
  });

  it("turns an annotation into a reference that scores itself perfectly", () => {
    const scores = scoreAll(gold, predictionsAsArticle(gold, doc));
    expect([
      scores.mentions.exact.f1,
      scores.coreference.conll.f1,
      scores.attribution.cue.exact.f1,
      scores.times.valueAccuracy,
    ]).toEqual([1, 1, 1, 1]);
  });

  it("rejects a claim whose source is not one of the annotation's mentions", () => {
    const bad = { ...gold, mentions: gold.mentions!.filter((m) => m.cluster !== "alice") };
    expect(() => predictionsAsArticle(bad, doc)).toThrow(/claims\[0\]\.source \d+-\d+ is not one of the mentions/);
  });

  it("gives the same F1 in both directions and α over claims paired by content and source", () => {
    const other = {
      mentions: [
        { ...at("Alice"), cluster: "a" },
        { ...at("She"), cluster: "b" },
        { ...at("Paris"), cluster: "p" },
      ],
      claims: [
        { ...gold.claims![0]!, factuality: "probable" as const },
        { ...gold.claims![1]!, source: null },
      ],
    };
    const forward = compareAnnotations(gold, other, doc);
    const backward = compareAnnotations(other, gold, doc);
    // Three of the seven gold mentions, all three exact: P = 1, R = 3/7.
    expect(forward.mentionsExact).toBeCloseTo((2 * (3 / 7)) / (3 / 7 + 1), 12);
    expect(backward).toEqual(forward);
    // Bob's denial has another source in `other`, so only Alice's claim is paired; one unit, one
    // disagreement and only two values: α = 1 − (2 − 1) · 2 / (1 · 1 · 2) = 0.
    expect(forward.claimsPaired).toBe(1);
    expect(forward.factuality).toBe(0);
  });
});

describe("per-item agreement", () => {
  it("counts exact, overlapping and same-chain findings of each mention", () => {
    const p = {
      mentions: [
        { ...at("Alice met"), cluster: "x" }, // overlaps "Alice" and "Alice met Bob"
        { ...at("Alice met Bob"), cluster: "g" },
        { ...at("She"), cluster: "x" },
        { ...at("Bob", doc.text.indexOf("\n")), cluster: "x" },
      ],
    };
    const findings = mentionFindings(doc, p);
    const of = (id: string) => findings[doc.mentions.findIndex((m) => m.id === id)]!;
    expect(of("alice@1")).toEqual({ exact: false, overlap: true, sameChain: true, partner: 0 });
    expect(of("alice@2")).toEqual({ exact: true, overlap: true, sameChain: true, partner: 2 });
    expect(of("alice-and-bob@1")).toEqual({ exact: true, overlap: true, sameChain: true, partner: 1 });
    // Bob's second mention is put in Alice's chain, which is aligned with Alice.
    expect(of("bob@2")).toEqual({ exact: true, overlap: true, sameChain: false, partner: 3 });
    expect(of("paris@1")).toEqual({ exact: false, overlap: false, sameChain: false });
  });

  it("adds up the annotators' labels of each paired claim", () => {
    const mine = { claims: [{ ...gold.claims![0]!, factuality: "probable" as const }] };
    const layer = itemAgreement(doc, [
      { id: "x", predictions: gold },
      { id: "y", predictions: mine },
    ]);
    expect(layer.annotators).toEqual(["x", "y"]);
    expect(layer.claims[0]).toEqual({
      claimId: "alice-said-well",
      found: 2,
      factuality: { certain: 1, probable: 1, possible: 0, unknown: 0 },
      polarity: { positive: 2, negative: 0 },
      quote: { direct: 2, partial: 0, indirect: 0, none: 0 },
    });
    expect(layer.claims[1]!.found).toBe(1);
    expect(layer.mentions.every((m) => m.exact === 1 && m.sameChain === 1)).toBe(true);
  });
});
