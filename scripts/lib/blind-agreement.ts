import { goldAsPredictions } from "../../src/eval/gold.js";
import type { ArticleOf } from "../../src/types.js";
import type { BlindAnnotation } from "./blind-annotations.js";
import { type BootstrapOptions, compareWithIntervals, type Estimate, type Measure, MEASURES } from "./iaa.js";

/**
 * The bootstrap of the datasheet's intervals: replicates and seed. 1000 replicates would steady
 * the second decimal of the bounds; this count keeps `npm run agreement` and its test quick on a
 * small shared machine, and the seed makes the bounds reproducible.
 */
export const DATASHEET_BOOTSTRAP: BootstrapOptions = { replicates: 200, seed: 20230727 };

/** One column of the table: which annotation is compared with which. */
export interface Comparison {
  readonly label: string;
  /** Whether the reference is the gold (else two blind annotations are compared). */
  readonly againstGold: boolean;
  readonly figures: Record<Measure, Estimate>;
}

/** The pairwise comparisons of the blind annotations, then each against the gold. */
export function blindComparisons(
  doc: ArticleOf,
  blind: readonly BlindAnnotation[],
  options = DATASHEET_BOOTSTRAP,
): Comparison[] {
  const gold = { id: "gold", predictions: goldAsPredictions(doc) };
  const pairs: [BlindAnnotation, BlindAnnotation][] = [];
  blind.forEach((a, i) => blind.slice(i + 1).forEach((b) => pairs.push([a, b])));
  for (const a of blind) pairs.push([gold, a]);
  const figures = compareWithIntervals(
    pairs.map(([reference, other]) => ({ reference: reference.predictions, other: other.predictions })),
    doc,
    options,
  );
  return pairs.map(([a, b], i) => ({ label: `${a.id}–${b.id}`, againstGold: a === gold, figures: figures[i]! }));
}

const ALPHA: readonly Measure[] = ["factuality", "polarity", "quote"];
const COUNT: readonly Measure[] = ["claimsPaired"];

function cell(measure: Measure, { value, low, high }: Estimate): string {
  if (COUNT.includes(measure)) return String(value);
  const format = (x: number) =>
    Number.isNaN(x) ? "n/a" : ALPHA.includes(measure) ? x.toFixed(2) : (100 * x).toFixed(1);
  if (Number.isNaN(value)) return "n/a";
  return `${format(value)} (${format(low)}–${format(high)})`;
}

/** The Markdown table of the datasheet's inter-annotator agreement block. */
export function renderBlindAgreement(comparisons: readonly Comparison[], options = DATASHEET_BOOTSTRAP): string {
  const head = `| measure | ${comparisons.map((c) => c.label).join(" | ")} |`;
  const rule = `| --- | ${comparisons.map(() => "---").join(" | ")} |`;
  const rows = MEASURES.map(
    ([measure, label]) => `| ${label} | ${comparisons.map((c) => cell(measure, c.figures[measure])).join(" | ")} |`,
  );
  // The range of a figure over the blind pairs and over the comparisons with the gold, in words.
  const range = (measure: Measure, againstGold: boolean) => {
    const values = comparisons
      .filter((c) => c.againstGold === againstGold)
      .map((c) => c.figures[measure].value)
      .filter((x) => !Number.isNaN(x));
    if (values.length === 0) return "n/a";
    const [low, high] = [Math.min(...values), Math.max(...values)];
    const format = (x: number) => (ALPHA.includes(measure) ? x.toFixed(2) : (100 * x).toFixed(1));
    return low === high ? format(low) : `${format(low)}–${format(high)}`;
  };
  const summary = (["conll", "contentOverlap", "factuality"] as const).map((measure) => {
    const label = MEASURES.find(([m]) => m === measure)![1];
    return `${label}: ${range(measure, false)} between blind annotators, ${range(measure, true)} against the gold`;
  });
  return [
    head,
    rule,
    ...rows,
    "",
    `In short — ${summary.join("; ")}.`,
    "",
    "F1 and shares are percentages, α is Krippendorff's alpha (nominal); in parentheses the percentile 95% " +
      `interval of a bootstrap over the article's sentences (${options.replicates} replicates, ` +
      `seed ${options.seed}). ` +
      `"n/a": undefined (for α, every label the same).`,
  ].join("\n");
}
