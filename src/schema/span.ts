import { z } from "zod";

/**
 * A stretch of the article text: half-open `[start, end)` in UTF-16 code units (JavaScript
 * string indices), with `text === article.text.slice(start, end)`. That equality is checked by
 * {@link AnnotatedArticleSchema}, which knows the text.
 */
export const SpanSchema = z.strictObject({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
}).refine((span) => span.start <= span.end, {
  message: "start must not be greater than end",
  path: ["end"],
});

/** A stretch of the article text, see {@link SpanSchema}. */
export type Span = z.infer<typeof SpanSchema>;
