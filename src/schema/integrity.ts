import type * as z from "zod";
import type { ArticleShapeSchema } from "./article.js";
import type { LayerFields } from "./fields.js";
import { type Path, type SpanLike, spansOf, valuesAt } from "./walk.js";
import { checkArticleSanity } from "./sanity.js";

type ArticleShape = z.infer<typeof ArticleShapeSchema>;
type Report = (path: Path, message: string) => void;

/**
 * The cross-field rules of an annotated article whose layers are `layers` (derived from the
 * schema's field marks). Each rule reports every violation it finds, with the path of the
 * offending field, so one parse lists all problems at once.
 */
export function articleIntegrity(layers: readonly LayerFields[]) {
  const spanFields = layers.flatMap((l) =>
    l.spans.map((s) => ({ collection: l.collection, path: s.path, role: s.role })),
  );
  return (article: ArticleShape, ctx: z.RefinementCtx): void => {
    const report: Report = (path, message) => ctx.addIssue({ code: "custom", path, message });
    checkText(article, report);
    const spans = [...spansOf(article, spanFields)].map(({ path, span }) => [path, span] as [Path, SpanLike]);
    const spansOk = checkSpans(article.text, spans, report);
    for (const layer of layers) reportDuplicates(itemsOf(article, layer.collection), layer.collection, report);
    checkReferences(article, layers, report);
    checkAgreementReferences(article, report);
    // Structure and containment rules compare offsets, which only mean something once every
    // span lies inside the text.
    if (spansOk) {
      checkParagraphs(article, report);
      checkSentences(article, report);
      checkClaimSpans(article, report);
      checkMentionSpans(article, report);
    }
    checkArticleSanity(article, report, spans);
  };
}

const itemsOf = (article: object, collection: string) =>
  ((article as Record<string, unknown>)[collection] ?? []) as readonly { id: string }[];

function checkText({ text }: ArticleShape, report: Report): void {
  if (text.normalize("NFC") !== text) report(["text"], "text must be in Unicode normalization form NFC");
  if (text.includes("\r")) report(["text"], "text must use \\n line breaks, not \\r");
  if (text.endsWith("\n")) report(["text"], "text must not end with a line break");
}

function checkSpans(text: string, spans: readonly [Path, SpanLike][], report: Report): boolean {
  let ok = true;
  for (const [path, span] of spans) {
    if (span.end > text.length) {
      report([...path, "end"], `end ${span.end} is past the end of the text (length ${text.length})`);
      ok = false;
    } else if (span.start > span.end) {
      ok = false; // reported by SpanSchema itself
    } else {
      const actual = text.slice(span.start, span.end);
      if (actual !== span.text) {
        report(
          [...path, "text"],
          `span text ${JSON.stringify(span.text)} does not match the text at ${span.start}-${span.end}: ` +
            JSON.stringify(actual),
        );
        ok = false;
      }
    }
  }
  return ok;
}

function reportDuplicates(items: readonly { id: string }[], collection: string, report: Report): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else report([collection, index, "id"], `duplicate id "${item.id}" (first used at ${collection}[${first}])`);
  });
}

function checkReferences(article: ArticleShape, layers: readonly LayerFields[], report: Report): void {
  const idsOf = new Map(layers.map((l) => [l.layer, new Set(itemsOf(article, l.collection).map((item) => item.id))]));
  // Every marked reference resolves, and one within its own layer does not point at its item.
  for (const layer of layers) {
    for (const [i, item] of itemsOf(article, layer.collection).entries()) {
      for (const field of layer.refs) {
        for (const [path, id] of valuesAt(item, field.path, [layer.collection, i])) {
          if (field.self && id === item.id) report(path, field.self(item.id));
          else if (!idsOf.get(field.layer)?.has(id as string))
            report(path, `unknown ${field.layer} id "${String(id)}"`);
        }
      }
    }
  }
  // The rules that relate two fields of an item.
  article.entities.forEach((e, i) => {
    if (e.members && e.type !== "group")
      report(["entities", i, "members"], `only entities of type "group" have members, "${e.id}" is a ${e.type}`);
  });
  article.mentions.forEach((m, i) => {
    const prefix = m.id.slice(0, m.id.lastIndexOf("@"));
    if (prefix !== m.entityId)
      report(["mentions", i, "id"], `mention id "${m.id}" must start with its entity id "${m.entityId}@"`);
  });
  const mentionsById = new Map(article.mentions.map((m) => [m.id, m]));
  article.claims.forEach((c, i) => {
    if (c.sourceMention === undefined) return;
    const mention = mentionsById.get(c.sourceMention);
    if (!mention) return; // reported as an unknown mention id
    // Spelled out rather than the query helpers' sourceEntityId: src/schema imports nothing but zod.
    if (!("entityId" in c.source))
      report(["claims", i, "sourceMention"], "a claim in the author's voice has no source mention");
    else if (mention.entityId !== c.source.entityId) {
      report(
        ["claims", i, "sourceMention"],
        `mention "${mention.id}" refers to "${mention.entityId}", not to the source "${c.source.entityId}"`,
      );
    }
  });
}

