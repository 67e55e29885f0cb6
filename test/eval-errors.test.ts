import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { findErrors } from "../src/eval/errors/index.js";
import { errorsAsText } from "../src/eval/errors/text.js";
import { goldAsPredictions } from "../src/eval/gold.js";
import type { Predictions } from "../src/eval/predictions.js";
import { scoreAllWithErrors } from "../src/eval/score-all.js";
import { checkPredictions } from "../src/eval/validate.js";
import type { ErrorSpan, ScoreErrors } from "../src/eval/errors/types.js";
import { randomArticle } from "./support/random-article.js";
import type { FullPredictions } from "./support/damage.js";

const gold = () => structuredClone(goldAsPredictions(article)) as FullPredictions;
const errorsOf = (p: Predictions) => scoreAllWithErrors(p).errors;
const find = (text: string, from = 0) => {
  const start = article.text.indexOf(text, from);
  if (start < 0) throw new Error(`not in the article: ${text}`);
  return { start, end: start + text.length };
};
const counts = (errors: ScoreErrors) =>
  Object.fromEntries(
    Object.entries(errors).flatMap(([layer, lists]) =>
      Object.entries(lists as Record<string, unknown[]>).map(([k, v]) => [`${layer}.${k}`, v.length]),
    ),
  );
const nonZero = (errors: ScoreErrors) => Object.fromEntries(Object.entries(counts(errors)).filter(([, n]) => n > 0));

/** Every ErrorSpan inside a value (objects with start, end, text and sentence). */
function spansIn(value: unknown): ErrorSpan[] {
  if (value === null || typeof value !== "object") return [];
  if ("sentence" in value && "start" in value) return [value as ErrorSpan];
  return Object.values(value).flatMap(spansIn);
}

