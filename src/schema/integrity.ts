import type { z } from "zod";
import type { ArticleShapeSchema } from "./article.js";

type ArticleShape = z.infer<typeof ArticleShapeSchema>;
type Path = (string | number)[];
type Report = (path: Path, message: string) => void;
interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/**
 * The cross-field rules of an annotated article. Each rule reports every violation it finds,
 * with the path of the offending field, so one parse lists all problems at once.
 */
export function checkArticleIntegrity(article: ArticleShape, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: "custom", path, message });
  checkText(article, report);
  const spansOk = checkSpans(article, report);
  checkUniqueIds(article, report);
  checkReferences(article, report);
  checkAgreementReferences(article, report);
  // Structure and containment rules compare offsets, which only mean something once every
  // span lies inside the text.
  if (spansOk) {
    checkParagraphs(article, report);
    checkSentences(article, report);
    checkClaimSpans(article, report);
    checkMentionSpans(article, report);
  }
}

function checkText({ text }: ArticleShape, report: Report): void {
  if (text.normalize("NFC") !== text) report(["text"], "text must be in Unicode normalization form NFC");
  if (text.includes("\r")) report(["text"], "text must use \\n line breaks, not \\r");
  if (text.endsWith("\n")) report(["text"], "text must not end with a line break");
}

/** Every span in the article with the path that leads to it. */
export function* spansWithPaths(article: ArticleShape): Generator<[Path, SpanLike]> {
  for (const [i, p] of article.paragraphs.entries()) yield [["paragraphs", i, "span"], p.span];
  for (const [i, s] of article.sentences.entries()) yield [["sentences", i, "span"], s.span];
  for (const [i, m] of article.mentions.entries()) yield [["mentions", i, "span"], m.span];
  for (const [i, c] of article.claims.entries()) {
    yield [["claims", i, "content"], c.content];
    if (c.cue) yield [["claims", i, "cue"], c.cue];
    for (const [j, q] of c.quotes.entries()) yield [["claims", i, "quotes", j], q];
  }
  for (const [i, t] of article.times.entries()) yield [["times", i, "span"], t.span];
  for (const [i, n] of article.notes.entries()) yield [["notes", i, "span"], n.span];
}