function checkParagraphs({ text, paragraphs }: ArticleShape, report: Report): void {
  let expectedStart = 0;
  paragraphs.forEach((p, i) => {
    if (p.id !== `p${i + 1}`) report(["paragraphs", i, "id"], `paragraph ${i + 1} must have id "p${i + 1}"`);
    if (p.span.start !== expectedStart)
      report(
        ["paragraphs", i, "span", "start"],
        `paragraph must start at ${expectedStart}, where the previous one ends`,
      );
    if (p.span.text.includes("\n")) report(["paragraphs", i, "span"], "a paragraph must not contain a line break");
    const isLast = i === paragraphs.length - 1;
    if (!isLast && text[p.span.end] !== "\n")
      report(["paragraphs", i, "span", "end"], "a paragraph must end where a line break follows");
    expectedStart = p.span.end + 1;
  });
  const last = paragraphs.at(-1);
  if (last && last.span.end !== text.length)
    report(
      ["paragraphs", paragraphs.length - 1, "span", "end"],
      `the last paragraph must end at the end of the text (${text.length})`,
    );
}

function checkSentences({ sentences, paragraphs }: ArticleShape, report: Report): void {
  const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));
  const isBlank = (s: string) => s.trim() === "";
  sentences.forEach((s, i) => {
    const path: Path = ["sentences", i];
    if (s.id !== `s${i + 1}`) report([...path, "id"], `sentence ${i + 1} must have id "s${i + 1}"`);
    if (s.span.text === "" || s.span.text.trim() !== s.span.text)
      report([...path, "span", "text"], "a sentence must be non-empty and carry no leading or trailing white space");
    const paragraph = paragraphById.get(s.paragraphId);
    if (!paragraph) return;
    if (s.span.start < paragraph.span.start || s.span.end > paragraph.span.end) {
      report([...path, "span"], `sentence lies outside its paragraph "${paragraph.id}"`);
      return;
    }
    const previous = sentences[i - 1];
    const gapStart = previous?.paragraphId === s.paragraphId ? previous.span.end : paragraph.span.start;
    if (s.span.start < gapStart) report([...path, "span", "start"], "sentence overlaps the previous sentence");
    else if (
      !isBlank(paragraph.span.text.slice(gapStart - paragraph.span.start, s.span.start - paragraph.span.start))
    ) {
      report(
        [...path, "span", "start"],
        "text between sentences must be white space only: sentences must tile their paragraph",
      );
    }
    const next = sentences[i + 1];
    if (next?.paragraphId !== s.paragraphId && !isBlank(paragraph.span.text.slice(s.span.end - paragraph.span.start))) {
      report([...path, "span", "end"], `the last sentence of paragraph "${paragraph.id}" must reach its end`);
    }
  });
  const covered = new Set(sentences.map((s) => s.paragraphId));
  paragraphs.forEach((p, i) => {
    if (!covered.has(p.id)) report(["paragraphs", i], `paragraph "${p.id}" has no sentences`);
  });
  for (let i = 1; i < sentences.length; i++) {
    const prevParagraph = paragraphById.get(sentences[i - 1]!.paragraphId);
    const paragraph = paragraphById.get(sentences[i]!.paragraphId);
    if (prevParagraph && paragraph && paragraphs.indexOf(paragraph) < paragraphs.indexOf(prevParagraph)) {
      report(["sentences", i, "paragraphId"], "sentences must be in text order");
    }
  }
}

function checkClaimSpans({ claims }: ArticleShape, report: Report): void {
  claims.forEach((c, i) => {
    c.quotes.forEach((q, j) => {
      if (q.start < c.content.start || q.end > c.content.end) {
        report(
          ["claims", i, "quotes", j],
          `quote ${q.start}-${q.end} lies outside the claim content ${c.content.start}-${c.content.end}`,
        );
      }
    });
  });
}

function checkMentionSpans({ mentions }: ArticleShape, report: Report): void {
  const seen = new Map<string, number>();
  mentions.forEach((m, i) => {
    const key = `${m.entityId} ${m.span.start} ${m.span.end}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      report(
        ["mentions", i, "span"],
        `mention repeats the span of mentions[${first}] for the same entity "${m.entityId}"`,
      );
  });
}

/**
 * The agreement layer's references: every entry names a claim or mention of the article, once,
 * and every claim and mention has an entry (so that a missing one is not read as "found by none").
 */
function checkAgreementReferences(article: ArticleShape, report: Report): void {
  const layer = article.agreement;
  if (!layer) return;
  const check = (what: "claim" | "mention", ids: readonly string[], entries: readonly string[], field: string) => {
    const known = new Set(ids);
    const seen = new Set<string>();
    const list = what === "claim" ? "claims" : "mentions";
    entries.forEach((id, i) => {
      if (!known.has(id)) report(["agreement", list, i, field], `unknown ${what} id "${id}"`);
      else if (seen.has(id)) report(["agreement", list, i, field], `${what} "${id}" has more than one entry`);
      seen.add(id);
    });
    for (const id of ids) if (!seen.has(id)) report(["agreement", list], `${what} "${id}" has no entry`);
  };
  check(
    "claim",
    article.claims.map((c) => c.id),
    layer.claims.map((c) => c.claimId),
    "claimId",
  );
  check(
    "mention",
    article.mentions.map((m) => m.id),
    layer.mentions.map((m) => m.mentionId),
    "mentionId",
  );
}
