import * as z from "zod";
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
 * Validates an annotated article without throwing, whatever `input` is: a getter or Proxy trap
 * that throws, or nesting deeper than the stack allows, becomes an issue at the root.
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
  try {
    return AnnotatedArticleSchema.safeParse(input);
  } catch (thrown) {
    // zod lets an exception raised while reading the input escape safeParse. The issue leaves
    // the input out: printing the error must not read the hostile value again.
    const issue = { code: "custom" as const, path: [], message: `the input cannot be read: ${describe(thrown)}` };
    return { success: false, error: new z.ZodError([issue]) as z.ZodError<AnnotatedArticle> };
  }
}

// What was thrown, in words; the thrown value itself may be hostile (a throwing `message` getter).
function describe(thrown: unknown): string {
  try {
    return thrown instanceof Error ? String(thrown.message) : String(thrown);
  } catch {
    return "an exception that cannot be described";
  }
}
