/**
 * Projection of the article's mentions onto flat named-entity layers (CoNLL IOB2 and spaCy
 * `ents`), which allow neither nesting nor overlap.
 *
 * Rule: only mentions that name their entity count, i.e. `form` "name" or "adjectival"
 * ("Kim Jong Un", "North Korean"); nominals, pronouns and metonyms are not named entities.
 * Groups ("Kim and Shoigu", "the West") are left out: their members are tagged instead.
 * Among the remaining mentions the outermost wins: a mention inside (or crossing, and starting
 * after) an already chosen one is dropped, while a name inside a nominal is kept: "Biden" in
 * the nominal "the Biden administration" is a PER, "North Korea" in "North Korea’s state media" a LOC.
 * @module
 */
import type { ArticleOf, EntityOf, MentionOf } from "../types.js";

/** A mention chosen for the flat named-entity layer, with its entity. */
export interface NamedMention {
  readonly mention: MentionOf;
  readonly entity: EntityOf;
}

/** CoNLL-2003 named-entity classes. */
export type Conll2003Label = "PER" | "ORG" | "LOC" | "MISC";

const NAMING_FORMS = new Set(["name", "adjectival"]);

/**
 * The mentions of the flat named-entity layer, by the rule of this module.
 *
 * @param doc - The article.
 * @returns Non-overlapping mentions with their entities, in text order.
 * @example
 * ```ts
 * namedMentions(article).map((n) => n.mention.span.text); // ["North Korean", "Kim Jong Un", …]
 * ```
 */
export function namedMentions(doc: ArticleOf): NamedMention[] {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const candidates = doc.mentions
    .map((mention) => ({ mention, entity: entities.get(mention.entityId) }))
    .filter(
      (c): c is NamedMention => c.entity !== undefined && NAMING_FORMS.has(c.mention.form) && c.entity.type !== "group",
    )
    .sort((a, b) => a.mention.span.start - b.mention.span.start || b.mention.span.end - a.mention.span.end);
  const chosen: NamedMention[] = [];
  let coveredUntil = 0;
  for (const candidate of candidates) {
    if (candidate.mention.span.start < coveredUntil) continue;
    chosen.push(candidate);
    coveredUntil = candidate.mention.span.end;
  }
  return chosen;
}

/**
 * The CoNLL-2003 class of a named mention: persons PER, organisations ORG, countries, cities
 * and regions LOC; events, weapons, documents, other entities and every adjectival form
 * (nationalities such as "Russian") MISC.
 *
 * @param named - A mention from {@link namedMentions}.
 * @returns The CoNLL-2003 class.
 * @example
 * ```ts
 * conll2003Label(namedMentions(article)[0]); // "MISC" ("North Korean")
 * ```
 */
export function conll2003Label({ mention, entity }: NamedMention): Conll2003Label {
  if (mention.form === "adjectival") return "MISC";
  switch (entity.type) {
    case "person":
      return "PER";
    case "organization":
      return "ORG";
    case "country":
    case "city":
    case "region":
      return "LOC";
    default:
      return "MISC";
  }
}

/**
 * The OntoNotes 5 class of a named mention, as spaCy's English pipelines label entities:
 * PERSON, ORG, GPE (countries, cities), LOC (regions), EVENT, PRODUCT (weapons), WORK_OF_ART
 * (documents), NORP for adjectival forms ("North Korean"), and MISC for entities of type
 * "other", for which OntoNotes has no class.
 *
 * @param named - A mention from {@link namedMentions}.
 * @returns The OntoNotes class.
 * @example
 * ```ts
 * ontonotesLabel(namedMentions(article)[1]); // "PERSON" ("Kim Jong Un")
 * ```
 */
export function ontonotesLabel({ mention, entity }: NamedMention): string {
  if (mention.form === "adjectival") return "NORP";
  const labels: Record<EntityOf["type"], string> = {
    person: "PERSON",
    organization: "ORG",
    country: "GPE",
    city: "GPE",
    region: "LOC",
    group: "NORP",
    event: "EVENT",
    weapon: "PRODUCT",
    document: "WORK_OF_ART",
    other: "MISC",
  };
  return labels[entity.type];
}
