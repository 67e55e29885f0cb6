/**
 * Zod schemas of the annotated-article data model, with `parseArticle` / `safeParseArticle`.
 * @module schema
 */
export * from "./ids.js";
export * from "./vocabulary.js";
export * from "./span.js";
export * from "./structure.js";
export * from "./entity.js";
export * from "./mention.js";
export * from "./claim.js";
export * from "./time.js";
export * from "./note.js";
export * from "./agreement.js";
export * from "./metadata.js";
export * from "./article.js";
export * from "./parse.js";
export * from "./json-schema.js";
