import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { readAdjudication } from "../scripts/lib/agreement.js";
import { data, nonMentions } from "./support/shipped-data.js";
import { repoRoot } from "./support/paths.js";

// Every free-text field of the data, with where it is, and the claim or span it speaks about.
const { text, entities, mentions, claims, times, notes, sentences } = article;
const freeText: { where: string; text: string }[] = [
  ...entities.map((e) => ({ where: `entity ${e.id}`, text: e.description })),
  ...claims.flatMap((c) => (c.comment ? [{ where: `claim ${c.id}`, text: c.comment }] : [])),
  ...data.claims.sentencesWithoutClaims.map((s, i) => ({ where: `sentencesWithoutClaims[${i}]`, text: s.reason })),
  ...notes.map((n) => ({ where: `note ${n.id}`, text: n.message })),
  ...times.map((t) => ({ where: `time ${t.id}`, text: t.basis })),
  ...data.nonMentions.map((n, i) => ({ where: `non-mentions[${i}]`, text: n.reason })),
  { where: "article summary", text: article.provenance.summary },
  ...article.provenance.inferences.flatMap((x, i) => [
    { where: `inference ${i}`, text: x.fact },
    { where: `inference ${i}`, text: x.basis },
  ]),
  { where: "published", text: article.published.explanation ?? "" },
  ...readAdjudication(repoRoot).map((a, i) => ({ where: `adjudication[${i}]`, text: a.reason })),
];

const ids = new Set<string>([...entities, ...mentions, ...claims, ...times, ...notes].map((x) => x.id));
// Hyphenated words of ordinary English used in the free text; anything else hyphenated is read as an id.
const ORDINARY_WORDS = new Set([
  "brand-new",
  "flight-tested",
  "nuclear-capable",
  "part-of-day",
  "past-tense",
  "state-media",
  "to-infinitive",
  "warm-up",
]);
const ID_LIKE = /(?<![\w./@-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+(?:@\d+)?)(?![\w@-])/g;

const sentenceOf = (span: { start: number; end: number }) =>
  sentences.filter((s) => s.span.start < span.end && span.start < s.span.end);
const inSentences = (span: { start: number; end: number }, ss: readonly { span: { start: number; end: number } }[]) =>
  ss.some((s) => s.span.start <= span.start && span.end <= s.span.end);
const entitiesNamed = (name: string) =>
  entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id);
const stripPossessive = (words: string) => words.replace(/[’']s$/, "");

describe("free text of the data", () => {
  it("names only ids that exist", () => {
    const unknown = freeText.flatMap(({ where, text: t }) =>
      [...t.matchAll(ID_LIKE)]
        .map((m) => m[1]!)
        .filter((id) => !ids.has(id) && !ORDINARY_WORDS.has(id))
        .map((id) => `${where}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it("says a time is linked to a claim exactly when it is", () => {
    const wrong = claims.filter((c) => {
      const says = c.comment ?? "";
      if (/\btime is not linked\b/.test(says)) return (c.times ?? []).length > 0;
      if (/\btimes? (?:is|are) linked\b/.test(says)) return (c.times ?? []).length === 0;
      return false;
    });
    expect(wrong.map((c) => c.id)).toEqual([]);
  });

  it("states overlaps with the previous claim that are the actual overlap", () => {
    const wrong: string[] = [];
    claims.forEach((c, i) => {
      for (const m of (c.comment ?? "").matchAll(/Overlaps the previous claim on ["“]([^"”]+)["”]/g)) {
        const previous = claims[i - 1]!.content;
        const overlap = text.slice(Math.max(previous.start, c.content.start), Math.min(previous.end, c.content.end));
        if (overlap !== m[1]) wrong.push(`${c.id}: says "${m[1]}", overlap is "${overlap}"`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it("links words to entities only as the mentions do", () => {
    // `"X" = Name`, `"X" and "Y" = Name`, `"X" is a metonym for Name`:
    // each X is a mention of Name in the sentences of the claim or note.
    const scoped = [
      ...claims.map((c) => ({ where: `claim ${c.id}`, text: c.comment ?? "", scope: sentenceOf(c.content) })),
      ...notes.map((n) => ({ where: `note ${n.id}`, text: n.message, scope: sentenceOf(n.span) })),
    ];
    const LINK = /((?:["“][^"”]+["”](?:,? and )?)+) (?:=|is a metonym for) ([A-Z][\w ]*?)(?:['’]s)?(?=[;,.)]| \(|$)/g;
    const wrong: string[] = [];
    let checked = 0;
    for (const { where, text: t, scope } of scoped) {
      for (const m of t.matchAll(LINK)) {
        const targets = entitiesNamed(m[2]!.trim());
        for (const quoted of m[1]!.matchAll(/["“]([^"”]+)["”]/g)) {
          checked += 1;
          const words = stripPossessive(quoted[1]!);
          const ok = mentions.some(
            (x) => x.span.text === words && targets.includes(x.entityId) && inSentences(x.span, scope),
          );
          if (!ok)
            wrong.push(
              `${where}: "${quoted[1]}" is not a mention of ${m[2]} (${targets.join(", ") || "no such entity"})`,
            );
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it("describes relations and nesting as the claims record them", () => {
    const byId = new Map<string, (typeof claims)[number]>(claims.map((c) => [c.id, c]));
    const wrong: string[] = [];
    for (const c of claims) {
      const says = c.comment ?? "";
      if (/relation is marked inferred/.test(says) && !c.relations.some((r) => r.inferred))
        wrong.push(`${c.id}: no inferred relation`);
      if (/\bit elaborates\b/.test(says) && !c.relations.some((r) => r.type === "elaborates"))
        wrong.push(`${c.id}: no elaborates relation`);
      if (/evidence for/.test(says) && !c.relations.some((r) => r.type === "supports"))
        wrong.push(`${c.id}: no supports relation`);
      if (/does not contradict/.test(says) && c.relations.some((r) => r.type === "contradicts"))
        wrong.push(`${c.id}: has a contradicts relation`);
      if (/is nested in this one/.test(says) && !claims.some((x) => x.nestedIn === c.id))
        wrong.push(`${c.id}: nothing is nested in it`);
      for (const m of says.matchAll(/nested claim ([a-z0-9-]+)/g))
        if (byId.get(m[1]!)?.nestedIn !== c.id) wrong.push(`${c.id}: ${m[1]} is not nested in it`);
      for (const m of says.matchAll(/is the claim ([a-z0-9-]+)/g))
        if (!byId.has(m[1]!)) wrong.push(`${c.id}: no claim ${m[1]}`);
    }
    expect(wrong).toEqual([]);
  });

  it("gives every excused occurrence a reason naming the rule or note it follows", () => {
    for (const n of nonMentions) expect(n.reason, n.span.text).toMatch(/guidelines|note-/);
  });
});
