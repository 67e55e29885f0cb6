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
import { article } from "./generated/article.js";
import type { MentionsOfOptions, Range } from "./query/article-index.js";
import { shippedIndex } from "./query/shipped.js";
import type { EntityId } from "./generated/ids.js";

export { article } from "./generated/article.js";
export type { ClaimId, EntityId, MentionId, NoteId, ParagraphId, SentenceId, TimeId } from "./generated/ids.js";
export { createArticleIndex } from "./query/article-index.js";
export type { ArticleIndex, MentionsOfOptions, QuotedStretch, Range, TimelineEntry } from "./query/article-index.js";
export { claimSourceId, overlaps } from "./query/collections.js";
export { foldName } from "./query/fold.js";
export type {
  Article,
  ArticleClaim,
  ArticleEntity,
  ArticleMention,
  ArticleNote,
  ArticleOf,
  ArticleTime,
  ClaimOf,
  DeepReadonly,
  Replace,
  EditorialNoteOf,
  EntityOf,
  IdTypes,
  ItemAgreementOf,
  MentionOf,
  ShippedIds,
  TimeExpressionOf,
} from "./types.js";
export type * from "./schema/index.js";

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

/**
 * The entity with this id, or `undefined` when there is none (from untyped code).
 *
 * @param id - An entity id; autocompletes, and a misspelt id is a type error.
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
 * The first entity whose name or an alias matches, ignoring case, accents and curly quotes.
 *
 * @param nameOrAlias - A name as a reader would type it, e.g. `"kim"` or `"Korean Central News Agency"`.
 * @returns The entity, or `undefined` when no name or alias matches.
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
 * The mentions of an entity in text order, optionally with those of the groups it belongs to.
 *
 * @param id - An entity id.
 * @param options - `{ includeGroups: true }` adds plural mentions such as "Kim and Shoigu".
 * @throws RangeError for an id that is not an entity of the article.
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
 * The entities with a mention overlapping a range, in text order.
 *
 * @param range - Offsets into {@link article}.text, e.g. a sentence's `span`.
 * @throws RangeError for offsets outside the text.
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
 * The sentence that holds a character offset.
 *
 * @param offset - A UTF-16 offset into {@link article}.text.
 * @returns The sentence, or `undefined` for the white space between sentences.
 * @throws RangeError for an offset outside the text.
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
 * The text of a range of the article.
 *
 * @param range - `{ start, end }` in UTF-16 code units.
 * @throws RangeError for offsets outside the text.
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
 * The claims a source makes, or the article's own assertions for `"author"`.
 *
 * @param source - An entity id, or `"author"`.
 * @throws RangeError for an id that is not an entity of the article.
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
 * The claims about an entity.
 *
 * @param id - An entity id.
 * @throws RangeError for an id that is not an entity of the article.
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
 * The claims whose content overlaps a range.
 *
 * @param range - Offsets into {@link article}.text, e.g. a paragraph's `span`.
 * @throws RangeError for offsets outside the text.
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
 * Every verbatim quoted stretch, with its claim and its source, in text order.
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
 * The pairs of claims that contradict each other, such as an accusation and its denial.
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
 * The time expressions in chronological order, each with the claims that refer to it.
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

