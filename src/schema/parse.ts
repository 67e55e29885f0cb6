import type * as z from "zod";
import { AnnotatedArticleSchema, type AnnotatedArticle } from "./article.js";

/**
 * Validates an annotated article and returns it typed, or throws a `ZodError` listing every
 * problem with its path.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns The validated article.
 * @example
 * ```ts
 * import { parseArticle } from "kim-shoigu-2023/schema";
 * const doc = parseArticle(JSON.parse(fs.readFileSync("my-article.json", "utf8")));
 * ```
 */
export function parseArticle(input: unknown): AnnotatedArticle {
  return AnnotatedArticleSchema.parse(input);
}

/**
 * Validates an annotated article without throwing.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue and its path.
 * @example
 * ```ts
 * import { safeParseArticle } from "kim-shoigu-2023/schema";
 * const result = safeParseArticle({ id: "x" });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join(".")));
 * ```
 */
export function safeParseArticle(input: unknown): z.ZodSafeParseResult<AnnotatedArticle> {
  return AnnotatedArticleSchema.safeParse(input);
}
