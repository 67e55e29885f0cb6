/**
 * Writes the raw files for users outside JavaScript: dist/article.json (the shipped article),
 * dist/schema.json (JSON Schema 2020-12 of an article, generated from the zod schemas),
 * dist/predictions.schema.json (the same for the evaluation kit's predictions format), and the
 * ready files of every export under dist/files/ and dist/tables/ (see lib/ready-files.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { article } from "../src/generated/article.js";
import { predictionsJsonSchema } from "../src/eval/predictions.js";
import { articleJsonSchema } from "../src/schema/json-schema.js";
import { READY_FILES } from "./lib/ready-files.js";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, "article.json"), `${JSON.stringify(article, null, 2)}\n`);
writeFileSync(join(dist, "schema.json"), `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
writeFileSync(join(dist, "predictions.schema.json"), `${JSON.stringify(predictionsJsonSchema(), null, 2)}\n`);
for (const file of READY_FILES) {
  const path = join(dist, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.render());
}
