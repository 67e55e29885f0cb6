import { article } from "../generated/article.js";
import type { ShippedIds } from "../types.js";
import { type ArticleIndex, createArticleIndex } from "./article-index.js";

let index: ArticleIndex<ShippedIds> | undefined;

/** The index of the shipped article, built on the first helper call rather than at import. */
export function shippedIndex(): ArticleIndex<ShippedIds> {
  index ??= createArticleIndex<ShippedIds>(article);
  return index;
}
