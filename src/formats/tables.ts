/**
 * Flat tables of the annotation layers, for pandas, R, spreadsheets, DuckDB and Hugging Face
 * `datasets`: one table per layer (entities, mentions, claims, times, notes), one row per
 * record. A span becomes three columns (`start`, `end`, `text`, prefixed for a claim's content
 * and cue), a reference becomes the referenced record's id, a list becomes a JSON array.
 * Offsets are UTF-16 code units into `article.text`, as everywhere in the package. The
 * mentions and claims tables end with the per-item agreement counts (`blind_*`, `contested`).
 * @module
 */
import { article } from "../generated/article.js";
import { sourceEntityId } from "../query/collections.js";
import type { ArticleOf, ClaimOf, EditorialNoteOf, EntityOf, MentionOf, TimeExpressionOf } from "../types.js";
import { CLAIM_AGREEMENT_COLUMNS, MENTION_AGREEMENT_COLUMNS, withAgreement } from "./tables-agreement.js";

/** The value of one cell: a list is kept as an array (JSON text in CSV). */
export type TableCell = string | number | boolean | null | readonly unknown[];

/** What a column holds: `json` is a JSON array (a list of ids, spans or relations). */
export type TableColumnType = "string" | "integer" | "boolean" | "json";

/** One column of a table. */
export interface TableColumn {
  /** The column's name (the CSV header, the JSONL key). */
  readonly name: string;
  readonly type: TableColumnType;
  /** Whether the column may be empty (CSV: empty field; JSONL: `null`). */
  readonly nullable: boolean;
  /** What the column holds. */
  readonly description: string;
}

/** A flat table: its columns and its rows, each row keyed by column name. */
export interface Table {
  readonly name: TableName;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly Readonly<Record<string, TableCell>>[];
}

/** The tables {@link toTables} produces, one per annotation layer. */
export const TABLE_NAMES = ["entities", "mentions", "claims", "times", "notes"] as const;

/** A table's name: `"entities"`, `"mentions"`, `"claims"`, `"times"` or `"notes"`. */
export type TableName = (typeof TABLE_NAMES)[number];

interface ColumnOf<R> extends TableColumn {
  readonly get: (record: R) => TableCell;
}

// The column lists below are built at module load from these helpers; marked free of side effects
// so that a bundler drops the lists, like any unused constant, from a bundle that needs no tables.
/* @__NO_SIDE_EFFECTS__ */
const column = <R>(
  name: string,
  type: TableColumnType,
  nullable: boolean,
  description: string,
  get: (r: R) => TableCell,
) => ({ name, type, nullable, description, get }) satisfies ColumnOf<R>;
/* @__NO_SIDE_EFFECTS__ */
const span = (s: { readonly start: number; readonly end: number; readonly text: string }) => ({
  start: s.start,
  end: s.end,
  text: s.text,
});
const opt = <T>(value: T | undefined): T | null => value ?? null;

const ENTITY_COLUMNS: readonly ColumnOf<EntityOf>[] = [
  column("id", "string", false, "entity id (kebab-case, stable across versions)", (e) => e.id),
  column(
    "type",
    "string",
    false,
    "entity type: person, organization, country, city, region, group, event, weapon, document, other",
    (e) => e.type,
  ),
  column("name", "string", false, "canonical name (descriptive where the article gives no name)", (e) => e.name),
  column("aliases", "json", false, "other names the article uses, a JSON array of strings", (e) => [...e.aliases]),
  column("description", "string", false, "one line, grounded in the article", (e) => e.description),
  column("wikidata", "string", true, "Wikidata item id (Q…), only where the identity is certain", (e) =>
    opt(e.wikidata),
  ),
  column("part_of", "string", true, "id of the entity this one is part of", (e) => opt(e.partOf)),
  column("member_of", "string", true, "id of the group or organisation this entity belongs to", (e) => opt(e.memberOf)),
  column("members", "json", true, "for groups: the ids of the entities a plural reference covers, a JSON array", (e) =>
    e.members ? [...e.members] : null,
  ),
];

