/**
 * The annotated article and helpers to query it. This entry loads no schema library: it is data
 * and plain functions.
 *
 * @example
 * ```ts
 * import { article, getEntity, mentionsOf } from "kim-shoigu-2023";
 * console.log(article.paragraphs.length);                  // 9
 * console.log(getEntity("kim-jong-un")?.name);             // "Kim Jong Un"
 * console.log(mentionsOf("kcna").map((m) => m.span.text)); // every mention of KCNA
 * ```
 * @module kim-shoigu-2023
 */
// Listed by hand; intentionally internal: span overlap and name folding (query internals) and
// the type helpers DeepReadonly and Narrowed that build the Article types.
import { article } from "./generated/article.js";
import type { MentionsOfOptions, Range } from "./query/article-index.js";
import { shippedIndex } from "./query/shipped.js";
import type { EntityId } from "./generated/ids.js";

export { article } from "./generated/article.js";
export type { ClaimId, EntityId, MentionId, NoteId, ParagraphId, SentenceId, TimeId } from "./generated/ids.js";
export { createArticleIndex } from "./query/article-index.js";
export type { ArticleIndex, MentionsOfOptions, QuotedStretch, Range, TimelineEntry } from "./query/article-index.js";
export { claimSourceId } from "./query/collections.js";
export type {
  Article,
  ArticleClaim,
  ArticleEntity,
  ArticleMention,
  ArticleNote,
  ArticleOf,
  ArticleTime,
  ClaimOf,
  EditorialNoteOf,
  EntityOf,
  IdTypes,
  ItemAgreementOf,
  MentionOf,
  ShippedIds,
  TimeExpressionOf,
} from "./types.js";
// The data model as plain types (no zod in these declarations); the schemas are kim-shoigu-2023/schema.
export type {
  AnnotatedArticle,
  Claim,
  ClaimRelation,
  ClaimRelationType,
  ClaimSource,
  EditorialNote,
  Entity,
  EntityType,
  Factuality,
  Inference,
  Mention,
  MentionForm,
  NoteKind,
  Paragraph,
  Polarity,
  Provenance,
  Published,
  QuoteType,
  Sentence,
  Span,
  TimeExpression,
  TimeType,
  Title,
} from "./schema/model.js";

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of {@link article}.text; compare it with your own
 * copy of the text to be sure offsets apply to it.
 *
 * @example
 * ```ts
 * import { textSha256 } from "kim-shoigu-2023";
 * console.log(textSha256.length); // 64
 * ```
 */
export const textSha256: string = article.textSha256;

/**
 * Every entity of the article, in the order of the data.
 *
 * @example
 * ```ts
 * import { entities } from "kim-shoigu-2023";
 * entities.filter((e) => e.type === "person").map((e) => e.name);
 * ```
 */
export const entities = article.entities;

/**
 * Every mention of every entity, in the order of the data; see {@link mentionsOf} for text order.
 *
 * @example
 * ```ts
 * import { mentions } from "kim-shoigu-2023";
 * mentions.filter((m) => m.form === "pronoun").map((m) => m.span.text);
 * ```
 */
export const mentions = article.mentions;

/**
 * Every attributed claim of the article.
 *
 * @example
 * ```ts
 * import { claims } from "kim-shoigu-2023";
 * claims.filter((c) => c.factuality !== "certain").map((c) => c.content.text);
 * ```
 */
export const claims = article.claims;

/**
 * Every temporal expression, normalised to ISO 8601.
 *
 * @example
 * ```ts
 * import { times } from "kim-shoigu-2023";
 * times.map((t) => `${t.span.text} = ${t.value}`);
 * ```
 */
export const times = article.times;

/**
 * Editorial notes on the text itself: inconsistencies, ambiguities, errors.
 *
 * @example
 * ```ts
 * import { notes } from "kim-shoigu-2023";
 * notes.map((n) => `${n.kind}: ${n.message}`);
 * ```
 */
export const notes = article.notes;

// Each helper is the shipped article's ArticleIndex method; its documentation lives there once.

