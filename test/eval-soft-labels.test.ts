import { describe, expect, it } from "vitest";
import { scoreSoftLabels } from "../src/eval/soft-labels.js";
import type { ItemAgreement } from "../src/schema/agreement.js";
import type { ArticleOf } from "../src/types.js";
import { syntheticArticle } from "./support/synthetic.js";

const base = syntheticArticle();
const at = (words: string, from = 0) => {
  const start = base.text.indexOf(words, from);
  return { start, end: start + words.length };
};
// Three annotators: two read Alice’s quotation as certain, one as probable; nobody found Bob’s
// denial; the café owners’ claim has no entry. Both count as without a distribution.
const agreement: ItemAgreement = {
  annotators: ["x", "y", "z"],
  claims: [
    {
      claimId: "alice-said-well",
      found: 3,
      factuality: { certain: 2, probable: 1, possible: 0, unknown: 0 },
      polarity: { positive: 3, negative: 0 },
      quote: { direct: 3, partial: 0, indirect: 0, none: 0 },
    },
    {
      claimId: "bob-denied",
      found: 0,
      factuality: { certain: 0, probable: 0, possible: 0, unknown: 0 },
      polarity: { positive: 0, negative: 0 },
      quote: { direct: 0, partial: 0, indirect: 0, none: 0 },
    },
  ],
  mentions: [],
};
const doc = { ...base, agreement } as unknown as ArticleOf;
const aliceClaim = (factuality: string, source: { start: number; end: number } | null = at("She")) => ({
  claims: [
    { content: at("“it went well.”"), source, cue: at("said"), factuality, polarity: "positive", quote: "direct" },
  ],
});

describe("scoreSoftLabels", () => {
  it("scores a minority label by the annotators' shares (hand-computed)", () => {
    const { factuality, polarity } = scoreSoftLabels(aliceClaim("probable"), doc);
    expect(factuality.compared).toBe(1);
    expect(factuality.withoutDistribution).toBe(2);
    expect(factuality.unpaired).toBe(0);
    expect(factuality.expectedAccuracy).toBeCloseTo(1 / 3, 12);
    expect(factuality.goldAccuracy).toBe(0);
    // q = 0.9 · one-hot + 0.1 / 4: 0.925 for "probable", 0.025 for the others.
    expect(factuality.crossEntropy).toBeCloseTo(-(2 / 3) * Math.log(0.025) - (1 / 3) * Math.log(0.925), 12);
    expect(polarity.expectedAccuracy).toBe(1);
    expect(polarity.crossEntropy).toBeCloseTo(-Math.log(0.95), 12);
  });

  it("prefers the majority label, and takes the smoothing given", () => {
    const majority = scoreSoftLabels(aliceClaim("certain"), doc, { smoothing: 0.2 }).factuality;
    expect(majority.expectedAccuracy).toBeCloseTo(2 / 3, 12);
    expect(majority.goldAccuracy).toBe(1);
    expect(majority.crossEntropy).toBeCloseTo(-(2 / 3) * Math.log(0.85) - (1 / 3) * Math.log(0.05), 12);
  });

  it("does not pair a claim with another source, and counts the gold claim as unpaired", () => {
    const { factuality } = scoreSoftLabels(aliceClaim("certain", null), doc);
    expect(factuality).toMatchObject({ compared: 0, unpaired: 1, withoutDistribution: 2 });
    expect(factuality.expectedAccuracy).toBeNaN();
  });

  it("rejects a smoothing outside (0, 1] and an article without the layer, with one-line messages", () => {
    expect(() => scoreSoftLabels(aliceClaim("certain"), doc, { smoothing: 0 })).toThrow(
      /^smoothing must be in \(0, 1\], got 0$/,
    );
    expect(() => scoreSoftLabels({}, base as unknown as ArticleOf)).toThrow(/has no per-item agreement layer/);
  });
});
