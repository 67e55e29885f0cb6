/**
 * The view model of the HTML page: entity colours, the marks over the text and who contradicts
 * whom. Pure data; html.ts turns it into markup.
 * @module
 */
import { SPAN_FIELDS } from "../generated/fields.js";
import { agreementById, describeMentionAgreement, isContestedMention } from "../query/agreement.js";
import { createArticleIndex } from "../query/article-index.js";
import { valuesAt, type SpanField } from "../schema/walk.js";
import type { ArticleOf, ClaimOf, EntityOf, MentionOf } from "../types.js";
import { ENTITY_COLOURS } from "./html-assets.js";
import type { Layered } from "./nesting.js";

/** One annotation drawn over the text: a mention, or a part of one or more claims. */
export type Mark =
  | {
      readonly kind: "mention";
      readonly mention: MentionOf;
      readonly entity: EntityOf;
      readonly colour: number;
      readonly sourceOf: readonly ClaimOf[];
      /** How the blind annotators treated the mention, in words (with an agreement layer). */
      readonly agreement?: string;
      /** Whether at least one blind annotator treated it otherwise. */
      readonly contested: boolean;
    }
  | {
      readonly kind: "claim";
      readonly role: string;
      readonly claims: readonly ClaimOf[];
      readonly contradiction: boolean;
    };

const ROLE_NAMES: Readonly<Record<string, string>> = {
  content: "claim content",
  cue: "attribution cue",
  quote: "verbatim quote",
};
/** How a hover title names a claim part; a span field without a name here is named by its role. */
export const roleName = (role: string): string => ROLE_NAMES[role] ?? role;

// Mentions are placed first and never split; the claim content (which holds the other parts)
// last, so cues, quotes and any other claim span nest inside it.
const MENTION_PRIORITY = 2;
const priorityOf = (role: string) => (role === "content" ? 0 : 1);

/** Who makes a claim, as the page names them. */
export function sourceName(doc: ArticleOf, claim: ClaimOf): string {
  if ("author" in claim.source) return "the article’s own voice";
  const { entityId } = claim.source;
  return doc.entities.find((entity) => entity.id === entityId)?.name ?? entityId;
}

/** A claim's source and labels in one line, for hover titles. */
export function describeClaim(doc: ArticleOf, claim: ClaimOf): string {
  return `${sourceName(doc, claim)}: ${claim.factuality}, ${claim.polarity}, quote ${claim.quote}`;
}

/**
 * The colour class number of each entity. Entities are ranked by their number of mentions,
 * most first (ties in the order of the article), so that the entities mentioned most get
 * distinct colours; the colours repeat only among the rarely mentioned ones.
 */
export function coloursOf(doc: ArticleOf): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of doc.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  const ranked = doc.entities
    .map((entity, index) => ({ id: entity.id, index, count: counts.get(entity.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.index - b.index);
  return new Map(ranked.map(({ id }, rank) => [id, rank % ENTITY_COLOURS.length]));
}

/** The contradicting pairs, and for each claim in one the claims that contradict it. */
export function contradictionsOf(doc: ArticleOf) {
  const pairs = createArticleIndex(doc).contradictions();
  const contradictedBy = new Map<string, ClaimOf[]>();
  for (const [a, b] of pairs) {
    contradictedBy.set(a.id, [...(contradictedBy.get(a.id) ?? []), b]);
    contradictedBy.set(b.id, [...(contradictedBy.get(b.id) ?? []), a]);
  }
  return { pairs, contradictedBy };
}

/**
 * The marks over the text: every mention, and every claim span field the schema marks (a
 * stretch several claims share is one mark).
 */
export function marksOf(
  doc: ArticleOf,
  contradicted: ReadonlySet<string>,
  fields: readonly SpanField[] = SPAN_FIELDS,
): Layered<Mark>[] {
  const colours = coloursOf(doc);
  const entities = new Map(doc.entities.map((entity) => [entity.id, { entity, colour: colours.get(entity.id) ?? 0 }]));
  const marks: Layered<Mark>[] = [];
  const agreement = agreementById(doc);
  for (const mention of doc.mentions) {
    const found = entities.get(mention.entityId);
    if (!found) continue;
    const sourceOf = doc.claims.filter((c) => c.sourceMention === mention.id);
    const entry = agreement.mentions.get(mention.id);
    const judged = entry
      ? {
          agreement: describeMentionAgreement(entry, agreement.annotators),
          contested: isContestedMention(entry, agreement.annotators),
        }
      : { contested: false };
    marks.push({
      ...mention.span,
      priority: MENTION_PRIORITY,
      value: { kind: "mention", mention, ...found, sourceOf, ...judged },
    });
  }
  const parts = new Map<string, { start: number; end: number; role: string; claims: ClaimOf[] }>();
  const claimFields = fields.filter((f) => f.collection === "claims");
  for (const claim of doc.claims) {
    for (const field of claimFields) {
      for (const [, value] of valuesAt(claim, field.path)) {
        const span = value as { start: number; end: number };
        const key = `${field.role} ${span.start} ${span.end}`;
        const part = parts.get(key) ?? { start: span.start, end: span.end, role: field.role, claims: [] };
        part.claims.push(claim);
        parts.set(key, part);
      }
    }
  }
  for (const { start, end, role, claims } of parts.values()) {
    const contradiction = role === "content" && claims.some((c) => contradicted.has(c.id));
    marks.push({ start, end, priority: priorityOf(role), value: { kind: "claim", role, claims, contradiction } });
  }
  return marks;
}
