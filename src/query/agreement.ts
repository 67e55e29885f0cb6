import type { ArticleOf, ClaimOf } from "../types.js";

/** A claim's entry in the per-item agreement layer, see `ClaimAgreementSchema`. */
export type ClaimAgreementOf = NonNullable<ArticleOf["agreement"]>["claims"][number];
/** A mention's entry in the per-item agreement layer, see `MentionAgreementSchema`. */
export type MentionAgreementOf = NonNullable<ArticleOf["agreement"]>["mentions"][number];

const LABELS = ["factuality", "polarity", "quote"] as const;

/**
 * Whether at least one blind annotator treated the claim otherwise than the gold: did not find
 * it, or gave it another factuality, polarity or quote type.
 */
export function isContestedClaim(claim: ClaimOf, entry: ClaimAgreementOf, annotators: number): boolean {
  return (
    entry.found < annotators ||
    LABELS.some((label) => (entry[label] as Record<string, number>)[claim[label]]! < entry.found)
  );
}

/**
 * Whether at least one blind annotator treated the mention otherwise than the gold: did not mark
 * it, marked other offsets, or put it in another chain.
 */
export function isContestedMention(entry: MentionAgreementOf, annotators: number): boolean {
  return entry.exact < annotators || entry.overlap < annotators || entry.sameChain < entry.overlap;
}

/** A claim's label counts in words: "factuality certain 2, probable 1". */
export function describeClaimAgreement(entry: ClaimAgreementOf, annotators: number): string {
  const counts = LABELS.map((label) => {
    const parts = Object.entries(entry[label] as Record<string, number>).filter(([, n]) => n > 0);
    return `${label} ${parts.map(([value, n]) => `${value} ${n}`).join(", ") || "—"}`;
  });
  return `found by ${entry.found} of ${annotators} blind annotators; ${counts.join("; ")}`;
}

/** A mention's counts in words: "exact 2, overlapping 3, same chain 3 of 3 blind annotators". */
export function describeMentionAgreement(entry: MentionAgreementOf, annotators: number): string {
  const counts = `exact ${entry.exact}, overlapping ${entry.overlap}, same chain ${entry.sameChain}`;
  return `${counts} of ${annotators} blind annotators`;
}

/** The agreement entries of an article's claims and mentions by id (empty without the layer). */
export function agreementById(doc: ArticleOf): {
  readonly annotators: number;
  readonly claims: ReadonlyMap<string, ClaimAgreementOf>;
  readonly mentions: ReadonlyMap<string, MentionAgreementOf>;
} {
  const layer = doc.agreement;
  return {
    annotators: layer?.annotators.length ?? 0,
    claims: new Map((layer?.claims ?? []).map((c) => [c.claimId, c])),
    mentions: new Map((layer?.mentions ?? []).map((m) => [m.mentionId, m])),
  };
}
