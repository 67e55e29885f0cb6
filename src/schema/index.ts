/**
 * Zod schemas of the annotated-article data model, with `parseArticle` / `safeParseArticle`.
 *
 * @example
 * ```ts
 * import { ClaimSchema, parseArticle } from "kim-shoigu-2023/schema";
 * ClaimSchema.shape.factuality.options; // ["certain", "probable", "possible", "unknown"]
 * ```
 * @module schema
 */
// Listed by hand; intentionally internal: the building blocks of the layer schemas (id and date
// patterns, enums, metadata and structure parts, the unrefined article shape) and the integrity
// check. Each building block stays reachable as a field of an exported schema, e.g.
// `EntitySchema.shape.type.options` or `AnnotatedArticleSchema.shape.sentences`.
export { AnnotatedArticleSchema, type AnnotatedArticle } from "./article.js";
export { ENTITY_TYPES } from "./vocabulary.js";
export { SpanSchema, type Span } from "./span.js";
export type { Paragraph, Sentence } from "./structure.js";
export { EntitySchema, type Entity, type EntityType } from "./entity.js";
export { MentionSchema, type Mention, type MentionForm } from "./mention.js";
export {
  ClaimSchema,
  type Claim,
  type ClaimRelation,
  type ClaimRelationType,
  type ClaimSource,
  type Factuality,
  type Polarity,
  type QuoteType,
} from "./claim.js";
export { TimeExpressionSchema, type TimeExpression, type TimeType } from "./time.js";
export { EditorialNoteSchema, type EditorialNote, type NoteKind } from "./note.js";
export type { ClaimAgreement, ItemAgreement, MentionAgreement } from "./agreement.js";
export type { Inference, Provenance, Published, Title } from "./metadata.js";
export { parseArticle, safeParseArticle } from "./parse.js";
export { articleJsonSchema } from "./json-schema.js";
