/**
 * dist/chunks/query.cjs: the query code that the CommonJS main entry (src/main-commonjs.ts)
 * requires on the first call of a helper, rather than compiling it at load.
 */
export { createArticleIndex } from "./article-index.js";
export { shippedIndex } from "./shipped.js";