describe("findErrors on the gold and on single damages", { timeout: 60_000 }, () => {
  it("finds no error in the gold annotation", () => {
    expect(nonZero(errorsOf(gold()))).toEqual({});
  });

  it("a dropped mention is missed, with its mention id, entity, type and sentence", () => {
    const p = gold();
    const i = p.mentions.findIndex((m) => m.text === "the isolated nation");
    p.mentions.splice(i, 1);
    const e = errorsOf(p);
    expect(nonZero(e)).toEqual({ "mentions.missed": 1 });
    const missed = e.mentions.missed[0]!.gold;
    expect(missed).toMatchObject({
      text: "the isolated nation",
      entityId: "north-korea",
      type: "country",
      mentionId: article.mentions[i]!.id,
    });
    expect(missed.sentence?.text).toContain("commemorates the 70th anniversary");
  });

  it("a shortened mention is a boundary error carrying both spans; a retyped one a type error", () => {
    const p = gold();
    const kim = p.mentions.find((m) => m.text === "Kim Jong Un")!;
    Object.assign(kim, { end: kim.end - 3, text: "Kim Jong" });
    p.mentions.find((m) => m.text === "Pyongyang")!.type = "country";
    const e = errorsOf(p);
    expect(nonZero(e)).toEqual({ "mentions.boundary": 1, "mentions.type": 1 });
    expect(e.mentions.boundary[0]).toMatchObject({ gold: { text: "Kim Jong Un" }, predicted: { text: "Kim Jong" } });
    expect(e.mentions.type[0]).toMatchObject({
      gold: { text: "Pyongyang", type: "city" },
      predicted: { type: "country" },
    });
  });

  it("a prediction equal to a nested gold mention is an exact match, not a boundary error of the outer one", () => {
    const inner = find("Ukraine", find("the conflict in Ukraine").start);
    const e = findErrors(checkPredictions({ mentions: [inner] }, article), article);
    expect(e.mentions.boundary).toEqual([]);
    expect(e.mentions.missed.map((m) => m.gold.text)).toContain("the conflict in Ukraine");
    expect(e.mentions.missed.some((m) => m.gold.start === inner.start && m.gold.end === inner.end)).toBe(false);
  });

  it("an added mention is spurious", () => {
    const p = gold();
    p.mentions.push({ ...find("warm"), type: "event" });
    const e = errorsOf(p);
    expect(nonZero(e)).toEqual({ "mentions.spurious": 1 });
    expect(e.mentions.spurious[0]!.predicted).toMatchObject({
      text: "warm",
      type: "event",
      index: p.mentions.length - 1,
    });
  });

  it("a split chain lists the predicted clusters it is spread over; a merge the chains a cluster joins", () => {
    const p = gold();
    let n = 0;
    for (const m of p.mentions) if (m.cluster === "kim-jong-un" && n++ % 2 === 0) m.cluster = "kim-2";
    for (const m of p.mentions) if (m.cluster === "sergei-shoigu") m.cluster = "russia";
    const e = errorsOf(p);
    expect(nonZero(e)).toEqual({ "coreference.split": 1, "coreference.merged": 1 });
    const split = e.coreference.split[0]!;
    expect(split.entityId).toBe("kim-jong-un");
    expect(split.clusters.map((c) => c.cluster).sort()).toEqual(["kim-2", "kim-jong-un"]);
    expect(split.clusters.flatMap((c) => c.mentions)).toHaveLength(
      article.mentions.filter((m) => m.entityId === "kim-jong-un").length,
    );
    const merged = e.coreference.merged[0]!;
    expect(merged.cluster).toBe("russia");
    expect(merged.chains.map((c) => c.entityId).sort()).toEqual(["russia", "sergei-shoigu"]);
  });

  it("claims: a dropped claim is missed, a moved cue a boundary error, a changed label a label error", () => {
    const p = gold();
    p.claims.splice(0, 1);
    const withCue = p.claims.findIndex((c) => c.cue);
    p.claims[withCue]!.cue = { start: p.claims[withCue]!.cue!.start + 1, end: p.claims[withCue]!.cue!.end };
    const goldPolarity = p.claims[1]!.polarity;
    p.claims[1]!.polarity = goldPolarity === "negative" ? "positive" : "negative";
    const e = errorsOf(p);
    expect(nonZero(e)).toEqual({ "claims.missed": 1, "claims.boundary": 1, "claims.labels": 1 });
    expect(e.claims.missed[0]!.gold.claimId).toBe(article.claims[0]!.id);
    expect(e.claims.boundary[0]).toMatchObject({
      part: "cue",
      goldClaim: { claimId: article.claims[withCue + 1]!.id },
    });
    expect(e.claims.labels[0]).toMatchObject({
      label: "polarity",
      gold: goldPolarity,
      goldClaim: { claimId: article.claims[2]!.id },
    });
  });

  it("a source the prediction leaves out is a source error with no predicted span", () => {
    const p = gold();
    const i = p.claims.findIndex((c) => c.source);
    p.claims[i]!.source = null;
    const e = errorsOf(p);
    expect(e.claims.boundary).toEqual([expect.objectContaining({ part: "source", predicted: null })]);
    expect(e.claims.boundary[0]!.gold?.text).toBe(goldAsPredictions(article).claims![i]!.source!.text);
  });

  it("times: dropped, added and revalued expressions; the same instant written otherwise is no error", () => {
    const p = gold();
    p.times.splice(0, 1);
    p.times[0]!.value = "1999-01-01";
    const eight = p.times.find((t) => t.text === "around 8 p.m.")!;
    eight.value = "2023-07-27T11:00Z";
    p.times.push(find("night"));
    const e = errorsOf(p);
    expect(nonZero(e)).toEqual({ "times.missed": 1, "times.spurious": 1, "times.value": 1 });
    expect(e.times.missed[0]!.gold.timeId).toBe(article.times[0]!.id);
    expect(e.times.value[0]).toMatchObject({
      gold: { value: article.times[1]!.value },
      predicted: { value: "1999-01-01" },
    });
  });

  it("every span of every error slices its text from the article and lies in its sentence", () => {
    const p = gold();
    p.mentions.splice(3, 5);
    p.mentions.push({ start: 0, end: 30 }, { start: 1000, end: 1000 });
    p.claims.splice(2, 3);
    p.claims.push({ content: { start: 500, end: 560 }, source: { start: 10, end: 20 } });
    p.times.push({ start: 40, end: 45, value: "2020" });
    const spans = spansIn(errorsOf(p));
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) {
      expect(s.text).toBe(article.text.slice(s.start, s.end));
      const sentence = article.sentences.find((x) => x.id === s.sentence?.id)!;
      expect(s.sentence?.text).toBe(sentence.span.text);
      expect(sentence.span.start <= s.start && s.start <= sentence.span.end).toBe(true);
    }
  });

  it("errorsAsText names every error, grouped by layer, the words bracketed in their sentence", () => {
    const p = gold();
    p.mentions.splice(
      p.mentions.findIndex((m) => m.text === "the isolated nation"),
      1,
    );
    p.times[0]!.value = "1999-01-01";
    const text = errorsAsText(errorsOf(p));
    expect(text).toContain("Mentions: 1 missed, 0 spurious, 0 boundary, 0 type");
    expect(text).toMatch(
      /missed {4}“the isolated nation” \(country, north-korea\) {2}s\d+: .*\[the isolated nation\] commemorates/,
    );
    expect(text).toContain("Times: 0 missed, 0 spurious, 1 value");
    expect(text.split("\n").filter((l) => l.startsWith("  "))).toHaveLength(2);
  });

  it("on random valid articles, the gold finds no error and dropping everything misses everything", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const doc = randomArticle(g);
        expect(nonZero(findErrors(checkPredictions(goldAsPredictions(doc), doc), doc))).toEqual({});
        const none = findErrors({}, doc);
        expect([none.mentions.missed.length, none.claims.missed.length, none.times.missed.length]).toEqual([
          doc.mentions.length,
          doc.claims.length,
          doc.times.length,
        ]);
      }),
      { seed: 18, numRuns: 150 },
    );
  });

  it("returns fresh values: changing one result does not change the next", () => {
    const p = gold();
    p.mentions.splice(0, 1);
    const first = errorsOf(p);
    (first.mentions.missed[0]!.gold as { text: string }).text = "changed";
    (first.mentions.missed as unknown[]).length = 0;
    expect(errorsOf(p).mentions.missed[0]!.gold.text).toBe(article.mentions[0]!.span.text);
  });
});
