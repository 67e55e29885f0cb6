import { article } from "../../src/generated/article.js";
import type { AnnotatedArticle } from "../../src/schema/index.js";

/** A mutable deep copy of the shipped article, for breaking on purpose. */
export function cloneArticle(): AnnotatedArticle {
  return structuredClone(article) as unknown as AnnotatedArticle;
}
