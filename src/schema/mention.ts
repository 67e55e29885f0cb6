import * as z from "zod";
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

// The plain types of these schemas, identical to their `z.infer` (test/types/model.test.ts).
export type { MentionForm, Mention } from "./model.js";
