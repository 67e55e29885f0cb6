/**
 * The view model of the HTML page: entity colours, the marks over the text and who contradicts
 * whom. Pure data; html.ts turns it into markup.
 * @module
 */
import { SPAN_FIELDS } from "../generated/fields.js";
import { agreementById, describeMentionAgreement, isContestedMention } from "../query/agreement.js";
import { contradictionPairs } from "../query/contradictions.js";
import { valuesAt, type SpanField } from "../schema/walk.js";
import type { ArticleOf, ClaimOf, EntityOf, MentionOf } from "../types.js";
import { ENTITY_COLOURS } from "./html-colours.js";
import type { Layered } from "./nesting.js";

/** One annotation drawn over the text: a mention, or a part of one or more claims. */
export type Mark =
  | {
      readonly kind: "mention";
      readonly mention: MentionOf;
      readonly entity: EntityOf;
      readonly colour: number;
      readonly sourceOf: readonly ClaimOf[];
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
/** How the details of a mark name a claim part; a span field without a name here is named by its role. */
export const roleName = (role: string): string => ROLE_NAMES[role] ?? role;

// Mentions are placed first and never split; the claim content (which holds the other parts)
// last, so cues, quotes and any other claim span nest inside it.
const MENTION_PRIORITY = 2;
const priorityOf = (role: string) => (role === "content" ? 0 : 1);

/** What the page looks up more than once, each found in one pass over the article. */
export interface PageIndex {
  readonly entities: ReadonlyMap<string, EntityOf>;
  readonly claims: ReadonlyMap<string, ClaimOf>;
  /** The number of mentions of each entity. */
  readonly mentionCounts: ReadonlyMap<string, number>;
  /** The claims each mention names the source of, by mention id. */
  readonly sourceOf: ReadonlyMap<string, readonly ClaimOf[]>;
  /** How the blind annotators treated each claim and mention (empty without the layer). */
  readonly agreement: ReturnType<typeof agreementById>;
}

/** Indexes the article once, so that no part of the page scans a list per item. */
export function indexPage(doc: ArticleOf): PageIndex {
  const mentionCounts = new Map<string, number>();
  for (const m of doc.mentions) mentionCounts.set(m.entityId, (mentionCounts.get(m.entityId) ?? 0) + 1);
  const sourceOf = new Map<string, ClaimOf[]>();
  for (const claim of doc.claims) {
    if (claim.sourceMention === undefined) continue;
    const list = sourceOf.get(claim.sourceMention);
    if (list) list.push(claim);
    else sourceOf.set(claim.sourceMention, [claim]);
  }
  return {
    entities: new Map(doc.entities.map((entity) => [entity.id, entity])),
    claims: new Map(doc.claims.map((claim) => [claim.id, claim])),
    mentionCounts,
    sourceOf,
    agreement: agreementById(doc),
  };
}

/** A count with its noun, e.g. `1 claim`, `3 claims`: the page's nouns all take an "s". */
export const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? "" : "s"}`;

/** Who makes a claim, as the page names them. */
export function sourceName(index: PageIndex, claim: ClaimOf): string {
  if ("author" in claim.source) return "the article’s own voice";
  const { entityId } = claim.source;
  return index.entities.get(entityId)?.name ?? entityId;
}

/**
 * The details of a mention, one fact a line: shown when the mention is focused or selected,
 * followed by the claims it is the source of or lies in (which the page script reads from the
 * claim list, so that no claim's words are repeated in every piece of text it covers).
 */
export function mentionDetails(index: PageIndex, mention: MentionOf, entity: EntityOf): string {
  const count = index.mentionCounts.get(entity.id) ?? 0;
  const counted = `${plural(count, "mention")} in the text`;
  const entry = index.agreement.mentions.get(mention.id);
  const judged = entry ? `\n${describeMentionAgreement(entry, index.agreement.annotators)}` : "";
  return `${entity.name}\n${entity.type}, ${mention.form} mention; ${counted}${judged}`;
}

/** Whether at least one blind annotator treated the mention otherwise (false without the layer). */
export function mentionContested(index: PageIndex, mention: MentionOf): boolean {
  const entry = index.agreement.mentions.get(mention.id);
  return entry !== undefined && isContestedMention(entry, index.agreement.annotators);
}

/** A claim's source and labels, as the details of a mark name the claim before its words. */
export function claimSummary(index: PageIndex, claim: ClaimOf): string {
  return `${sourceName(index, claim)} (${claim.factuality}, ${claim.polarity} polarity, quote ${claim.quote})`;
}

/**
 * The colour class number of each entity. Entities are ranked by their number of mentions,
 * most first (ties in the order of the article), so that the entities mentioned most get
 * distinct colours; the colours repeat only among the rarely mentioned ones.
 */
export function coloursOf(doc: ArticleOf, index: PageIndex = indexPage(doc)): Map<string, number> {
  const counts = index.mentionCounts;
  const ranked = doc.entities
    .map((entity, index) => ({ id: entity.id, index, count: counts.get(entity.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.index - b.index);
  return new Map(ranked.map(({ id }, rank) => [id, rank % ENTITY_COLOURS.length]));
}

/** The contradicting pairs, and for each claim in one the claims that contradict it. */
export function contradictionsOf(doc: ArticleOf) {
  const pairs = contradictionPairs(doc.claims);
  const contradictedBy = new Map<string, ClaimOf[]>();
  for (const [a, b] of pairs) {
    for (const [claim, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = contradictedBy.get(claim.id);
      if (list) list.push(other);
      else contradictedBy.set(claim.id, [other]);
    }
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
  index: PageIndex = indexPage(doc),
): Layered<Mark>[] {
  const colours = coloursOf(doc, index);
  const entities = new Map(doc.entities.map((entity) => [entity.id, { entity, colour: colours.get(entity.id) ?? 0 }]));
  const marks: Layered<Mark>[] = [];
  for (const mention of doc.mentions) {
    const found = entities.get(mention.entityId);
    if (!found) continue;
    const sourceOf = index.sourceOf.get(mention.id) ?? [];
    marks.push({
      ...mention.span,
      priority: MENTION_PRIORITY,
      value: { kind: "mention", mention, ...found, sourceOf },
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
