import { z } from "zod";
import { markSpan } from "./fields.js";

/**
 * A stretch of the article text: half-open `[start, end)` in UTF-16 code units (JavaScript
 * string indices), with `text === article.text.slice(start, end)`. That equality is checked by
 * {@link AnnotatedArticleSchema}, which knows the text.
 */
export const SpanSchema = markSpan(
  z
    .strictObject({
      start: z.int().nonnegative(),
      end: z.int().nonnegative(),
      text: z.string(),
    })
    .refine((span) => span.start <= span.end, {
      message: "start must not be greater than end",
      path: ["end"],
    }),
);

/** A span field playing a named role (e.g. a claim's `"quote"`), for exporters that label roles. */
export const spanAs = (role: string) => markSpan(SpanSchema.clone(), role);

/** A stretch of the article text, see {@link SpanSchema}. */
export type Span = z.infer<typeof SpanSchema>;
