import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { article } from "../generated/article.js";
import { TABLE_NAMES } from "../formats/tables.js";
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
import { articleJsonSchema } from "../schema/json-schema.js";
import type { CommandResult } from "./io.js";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Options of `export` that some formats take. */
export interface ExportOptions {
  /** spaCy: add the `_` Doc extension attributes (claim labels, time values, entity names). */
  readonly extensions?: boolean;
}

/** Every format `export` writes, with what it produces. */
export const EXPORT_FORMATS = {
  json: { describe: "the annotated article (as kim-shoigu-2023/article.json)", render: () => json(article) },
  schema: { describe: "JSON Schema 2020-12 of an annotated article", render: () => json(articleJsonSchema()) },
  jsonld: { describe: "schema.org NewsArticle JSON-LD", render: () => json(toJsonLd()) },
  webanno: { describe: "W3C Web Annotation collection (JSON-LD)", render: () => json(toWebAnnotations()) },
  brat: {
    describe: "brat standoff .ann (with --out DIR: .txt, .ann, annotation.conf, tools.conf)",
    render: () => toBrat().ann,
  },
  conll: { describe: "CoNLL-2003-style IOB2 named entities", render: () => toConll() },
  conll2012: { describe: "CoNLL-2012 coreference", render: () => toConll2012() },
  spacy: {
    describe: "spaCy Doc.to_json() JSON (--extensions adds the `_` attributes)",
    render: (options: ExportOptions = {}) => json(toSpacy(article, { extensions: options.extensions === true })),
  },
  html: { describe: "standalone HTML page with mentions and claims marked", render: () => toHtml() },
  text: { describe: "plain text with bracketed markup", render: () => toText() },
  ...tableFormats(),
} as const;

// One format per flat table and file type, named as its file: `entities.csv`, `claims.jsonl`, …
function tableFormats() {
  const formats = {} as Record<
    `${(typeof TABLE_NAMES)[number]}.${"csv" | "jsonl"}`,
    { describe: string; render: () => string }
  >;
  for (const name of TABLE_NAMES) {
    formats[`${name}.csv`] = { describe: `the ${name} table as CSV`, render: () => toCsv(toTables()[name]) };
    formats[`${name}.jsonl`] = { describe: `the ${name} table as JSON Lines`, render: () => toJsonl(toTables()[name]) };
  }
  return formats;
}

/** A format name, see {@link EXPORT_FORMATS}. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Whether a string names an export format. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/**
 * `export <format> [--out path]`: prints the format, or writes it to `path`. brat with `--out`
 * writes a directory holding the document and its configuration, ready for a brat data folder.
 */
export function exportCommand(
  format: ExportFormat,
  out: string | undefined,
  options: ExportOptions = {},
): CommandResult {
  const render = () => (EXPORT_FORMATS[format].render as (options: ExportOptions) => string)(options);
  try {
    if (out === undefined) return { code: 0, stdout: render(), stderr: "" };
    if (format === "brat") {
      const { txt, ann, conf, tools } = toBrat();
      mkdirSync(out, { recursive: true });
      const files = {
        [`${article.id}.txt`]: txt,
        [`${article.id}.ann`]: ann,
        "annotation.conf": conf,
        "tools.conf": tools,
      };
      for (const [name, content] of Object.entries(files)) writeFileSync(join(out, name), content);
      return {
        code: 0,
        stdout: "",
        stderr: `wrote ${Object.keys(files)
          .map((f) => join(out, f))
          .join(", ")}\n`,
      };
    }
    writeFileSync(out, render());
    return { code: 0, stdout: "", stderr: `wrote ${out}\n` };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { code: 2, stdout: "", stderr: `kim-shoigu-2023: cannot write ${out}: ${code ?? message}\n` };
  }
}
