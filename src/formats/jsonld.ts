/**
 * schema.org JSON-LD export.
 *
 * Shape: one `@graph` of nodes linked by `@id` URNs (see {@link articleUrn}):
 * - the `NewsArticle` (`headline`, `text`, `datePublished`, `inLanguage`, `about`, `mentions`,
 *   `author`, `backstory`);
 * - the article's `author`, a `Person` the text does not name (it has no byline);
 * - one node per entity, typed by entity type (Person, Organization, Country, City, Place for
 *   regions, Event, CreativeWork for documents, Thing for groups, weapons and other), with
 *   `name`, `alternateName`, `description`, `sameAs` its Wikidata page, `additionalType` the
 *   dataset's entity type, and its place in a larger whole (the schema.org property that fits
 *   both ends, else the dataset's `ks:partOf` / `ks:memberOf`);
 * - one `GovernmentOrganization` per country that acts in the article ("North Korea (state
 *   actor)", `areaServed` the Country): what a country asserts or owns, its state actor does;
 * - one `Claim` per claim: `text` (the content), `author` (the source's acting node: a person,
 *   an organisation, a state actor or the article's author; none for a group, which schema.org's
 *   `author` cannot take), `appearance` (the article and the claim's `Quotation`s), `about`, and
 *   the dataset's own terms `source` (the annotated source entity, always), `factuality`,
 *   `polarity`, `quoteType`, `cue`, `contradicts`, `supports`, `elaborates`, `nestedIn`
 *   (namespace {@link VOCABULARY_NAMESPACE});
 * - one `Quotation` per verbatim quote (`text`, `spokenByCharacter` as the claim's `author`,
 *   `isPartOf` the article).
 *
 * Every schema.org property is used within its domain and range (a test checks each against
 * the schema.org definitions); the dataset's own terms carry what schema.org has no term for.
 *
 * The title: schema.org has no property or flag for "a headline written by someone other than
 * the publisher", so the title goes where consumers look for it, `headline`, and an editorial
 * title is declared in `backstory` ("For an Article, … a textual summary giving a brief
 * explanation of why and how an article was created"), together with the provenance and how
 * the date was established. `alternativeHeadline` would misstate it as a second headline of
 * the source, which has none.
 *
 * The `@context` is inline (`@vocab` https://schema.org/ plus the dataset's terms), so
 * processing the document never fetches a remote context.
 * @module
 */
import { CLAIM_RELATION_TYPES } from "../schema/vocabulary.js";
import { article } from "../generated/article.js";
import { deepFreeze } from "../freeze.js";
import { sourceEntityId } from "../query/collections.js";
import type { ArticleOf, ClaimOf, EntityOf } from "../types.js";
import { entityTypeLabel } from "./entity-labels.js";
import { actingCountries, agentUrn, memberOfLink, partOfLink, SCHEMA_TYPES, stateActorUrn } from "./jsonld-links.js";
import {
  articleUrn,
  authorUrn,
  claimSourceUrn,
  claimUrn,
  entityUrn,
  quotationUrn,
  VOCABULARY_NAMESPACE,
  wikidataUrl,
} from "./urns.js";

/** A JSON-LD node object. */
export type JsonLdNode = { readonly "@id": string; readonly "@type"?: string } & { readonly [key: string]: unknown };

/** The JSON-LD document produced by {@link toJsonLd}. */
export interface JsonLdDocument {
  readonly "@context": Readonly<Record<string, unknown>>;
  readonly "@graph": readonly JsonLdNode[];
}

/**
 * The inline JSON-LD context: schema.org as the default vocabulary plus the dataset's own terms.
 * Every document carries this one object, frozen, so that no caller can change another's.
 */
export const JSON_LD_CONTEXT = deepFreeze({
  "@vocab": "https://schema.org/",
  ks: VOCABULARY_NAMESPACE,
  sameAs: { "@type": "@id" },
  url: { "@type": "@id" },
  additionalType: { "@type": "@id" },
  source: { "@id": "ks:source", "@type": "@id" },
  members: { "@id": "ks:members", "@type": "@id" },
  factuality: "ks:factuality",
  polarity: "ks:polarity",
  quoteType: "ks:quoteType",
  cue: "ks:cue",
  contradicts: { "@id": "ks:contradicts", "@type": "@id" },
  supports: { "@id": "ks:supports", "@type": "@id" },
  elaborates: { "@id": "ks:elaborates", "@type": "@id" },
  nestedIn: { "@id": "ks:nestedIn", "@type": "@id" },
} as const);

const ref = (id: string) => ({ "@id": id });

function entityNode(entity: EntityOf, byId: ReadonlyMap<string, EntityOf>): JsonLdNode {
  const link = (id: string | undefined, how: typeof partOfLink) => {
    const other = id === undefined ? undefined : byId.get(id);
    if (!other) return {};
    const [property, target] = how(entity, other);
    return { [property]: ref(target) };
  };
  return {
    "@id": entityUrn(entity.id),
    "@type": SCHEMA_TYPES[entity.type],
    identifier: entity.id,
    name: entity.name,
    ...(entity.aliases.length > 0 ? { alternateName: [...entity.aliases] } : {}),
    description: entity.description,
    additionalType: `${VOCABULARY_NAMESPACE}${entityTypeLabel(entity.type)}`,
    ...(entity.wikidata ? { sameAs: wikidataUrl(entity.wikidata) } : {}),
    ...link(entity.partOf, partOfLink),
    ...link(entity.memberOf, memberOfLink),
    ...(entity.members ? { members: entity.members.map(entityUrn) } : {}),
  };
}

