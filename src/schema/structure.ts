import { z } from "zod";
import { idOf, ref } from "./fields.js";
import { SpanSchema } from "./span.js";

/** A paragraph of the article: paragraphs are separated by a single line feed. */
export const ParagraphSchema = z.strictObject({
  /** `p1`, `p2`, … in text order. */
  id: idOf("paragraph", z.string().regex(/^p[1-9][0-9]*$/, { message: "must be a paragraph id such as `p1`" })),
  span: SpanSchema,
});

/** A sentence of the article, inside exactly one paragraph. */
export const SentenceSchema = z.strictObject({
  /** `s1`, `s2`, … in text order across the whole article. */
  id: idOf("sentence", z.string().regex(/^s[1-9][0-9]*$/, { message: "must be a sentence id such as `s1`" })),
  paragraphId: ref("paragraph"),
  span: SpanSchema,
});

/** A paragraph (part of `AnnotatedArticleSchema`). */
export type Paragraph = z.infer<typeof ParagraphSchema>;
/** A sentence (part of `AnnotatedArticleSchema`). */
export type Sentence = z.infer<typeof SentenceSchema>;