function checkSpans(article: ArticleShape, report: Report): boolean {
  let ok = true;
  for (const [path, span] of spansWithPaths(article)) {
    if (span.end > article.text.length) {
      report([...path, "end"], `end ${span.end} is past the end of the text (length ${article.text.length})`);
      ok = false;
    } else if (span.start > span.end) {
      ok = false; // reported by SpanSchema itself
    } else {
      const actual = article.text.slice(span.start, span.end);
      if (actual !== span.text) {
        report([...path, "text"], `span text ${JSON.stringify(span.text)} does not match the text at ${span.start}-${span.end}: ${JSON.stringify(actual)}`);
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

function checkUniqueIds(article: ArticleShape, report: Report): void {
  reportDuplicates(article.paragraphs, "paragraphs", report);
  reportDuplicates(article.sentences, "sentences", report);
  reportDuplicates(article.entities, "entities", report);
  reportDuplicates(article.mentions, "mentions", report);
  reportDuplicates(article.claims, "claims", report);
  reportDuplicates(article.times, "times", report);
  reportDuplicates(article.notes, "notes", report);
}

function checkReferences(article: ArticleShape, report: Report): void {
  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const entityIds = ids(article.entities);
  const claimIds = ids(article.claims);
  const timeIds = ids(article.times);
  const paragraphIds = ids(article.paragraphs);
  const mentionsById = new Map(article.mentions.map((m) => [m.id, m]));
  const expect = (set: Set<string>, id: string, path: Path, what: string) => {
    if (!set.has(id)) report(path, `unknown ${what} id "${id}"`);
  };

  article.entities.forEach((e, i) => {
    for (const key of ["partOf", "memberOf"] as const) {
      const target = e[key];
      if (target === undefined) continue;
      if (target === e.id) report(["entities", i, key], `entity "${e.id}" cannot be ${key} itself`);
      else expect(entityIds, target, ["entities", i, key], "entity");
    }
    if (e.members && e.type !== "group") report(["entities", i, "members"], `only entities of type "group" have members, "${e.id}" is a ${e.type}`);
    e.members?.forEach((m, j) => {
      if (m === e.id) report(["entities", i, "members", j], `group "${e.id}" cannot be its own member`);
      else expect(entityIds, m, ["entities", i, "members", j], "entity");
    });
  });
  article.sentences.forEach((s, i) => expect(paragraphIds, s.paragraphId, ["sentences", i, "paragraphId"], "paragraph"));
  article.mentions.forEach((m, i) => {
    expect(entityIds, m.entityId, ["mentions", i, "entityId"], "entity");
    const prefix = m.id.slice(0, m.id.lastIndexOf("@"));
    if (prefix !== m.entityId) report(["mentions", i, "id"], `mention id "${m.id}" must start with its entity id "${m.entityId}@"`);
  });
  article.claims.forEach((c, i) => {
    const path = (...rest: Path): Path => ["claims", i, ...rest];
    if ("entityId" in c.source) expect(entityIds, c.source.entityId, path("source", "entityId"), "entity");
    if (c.sourceMention !== undefined) {
      const mention = mentionsById.get(c.sourceMention);
      if (!mention) report(path("sourceMention"), `unknown mention id "${c.sourceMention}"`);
      else if (!("entityId" in c.source)) report(path("sourceMention"), "a claim in the author's voice has no source mention");
      else if (mention.entityId !== c.source.entityId) report(path("sourceMention"), `mention "${mention.id}" refers to "${mention.entityId}", not to the source "${c.source.entityId}"`);
    }
    c.about.forEach((id, j) => expect(entityIds, id, path("about", j), "entity"));
    c.times?.forEach((id, j) => expect(timeIds, id, path("times", j), "time"));
    if (c.nestedIn !== undefined) {
      if (c.nestedIn === c.id) report(path("nestedIn"), `claim "${c.id}" cannot be nested in itself`);
      else expect(claimIds, c.nestedIn, path("nestedIn"), "claim");
    }
    c.relations.forEach((r, j) => {
      if (r.target === c.id) report(path("relations", j, "target"), `claim "${c.id}" cannot relate to itself`);
      else expect(claimIds, r.target, path("relations", j, "target"), "claim");
    });
  });
  article.times.forEach((t, i) => {
    if (t.anchor === undefined) return;
    if (t.anchor === t.id) report(["times", i, "anchor"], `time "${t.id}" cannot be anchored to itself`);
    else expect(timeIds, t.anchor, ["times", i, "anchor"], "time");
  });
}

function checkParagraphs({ text, paragraphs }: ArticleShape, report: Report): void {
  let expectedStart = 0;
  paragraphs.forEach((p, i) => {
    if (p.id !== `p${i + 1}`) report(["paragraphs", i, "id"], `paragraph ${i + 1} must have id "p${i + 1}"`);
    if (p.span.start !== expectedStart) report(["paragraphs", i, "span", "start"], `paragraph must start at ${expectedStart}, where the previous one ends`);
    if (p.span.text.includes("\n")) report(["paragraphs", i, "span"], "a paragraph must not contain a line break");
    const isLast = i === paragraphs.length - 1;
    if (!isLast && text[p.span.end] !== "\n") report(["paragraphs", i, "span", "end"], "a paragraph must end where a line break follows");
    expectedStart = p.span.end + 1;
  });
  const last = paragraphs.at(-1);
  if (last && last.span.end !== text.length) report(["paragraphs", paragraphs.length - 1, "span", "end"], `the last paragraph must end at the end of the text (${text.length})`);
}

function checkSentences({ sentences, paragraphs }: ArticleShape, report: Report): void {
  const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));
  const isBlank = (s: string) => s.trim() === "";
  sentences.forEach((s, i) => {
    const path: Path = ["sentences", i];
    if (s.id !== `s${i + 1}`) report([...path, "id"], `sentence ${i + 1} must have id "s${i + 1}"`);
    if (s.span.text === "" || s.span.text.trim() !== s.span.text) report([...path, "span", "text"], "a sentence must be non-empty and carry no leading or trailing white space");
    const paragraph = paragraphById.get(s.paragraphId);
    if (!paragraph) return;
    if (s.span.start < paragraph.span.start || s.span.end > paragraph.span.end) {
      report([...path, "span"], `sentence lies outside its paragraph "${paragraph.id}"`);
      return;
    }
    const previous = sentences[i - 1];
    const gapStart = previous?.paragraphId === s.paragraphId ? previous.span.end : paragraph.span.start;
    if (s.span.start < gapStart) report([...path, "span", "start"], "sentence overlaps the previous sentence");
    else if (!isBlank(paragraph.span.text.slice(gapStart - paragraph.span.start, s.span.start - paragraph.span.start))) {
      report([...path, "span", "start"], "text between sentences must be white space only: sentences must tile their paragraph");
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
        report(["claims", i, "quotes", j], `quote ${q.start}-${q.end} lies outside the claim content ${c.content.start}-${c.content.end}`);
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
    else report(["mentions", i, "span"], `mention repeats the span of mentions[${first}] for the same entity "${m.entityId}"`);
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
  check("claim", article.claims.map((c) => c.id), layer.claims.map((c) => c.claimId), "claimId");
  check("mention", article.mentions.map((m) => m.id), layer.mentions.map((m) => m.mentionId), "mentionId");
}
