import { article } from "../generated/article.js";
import type { ShippedIds } from "../types.js";
import { createArticleIndex } from "./article-index.js";

/** The index of the shipped article, built once on first import. */
export const shippedIndex = createArticleIndex<ShippedIds>(article);
