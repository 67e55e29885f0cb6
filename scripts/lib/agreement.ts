import * as z from "zod";
import { join } from "node:path";
import { checkPredictions } from "../../src/eval/validate.js";
import { type AllScores, scoreAll } from "../../src/eval/score-all.js";
import { goldAsPredictions } from "../../src/eval/gold.js";
import type { Predictions } from "../../src/eval/predictions.js";
import { AnnotatedArticleSchema } from "../../src/schema/index.js";
import { PredictionsSchema } from "../../src/eval/predictions.js";
import { readJsonFile } from "./read-data.js";
import type { ArticleOf } from "../../src/types.js";
import { type ClaimAgreement, claimAgreement } from "./agreement-claims.js";

/** One difference between the two annotations, as listed in the adjudication log. */
export interface Disagreement {
  readonly layer: "mentions" | "coreference" | "claims" | "times";
  /** What the first annotation has, or "—". */
  readonly first: string;
  /** What the second annotation has, or "—". */
  readonly second: string;
}

const key = (s: { start: number; end: number }) => `${s.start}-${s.end}`;
const show = (s: { start: number; end: number; text?: string | undefined }, text: string) =>
  `"${s.text ?? text.slice(s.start, s.end)}" (${key(s)})`;

/** Every difference between the first annotation (an article) and the second (predictions), exact spans. */
export function listDisagreements(first: ArticleOf, second: Predictions): Disagreement[] {
  const gold = goldAsPredictions(first);
  const out: Disagreement[] = [];
  const { text } = first;

  const secondMentions = new Set((second.mentions ?? []).map(key));
  const firstMentions = new Set(gold.mentions!.map(key));
  for (const m of gold.mentions!)
    if (!secondMentions.has(key(m))) out.push({ layer: "mentions", first: show(m, text), second: "—" });
  for (const m of second.mentions ?? [])
    if (!firstMentions.has(key(m))) out.push({ layer: "mentions", first: "—", second: show(m, text) });

  // Chains compared on the mentions both annotated, so a span difference is not counted twice.
  const shared = (ms: readonly { start: number; end: number; cluster?: string | undefined }[]) => {
    const chains = new Map<string, string[]>();
    for (const m of ms)
      if (firstMentions.has(key(m)) && secondMentions.has(key(m)))
        chains.set(m.cluster ?? key(m), [...(chains.get(m.cluster ?? key(m)) ?? []), key(m)]);
    return new Set([...chains.values()].map((c) => c.sort().join(" ")));
  };
  const firstChains = shared(gold.mentions!);
  const secondChains = shared(second.mentions ?? []);
  for (const c of firstChains)
    if (!secondChains.has(c)) out.push({ layer: "coreference", first: `chain ${c}`, second: "—" });
  for (const c of secondChains)
    if (!firstChains.has(c)) out.push({ layer: "coreference", first: "—", second: `chain ${c}` });

  const claimKey = (c: NonNullable<Predictions["claims"]>[number]) =>
    [
      key(c.content),
      c.source ? key(c.source) : "author",
      c.cue ? key(c.cue) : "no cue",
      c.factuality,
      c.polarity,
      c.quote,
    ].join(" | ");
  const describe = (c: NonNullable<Predictions["claims"]>[number]) =>
    `${show(c.content, text)}; source ${c.source ? show(c.source, text) : "author"}; cue ${
      c.cue ? show(c.cue, text) : "none"
    }; ${c.factuality}, ${c.polarity}, ${c.quote}`;
  const secondClaims = new Set((second.claims ?? []).map(claimKey));
  const firstClaims = new Set(gold.claims!.map(claimKey));
  for (const c of gold.claims!)
    if (!secondClaims.has(claimKey(c))) out.push({ layer: "claims", first: describe(c), second: "—" });
  for (const c of second.claims ?? [])
    if (!firstClaims.has(claimKey(c))) out.push({ layer: "claims", first: "—", second: describe(c) });

  const timeKey = (t: { start: number; end: number; value?: string | undefined }) => `${key(t)} = ${t.value ?? "?"}`;
  const secondTimes = new Set((second.times ?? []).map(timeKey));
  const firstTimes = new Set(gold.times!.map(timeKey));
  for (const t of gold.times!)
    if (!secondTimes.has(timeKey(t))) out.push({ layer: "times", first: `${show(t, text)} = ${t.value}`, second: "—" });
  for (const t of second.times ?? [])
    if (!firstTimes.has(timeKey(t)))
      out.push({ layer: "times", first: "—", second: `${show(t, text)} = ${t.value ?? "?"}` });
  return out;
}

