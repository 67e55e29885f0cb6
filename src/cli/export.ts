import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { article } from "../generated/article.js";
import { toBrat, toConll, toConll2012, toHtml, toJsonLd, toSpacy, toText, toWebAnnotations } from "../formats/index.js";
import { articleJsonSchema } from "../schema/json-schema.js";
import type { ExportFormat } from "./export-formats.js";
import type { CommandResult } from "./validate.js";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Options of `export` that some formats take. */
export interface ExportOptions {
  /** spaCy: add the `_` Doc extension attributes (claim labels, time values, entity names). */
  readonly extensions?: boolean;
}

// How each format is rendered; the names and descriptions are in export-formats.ts.
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
};

/**
 * `export <format> [--out path]`: prints the format, or writes it to `path`. brat with `--out`
 * writes a directory holding the document and its configuration, ready for a brat data folder.
 */
export function exportCommand(format: ExportFormat, out: string | undefined, options: ExportOptions = {}): CommandResult {
  const render = () => RENDER[format](options);
  try {
    if (out === undefined) return { code: 0, stdout: render(), stderr: "" };
    if (format === "brat") {
      const { txt, ann, conf, tools } = toBrat();
      mkdirSync(out, { recursive: true });
      const files = { [`${article.id}.txt`]: txt, [`${article.id}.ann`]: ann, "annotation.conf": conf, "tools.conf": tools };
      for (const [name, content] of Object.entries(files)) writeFileSync(join(out, name), content);
      return { code: 0, stdout: "", stderr: `wrote ${Object.keys(files).map((f) => join(out, f)).join(", ")}\n` };
    }
    writeFileSync(out, render());
    return { code: 0, stdout: "", stderr: `wrote ${out}\n` };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { code: 2, stdout: "", stderr: `kim-shoigu-2023: cannot write ${out}: ${code ?? message}\n` };
  }
}
