import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { resolveAnchor } from "../scripts/lib/anchors.js";
import { data } from "./support/shipped-data.js";

const { text, claims, sentences, times, mentions } = article;
const claimById = new Map<string, (typeof claims)[number]>(claims.map((c) => [c.id, c]));
const timeById = new Map<string, (typeof times)[number]>(times.map((t) => [t.id, t]));
const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

describe("claims", () => {
  it("cover every sentence, or the sentence is excused with a reason", () => {
    const excused = data.claims.sentencesWithoutClaims.map(
      (s) => resolveAnchor(text, s.sentence, "sentencesWithoutClaims").start,
    );
    const uncovered = sentences.filter(
      (s) =>
        !claims.some((c) => c.content.start < s.span.end && s.span.start < c.content.end) &&
        !excused.some((start) => within({ start, end: start }, s.span)),
    );
    expect(uncovered.map((s) => s.id)).toEqual([]);
  });

  it("have content inside one sentence, and a cue and source mention in that sentence", () => {
    for (const c of claims) {
      const sentence = sentences.find((s) => within(c.content, s.span));
      expect(sentence, `${c.id}: content inside one sentence`).toBeDefined();
      if (c.cue) expect(within(c.cue, sentence!.span), `${c.id}: cue in the sentence`).toBe(true);
      if (c.sourceMention) {
        const mention = mentions.find((m) => m.id === c.sourceMention)!;
        expect(within(mention.span, sentence!.span), `${c.id}: source mention in the sentence`).toBe(true);
      }
    }
  });

  it("are attributed to an entity exactly when a source is named, and the author's have no source mention", () => {
    for (const c of claims) {
      if ("author" in c.source) expect(c.sourceMention, c.id).toBeUndefined();
      // A source's claim is "none" only when the source is reported to have said nothing (guidelines, section 3).
      else if (c.quote === "none")
        expect(c.factuality, `${c.id}: "none" for a source that said nothing`).toBe("unknown");
      // A source reported to have said nothing (unknown) has no words reported: "none".
      if (!("author" in c.source) && c.factuality === "unknown") expect(c.quote, `${c.id}: silence`).toBe("none");
      if ("author" in c.source) expect(c.quote, c.id).toBe("none");
    }
  });

  it("keep the cue outside the content", () => {
    for (const c of claims) {
      if (c.cue) expect(c.cue.end <= c.content.start || c.content.end <= c.cue.start, c.id).toBe(true);
    }
  });

  it("list as quotes exactly the stretches between curly quotation marks inside the content", () => {
    for (const c of claims) {
      const marked = [...c.content.text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!.replace(/[,.]$/, ""));
      expect(
        c.quotes.map((q) => q.text),
        c.id,
      ).toEqual(marked);
      for (const q of c.quotes) {
        expect(text[q.start - 1], `${c.id}: quote opens after “`).toBe("“");
        expect(text.slice(q.end, q.end + 2), `${c.id}: quote closes at ” (after sentence punctuation)`).toMatch(
          /^[,.]?”/,
        );
      }
      const expectedType =
        marked.length === 0
          ? ["indirect", "none"]
          : c.content.text.replace(/^“|”$/g, "") === marked[0]
            ? ["direct"]
            : ["partial"];
      expect(expectedType, c.id).toContain(c.quote);
    }
  });

  it("take their factuality from the hedges in their words", () => {
    const hedged: [RegExp, string][] = [
      [/most likely/, "probable"],
      [/seemed to be/, "probable"],
      [/might have been/, "possible"],
      [/\bcould\b/, "possible"],
      [/was to be/, "certain"], // a schedule the author asserts (guidelines, section 5)
    ];
    for (const c of claims) {
      for (const [hedge, value] of hedged)
        if (hedge.test(c.content.text)) expect(c.factuality, `${c.id}: "${hedge.source}"`).toBe(value);
    }
    const possibly = text.indexOf("possibly");
    const afterPossibly = claims.find((c) => c.content.start > possibly && c.content.start - possibly < 12)!;
    expect(afterPossibly.factuality).toBe("possible");
  });

  it("make a denial negative and pair it with the accusation it contradicts", () => {
    const denial = claims.find((c) => c.cue?.text === "has denied")!;
    const accusation = claims.find((c) => c.cue?.text === "accusations")!;
    expect(denial.polarity).toBe("negative");
    expect(accusation.polarity).toBe("positive");
    expect(denial.source).toEqual({ entityId: "north-korea" });
    expect(accusation.source).toEqual({ entityId: "biden-administration" });
    expect(denial.relations).toContainEqual({ type: "contradicts", target: accusation.id });
    expect(accusation.relations).toContainEqual({ type: "contradicts", target: denial.id });
    expect(accusation.comment).toMatch(/implied/);
  });

  it("attach a postposed “according to the KCNA” to the clause before it", () => {
    const postposed = text.indexOf("according to the KCNA");
    const claim = claims.find((c) => c.cue?.start === postposed)!;
    expect(claim.source).toEqual({ entityId: "kcna" });
    expect(claim.content.end).toBeLessThanOrEqual(postposed);
    expect(claim.content.text.startsWith("The meeting will")).toBe(true);
  });

  it("nest only in claims that exist, without cycles", () => {
    for (const c of claims) {
      const seen = new Set<string>([c.id]);
      for (let parent = c.nestedIn; parent !== undefined; parent = claimById.get(parent)?.nestedIn) {
        expect(claimById.has(parent)).toBe(true);
        expect(seen.has(parent), `${c.id}: nesting cycle`).toBe(false);
        seen.add(parent);
      }
    }
  });

  it("state every contradiction on both claims", () => {
    for (const c of claims) {
      for (const r of c.relations.filter((r) => r.type === "contradicts")) {
        expect(claimById.get(r.target)!.relations, `${r.target} -> ${c.id}`).toContainEqual({
          type: "contradicts",
          target: c.id,
        });
      }
    }
  });
});

