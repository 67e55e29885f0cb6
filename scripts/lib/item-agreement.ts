import { pairClaims } from "../../src/eval/claim-pairing.js";
import { goldAsPredictions } from "../../src/eval/gold.js";
import { maximizeAssignment } from "../../src/eval/hungarian.js";
import { pairExactFirst } from "../../src/eval/errors/mentions.js";
import type { Predictions } from "../../src/eval/predictions.js";
import { FactualitySchema, PolaritySchema, QuoteTypeSchema } from "../../src/schema/claim.js";
import type { ClaimAgreement, ItemAgreement, MentionAgreement } from "../../src/schema/agreement.js";
import { type AnnotatedArticle, safeParseArticle } from "../../src/schema/index.js";
import type { ArticleOf } from "../../src/types.js";
import type { BlindAnnotation } from "./blind-annotations.js";

const zeros = <L extends string>(labels: readonly L[]) =>
  Object.fromEntries(labels.map((l) => [l, 0])) as Record<L, number>;

/** Whether one annotation found one gold mention, and how. */
export interface MentionFinding {
  readonly exact: boolean;
  readonly overlap: boolean;
  readonly sameChain: boolean;
  /** Index of the annotation's mention paired with it (exact first, then overlap). */
  readonly partner?: number;
}

/**
 * For each gold mention (by index), whether one annotation found it by exact offsets, by an
 * overlapping span, and in the chain aligned with its entity (see `MentionAgreementSchema`).
 */
export function mentionFindings(doc: ArticleOf, p: Predictions): MentionFinding[] {
  const gold = doc.mentions.map((m) => m.span);
  const predicted = p.mentions ?? [];
  // Exact pairs first, then overlap pairs among the rest, so a mention found exactly is never
  // lost to a longer span that overlaps it and a neighbour.
  const { exact: exactPairs, boundary: overlapPairs } = pairExactFirst(gold, predicted);
  const exactGold = new Set(exactPairs.map((pair) => pair.gold));
  const pairs = [...exactPairs, ...overlapPairs];
  const partner = new Map(pairs.map((pair) => [pair.gold, pair.predicted]));
  // Align chains with entities one to one, maximising the mentions each aligned pair shares.
  const entityIds = [...new Set(doc.mentions.map((m) => m.entityId))];
  const clusterOf = (i: number) => predicted[i]!.cluster ?? `#${i}`;
  const clusters = [...new Set(predicted.map((_, i) => clusterOf(i)))];
  const shared = entityIds.map(() => clusters.map(() => 0));
  for (const { gold: g, predicted: q } of pairs) {
    shared[entityIds.indexOf(doc.mentions[g]!.entityId)]![clusters.indexOf(clusterOf(q))]! += 1;
  }
  const { rowToColumn } = maximizeAssignment(shared);
  return doc.mentions.map((m, g) => {
    const q = partner.get(g);
    const e = entityIds.indexOf(m.entityId);
    const aligned = rowToColumn[e]!;
    return {
      exact: exactGold.has(g),
      overlap: q !== undefined,
      sameChain: q !== undefined && aligned >= 0 && shared[e]![aligned]! > 0 && clusters[aligned] === clusterOf(q),
      ...(q === undefined ? {} : { partner: q }),
    };
  });
}

/**
 * The per-item agreement layer of the article: for every claim and mention, how the blind
 * annotators treated it (see `ItemAgreementSchema` for the definitions).
 */
export function itemAgreement(doc: ArticleOf, annotations: readonly BlindAnnotation[]): ItemAgreement {
  const goldClaims = goldAsPredictions(doc).claims!;
  const claims: ClaimAgreement[] = doc.claims.map((c) => ({
    claimId: c.id,
    found: 0,
    factuality: zeros(FactualitySchema.options),
    polarity: zeros(PolaritySchema.options),
    quote: zeros(QuoteTypeSchema.options),
  }));
  const mentions: MentionAgreement[] = doc.mentions.map((m) => ({
    mentionId: m.id,
    exact: 0,
    overlap: 0,
    sameChain: 0,
  }));
  for (const { predictions } of annotations) {
    const theirs = predictions.claims ?? [];
    for (const { gold, predicted } of pairClaims(goldClaims, theirs)) {
      const entry = claims[gold]!;
      const { factuality, polarity, quote } = theirs[predicted]!;
      entry.found += 1;
      if (factuality) entry.factuality[factuality] += 1;
      if (polarity) entry.polarity[polarity] += 1;
      if (quote) entry.quote[quote] += 1;
    }
    for (const [i, found] of mentionFindings(doc, predictions).entries()) {
      const entry = mentions[i]!;
      entry.exact += Number(found.exact);
      entry.overlap += Number(found.overlap);
      entry.sameChain += Number(found.sameChain);
    }
  }
  return { annotators: annotations.map((a) => a.id), claims, mentions };
}

/**
 * The compiled article with its per-item agreement layer computed from the blind annotations,
 * checked again against the schema (counts, and an entry for every claim and mention).
 *
 * @throws Error listing every rule the layer breaks.
 */
export function withItemAgreement(doc: AnnotatedArticle, annotations: readonly BlindAnnotation[]): AnnotatedArticle {
  const result = safeParseArticle({ ...doc, agreement: itemAgreement(doc as ArticleOf, annotations) });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(`the agreement layer breaks ${lines.length} rule(s):\n${lines.join("\n")}`);
  }
  return result.data;
}
