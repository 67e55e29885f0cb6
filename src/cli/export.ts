import { article } from "../generated/article.js";
import {
  toBrat,
  toConll,
  toConll2012,
  toCsv,
  toHtml,
  toJsonl,
  toJsonLd,
  toSpacy,
  toTables,
  toText,
  toWebAnnotations,
} from "../formats/index.js";
import { TABLE_NAMES } from "../formats/tables.js";
import { articleJsonSchema } from "../schema/json-schema.js";
import type { ExportFormat } from "./export-formats.js";
import type { CommandResult } from "./io.js";
import { WriteRefusal, writeFileSafely, writeFolderSafely } from "./write-file.js";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Options of `export` that some formats take. */
export interface ExportOptions {
  /** spaCy: add the `_` Doc extension attributes (claim labels, time values, entity names). */
  readonly extensions?: boolean;
}

// How each format is rendered; the names and descriptions are in export-formats.ts, and a
// format listed there without a renderer here is a type error.
const RENDER: Record<ExportFormat, (options: ExportOptions) => string> = {
  json: () => json(article),
  schema: () => json(articleJsonSchema()),
  jsonld: () => json(toJsonLd()),
  webanno: () => json(toWebAnnotations()),
  brat: () => toBrat().ann,
  conll: () => toConll(),
  conll2012: () => toConll2012(),
  spacy: (options) => json(toSpacy(article, { extensions: options.extensions === true })),
  html: () => toHtml(),
  text: () => toText(),
  ...tableRenderers(),
};

function tableRenderers() {
  const renderers = {} as Record<`${(typeof TABLE_NAMES)[number]}.${"csv" | "jsonl"}`, () => string>;
  for (const name of TABLE_NAMES) {
    renderers[`${name}.csv`] = () => toCsv(toTables()[name]);
    renderers[`${name}.jsonl`] = () => toJsonl(toTables()[name]);
  }
  return renderers;
}

/** What `export <format>` prints: the format rendered from the shipped article. */
export function renderExport(format: ExportFormat, options: ExportOptions = {}): string {
  return RENDER[format](options);
}

/** Options of `export` for where it writes. */
export interface ExportTarget {
  /** The file (for brat, the folder) to write; `-` or undefined for standard output. */
  readonly out: string | undefined;
  /** Replace existing files. */
  readonly force: boolean;
}

/**
 * `export <format> [--out path] [--force]`: prints the format, or writes it to `path` whole or
 * not at all, never replacing a file without `force` (see write-file.ts). brat with `--out`
 * writes a folder holding the document and its configuration, ready for a brat data folder.
 */
export function exportCommand(format: ExportFormat, target: ExportTarget, options: ExportOptions = {}): CommandResult {
  const { out, force } = target;
  try {
    if (out === undefined || out === "-") return { code: 0, stdout: renderExport(format, options), stderr: "" };
    if (format === "brat") {
      const { txt, ann, conf, tools } = toBrat();
      const files = { [`${article.id}.txt`]: txt, [`${article.id}.ann`]: ann };
      Object.assign(files, { "annotation.conf": conf, "tools.conf": tools });
      return { code: 0, stdout: "", stderr: `wrote ${writeFolderSafely(out, files, { force }).join(", ")}\n` };
    }
    writeFileSafely(out, renderExport(format, options), { force });
    return { code: 0, stdout: "", stderr: `wrote ${out}\n` };
  } catch (error) {
    if (!(error instanceof WriteRefusal)) throw error;
    return { code: 2, stdout: "", stderr: `kim-shoigu-2023: ${error.message}\n` };
  }
}
