import * as z from "zod";
import type { ClaimAgreement, ItemAgreement, MentionAgreement } from "./model.js";
import { FactualitySchema, PolaritySchema, QuoteTypeSchema } from "./claim.js";
import { ref } from "./fields.js";
import { MentionIdSchema } from "./ids.js";

const count = z.int().nonnegative();
/** How many annotators chose each label of a vocabulary (every label present, zeros included). */
const countsOf = <T extends z.ZodEnum>(labels: T) =>
  z.strictObject(
    Object.fromEntries(labels.options.map((label) => [label, count])) as Record<T["options"][number], typeof count>,
  );

/**
 * How the blind annotators treated one claim of the article. A claim counts as found by an
 * annotator whose claims include one with an overlapping content and the same source (both the
 * author's, or overlapping source spans), paired one to one; the label counts are over those.
 */
export const ClaimAgreementSchema = z.strictObject({
  claimId: ref("claim"),
  /** Annotators who have a claim paired with this one. */
  found: count,
  factuality: countsOf(FactualitySchema),
  polarity: countsOf(PolaritySchema),
  quote: countsOf(QuoteTypeSchema),
});

/**
 * How the blind annotators treated one mention of the article: how many marked exactly its
 * offsets, how many marked an overlapping span (paired one to one), and how many of those put
 * it in the chain that corresponds to its entity. An annotator's chains are aligned one to one
 * with the article's entities so that the aligned pairs share the most mentions (the alignment
 * of CEAF); a mention is in the same chain when its chain is aligned with its entity.
 */
export const MentionAgreementSchema = z.strictObject({
  mentionId: ref("mention", { base: MentionIdSchema }),
  exact: count,
  overlap: count,
  sameChain: count,
});

/**
 * Per-item agreement: for every claim and mention of the article, how independent annotators,
 * working blind, labelled it. The annotators' own spans are not part of the article; they are
 * kept with the dataset's agreement files.
 */
export const ItemAgreementSchema = z
  .strictObject({
    /** Identifiers of the annotators counted, e.g. `["a1", "a2", "a3"]`. */
    annotators: z.array(z.string().min(1)).min(1),
    claims: z.array(ClaimAgreementSchema),
    mentions: z.array(MentionAgreementSchema),
  })
  .superRefine((layer, ctx) => checkCounts(layer, ctx));

// Counts are of annotators: none exceeds their number, and each narrower count its wider one.
interface Counted {
  readonly annotators: readonly string[];
  readonly claims: readonly ClaimAgreement[];
  readonly mentions: readonly MentionAgreement[];
}
function checkCounts(layer: Counted, ctx: z.RefinementCtx): void {
  const n = layer.annotators.length;
  const report = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (new Set(layer.annotators).size !== n) report(["annotators"], "annotator ids must be unique");
  layer.claims.forEach((c, i) => {
    if (c.found > n) report(["claims", i, "found"], `found ${c.found} exceeds the ${n} annotators`);
    for (const label of ["factuality", "polarity", "quote"] as const) {
      const sum = Object.values<number>(c[label]).reduce((a, b) => a + b, 0);
      if (sum > c.found) report(["claims", i, label], `${label} counts add up to ${sum}, more than found (${c.found})`);
    }
  });
  layer.mentions.forEach((m, i) => {
    if (m.overlap > n) report(["mentions", i, "overlap"], `overlap ${m.overlap} exceeds the ${n} annotators`);
    if (m.exact > m.overlap) report(["mentions", i, "exact"], `exact ${m.exact} exceeds overlap ${m.overlap}`);
    if (m.sameChain > m.overlap)
      report(["mentions", i, "sameChain"], `sameChain ${m.sameChain} exceeds overlap ${m.overlap}`);
  });
}

export type { ClaimAgreement, ItemAgreement, MentionAgreement };
