/** The flat tables, one per annotation layer: the exporters' `TABLE_NAMES` (export.ts renders each). */
export const TABLES = ["entities", "mentions", "claims", "times", "notes"] as const;

/**
 * The formats `export` writes and what each holds: names and descriptions only, so that the
 * help and the argument checks do not load the exporters.
 */
export const EXPORT_FORMATS = {
  json: "the annotated article (as kim-shoigu-2023/article.json)",
  schema: "JSON Schema 2020-12 of an annotated article",
  jsonld: "schema.org NewsArticle JSON-LD",
  webanno: "W3C Web Annotation collection (JSON-LD)",
  brat: "brat standoff .ann (with --out DIR: .txt, .ann, annotation.conf, tools.conf)",
  conll: "CoNLL-2003-style IOB2 named entities",
  conll2012: "CoNLL-2012 coreference",
  spacy: "spaCy Doc.to_json() JSON (--extensions adds the `_` attributes)",
  html: "standalone HTML page with mentions and claims marked",
  text: "plain text with bracketed markup",
  ...tableFormats(),
} as const;

// One format per flat table and file type, named as its file: `entities.csv`, `claims.jsonl`, …
function tableFormats() {
  const formats = {} as Record<`${(typeof TABLES)[number]}.${"csv" | "jsonl"}`, string>;
  for (const name of TABLES) {
    formats[`${name}.csv`] = `the ${name} table as CSV`;
    formats[`${name}.jsonl`] = `the ${name} table as JSON Lines`;
  }
  return formats;
}

/** A format name, see {@link EXPORT_FORMATS}. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Whether a string names an export format. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