function stateActorNode(country: EntityOf): JsonLdNode {
  return {
    "@id": stateActorUrn(country.id),
    "@type": "GovernmentOrganization",
    name: `${country.name} (state actor)`,
    description:
      `${country.name} as a state acting in the article (its government), ` +
      "as distinct from the country as a place.",
    areaServed: ref(entityUrn(country.id)),
  };
}

// Entities the title names by name or alias, as whole words: what the article is about.
// A plain substring search with one shared pattern for the word characters around it, rather
// than compiling a regular expression per name.
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
function namesAsWord(title: string, name: string): boolean {
  for (let at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
    const before = [...title.slice(Math.max(0, at - 2), at)].at(-1) ?? "";
    const after = at + name.length < title.length ? String.fromCodePoint(title.codePointAt(at + name.length)!) : "";
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
  }
  return false;
}
function entitiesNamedIn(title: string, entities: readonly EntityOf[]): EntityOf[] {
  return entities.filter((e) => [e.name, ...e.aliases].some((name) => namesAsWord(title, name)));
}

function backstory(doc: ArticleOf): string {
  return [
    doc.provenance.summary,
    doc.title.editorial ? "The headline is editorial: it was written for this dataset, not taken from the source." : "",
    doc.published.basis === "inferred" ? `The publication date is inferred: ${doc.published.explanation}` : "",
  ]
    .filter((s) => s !== "")
    .join(" ");
}

function articleNode(doc: ArticleOf): JsonLdNode {
  const mentioned = new Set(doc.mentions.map((m) => m.entityId));
  return {
    "@id": articleUrn(doc.id),
    "@type": "NewsArticle",
    identifier: doc.id,
    headline: doc.title.text,
    backstory: backstory(doc),
    text: doc.text,
    datePublished: doc.published.date,
    inLanguage: doc.language,
    author: ref(authorUrn(doc.id)),
    ...(doc.provenance.publisher ? { publisher: { "@type": "Organization", name: doc.provenance.publisher } } : {}),
    ...(doc.provenance.url ? { url: doc.provenance.url } : {}),
    about: entitiesNamedIn(doc.title.text, doc.entities).map((e) => ref(entityUrn(e.id))),
    mentions: doc.entities.filter((e) => mentioned.has(e.id)).map((e) => ref(entityUrn(e.id))),
  };
}

function claimNodes(doc: ArticleOf, claim: ClaimOf, byId: ReadonlyMap<string, EntityOf>): JsonLdNode[] {
  const sourceId = sourceEntityId(claim);
  const sourceEntity = sourceId === undefined ? undefined : byId.get(sourceId);
  const agent = "author" in claim.source ? authorUrn(doc.id) : sourceEntity && agentUrn(sourceEntity);
  const quotations = claim.quotes.map((quote, i) => ({
    "@id": quotationUrn(doc.id, claim.id, i + 1),
    "@type": "Quotation",
    text: quote.text,
    ...(agent ? { spokenByCharacter: ref(agent) } : {}),
    isPartOf: ref(articleUrn(doc.id)),
  }));
  const related = (type: string) =>
    claim.relations.filter((r) => r.type === type).map((r) => claimUrn(doc.id, r.target));
  const relations = Object.fromEntries(
    CLAIM_RELATION_TYPES.map((type) => [type, related(type)] as const).filter(([, targets]) => targets.length > 0),
  );
  const node: JsonLdNode = {
    "@id": claimUrn(doc.id, claim.id),
    "@type": "Claim",
    identifier: claim.id,
    text: claim.content.text,
    ...(agent ? { author: ref(agent) } : {}),
    source: claimSourceUrn(doc.id, claim),
    appearance: [ref(articleUrn(doc.id)), ...quotations.map((q) => ref(q["@id"]))],
    about: claim.about.map((id) => ref(entityUrn(id))),
    factuality: claim.factuality,
    polarity: claim.polarity,
    quoteType: claim.quote,
    ...(claim.cue ? { cue: claim.cue.text } : {}),
    ...relations,
    ...(claim.nestedIn ? { nestedIn: claimUrn(doc.id, claim.nestedIn) } : {}),
  };
  return [node, ...quotations];
}

/**
 * Exports the article as schema.org JSON-LD: a `NewsArticle`, its entities, and its claims as
 * `Claim` nodes authored by their sources, with `Quotation`s for verbatim quotes.
 *
 * @param doc - The article; the shipped one by default.
 * @returns A JSON-LD document with an inline `@context` and a flat `@graph`.
 * @example
 * ```ts
 * import { toJsonLd } from "kim-shoigu-2023/formats";
 * const script = `<script type="application/ld+json">${JSON.stringify(toJsonLd()).replace(/</g, "\\u003c")}</script>`;
 * ```
 */
export function toJsonLd(doc: ArticleOf = article): JsonLdDocument {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const author: JsonLdNode = {
    "@id": authorUrn(doc.id),
    "@type": "Person",
    name: "Author of the article (not named in the text)",
    description: "Whoever wrote the article; the text carries no byline.",
  };
  return {
    "@context": JSON_LD_CONTEXT,
    "@graph": [
      articleNode(doc),
      author,
      ...doc.entities.map((entity) => entityNode(entity, byId)),
      ...actingCountries(doc).map(stateActorNode),
      ...doc.claims.flatMap((claim) => claimNodes(doc, claim, byId)),
    ],
  };
}