const MENTION_COLUMNS: readonly ColumnOf<MentionOf>[] = [
  column("id", "string", false, "mention id", (m) => m.id),
  column(
    "entity_id",
    "string",
    false,
    "id of the entity mentioned (entities.id): mentions of one entity form its coreference chain",
    (m) => m.entityId,
  ),
  column("start", "integer", false, "start offset in the text (UTF-16 code units, inclusive)", (m) => m.span.start),
  column("end", "integer", false, "end offset in the text (UTF-16 code units, exclusive)", (m) => m.span.end),
  column("text", "string", false, "the mentioned words, equal to the text from start to end", (m) => m.span.text),
  column("form", "string", false, "name, nominal, pronoun, adjectival or metonym", (m) => m.form),
];

const CLAIM_COLUMNS: readonly ColumnOf<ClaimOf>[] = [
  column("id", "string", false, "claim id", (c) => c.id),
  column(
    "content_start",
    "integer",
    false,
    "start offset of the content, the words that state the proposition",
    (c) => c.content.start,
  ),
  column("content_end", "integer", false, "end offset of the content (exclusive)", (c) => c.content.end),
  column("content_text", "string", false, "the content's words", (c) => c.content.text),
  column(
    "source_entity_id",
    "string",
    true,
    "id of the entity that asserts the claim (entities.id); empty for the article's own voice",
    (c) => sourceEntityId(c) ?? null,
  ),
  column(
    "source_is_author",
    "boolean",
    false,
    "true when the article itself asserts the claim (no source entity)",
    (c) => "author" in c.source,
  ),
  column("source_mention_id", "string", true, "id of the mention naming the source (mentions.id)", (c) =>
    opt(c.sourceMention),
  ),
  column("cue_start", "integer", true, "start offset of the cue, the words that signal the attribution", (c) =>
    opt(c.cue?.start),
  ),
  column("cue_end", "integer", true, "end offset of the cue (exclusive)", (c) => opt(c.cue?.end)),
  column("cue_text", "string", true, "the cue's words", (c) => opt(c.cue?.text)),
  column("quote", "string", false, "direct, partial, indirect or none", (c) => c.quote),
  column("quotes", "json", false, "verbatim quoted stretches, a JSON array of {start, end, text}", (c) =>
    c.quotes.map(span),
  ),
  column(
    "factuality",
    "string",
    false,
    "certain, probable, possible or unknown (FactBank CT, PR, PS, Uu)",
    (c) => c.factuality,
  ),
  column("polarity", "string", false, "positive (asserted) or negative (denied)", (c) => c.polarity),
  column("about", "json", false, "ids of the entities the claim is about, a JSON array", (c) => [...c.about]),
  column("times", "json", false, "ids of the time expressions the claim refers to, a JSON array", (c) => [
    ...(c.times ?? []),
  ]),
  column("nested_in", "string", true, "id of the claim this one is reported inside (claims.id)", (c) =>
    opt(c.nestedIn),
  ),
  column("relations", "json", false, "relations to other claims, a JSON array of {type, target}", (c) =>
    c.relations.map((r) => ({ type: r.type, target: r.target })),
  ),
  column("comment", "string", true, "the annotator's reasoning", (c) => opt(c.comment)),
];

const TIME_COLUMNS: readonly ColumnOf<TimeExpressionOf>[] = [
  column("id", "string", false, "time expression id", (t) => t.id),
  column("start", "integer", false, "start offset in the text (UTF-16 code units, inclusive)", (t) => t.span.start),
  column("end", "integer", false, "end offset in the text (UTF-16 code units, exclusive)", (t) => t.span.end),
  column("text", "string", false, "the time expression's words", (t) => t.span.text),
  column("type", "string", false, "date, time, duration or range", (t) => t.type),
  column("value", "string", false, "ISO 8601 value, with the UTC offset where the text implies one", (t) => t.value),
  column("literal", "string", true, "the value the words state where `value` corrects them (ISO 8601)", (t) =>
    opt(t.literal),
  ),
  column("anchor", "string", true, "id of the time expression this one is relative to (times.id)", (t) =>
    opt(t.anchor),
  ),
  column("basis", "string", false, "how the value was derived", (t) => t.basis),
];

