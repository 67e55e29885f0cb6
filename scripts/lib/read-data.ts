import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { LocatedError } from "../../src/errors.js";
import { issueLines } from "../../src/schema/issues.js";
import {
  ArticleFileSchema,
  ClaimsFileSchema,
  EntitiesFileSchema,
  MentionsFileSchema,
  NonMentionsFileSchema,
  NotesFileSchema,
  TimesFileSchema,
} from "./data-files.js";

/** Raised when a data file is missing, not JSON, or not of its schema; names the file and the field. */
export class DataFileError extends LocatedError {
  override name = "DataFileError";
}

/**
 * Reads a JSON file and checks it against a schema.
 *
 * @param label - How errors name the file, e.g. `data/entities.json`.
 * @throws DataFileError naming the file and, for schema problems, each field.
 */
export function readJsonFile<S extends z.ZodType>(path: string, label: string, schema: S): z.output<S> {
  if (!existsSync(path)) throw new DataFileError(`${label}: file is missing`, label);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new DataFileError(`${label}: not valid JSON: ${(error as Error).message}`, label);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const lines = issueLines(result.error.issues).map((line) => `  at ${line}`);
    throw new DataFileError(`${label}: does not match its schema:\n${lines.join("\n")}`, label);
  }
  return result.data;
}

function readJson<S extends z.ZodType>(dir: string, file: string, schema: S, fallback?: z.input<S>): z.output<S> {
  const path = join(dir, file);
  if (!existsSync(path) && fallback !== undefined) return schema.parse(fallback);
  return readJsonFile(path, `data/${file}`, schema);
}

/** Every human-edited file of the dataset, validated against its schema. */
export function readDataDir(dir: string) {
  return {
    text: readFileSync(join(dir, "article.txt"), "utf8"),
    article: readJson(dir, "article.json", ArticleFileSchema),
    entities: readJson(dir, "entities.json", EntitiesFileSchema, []),
    mentions: readJson(dir, "mentions.json", MentionsFileSchema, []),
    claims: readJson(dir, "claims.json", ClaimsFileSchema, { claims: [], sentencesWithoutClaims: [] }),
    times: readJson(dir, "times.json", TimesFileSchema, []),
    notes: readJson(dir, "notes.json", NotesFileSchema, []),
    nonMentions: readJson(dir, "non-mentions.json", NonMentionsFileSchema, []),
  };
}

/** The contents of data/, see {@link readDataDir}. */
export type DataDir = ReturnType<typeof readDataDir>;
