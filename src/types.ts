import type { ClaimId, EntityId, MentionId, NoteId, TimeId } from "./generated/ids.js";
import type { ArticleIdFields } from "./generated/id-fields.js";
import type {
  AnnotatedArticle,
  Claim,
  EditorialNote,
  Entity,
  ItemAgreement,
  Mention,
  TimeExpression,
} from "./schema/model.js";

/** Makes every nested field and array read-only, as the frozen data is. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * The id types of one article, keyed by the layer names the schema marks ids with: plain
 * strings in general, literal unions for the shipped one.
 */
export interface IdTypes {
  entity: string;
  mention: string;
  claim: string;
  time: string;
  note: string;
}

/** The ids of the shipped article, as literal unions. */
export interface ShippedIds {
  entity: EntityId;
  mention: MentionId;
  claim: ClaimId;
  time: TimeId;
  note: NoteId;
}

/**
 * `T` made read-only, with every field that `F` marks given the id type of its layer in `I`.
 * `F` mirrors `T`: a layer name at a field holding that layer's ids, an object of such marks
 * at an object, `{ "*": marks }` at an array. Fields of layers without an id type in
 * {@link IdTypes} (paragraphs, sentences) stay strings. The marks are checked before `I` is
 * looked at, so that in generic code a narrowed field is plainly `I["entity"]` and so on.
 */
export type Narrowed<T, F, I extends IdTypes> = [F] extends [keyof IdTypes]
  ? I[F]
  : [F] extends [string]
    ? T
    : T extends readonly (infer U)[]
      ? readonly Narrowed<U, F extends { readonly "*": infer E } ? E : unknown, I>[]
      : T extends object
        ? { readonly [K in keyof T]: K extends keyof F ? Narrowed<T[K], F[K], I> : DeepReadonly<T[K]> }
        : T;

/** A read-only annotated article whose id and reference fields use the id types `I`. */
export type ArticleOf<I extends IdTypes = IdTypes> = Narrowed<AnnotatedArticle, ArticleIdFields, I>;

/** An entity whose id fields use the id types `I`. */
export type EntityOf<I extends IdTypes = IdTypes> = Narrowed<Entity, ArticleIdFields["entities"]["*"], I>;

/** A mention whose id fields use the id types `I`. */
export type MentionOf<I extends IdTypes = IdTypes> = Narrowed<Mention, ArticleIdFields["mentions"]["*"], I>;

/** A claim whose id fields use the id types `I`. */
export type ClaimOf<I extends IdTypes = IdTypes> = Narrowed<Claim, ArticleIdFields["claims"]["*"], I>;

/** A time expression whose id fields use the id types `I`. */
export type TimeExpressionOf<I extends IdTypes = IdTypes> = Narrowed<TimeExpression, ArticleIdFields["times"]["*"], I>;

/** An editorial note whose id uses the id types `I`. */
export type EditorialNoteOf<I extends IdTypes = IdTypes> = Narrowed<EditorialNote, ArticleIdFields["notes"]["*"], I>;

/** The per-item agreement layer whose id fields use the id types `I`. */
export type ItemAgreementOf<I extends IdTypes = IdTypes> = Narrowed<ItemAgreement, ArticleIdFields["agreement"], I>;

/** The shipped article's type: {@link AnnotatedArticle}, read-only, with ids narrowed to literal unions. */
export type Article = ArticleOf<ShippedIds>;
/** An entity of the shipped article. */
export type ArticleEntity = EntityOf<ShippedIds>;
/** A mention of the shipped article. */
export type ArticleMention = MentionOf<ShippedIds>;
/** A claim of the shipped article. */
export type ArticleClaim = ClaimOf<ShippedIds>;
/** A time expression of the shipped article. */
export type ArticleTime = TimeExpressionOf<ShippedIds>;
/** An editorial note of the shipped article. */
export type ArticleNote = EditorialNoteOf<ShippedIds>;
