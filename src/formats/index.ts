/**
 * Exporters of an annotated article to interchange formats: schema.org JSON-LD, W3C Web
 * Annotations, brat standoff, CoNLL IOB2 and CoNLL-2012, spaCy's Doc JSON, an HTML page,
 * bracketed plain text and flat tables (CSV, JSON Lines). Each takes an optional article (the
 * shipped one by default) and is a pure function of it.
 * @module
 */
export { toBrat, type BratExport } from "./brat.js";
export { codePointConverter, toCodePointOffset, utf16Converter } from "./code-points.js";
export { toConll } from "./conll.js";
export { toConll2012 } from "./conll2012.js";
export { escapeHtml } from "./escape-html.js";
export { toHtml, type HtmlOptions } from "./html.js";
export { JSON_LD_CONTEXT, toJsonLd, type JsonLdDocument, type JsonLdNode } from "./jsonld.js";
export { conll2003Label, namedMentions, ontonotesLabel, type Conll2003Label, type NamedMention } from "./named-entities.js";
export {
  TABLE_NAMES,
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
export { tokenize, type Token } from "./tokenize.js";
export {
  QUOTE_CONTEXT_LENGTH,
  toWebAnnotations,
  WEB_ANNOTATION_CONTEXT,
  type ClaimRole,
  type TextPositionSelector,
  type TextQuoteSelector,
  type WebAnnotation,
  type WebAnnotationCollection,
} from "./web-annotation.js";
