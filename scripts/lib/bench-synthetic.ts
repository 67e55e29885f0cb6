/**
 * Bigger valid articles for the index-building benchmark: the article's text repeated, each
 * copy's annotations shifted by the copy's offset and their ids suffixed, so every reference
 * still resolves and the result passes the schema.
 */
import { createHash } from "node:crypto";
import type { AnnotatedArticle, Span } from "../../src/schema/index.js";
import { sourceEntityId } from "../../src/query/collections.js";
import type { ArticleOf } from "../../src/types.js";

/** `doc` repeated `copies` times (paragraphs joined by "\n"), every id unique, every span valid. */
export function scaleArticle(doc: ArticleOf, copies: number): AnnotatedArticle {
  if (!Number.isInteger(copies) || copies < 1) throw new RangeError(`copies must be a positive integer, got ${copies}`);
  const stride = doc.text.length + 1; // each copy starts after the previous one and its "\n"
  const text = Array.from({ length: copies }, () => doc.text).join("\n");
  const scaled: AnnotatedArticle = {
    ...structuredClone(doc as AnnotatedArticle),
    id: copies === 1 ? doc.id : `${doc.id}-x${copies}`,
    text,
    textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
    paragraphs: [],
    sentences: [],
    entities: [],
    mentions: [],
    claims: [],
    times: [],
    notes: [],
    ...(doc.agreement && { agreement: { annotators: [...doc.agreement.annotators], claims: [], mentions: [] } }),
  };
  for (let copy = 0; copy < copies; copy++) appendCopy(scaled, doc, copy, stride);
  return scaled;
}

function appendCopy(out: AnnotatedArticle, doc: ArticleOf, copy: number, stride: number): void {
  // Copy 0 keeps the original ids, so the 1x article is the shipped one.
  const id = (original: string) => (copy === 0 ? original : `${original}-x${copy + 1}`);
  const mentionId = (original: string) => {
    const at = original.lastIndexOf("@");
    return `${id(original.slice(0, at))}${original.slice(at)}`;
  };
  // Paragraph and sentence ids are positional (p1, p2, … / s1, s2, …) across the whole text.
  const renumber = (original: string, perCopy: number) => `${original[0]}${copy * perCopy + Number(original.slice(1))}`;
  const shift = (span: Readonly<Span>): Span => ({
    start: span.start + copy * stride,
    end: span.end + copy * stride,
    text: span.text,
  });

  for (const p of doc.paragraphs)
    out.paragraphs.push({ id: renumber(p.id, doc.paragraphs.length), span: shift(p.span) });
  for (const s of doc.sentences) {
    out.sentences.push({
      id: renumber(s.id, doc.sentences.length),
      paragraphId: renumber(s.paragraphId, doc.paragraphs.length),
      span: shift(s.span),
    });
  }
  for (const e of doc.entities) {
    out.entities.push({
      ...structuredClone(e as AnnotatedArticle["entities"][number]),
      id: id(e.id),
      ...(e.partOf !== undefined && { partOf: id(e.partOf) }),
      ...(e.memberOf !== undefined && { memberOf: id(e.memberOf) }),
      ...(e.members !== undefined && { members: e.members.map(id) }),
    });
  }
  for (const m of doc.mentions)
    out.mentions.push({ id: mentionId(m.id), entityId: id(m.entityId), span: shift(m.span), form: m.form });
  for (const c of doc.claims) {
    const sourceEntity = sourceEntityId(c);
    out.claims.push({
      ...structuredClone(c as AnnotatedArticle["claims"][number]),
      id: id(c.id),
      content: shift(c.content),
      source: sourceEntity === undefined ? { author: true } : { entityId: id(sourceEntity) },
      ...(c.sourceMention !== undefined && { sourceMention: mentionId(c.sourceMention) }),
      ...(c.cue !== undefined && { cue: shift(c.cue) }),
      quotes: c.quotes.map(shift),
      about: c.about.map(id),
      ...(c.times !== undefined && { times: c.times.map(id) }),
      ...(c.nestedIn !== undefined && { nestedIn: id(c.nestedIn) }),
      relations: c.relations.map((r) => ({ type: r.type, target: id(r.target) })),
    });
  }
  for (const t of doc.times) {
    out.times.push({
      ...structuredClone(t as AnnotatedArticle["times"][number]),
      id: id(t.id),
      span: shift(t.span),
      ...(t.anchor !== undefined && { anchor: id(t.anchor) }),
    });
  }
  for (const n of doc.notes)
    out.notes.push({ ...structuredClone(n as AnnotatedArticle["notes"][number]), id: id(n.id), span: shift(n.span) });
  if (doc.agreement && out.agreement) {
    for (const c of doc.agreement.claims) out.agreement.claims.push({ ...structuredClone(c), claimId: id(c.claimId) });
    for (const m of doc.agreement.mentions)
      out.agreement.mentions.push({ ...structuredClone(m), mentionId: mentionId(m.mentionId) });
  }
}
