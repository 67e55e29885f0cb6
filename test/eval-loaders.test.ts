import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { toBrat, toConll2012, toSpacy } from "../src/formats/index.js";
import { Conll2012ParseError } from "../src/eval/parse-conll2012.js";
import { loadBrat } from "../src/eval/load-brat.js";
import { loadConll2012 } from "../src/eval/load-conll2012.js";
import { loadSpacy } from "../src/eval/load-spacy.js";
import { scoreAll } from "../src/eval/score-all.js";
import { PredictionsError } from "../src/eval/validate.js";
import { parseArticle } from "../src/schema/index.js";
import { emojiArticle } from "./support/formats-articles.js";

const ones = (scores: object) => Object.values(scores as Record<string, { f1: number }>).map((s) => s.f1);

describe("loaders round-trip the package's own exports to perfect scores", () => {
  it("brat: mentions, coreference and every claim part and label", () => {
    const scores = scoreAll(loadBrat(toBrat().ann, article));
    expect(scores.mentions.exact.f1).toBe(1);
    for (const type of Object.values(scores.mentions.byType)) expect(type!.exact.f1).toBe(1);
    expect(ones(scores.coreference)).toEqual([1, 1, 1, 1, 1, 1]);
    expect([
      scores.attribution.content.exact.f1,
      scores.attribution.source.exact.f1,
      scores.attribution.cue.exact.f1,
    ]).toEqual([1, 1, 1]);
    expect([
      scores.attribution.factuality.accuracy,
      scores.attribution.polarity.accuracy,
      scores.attribution.quote.accuracy,
    ]).toEqual([1, 1, 1]);
    expect(scores.attribution.factuality.compared).toBe(article.claims.length);
  });

  it("brat with Windows line endings reads the same", () => {
    const scores = scoreAll(loadBrat(toBrat().ann.replace(/\n/g, "\r\n"), article));
    expect(scores.mentions.exact.f1).toBe(1);
    expect(scores.attribution.cue.exact.f1).toBe(1);
  });

  it("spaCy with extensions: every layer including time values", () => {
    const scores = scoreAll(loadSpacy(JSON.parse(JSON.stringify(toSpacy(article, { extensions: true }))), article));
    expect(scores.mentions.exact.f1).toBe(1);
    expect(scores.coreference.conll.f1).toBe(1);
    expect(scores.attribution.cue.exact.f1).toBe(1);
    expect(scores.attribution.source.exact.f1).toBe(1);
    expect(scores.attribution.factuality.accuracy).toBe(1);
    expect(scores.times.exact.f1).toBe(1);
    expect(scores.times.valueAccuracy).toBe(1);
    expect(scores.times.valuesCompared).toBe(article.times.length);
  });

  it("spaCy without extensions: spans score 1 and labels are not compared", () => {
    const scores = scoreAll(loadSpacy(toSpacy(), article));
    expect(scores.mentions.exact.f1).toBe(1);
    expect(scores.coreference.conll.f1).toBe(1);
    expect(scores.attribution.factuality.compared).toBe(0);
  });

  it("CoNLL-2012: mentions and coreference", () => {
    const scores = scoreAll(loadConll2012(toConll2012(), article));
    expect(scores.mentions.exact.f1).toBe(1);
    expect(ones(scores.coreference)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("convert code points to UTF-16 offsets on an article with an emoji", () => {
    const doc = parseArticle(emojiArticle());
    for (const predictions of [
      loadBrat(toBrat(doc).ann, doc),
      loadSpacy(toSpacy(doc), doc),
      loadConll2012(toConll2012(doc), doc),
    ]) {
      const scores = scoreAll(predictions, doc);
      expect(scores.mentions.exact.f1).toBe(1);
      for (const m of predictions.mentions!)
        expect(doc.mentions.some((g) => g.span.start === m.start && g.span.end === m.end)).toBe(true);
    }
  });
});

describe("loaders reject bad input with every problem named", () => {
  it("brat: unknown types, bad offsets and dangling event roles", () => {
    const ann = [
      "T1\tPlanet 0 9\tAccording",
      "T2\tPerson 0 99999\tx",
      "T3\tClaim 0 9\tAccording",
      "E1\tClaim:T3 Source:T9",
      "T4 broken",
    ].join("\n");
    try {
      loadBrat(ann, article);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PredictionsError);
      const problems = (error as PredictionsError).problems;
      expect(problems).toContainEqual(expect.stringMatching(/^line 2 \(T2\): expected an integer code point offset/));
      expect(problems).toContainEqual("line 4 (E1): Source refers to unknown annotation T9");
      expect(problems).toContainEqual(
        'line 1 (T1): unknown type "Planet" (expected an entity type such as Person, or Claim, Cue, Quote)',
      );
      expect(problems).toContainEqual('line 5 (T4 broken): expected "T<n><TAB>Type start end<TAB>text"');
    }
  });

  it("spaCy: a Doc of another text", () => {
    expect(() => loadSpacy({ text: "something else" }, article)).toThrow(PredictionsError);
  });

  it("CoNLL-2012: a word that does not continue the article", () => {
    const conll = toConll2012().replace(/\tAccording\t/, "\tAccordingly\t");
    expect(() => loadConll2012(conll, article)).toThrow(Conll2012ParseError);
    expect(() => loadConll2012(conll, article)).toThrow(
      /word "Accordingly" does not continue the article text at offset 0/,
    );
  });
});
