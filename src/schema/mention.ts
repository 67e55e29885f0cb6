import { z } from "zod";
import { idOf, ref } from "./fields.js";
import { MentionIdSchema } from "./ids.js";
import { SpanSchema } from "./span.js";

/** How a mention refers to its entity. */
export const MentionFormSchema = z.enum(["name", "nominal", "pronoun", "adjectival", "metonym"]);

/** One reference to an entity in the text. */
export const MentionSchema = z.strictObject({
  id: idOf("mention", MentionIdSchema),
  entityId: ref("entity"),
  span: SpanSchema,
  form: MentionFormSchema,
});

/** Mention form (part of {@link MentionSchema}). */
export type MentionForm = z.infer<typeof MentionFormSchema>;
/** A mention, see {@link MentionSchema}. */
export type Mention = z.infer<typeof MentionSchema>;