describe("times", () => {
  const instant = (id: string) => Date.parse(timeById.get(id)!.value);

  it("parse as ISO 8601 with an offset wherever a clock time is given", () => {
    for (const t of times) {
      if (t.type === "time") expect(t.value, t.id).toMatch(/T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      const first = t.value.split("/")[0]!;
      expect(Number.isNaN(Date.parse(/^\d{4}$/.test(first) ? `${first}-01-01` : first)), t.id).toBe(false);
    }
  });

  it("agree where the text gives two renderings of one instant: 8 p.m. Pyongyang = 1100 GMT = 0700 US Eastern", () => {
    const byText = (words: string) => times.find((t) => t.span.text.includes(words))!.id;
    const eight = instant(byText("8 p.m."));
    expect(eight).toBe(Date.UTC(2023, 6, 27, 11, 0));
    expect(instant(byText("1100 GMT"))).toBe(eight);
    expect(instant(byText("0700EST"))).toBe(eight);
    expect(timeById.get(byText("8 p.m."))!.value).toMatch(/\+09:00$/);
    expect(instant(byText("9:50 p.m."))).toBe(Date.UTC(2023, 6, 27, 12, 50));
  });

  it("put Thursday on 27 July 2023 (a Thursday) and Wednesday the day before", () => {
    const thursday = times.find((t) => t.span.text === "Thursday")!;
    const wednesday = times.find((t) => t.span.text === "Wednesday")!;
    expect(thursday.value).toBe(article.published.date);
    expect(new Date(`${thursday.value}T00:00:00Z`).getUTCDay()).toBe(4);
    expect(new Date(`${wednesday.value}T00:00:00Z`).getUTCDay()).toBe(3);
  });

  it("anchor only to other times, without cycles, and explain every value", () => {
    for (const t of times) {
      expect(t.basis.length, t.id).toBeGreaterThan(20);
      const seen = new Set<string>([t.id]);
      for (let a = t.anchor; a !== undefined; a = timeById.get(a)?.anchor) {
        expect(seen.has(a), `${t.id}: anchor cycle`).toBe(false);
        seen.add(a);
      }
    }
  });

  it("include every clock time, weekday and year in the text", () => {
    const weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    const pattern = String.raw`\b(\d{1,2}(:\d{2})? p\.m\.|\d{4}(EST| GMT)|${weekday}|\d{4}–\d{4})`;
    const expressions = [...text.matchAll(new RegExp(pattern, "g"))];
    for (const m of expressions) {
      expect(
        times.some((t) => t.span.start <= m.index && m.index + m[0].length <= t.span.end),
        `"${m[0]}" at ${m.index}`,
      ).toBe(true);
    }
  });
});

describe("notes", () => {
  it("flag the EST label, which cannot be right for a July date", () => {
    const est = article.notes.find((n) => n.span.text.includes("EST"));
    expect(est?.kind).toBe("error");
    expect(est?.message).toMatch(/EDT/);
  });

  it("each say what is wrong and the reading adopted", () => {
    for (const n of article.notes) expect(n.message.length, n.id).toBeGreaterThan(40);
  });
});