const NOTE_COLUMNS: readonly ColumnOf<EditorialNoteOf>[] = [
  column("id", "string", false, "note id", (n) => n.id),
  column("start", "integer", false, "start offset in the text (UTF-16 code units, inclusive)", (n) => n.span.start),
  column("end", "integer", false, "end offset in the text (UTF-16 code units, exclusive)", (n) => n.span.end),
  column("text", "string", false, "the words the note is about", (n) => n.span.text),
  column("kind", "string", false, "inconsistency, ambiguity or error", (n) => n.kind),
  column("message", "string", false, "what a careful reader should know", (n) => n.message),
];

function table<R>(name: TableName, columns: readonly ColumnOf<R>[], records: readonly R[]): Table {
  // A row is filled cell by cell: Object.fromEntries of [name, cell] pairs was most of the time.
  const rowOf = (record: R) => {
    const row: Record<string, TableCell> = {};
    for (const c of columns) row[c.name] = c.get(record);
    return row;
  };
  return {
    name,
    columns: columns.map(({ name, type, nullable, description }) => ({ name, type, nullable, description })),
    rows: records.map(rowOf),
  };
}

/**
 * The article's annotation layers as flat tables, one row per record.
 *
 * @param doc - The article; the shipped one by default.
 * @returns One {@link Table} per layer: entities, mentions, claims, times and notes.
 * @example
 * ```ts
 * import { toTables, toCsv } from "kim-shoigu-2023/formats";
 * const { mentions } = toTables();
 * mentions.rows[0]; // { id: "north-korean-state-media@1", entity_id: "north-korean-state-media", start: 13, … }
 * toCsv(mentions).split("\n")[0]; // "id,entity_id,start,end,text,form"
 * ```
 */
export function toTables(doc: ArticleOf = article): Readonly<Record<TableName, Table>> {
  return {
    entities: table("entities", ENTITY_COLUMNS, doc.entities),
    mentions: table("mentions", withAgreement(MENTION_COLUMNS, MENTION_AGREEMENT_COLUMNS, doc), doc.mentions),
    claims: table("claims", withAgreement(CLAIM_COLUMNS, CLAIM_AGREEMENT_COLUMNS, doc), doc.claims),
    times: table("times", TIME_COLUMNS, doc.times),
    notes: table("notes", NOTE_COLUMNS, doc.notes),
  };
}

// RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. An
// empty string is quoted too, so that it stays distinct from an empty (null) field.
function csvField(value: TableCell): string {
  if (value === null) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text === "" || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV: UTF-8, a header row, RFC 4180 quoting, `\n` line ends, a final line break.
 * An empty field is a missing value; a list is a JSON array; a boolean is `true` or `false`.
 *
 * @param table - A table from {@link toTables}.
 * @returns The CSV text.
 * @example
 * ```ts
 * import { toTables, toCsv } from "kim-shoigu-2023/formats";
 * toCsv(toTables().notes).split("\n")[0]; // "id,start,end,text,kind,message"
 * ```
 */
export function toCsv(table: Table): string {
  const lines = [
    table.columns.map((c) => csvField(c.name)),
    ...table.rows.map((row) => table.columns.map((c) => csvField(row[c.name] ?? null))),
  ];
  return `${lines.map((fields) => fields.join(",")).join("\n")}\n`;
}

/**
 * A table as JSON Lines: one JSON object per row, keys in column order, `null` for a missing
 * value, lists as JSON arrays; each line ends with `\n`.
 *
 * @param table - A table from {@link toTables}.
 * @returns The JSONL text.
 * @example
 * ```ts
 * import { toTables, toJsonl } from "kim-shoigu-2023/formats";
 * JSON.parse(toJsonl(toTables().entities).split("\n")[0]!).id; // "kim-jong-un"
 * ```
 */
export function toJsonl(table: Table): string {
  const lineOf = (row: Table["rows"][number]) => {
    const line: Record<string, TableCell> = {};
    for (const c of table.columns) line[c.name] = row[c.name] ?? null;
    return `${JSON.stringify(line)}\n`;
  };
  return table.rows.map(lineOf).join("");
}
