import { z } from "zod";
import { ClaimSchema, EditorialNoteSchema, EntitySchema, MentionSchema, TimeExpressionSchema } from "../../src/schema/index.js";
import { KebabIdSchema } from "../../src/schema/ids.js";
import { ProvenanceSchema, PublishedSchema, TitleSchema } from "../../src/schema/metadata.js";
import { AnchorSchema } from "./anchors.js";

// The human-edited files under data/: the published schemas with every span written as an
// anchor (quoted words) instead of offsets.

/** data/article.json: the article's metadata. */
export const ArticleFileSchema = z.strictObject({
  id: KebabIdSchema,
  language: z.string(),
  title: TitleSchema,
  provenance: ProvenanceSchema,
  published: PublishedSchema,
});

/** data/entities.json. */
export const EntitiesFileSchema = z.array(EntitySchema);

/** data/mentions.json. */
export const MentionsFileSchema = z.array(MentionSchema.extend({ span: AnchorSchema }));

/** data/claims.json: the claims, and the sentences that hold none, each with its reason. */
export const ClaimsFileSchema = z.strictObject({
  claims: z.array(
    ClaimSchema.extend({
      content: AnchorSchema,
      sourceMention: AnchorSchema.optional(),
      cue: AnchorSchema.optional(),
      quotes: z.array(AnchorSchema),
    }),
  ),
  sentencesWithoutClaims: z.array(z.strictObject({ sentence: AnchorSchema, reason: z.string().min(1) })),
});

/** data/times.json. */
export const TimesFileSchema = z.array(TimeExpressionSchema.extend({ span: AnchorSchema }));

/** data/notes.json. */
export const NotesFileSchema = z.array(EditorialNoteSchema.extend({ span: AnchorSchema }));

/** data/non-mentions.json: occurrences of a name that are not mentions of its entity, with the reason. */
export const NonMentionsFileSchema = z.array(
  z.strictObject({ span: AnchorSchema, entityId: KebabIdSchema, reason: z.string().min(1) }),
);

export type ArticleFile = z.infer<typeof ArticleFileSchema>;
export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;
export type MentionsFile = z.infer<typeof MentionsFileSchema>;
export type ClaimsFile = z.infer<typeof ClaimsFileSchema>;
export type TimesFile = z.infer<typeof TimesFileSchema>;
export type NotesFile = z.infer<typeof NotesFileSchema>;
export type NonMentionsFile = z.infer<typeof NonMentionsFileSchema>;
