import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { scoreAll } from "../src/eval/score-all.js";
import { checkPredictions } from "../src/eval/validate.js";
import { baseline } from "../scripts/example-baseline.js";
import { repoRoot } from "./support/paths.js";

// A sanity check of the shipped example system, not a benchmark: it runs, its output is valid
// predictions, it scores somewhere between nothing and everything, and it cannot see the gold.

const predictions = baseline(article.text);
const scores = scoreAll(predictions);
const between = (x: number) => x > 0 && x < 1;

describe("the example baseline (scripts/example-baseline.ts)", () => {
  it("writes predictions that pass checkPredictions, with the article's text hash", () => {
    expect(() => checkPredictions(predictions, article)).not.toThrow();
    expect(predictions.textSha256).toBe(article.textSha256);
    expect(predictions.mentions?.length).toBeGreaterThan(0);
    expect(predictions.claims?.length).toBeGreaterThan(0);
    for (const m of predictions.mentions ?? []) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });

  it("scores strictly between 0 and 1 on mentions and CoNLL coreference", () => {
    for (const s of [scores.mentions.exact, scores.mentions.overlap]) {
      expect(between(s.recall), `recall ${s.recall}`).toBe(true);
      expect(between(s.f1), `F1 ${s.f1}`).toBe(true);
    }
    expect(between(scores.coreference.conll.f1), `CoNLL F1 ${scores.coreference.conll.f1}`).toBe(true);
    expect(between(scores.attribution.content.overlap.f1)).toBe(true);
  });

  it("is a function of the text alone", () => {
    expect(baseline(article.text)).toEqual(predictions);
    expect(baseline("")).toMatchObject({ mentions: [], claims: [] });
  });

  it("never reads the gold annotation: no import of src/generated or data/, and only article.text used", () => {
    const source = readFileSync(join(repoRoot, "scripts", "example-baseline.ts"), "utf8");
    const imports = [...source.matchAll(/^\s*import\b[^;]*?from\s+["']([^"']+)["']/gmu)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const path of imports) {
      expect(path, path).not.toMatch(/generated|(^|\/)data(\/|$)|\.json$/u);
      expect(path, path).not.toMatch(/\/eval\/(gold|score-all|coreference-score|mentions|attribution|times)/u);
    }
    expect(source).not.toMatch(/readFileSync|\bimport\(/u);
    // The article object is used for its text only.
    const uses = [...source.matchAll(/\barticle\.(\w+)/gu)].map((m) => m[1]);
    expect(new Set(uses)).toEqual(new Set(["text"]));
  });
});
