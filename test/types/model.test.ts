/**
 * The plain types of src/schema/model.ts (what the main entry's declarations use) against
 * `z.infer` of each schema. `tsc -p .` (npm run typecheck) checks this file; the test below
 * only makes vitest list it. A field added to a schema but not to its plain type, or the other
 * way round, makes `Equals` false and the typecheck fail: the `@ts-expect-error` lines prove it
 * on schemas extended by one field.
 */
import { expect, test } from "vitest";
import type * as z from "zod";
import type { ClaimAgreementSchema, ItemAgreementSchema, MentionAgreementSchema } from "../../src/schema/agreement.js";
import type { AnnotatedArticleSchema, ArticleShapeSchema } from "../../src/schema/article.js";
import type { ClaimRelationSchema, ClaimSchema, ClaimSourceSchema } from "../../src/schema/claim.js";
import type { EntitySchema, EntityTypeSchema } from "../../src/schema/entity.js";
import type { MentionSchema } from "../../src/schema/mention.js";
import type { InferenceSchema, ProvenanceSchema, PublishedSchema, TitleSchema } from "../../src/schema/metadata.js";
import type * as model from "../../src/schema/model.js";
import type { EditorialNoteSchema } from "../../src/schema/note.js";
import type { SpanSchema } from "../../src/schema/span.js";
import type { ParagraphSchema, SentenceSchema } from "../../src/schema/structure.js";
import type { TimeExpressionSchema } from "../../src/schema/time.js";

/** True only when `A` and `B` are identical types (optional, readonly and literal types included). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(check: Equals<A, B>) => check;

same<model.Span, z.infer<typeof SpanSchema>>(true);
same<model.Paragraph, z.infer<typeof ParagraphSchema>>(true);
same<model.Sentence, z.infer<typeof SentenceSchema>>(true);
same<model.EntityType, z.infer<typeof EntityTypeSchema>>(true);
same<model.Entity, z.infer<typeof EntitySchema>>(true);
same<model.Mention, z.infer<typeof MentionSchema>>(true);
same<model.ClaimSource, z.infer<typeof ClaimSourceSchema>>(true);
same<model.ClaimRelation, z.infer<typeof ClaimRelationSchema>>(true);
same<model.Claim, z.infer<typeof ClaimSchema>>(true);
same<model.TimeExpression, z.infer<typeof TimeExpressionSchema>>(true);
same<model.EditorialNote, z.infer<typeof EditorialNoteSchema>>(true);
same<model.Title, z.infer<typeof TitleSchema>>(true);
same<model.Inference, z.infer<typeof InferenceSchema>>(true);
same<model.Provenance, z.infer<typeof ProvenanceSchema>>(true);
same<model.Published, z.infer<typeof PublishedSchema>>(true);
same<model.ClaimAgreement, z.infer<typeof ClaimAgreementSchema>>(true);
same<model.MentionAgreement, z.infer<typeof MentionAgreementSchema>>(true);
same<model.ItemAgreement, z.infer<typeof ItemAgreementSchema>>(true);
same<model.AnnotatedArticle, z.infer<typeof ArticleShapeSchema>>(true);
same<model.AnnotatedArticle, z.infer<typeof AnnotatedArticleSchema>>(true);

// The check can fail: one extra field, required or optional, on either side.
type EntityPlus = z.infer<ReturnType<typeof EntitySchema.extend<{ extra: z.ZodString }>>>;
type EntityPlusOptional = z.infer<ReturnType<typeof EntitySchema.extend<{ extra: z.ZodOptional<z.ZodString> }>>>;
// @ts-expect-error a field the schema has and the plain type lacks
same<model.Entity, EntityPlus>(true);
// @ts-expect-error an optional field the schema has and the plain type lacks
same<model.Entity, EntityPlusOptional>(true);
// @ts-expect-error a field the plain type has and the schema lacks
same<model.Entity & { extra?: string }, z.infer<typeof EntitySchema>>(true);
// @ts-expect-error a narrower field type in the plain type
same<Omit<model.Mention, "form"> & { form: "name" }, z.infer<typeof MentionSchema>>(true);

test("the plain types are checked against the schemas by the typecheck", () => {
  expect(same<model.Span, z.infer<typeof SpanSchema>>(true)).toBe(true);
});
