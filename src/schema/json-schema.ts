import * as z from "zod";
import { AnnotatedArticleSchema } from "./article.js";

/**
 * The JSON Schema (draft 2020-12) of an annotated article, generated from
 * {@link AnnotatedArticleSchema}. It carries every field rule; the cross-field rules (offsets
 * matching the text, references resolving) need {@link parseArticle} or the CLI's `validate`.
 *
 * @returns A JSON Schema object, also shipped as `kim-shoigu-2023/schema.json`.
 * @example
 * ```ts
 * import { articleJsonSchema } from "kim-shoigu-2023/schema";
 * const schema = articleJsonSchema(); // hand it to ajv or any JSON Schema validator
 * ```
 */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(AnnotatedArticleSchema, { target: "draft-2020-12" }),
    title: "AnnotatedArticle",
    description:
      "An article with entity mentions, attributed claims, time expressions and editorial notes, " +
      "every span as UTF-16 offsets into `text`.",
  };
}
