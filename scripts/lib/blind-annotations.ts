import { readdirSync } from "node:fs";
import { join } from "node:path";
import { checkPredictions } from "../../src/eval/validate.js";
import { type Predictions, PredictionsSchema } from "../../src/eval/predictions.js";
import type { ArticleOf } from "../../src/types.js";
import { readJsonFile } from "./read-data.js";

/** One blind annotation: the annotator's id (the file name) and the annotation, checked. */
export interface BlindAnnotation {
  readonly id: string;
  readonly predictions: Predictions;
}

const DIR = ["data", "agreement", "annotators"] as const;

/**
 * Reads every `data/agreement/annotators/<id>.json` (the evaluation kit's predictions format),
 * in the order of their ids, and checks each against the article's text.
 *
 * @throws DataFileError or PredictionsError naming the file.
 */
export function readBlindAnnotations(repoRoot: string, doc: ArticleOf): BlindAnnotation[] {
  const dir = join(repoRoot, ...DIR);
  const files = readdirSync(dir)
    .filter((f) => /^[a-z0-9-]+\.json$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`${DIR.join("/")}: no annotation files (<id>.json)`);
  return files.map((file) => {
    const label = `${DIR.join("/")}/${file}`;
    const raw = readJsonFile(join(dir, file), label, PredictionsSchema);
    try {
      return { id: file.replace(/\.json$/, ""), predictions: checkPredictions(raw, doc) };
    } catch (error) {
      throw new Error(`${label}: ${(error as Error).message}`);
    }
  });
}
