import * as z from "zod";
import { ItemAgreementSchema } from "./agreement.js";
import { ClaimSchema } from "./claim.js";
import { EntitySchema } from "./entity.js";
import { KebabIdSchema } from "./ids.js";
import { layersOf } from "./fields.js";
import { articleIntegrity } from "./integrity.js";
import { MentionSchema } from "./mention.js";
import { ProvenanceSchema, PublishedSchema, TitleSchema } from "./metadata.js";
import { EditorialNoteSchema } from "./note.js";
import { ParagraphSchema, SentenceSchema } from "./structure.js";
import { TimeExpressionSchema } from "./time.js";

/** The fields of an annotated article, before the cross-field rules. */
export const ArticleShapeSchema = z.strictObject({
  id: KebabIdSchema,
  /** Version of the data model the article follows (semver). */
  schemaVersion: z
    .string()
    .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { message: "must be a semver version such as `1.0.0`" }),
  /** BCP 47 language tag. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: "must be a BCP 47 language tag such as `en`" }),
  title: TitleSchema,
  /** The canonical text: paragraphs joined by "\n", NFC, no trailing newline. */
  text: z.string().min(1),
  /** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
  textSha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "must be 64 lower-case hex digits" }),
  provenance: ProvenanceSchema,
  published: PublishedSchema,
  paragraphs: z.array(ParagraphSchema).min(1),
  sentences: z.array(SentenceSchema).min(1),
  entities: z.array(EntitySchema),
  mentions: z.array(MentionSchema),
  claims: z.array(ClaimSchema),
  times: z.array(TimeExpressionSchema),
  notes: z.array(EditorialNoteSchema),
  /** How independent blind annotators labelled each claim and mention (optional layer). */
  agreement: ItemAgreementSchema.optional(),
});

/**
 * An annotated article with every cross-field rule: spans inside the text and slicing to their
 * `text`, unique ids, resolving references, sentences tiling paragraphs, claim quotes inside
 * their content, no self-relations.
 */
export const AnnotatedArticleSchema = ArticleShapeSchema.superRefine(articleIntegrity(layersOf(ArticleShapeSchema)));

// The plain types of these schemas, identical to their `z.infer` (test/types/model.test.ts).
export type { AnnotatedArticle } from "./model.js";