/**
 * {@inheritDoc ArticleIndex.getEntity}
 *
 * @example
 * ```ts
 * import { getEntity } from "kim-shoigu-2023";
 * getEntity("kcna")?.name; // "Korean Central News Agency"
 * ```
 */
export function getEntity(id: EntityId) {
  return shippedIndex().getEntity(id);
}

/**
 * {@inheritDoc ArticleIndex.findEntity}
 *
 * @example
 * ```ts
 * import { findEntity } from "kim-shoigu-2023";
 * findEntity("SHOIGU")?.id; // "sergei-shoigu"
 * ```
 */
export function findEntity(nameOrAlias: string) {
  return shippedIndex().findEntity(nameOrAlias);
}

/**
 * {@inheritDoc ArticleIndex.mentionsOf}
 *
 * @example
 * ```ts
 * import { mentionsOf } from "kim-shoigu-2023";
 * mentionsOf("kim-jong-un").map((m) => `${m.form}: ${m.span.text}`);
 * ```
 */
export function mentionsOf(id: EntityId, options?: MentionsOfOptions) {
  return shippedIndex().mentionsOf(id, options);
}

/**
 * {@inheritDoc ArticleIndex.entitiesIn}
 *
 * @example
 * ```ts
 * import { article, entitiesIn } from "kim-shoigu-2023";
 * entitiesIn(article.sentences[0]!.span).map((e) => e.id);
 * ```
 */
export function entitiesIn(range: Range) {
  return shippedIndex().entitiesIn(range);
}

/**
 * {@inheritDoc ArticleIndex.sentenceAt}
 *
 * @example
 * ```ts
 * import { sentenceAt } from "kim-shoigu-2023";
 * sentenceAt(0)?.id; // "s1"
 * ```
 */
export function sentenceAt(offset: number) {
  return shippedIndex().sentenceAt(offset);
}

/**
 * {@inheritDoc ArticleIndex.slice}
 *
 * @example
 * ```ts
 * import { slice } from "kim-shoigu-2023";
 * slice({ start: 0, end: 12 }); // "According to"
 * ```
 */
export function slice(range: Range): string {
  return shippedIndex().slice(range);
}

/**
 * {@inheritDoc ArticleIndex.claimsBy}
 *
 * @example
 * ```ts
 * import { claimsBy } from "kim-shoigu-2023";
 * claimsBy("kcna").map((c) => c.content.text);
 * ```
 */
export function claimsBy(source: EntityId | "author") {
  return shippedIndex().claimsBy(source);
}

/**
 * {@inheritDoc ArticleIndex.claimsAbout}
 *
 * @example
 * ```ts
 * import { claimsAbout } from "kim-shoigu-2023";
 * claimsAbout("military-parade").map((c) => c.factuality);
 * ```
 */
export function claimsAbout(id: EntityId) {
  return shippedIndex().claimsAbout(id);
}

/**
 * {@inheritDoc ArticleIndex.claimsIn}
 *
 * @example
 * ```ts
 * import { article, claimsIn } from "kim-shoigu-2023";
 * claimsIn(article.paragraphs[3]!.span).map((c) => c.id);
 * ```
 */
export function claimsIn(range: Range) {
  return shippedIndex().claimsIn(range);
}

/**
 * {@inheritDoc ArticleIndex.quotes}
 *
 * @example
 * ```ts
 * import { quotes } from "kim-shoigu-2023";
 * quotes().map((q) => `${q.source}: “${q.span.text}”`);
 * ```
 */
export function quotes() {
  return shippedIndex().quotes();
}

/**
 * {@inheritDoc ArticleIndex.contradictions}
 *
 * @example
 * ```ts
 * import { contradictions } from "kim-shoigu-2023";
 * contradictions().map(([a, b]) => `${a.id} <> ${b.id}`);
 * ```
 */
export function contradictions() {
  return shippedIndex().contradictions();
}

/**
 * {@inheritDoc ArticleIndex.timeline}
 *
 * @example
 * ```ts
 * import { timeline } from "kim-shoigu-2023";
 * timeline().map((t) => `${t.time.value} ${t.time.span.text}`);
 * ```
 */
export function timeline() {
  return shippedIndex().timeline();
}
