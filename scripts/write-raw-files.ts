/**
 * Writes the raw files for users outside JavaScript: dist/article.json (the shipped article)
 * and dist/schema.json (JSON Schema 2020-12 generated from the zod schemas).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { article } from "../src/generated/article.js";
import { articleJsonSchema } from "../src/schema/json-schema.js";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, "article.json"), `${JSON.stringify(article, null, 2)}\n`);
writeFileSync(join(dist, "schema.json"), `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
