import { createHash } from "node:crypto";
import { type AnnotatedArticle, safeParseArticle } from "../../src/schema/index.js";
import { type Anchor, resolveAnchor } from "./anchors.js";
import type { DataDir } from "./read-data.js";
import { splitParagraphs, splitSentences } from "./sentences.js";

/** Raised when the assembled article breaks a rule of the schema; lists every issue with its path. */
export class ArticleRuleError extends Error {
  override name = "ArticleRuleError";
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
export function buildArticle(data: DataDir, schemaVersion: string): AnnotatedArticle {
  const { text } = data;
  const span = (file: string, record: string, field: string, anchor: Anchor) =>
    resolveAnchor(text, anchor, `data/${file}: ${record}, field "${field}"`);

  const paragraphSpans = splitParagraphs(text);
  const paragraphs = paragraphSpans.map((s, i) => ({ id: `p${i + 1}`, span: s }));
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.span).map((s) => ({ paragraphId: p.id, span: s })))
    .map((s, i) => ({ id: `s${i + 1}`, ...s }));

  const mentions = data.mentions.map((m, i) => ({ ...m, span: span("mentions.json", `mentions[${i}] (id "${m.id}")`, "span", m.span) }));

  const claims = data.claims.claims.map((c, i) => {
    const record = `claims[${i}] (id "${c.id}")`;
    const { sourceMention, cue, ...rest } = c;
    const resolved = {
      ...rest,
      content: span("claims.json", record, "content", c.content),
      ...(cue !== undefined && { cue: span("claims.json", record, "cue", cue) }),
      quotes: c.quotes.map((q, j) => span("claims.json", record, `quotes[${j}]`, q)),
    };
    if (sourceMention === undefined) return resolved;
    const where = span("claims.json", record, "sourceMention", sourceMention);
    const sourceEntity = "entityId" in c.source ? c.source.entityId : undefined;
    const mention = mentions.find((m) => m.entityId === sourceEntity && m.span.start === where.start && m.span.end === where.end);
    if (!mention) {
      throw new ArticleRuleError(
        `data/claims.json: ${record}, field "sourceMention": no mention of "${sourceEntity ?? "(author)"}" spans ${JSON.stringify(where.text)} at ${where.start}-${where.end}`,
      );
    }
    return { ...resolved, sourceMention: mention.id };
  });

  const times = data.times.map((t, i) => ({ ...t, span: span("times.json", `times[${i}] (id "${t.id}")`, "span", t.span) }));
  const notes = data.notes.map((n, i) => ({ ...n, span: span("notes.json", `notes[${i}] (id "${n.id}")`, "span", n.span) }));

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
    const lines = result.error.issues.map((issue) => `  at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new ArticleRuleError(`the compiled article breaks ${lines.length} rule(s):\n${lines.join("\n")}`);
  }
  return result.data;
}
