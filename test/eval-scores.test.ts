import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { cohensKappa } from "../src/eval/kappa.js";
import { goldAsPredictions } from "../src/eval/gold.js";
import type { Predictions } from "../src/eval/predictions.js";
import { scoreAll, type AllScores } from "../src/eval/score-all.js";
import { PredictionsError } from "../src/eval/validate.js";

const gold = () =>
  structuredClone(goldAsPredictions(article)) as Predictions &
    Required<Pick<Predictions, "mentions" | "claims" | "times">>;
const perfect = scoreAll(gold());

/** Every leaf number of the scores, by path, for comparing two score sets. */
function leaves(value: unknown, path = ""): Record<string, number> {
  if (typeof value === "number") return { [path]: value };
  if (value === null || typeof value !== "object") return {};
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => leaves(v, path ? `${path}.${k}` : k)));
}

/** The score paths that changed from the perfect scores, and whether each went down. */
function changed(scores: AllScores): Record<string, "lower" | "higher"> {
  const before = leaves(perfect);
  const after = leaves(scores);
  const diff: Record<string, "lower" | "higher"> = {};
  for (const [path, value] of Object.entries(after)) {
    const old = before[path]!;
    if (Number.isNaN(value) && Number.isNaN(old)) continue;
    if (Math.abs(value - old) > 1e-12) diff[path] = value < old ? "lower" : "higher";
  }
  return diff;
}
const layersChanged = (scores: AllScores) =>
  [...new Set(Object.keys(changed(scores)).map((p) => p.split(".")[0]))].sort();

describe("the gold annotation scored against itself", () => {
  it("is 1 on every metric", () => {
    const values = Object.entries(leaves(perfect)).filter(
      ([path]) => !/(matchedClaims|compared|valuesCompared)$/.test(path),
    );
    expect(values.length).toBeGreaterThan(50);
    for (const [path, value] of values) expect(value, path).toBe(1);
  });
});

describe("damaged copies lower exactly the metrics they should", () => {
  it("a split cluster lowers coreference recall only", () => {
    const p = gold();
    let n = 0;
    for (const m of p.mentions) if (m.cluster === "kim-jong-un" && n++ % 2 === 0) m.cluster = "kim-jong-un-split";
    const scores = scoreAll(p);
    expect(layersChanged(scores)).toEqual(["coreference"]);
    expect(scores.coreference.muc.recall).toBeLessThan(1);
    expect(scores.coreference.muc.precision).toBe(1);
    expect(scores.coreference.bcub.precision).toBe(1);
    expect(scores.coreference.conll.f1).toBeLessThan(1);
  });

  it("a merged cluster lowers coreference precision only", () => {
    const p = gold();
    for (const m of p.mentions) if (m.cluster === "sergei-shoigu") m.cluster = "kim-jong-un";
    const scores = scoreAll(p);
    expect(layersChanged(scores)).toEqual(["coreference"]);
    expect(scores.coreference.muc.recall).toBe(1);
    expect(scores.coreference.bcub.recall).toBe(1);
    expect(scores.coreference.muc.precision).toBeLessThan(1);
    expect(scores.coreference.bcub.precision).toBeLessThan(1);
  });

  it("a dropped mention lowers mention recall and coreference recall, not precision", () => {
    const p = gold();
    const index = p.mentions.findIndex((m) => m.cluster === "kim-jong-un");
    const dropped = p.mentions.splice(index, 1)[0]!;
    const scores = scoreAll(p);
    expect(layersChanged(scores)).toEqual(["coreference", "mentions"]);
    expect(scores.mentions.exact.recall).toBeCloseTo((article.mentions.length - 1) / article.mentions.length, 12);
    expect(scores.mentions.exact.precision).toBe(1);
    expect(scores.mentions.byType[dropped.type!]!.exact.recall).toBeLessThan(1);
    expect(scores.mentions.byType.country!.exact.recall).toBe(1);
    expect(scores.coreference.muc.precision).toBe(1);
  });

  it("a shifted span misses exactly but still overlaps", () => {
    const p = gold();
    const m = p.mentions.find((x) => x.text === "the isolated nation")!;
    m.start += 4; // "isolated nation"
    delete m.text;
    const scores = scoreAll(p);
    expect(scores.mentions.exact.f1).toBeLessThan(1);
    expect(scores.mentions.overlap.f1).toBe(1);
    expect(changed(scores)).toHaveProperty("mentions.exact.recall", "lower");
    expect(layersChanged(scores)).toEqual(["coreference", "mentions"]);
  });

  it("a flipped polarity lowers polarity agreement only", () => {
    const p = gold();
    const claim = p.claims.find((c) => c.polarity === "negative")!;
    claim.polarity = "positive";
    const scores = scoreAll(p);
    expect(Object.keys(changed(scores)).sort()).toEqual([
      "attribution.polarity.accuracy",
      "attribution.polarity.kappa",
    ]);
    expect(scores.attribution.polarity.accuracy).toBeCloseTo((article.claims.length - 1) / article.claims.length, 12);
  });

  it("a wrong time value lowers value accuracy only, and an equal instant in another offset does not", () => {
    const p = gold();
    const eight = p.times.find((t) => t.value === "2023-07-27T20:00+09:00")!;
    eight.value = "2023-07-27T11:00Z";
    expect(layersChanged(scoreAll(p))).toEqual([]);
    eight.value = "2023-07-27T20:00Z";
    expect(Object.keys(changed(scoreAll(p)))).toEqual(["times.valueAccuracy"]);
  });

  it("a claim in the author's voice given a source lowers source precision and agreement", () => {
    const p = gold();
    const authorClaim = p.claims.find((c) => c.source === null)!;
    authorClaim.source = { start: authorClaim.content.start, end: authorClaim.content.start + 3 };
    const scores = scoreAll(p);
    expect(scores.attribution.source.exact.precision).toBeLessThan(1);
    expect(scores.attribution.source.exact.recall).toBe(1);
    expect(scores.attribution.sourceAgreement).toBeLessThan(1);
  });
});

