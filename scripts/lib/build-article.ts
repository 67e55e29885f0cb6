import { createHash } from "node:crypto";
import { LocatedError } from "../../src/errors.js";
import { sourceEntityId } from "../../src/query/collections.js";
import { ArticleShapeSchema } from "../../src/schema/article.js";
import { issueLines } from "../../src/schema/issues.js";
import { spanFieldsOf } from "../../src/schema/fields.js";
import { type AnnotatedArticle, type Mention, safeParseArticle } from "../../src/schema/index.js";
import type { SpanField } from "../../src/schema/walk.js";
import { type Anchor, resolveAnchor } from "./anchors.js";
import type { DataDir } from "./read-data.js";
import { splitParagraphs, splitSentences } from "./sentences.js";

/** Raised when the assembled article breaks a rule of the schema; lists every issue with its path. */
export class ArticleRuleError extends LocatedError {
  override name = "ArticleRuleError";
}

// The span fields the schema marks; each is written in data/ as an anchor.
const SPAN_FIELDS = spanFieldsOf(ArticleShapeSchema);

/** `value` with `resolve(value at path, where)` in place of what `path` reaches (`"*"`: each element). */
function replaceAt(
  value: unknown,
  path: readonly string[],
  resolve: (v: unknown, where: string) => unknown,
  where = "",
): unknown {
  if (value === undefined) return value;
  if (path.length === 0) return resolve(value, where);
  const [head, ...rest] = path as [string, ...string[]];
  if (head === "*") return (value as unknown[]).map((item, i) => replaceAt(item, rest, resolve, `${where}[${i}]`));
  const record = value as Record<string, unknown>;
  if (!(head in record)) return value;
  return { ...record, [head]: replaceAt(record[head], rest, resolve, where ? `${where}.${head}` : head) };
}

/** A record of `collection` with every span field's anchor resolved to a span. */
export function resolveSpans<T>(
  record: T,
  collection: string,
  fields: readonly SpanField[],
  span: (field: string, anchor: Anchor) => unknown,
): T {
  let resolved: unknown = record;
  for (const field of fields) {
    if (field.collection === collection)
      resolved = replaceAt(resolved, field.path, (anchor, where) => span(where, anchor as Anchor));
  }
  return resolved as T;
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Turns the human-edited data into the published article: anchors become offsets, the text is
 * split into paragraphs and sentences, and the whole is validated by the schema.
 *
 * @param schemaVersion - The package version the data is published under.
 */
export function buildArticle(
  data: DataDir,
  schemaVersion: string,
  fields: readonly SpanField[] = SPAN_FIELDS,
): AnnotatedArticle {
  const { text } = data;
  const span = (file: string, record: string, field: string, anchor: Anchor) =>
    resolveAnchor(text, anchor, `data/${file}: ${record}, field "${field}"`);
  const spansOfRecord = <T>(collection: string, record: string, item: T) =>
    resolveSpans(item, collection, fields, (field, anchor) => span(`${collection}.json`, record, field, anchor));

  const paragraphSpans = splitParagraphs(text);
  const paragraphs = paragraphSpans.map((s, i) => ({ id: `p${i + 1}`, span: s }));
  const sentences = paragraphs
    .flatMap((p) => splitSentences(text, p.span).map((s) => ({ paragraphId: p.id, span: s })))
    .map((s, i) => ({ id: `s${i + 1}`, ...s }));

  const mentions = data.mentions.map(
    (m, i) => spansOfRecord("mentions", `mentions[${i}] (id "${m.id}")`, m) as unknown as Mention,
  );

  const claims = data.claims.claims.map((c, i) => {
    const record = `claims[${i}] (id "${c.id}")`;
    const { sourceMention, ...rest } = c;
    const resolved = spansOfRecord("claims", record, rest);
    if (sourceMention === undefined) return resolved;
    const where = span("claims.json", record, "sourceMention", sourceMention);
    const sourceEntity = sourceEntityId(c);
    const mention = mentions.find(
      (m) => m.entityId === sourceEntity && m.span.start === where.start && m.span.end === where.end,
    );
    if (!mention) {
      const location = `data/claims.json: ${record}, field "sourceMention"`;
      const spans = `spans ${JSON.stringify(where.text)} at ${where.start}-${where.end}`;
      throw new ArticleRuleError(`${location}: no mention of "${sourceEntity ?? "(author)"}" ${spans}`, location);
    }
    return { ...resolved, sourceMention: mention.id };
  });

  const times = data.times.map((t, i) => spansOfRecord("times", `times[${i}] (id "${t.id}")`, t));
  const notes = data.notes.map((n, i) => spansOfRecord("notes", `notes[${i}] (id "${n.id}")`, n));

  const candidate = {
    id: data.article.id,
    schemaVersion,
    language: data.article.language,
    title: data.article.title,
    text,
    textSha256: sha256Hex(text),
    provenance: data.article.provenance,
    published: data.article.published,
    paragraphs,
    sentences,
    entities: data.entities,
    mentions,
    claims,
    times,
    notes,
  };
  const result = safeParseArticle(candidate);
  if (!result.success) {
    const lines = issueLines(result.error.issues).map((line) => `  at ${line}`);
    const message = `the compiled article breaks ${lines.length} rule(s):\n${lines.join("\n")}`;
    throw new ArticleRuleError(message, "the compiled article");
  }
  return result.data;
}
