import type { ClaimId, EntityId, MentionId, NoteId, TimeId } from "./generated/ids.js";
import type {
  AnnotatedArticle,
  Claim,
  ClaimRelation,
  EditorialNote,
  Entity,
  Mention,
  TimeExpression,
} from "./schema/model.js";
import type { ClaimAgreement, ItemAgreement, MentionAgreement } from "./schema/model.js";

/** Makes every nested field and array read-only, as the frozen data is. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The id types of one article: plain strings in general, literal unions for the shipped one. */
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
 * `T` made read-only, with the fields of `R` put in place of its own. Ids are replaced after
 * making the rest read-only so that generic id types stay plain (DeepReadonly of a type
 * parameter would not simplify to it).
 */
export type Replace<T, R> = Omit<DeepReadonly<T>, keyof R> & { readonly [K in keyof R]: R[K] };

/** An entity whose id fields use the id types `I`. */
export type EntityOf<I extends IdTypes = IdTypes> = Replace<
  Entity,
  { id: I["entity"]; partOf?: I["entity"]; memberOf?: I["entity"]; members?: readonly I["entity"][] }
>;

/** A mention whose id fields use the id types `I`. */
export type MentionOf<I extends IdTypes = IdTypes> = Replace<Mention, { id: I["mention"]; entityId: I["entity"] }>;

/** A claim whose id fields use the id types `I`. */
export type ClaimOf<I extends IdTypes = IdTypes> = Replace<
  Claim,
  {
    id: I["claim"];
    source: { readonly entityId: I["entity"] } | { readonly author: true };
    sourceMention?: I["mention"];
    about: readonly I["entity"][];
    times?: readonly I["time"][];
    nestedIn?: I["claim"];
    relations: readonly Replace<ClaimRelation, { target: I["claim"] }>[];
  }
>;

/** A time expression whose id fields use the id types `I`. */
export type TimeExpressionOf<I extends IdTypes = IdTypes> = Replace<
  TimeExpression,
  { id: I["time"]; anchor?: I["time"] }
>;

/** An editorial note whose id uses the id types `I`. */
export type EditorialNoteOf<I extends IdTypes = IdTypes> = Replace<EditorialNote, { id: I["note"] }>;

/** The per-item agreement layer whose id fields use the id types `I`. */
export type ItemAgreementOf<I extends IdTypes = IdTypes> = Replace<
  ItemAgreement,
  {
    claims: readonly Replace<ClaimAgreement, { claimId: I["claim"] }>[];
    mentions: readonly Replace<MentionAgreement, { mentionId: I["mention"] }>[];
  }
>;

/** A read-only annotated article whose id fields use the id types `I`. */
export type ArticleOf<I extends IdTypes = IdTypes> = Replace<
  AnnotatedArticle,
  {
    entities: readonly EntityOf<I>[];
    mentions: readonly MentionOf<I>[];
    claims: readonly ClaimOf<I>[];
    times: readonly TimeExpressionOf<I>[];
    notes: readonly EditorialNoteOf<I>[];
    agreement?: ItemAgreementOf<I>;
  }
>;

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