describe("invalid predictions", () => {
  it("are rejected with every problem listed, never scored as zero", () => {
    const bad = {
      mentions: [
        { start: 2700, end: 2800 },
        { start: 10, end: 5 },
        { start: 0, end: 3, text: "Kim" },
        { start: 0, end: 3, type: "planet" },
      ],
    };
    let error: unknown;
    try {
      scoreAll(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PredictionsError);
    expect((error as PredictionsError).problems).toEqual([expect.stringMatching(/^mentions\.3\.type: /)]);
    delete (bad.mentions[3] as { type?: string }).type;
    expect(() => scoreAll(bad)).toThrow(PredictionsError);
    try {
      scoreAll(bad);
    } catch (e) {
      expect((e as PredictionsError).problems).toEqual([
        "mentions[0]: end 2800 is past the end of the text (length 2709)",
        "mentions[1]: start 10 is after end 5",
        'mentions[2]: text "Kim" is not the text at 0-3: "Acc"',
      ]);
    }
  });

  it("for another text are rejected by their textSha256", () => {
    expect(() => scoreAll({ textSha256: "0".repeat(64) })).toThrow(/textSha256: 0{64} is not the article's/);
  });
});

describe("Cohen's kappa", () => {
  it("matches a worked example and its limits", () => {
    // Observed 0.7; chance (0.5·0.6 + 0.5·0.4) = 0.5; kappa = 0.4.
    const pairs: [string, string][] = [
      ...Array<[string, string]>(4).fill(["yes", "yes"]),
      ...Array<[string, string]>(1).fill(["yes", "no"]),
      ...Array<[string, string]>(2).fill(["no", "yes"]),
      ...Array<[string, string]>(3).fill(["no", "no"]),
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 12);
    expect(
      cohensKappa([
        ["a", "a"],
        ["a", "a"],
      ]),
    ).toBe(1);
    expect(Number.isNaN(cohensKappa([]))).toBe(true);
  });
});
