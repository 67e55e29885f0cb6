/**
 * Exporters of an annotated article to interchange formats: schema.org JSON-LD, W3C Web
 * Annotations, brat standoff, CoNLL IOB2 and CoNLL-2012, spaCy's Doc JSON, an HTML page,
 * bracketed plain text and flat tables (CSV, JSON Lines). Each takes an optional article (the
 * shipped one by default) and is a pure function of it.
 * @module
 */
// Listed by hand; intentionally internal: the tokenizer, HTML escaping, the entity-label
// mappings (CoNLL-2003, OntoNotes) and named-mention selection, and the JSON-LD and Web
// Annotation context constants, which the exported documents carry themselves.
export { toBrat, type BratExport } from "./brat.js";
export { codePointConverter, toCodePointOffset, utf16Converter } from "./code-points.js";
export { toConll } from "./conll.js";
export { toConll2012 } from "./conll2012.js";
export { toHtml, type HtmlOptions } from "./html.js";
export { toJsonLd, type JsonLdDocument, type JsonLdNode } from "./jsonld.js";
export {
  toCsv,
  toJsonl,
  toTables,
  type Table,
  type TableCell,
  type TableColumn,
  type TableColumnType,
  type TableName,
} from "./tables.js";
export { toSpacy, type SpacyDocJson, type SpacyOptions, type SpacySpan } from "./spacy.js";
export { toText, type TextOptions } from "./text.js";
export {
  toWebAnnotations,
  type ClaimRole,
  type TextPositionSelector,
  type TextQuoteSelector,
  type WebAnnotation,
  type WebAnnotationCollection,
} from "./web-annotation.js";
