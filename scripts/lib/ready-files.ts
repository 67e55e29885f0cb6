/**
 * The ready files: every export as a file in the tarball, for users without Node (Python, R,
 * DuckDB, a CDN). Each file is what `kim-shoigu-2023 export <format>` prints, rendered by the
 * same function, so the two cannot differ; brat's four files are those of `export brat --out`.
 */
import { article } from "../../src/generated/article.js";
import { EXPORT_FORMATS, type ExportFormat } from "../../src/cli/export.js";
import { toBrat } from "../../src/formats/index.js";
import { TABLE_NAMES } from "../../src/formats/tables.js";

/** One ready file: its path under dist/ and the export it holds. */
export interface ReadyFile {
  /** Path under dist/, reachable as `kim-shoigu-2023/<path>` through the exports map. */
  readonly path: string;
  /** The CLI arguments that print the same bytes (brat's files: written by `export brat --out`). */
  readonly cli: readonly string[];
  readonly render: () => string;
}

const fromFormat = (path: string, format: ExportFormat, extensions = false): ReadyFile => ({
  path,
  cli: ["export", format, ...(extensions ? ["--extensions"] : [])],
  render: () => (EXPORT_FORMATS[format].render as (options: { extensions?: boolean }) => string)({ extensions }),
});

const brat = (name: string, part: "txt" | "ann" | "conf" | "tools"): ReadyFile => ({
  path: `files/brat/${name}`,
  cli: ["export", "brat", "--out", "<dir>"],
  render: () => toBrat()[part],
});

/** Every ready file, in the order they are written. */
export const READY_FILES: readonly ReadyFile[] = [
  brat(`${article.id}.txt`, "txt"),
  brat(`${article.id}.ann`, "ann"),
  brat("annotation.conf", "conf"),
  brat("tools.conf", "tools"),
  fromFormat("files/article.conll", "conll"),
  fromFormat("files/article.gold_conll", "conll2012"),
  fromFormat("files/article.spacy.json", "spacy"),
  fromFormat("files/article.spacy-extensions.json", "spacy", true),
  fromFormat("files/article.jsonld", "jsonld"),
  fromFormat("files/article.webanno.jsonld", "webanno"),
  fromFormat("files/article.html", "html"),
  ...TABLE_NAMES.flatMap((name) => [
    fromFormat(`tables/${name}.csv`, `${name}.csv`),
    fromFormat(`tables/${name}.jsonl`, `${name}.jsonl`),
  ]),
];
