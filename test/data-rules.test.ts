import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { toSpacy } from "../src/formats/index.js";

// The mechanically checkable rules of docs/annotation-guidelines.md, checked over the whole data.
const { text, entities, mentions, claims, times, sentences } = article;
const entityById = new Map<string, (typeof entities)[number]>(entities.map((e) => [e.id, e]));
const timeById = new Map(times.map((t) => [t.id, t]));
const wordBefore = (start: number) => /(\S+)\s*$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
const sentenceOf = (span: { start: number; end: number }) =>
  sentences.find((s) => s.span.start <= span.start && span.end <= s.span.end);
const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

describe("span rules", () => {
  it("cues that are verb groups include their auxiliaries and negation (section 3.2)", () => {
    const AUXILIARIES =
      /^(has|have|had|is|are|was|were|be|been|being|not|will|would|did|does|do|can|could|may|might)$/i;
    const short = claims.filter((c) => c.cue && AUXILIARIES.test(wordBefore(c.cue.start)));
    expect(short.map((c) => `${c.id}: "${wordBefore(c.cue!.start)} ${c.cue!.text}"`)).toEqual([]);
  });

  it("an evidential cue of the author's is followed by its complement, the content (section 3.2)", () => {
    for (const c of claims.filter((c) => "author" in c.source && c.cue)) {
      expect(text.slice(c.cue!.end, c.content.start), c.id).toMatch(/^\s+$/);
    }
  });

  it("names are names: a mention of form name ends in a capitalised word or abbreviation (rule 1)", () => {
    const common = mentions.filter((m) => m.form === "name" && !/(^|\s)(\p{Lu}[\p{L}.’'-]*)$/u.test(m.span.text));
    expect(common.map((m) => `${m.id} "${m.span.text}"`)).toEqual([]);
  });

  it("nominals stop before relative clauses and keep collective heads; partitives stay out (rule 4)", () => {
    const COLLECTIVE = new Set(["line", "row", "column", "convoy", "fleet", "pair", "set"]);
    for (const m of mentions) {
      expect(m.span.text, m.id).not.toMatch(/ (that|who|which|whom|whose|where) /);
      expect(m.span.text, `${m.id}: partitive left out`).not.toMatch(/^(some|many|most|all|none|few|several) of /i);
      const before = text.slice(Math.max(0, m.span.start - 20), m.span.start);
      const collective = /\b(\w+) of $/.exec(before)?.[1];
      expect(
        collective !== undefined && COLLECTIVE.has(collective),
        `${m.id}: "${collective} of" is the head, not a partitive`,
      ).toBe(false);
    }
  });

  it("a copular predicate shares its subject's chain only through unhedged be with a whole subject (rule 9)", () => {
    let checked = 0;
    for (const copula of text.matchAll(
      /\b(was to be|is|was|were|seemed to be|seems to be|might have been|may be)\b/g,
    )) {
      const after = copula.index + copula[0].length + 1;
      const predicate = mentions.find((m) => m.span.start === after);
      const subject = mentions.find(
        (m) => m.span.end === copula.index - 1 && sentenceOf(m.span) === sentenceOf({ start: after, end: after }),
      );
      if (!predicate || !subject) continue;
      checked += 1;
      const hedged = /seem|might|may/.test(copula[0]);
      const partitive = /\b(some|many|most|all|few|several) of $/.test(
        text.slice(subject.span.start - 20, subject.span.start),
      );
      const same = subject.entityId === predicate.entityId;
      expect(same, `${subject.id} ${copula[0]} ${predicate.id}`).toBe(!hedged && !partitive);
    }
    expect(checked).toBeGreaterThan(1);
  });

  it("a content without a verb is an adjunct that elaborates a claim of its sentence (section 3.2)", () => {
    const VERB = /\b(has|have|had|is|are|was|were|will|can|could|might|did|\w+ed|gave|took|showed|spoke|began|met)\b/;
    for (const c of claims.filter(
      (c) => !VERB.test(c.content.text) && /^(in|on|at|with|by|for|in front of|during|to)\b/i.test(c.content.text),
    )) {
      const targets = c.relations
        .filter((r) => r.type === "elaborates")
        .map((r) => claims.find((x) => x.id === r.target)!);
      expect(
        targets.some((t) => sentenceOf(t.content) === sentenceOf(c.content) && t.content.start < c.content.start),
        c.id,
      ).toBe(true);
    }
  });

  it("a source's content that holds a parenthetical gloss says the gloss is the author's (section 3.2)", () => {
    for (const c of claims.filter((c) => !("author" in c.source) && /\(.+\)/.test(c.content.text))) {
      expect(c.comment ?? "", c.id).toMatch(/author's gloss/);
    }
  });
});

describe("about", () => {
  // A group is enumerated when the text gives all its members: a coordination containing a
  // mention of each, or a count equal to the number of its members ("the two countries").
  const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4 };
  const enumerated = (id: string) => {
    const e = entityById.get(id)!;
    if (!e.members) return false;
    return mentions.some(
      (m) =>
        m.entityId === id &&
        (e.members!.every((member) => mentions.some((x) => x.entityId === member && within(x.span, m.span))) ||
          COUNTS[/\b(two|three|four)\b/.exec(m.span.text)?.[1] ?? ""] === e.members!.length),
    );
  };

  it("lists the members of an enumerated group, never the group (section 5a)", () => {
    const groups = claims.flatMap((c) =>
      c.about.filter((id) => entityById.get(id)?.type === "group" && enumerated(id)).map((id) => `${c.id}: ${id}`),
    );
    expect(groups).toEqual([]);
  });

  it("lists with any other group the members the text names (section 5a)", () => {
    for (const c of claims) {
      for (const id of c.about.filter((id) => entityById.get(id)?.type === "group")) {
        for (const member of entityById.get(id)!.members ?? [])
          expect(c.about, `${c.id}: ${id} -> ${member}`).toContain(member);
      }
    }
  });

  it("the plural subjects the guidelines name are found by claimsAbout for each member", () => {
    const about = (id: string) => claims.filter((c) => (c.about as readonly string[]).includes(id)).map((c) => c.id);
    for (const c of claims.filter((c) =>
      mentions.some((m) => entityById.get(m.entityId)?.members && enumerated(m.entityId) && within(m.span, c.content)),
    )) {
      const groups = mentions
        .filter((m) => enumerated(m.entityId) && within(m.span, c.content))
        .map((m) => entityById.get(m.entityId)!);
      for (const member of groups.flatMap((g) => g.members!))
        expect(about(member), `${c.id} about ${member}`).toContain(c.id);
    }
  });
});

describe("times", () => {
  it("anchor dates and clock times on dates or clock times, never on a range (section 8)", () => {
    for (const t of times.filter((t) => t.anchor)) expect(timeById.get(t.anchor!)!.type, t.id).not.toBe("range");
  });

  it("record the literal reading of a zone label that the value corrects (section 8)", () => {
    const OFFSETS: Record<string, string> = { EST: "-05:00", EDT: "-04:00", GMT: "Z", UTC: "Z", KST: "+09:00" };
    for (const t of times) {
      const label = /(EST|EDT|GMT|UTC|KST)/.exec(t.span.text)?.[1];
      if (!label) continue;
      const offset = OFFSETS[label]!;
      if (!t.value.endsWith(offset))
        expect(t.literal, `${t.id}: "${label}" read literally`).toMatch(new RegExp(`${offset.replace("+", "\\+")}$`));
    }
  });

  it("are exported with their TIMEX3 type: a range as a DURATION between its two dates (section 8)", () => {
    const exported = (toSpacy(article, { extensions: true })._ as { times: Record<string, unknown>[] }).times;
    for (const t of times) {
      const out = exported.find((x) => x.id === t.id)!;
      if (t.type === "range") {
        const [beginPoint, endPoint] = t.value.split("/");
        expect(out, t.id).toMatchObject({ timex3: "DURATION", beginPoint, endPoint });
      } else expect(out.timex3, t.id).toBe(t.type.toUpperCase());
      expect(out.literal, t.id).toBe(t.literal);
    }
  });
});