/** One decision of data/agreement/adjudication.json: what differed, which side was kept, how, and why. */
export const AdjudicationSchema = z.strictObject({
  layer: z.enum(["mentions", "coreference", "claims", "times"]),
  first: z.string().min(1),
  second: z.string().min(1),
  decision: z.enum(["first", "second", "neither"]),
  /** What was done: the data corrected, a rule written into the guidelines, or nothing (the gold stands). */
  action: z.enum(["correction", "guideline", "none"]),
  reason: z.string().min(1),
  /**
   * Which comparison the disagreement comes from: the second annotation (the default, for the
   * entries logged before the blind annotations) or a majority of the blind annotators, whose
   * side is `second` and names them.
   */
  comparison: z.enum(["second-annotation", "blind-majority"]).optional(),
});

/** Reads and checks data/agreement/adjudication.json. */
export function readAdjudication(repoRoot: string): z.output<typeof AdjudicationSchema>[] {
  return readJsonFile(
    join(repoRoot, "data", "agreement", "adjudication.json"),
    "data/agreement/adjudication.json",
    z.array(AdjudicationSchema),
  );
}

/** The agreement figures before and after adjudication, and the disagreements before it. */
export interface AgreementReport {
  readonly before: AllScores;
  readonly after: AllScores;
  /** Claims paired by content and source, before and after. */
  readonly claimsBefore: ClaimAgreement;
  readonly claimsAfter: ClaimAgreement;
  readonly disagreements: readonly Disagreement[];
}

/** Scores the second annotation against the first (before adjudication) and against the shipped data (after). */
export function computeAgreement(repoRoot: string, shipped: ArticleOf): AgreementReport {
  const read = <S extends z.ZodType>(file: string, schema: S) =>
    readJsonFile(join(repoRoot, "data", "agreement", file), `data/agreement/${file}`, schema);
  const first = read("first-annotation.json", AnnotatedArticleSchema);
  const second = checkPredictions(read("second-annotation.json", PredictionsSchema), first);
  return {
    before: scoreAll(second, first),
    after: scoreAll(second, shipped),
    claimsBefore: claimAgreement(second, first),
    claimsAfter: claimAgreement(second, shipped),
    disagreements: listDisagreements(first, second),
  };
}

const pct = (x: number) => (Number.isNaN(x) ? "n/a" : `${(100 * x).toFixed(1)}`);
const kappa = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(3));

/** The Markdown block of figures that docs/datasheet.md carries between its agreement markers. */
export function renderAgreement(report: AgreementReport, adjudicated: number): string {
  const row = (label: string, get: (s: AllScores) => string) =>
    `| ${label} | ${get(report.before)} | ${get(report.after)} |`;
  const claimRow = (label: string, get: (c: ClaimAgreement) => string) =>
    `| ${label} | ${get(report.claimsBefore)} | ${get(report.claimsAfter)} |`;
  return [
    "| measure | before adjudication | shipped data (after adjudication and review) |",
    "| --- | --- | --- |",
    row("mentions, exact span F1", (s) => pct(s.mentions.exact.f1)),
    row("mentions, overlap F1", (s) => pct(s.mentions.overlap.f1)),
    row("coreference MUC F1", (s) => pct(s.coreference.muc.f1)),
    row("coreference B³ F1", (s) => pct(s.coreference.bcub.f1)),
    row("coreference CEAF-e F1", (s) => pct(s.coreference.ceafe.f1)),
    row("coreference CoNLL F1", (s) => pct(s.coreference.conll.f1)),
    claimRow("claims paired (by content overlap and source)", (c) => String(c.paired)),
    claimRow("claim content, exact F1", (c) => pct(c.contentF1)),
    claimRow("claim source, exact F1", (c) => pct(c.sourceF1)),
    claimRow("claim cue, exact F1", (c) => pct(c.cueF1)),
    claimRow("factuality, Cohen's κ (paired claims)", (c) => kappa(c.factualityKappa)),
    claimRow("polarity, Cohen's κ (paired claims)", (c) => kappa(c.polarityKappa)),
    claimRow("quote type, Cohen's κ (paired claims)", (c) => kappa(c.quoteKappa)),
    row("time expressions, exact F1", (s) => pct(s.times.exact.f1)),
    row("time values agreeing", (s) => `${pct(s.times.valueAccuracy)} (${s.times.valuesCompared} compared)`),
    "",
    `F1 figures are percentages. ${report.disagreements.length} disagreement(s) at exact-span level ` +
      "before adjudication, " +
      `${adjudicated} adjudicated in \`data/agreement/adjudication.json\`.`,
  ].join("\n");
}
