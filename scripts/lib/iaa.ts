import { pairClaims } from "../../src/eval/claim-pairing.js";
import { scoreAttribution } from "../../src/eval/attribution.js";
import { scoreCoreference } from "../../src/eval/coreference-score.js";
import { krippendorffAlpha } from "../../src/eval/krippendorff.js";
import { scoreMentions } from "../../src/eval/mentions.js";
import type { Predictions } from "../../src/eval/predictions.js";
import { scoreTimes } from "../../src/eval/times.js";
import type { ArticleOf } from "../../src/types.js";
import { percentileInterval, resampleBySentence, resampleIndices } from "./bootstrap.js";
import { predictionsAsArticle } from "./reference.js";

/** The figures reported for each pair of annotations, in the order of the datasheet's rows. */
export const MEASURES = [
  ["mentionsExact", "mentions, exact span F1"],
  ["mentionsOverlap", "mentions, overlap F1"],
  ["muc", "coreference MUC F1"],
  ["bcub", "coreference B³ F1"],
  ["ceafe", "coreference CEAF-e F1"],
  ["conll", "coreference CoNLL F1"],
  ["contentExact", "claim content, exact F1"],
  ["contentOverlap", "claim content, overlap F1"],
  ["sourceExact", "claim source, exact F1"],
  ["cueExact", "claim cue, exact F1"],
  ["claimsPaired", "claims paired (content and source)"],
  ["factuality", "factuality, Krippendorff's α"],
  ["polarity", "polarity, Krippendorff's α"],
  ["quote", "quote type, Krippendorff's α"],
  ["timesExact", "time expressions, exact F1"],
  ["timeValues", "time values agreeing (share of matched)"],
] as const;

/** One measure's key. */
export type Measure = (typeof MEASURES)[number][0];
/** Every figure of one comparison. */
export type Figures = Record<Measure, number>;

/**
 * Every figure comparing `other` with `reference`, computed with the evaluation kit's scorers
 * (`reference` is turned into the article they score against). F1 is symmetric, so for two
 * blind annotations the direction does not matter; α is computed over the claims paired by
 * content and source, one unit per pair.
 */
export function compareAnnotations(reference: Predictions, other: Predictions, base: ArticleOf): Figures {
  const doc = predictionsAsArticle(reference, base);
  const mentions = scoreMentions(other, doc);
  const coref = scoreCoreference(other, doc);
  const attribution = scoreAttribution(other, doc);
  const times = scoreTimes(other, doc);
  const refClaims = reference.claims ?? [];
  const otherClaims = other.claims ?? [];
  const pairs = pairClaims(refClaims, otherClaims);
  const alpha = (label: "factuality" | "polarity" | "quote") =>
    krippendorffAlpha(pairs.map(({ gold, predicted }) => [refClaims[gold]![label], otherClaims[predicted]![label]]));
  return {
    mentionsExact: mentions.exact.f1,
    mentionsOverlap: mentions.overlap.f1,
    muc: coref.muc.f1,
    bcub: coref.bcub.f1,
    ceafe: coref.ceafe.f1,
    conll: coref.conll.f1,
    contentExact: attribution.content.exact.f1,
    contentOverlap: attribution.content.overlap.f1,
    sourceExact: attribution.source.exact.f1,
    cueExact: attribution.cue.exact.f1,
    claimsPaired: pairs.length,
    factuality: alpha("factuality"),
    polarity: alpha("polarity"),
    quote: alpha("quote"),
    timesExact: times.exact.f1,
    timeValues: times.valueAccuracy,
  };
}

/** A figure with its bootstrap interval. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** How the intervals are drawn: replicates, seed, and the unit resampled. */
export interface BootstrapOptions {
  readonly replicates: number;
  readonly seed: number;
}

/**
 * The figures of each comparison with percentile 95% intervals from a bootstrap over sentences:
 * each replicate draws the article's sentences with replacement (the same draw for every
 * comparison) and recomputes every figure on the items of the drawn sentences.
 */
export function compareWithIntervals(
  comparisons: readonly { readonly reference: Predictions; readonly other: Predictions }[],
  base: ArticleOf,
  { replicates, seed }: BootstrapOptions,
): Record<Measure, Estimate>[] {
  const sentences = base.sentences.map((s) => s.span);
  const draws = resampleIndices(sentences.length, replicates, seed);
  const resampledBase = draws.map((draw) => ({ ...base, text: base.text.repeat(draw.length) }) as ArticleOf);
  return comparisons.map(({ reference, other }) => {
    const point = compareAnnotations(reference, other, base);
    const samples = draws.map((draw, r) => {
      const cut = (p: Predictions) => resampleBySentence(p, sentences, draw, base.text.length);
      return compareAnnotations(cut(reference), cut(other), resampledBase[r]!);
    });
    const out = {} as Record<Measure, Estimate>;
    for (const [measure] of MEASURES) {
      const [low, high] = percentileInterval(samples.map((s) => s[measure]));
      out[measure] = { value: point[measure], low, high };
    }
    return out;
  });
}
