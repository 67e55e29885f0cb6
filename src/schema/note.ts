import { z } from "zod";
import { idOf } from "./fields.js";
import { SpanSchema } from "./span.js";

/** What is wrong with the text at a note's span. */
export const NoteKindSchema = z.enum(["inconsistency", "ambiguity", "error"]);

/** What a careful reader should know about the text itself. */
export const EditorialNoteSchema = z.strictObject({
  id: idOf("note"),
  span: SpanSchema,
  kind: NoteKindSchema,
  /** What is wrong and what the correct reading is. */
  message: z.string().min(1),
});

/** Note kind (part of {@link EditorialNoteSchema}). */
export type NoteKind = z.infer<typeof NoteKindSchema>;
/** An editorial note, see {@link EditorialNoteSchema}. */
export type EditorialNote = z.infer<typeof EditorialNoteSchema>;
