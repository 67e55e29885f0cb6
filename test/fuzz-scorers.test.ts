import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { scoreCommand } from "../src/cli/score.js";
import { scoreClusters, scoreDocuments } from "../src/eval/coreference.js";
import { MAX_ASSIGNMENT_CELLS, MAX_PREDICTED_ITEMS, ScoringLimitError } from "../src/eval/limits.js";
import { scoreAll } from "../src/eval/score-all.js";
import { PredictionsError } from "../src/eval/validate.js";
import { article } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "kim-shoigu-fuzz-score-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

function scoreJson(value: unknown) {
  const path = join(dir, `predictions-${fileCount++}.json`);
  writeFileSync(path, JSON.stringify(value));
  const result = scoreCommand(path, "json", false);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return { ...result, path };
}

const n = article.text.length;

describe("score on predictions the limits refuse: exit 1, one line naming what and where", () => {
  it("more mentions than the item limit", () => {
    const mentions = Array.from({ length: MAX_PREDICTED_ITEMS + 1 }, (_, i) => ({ start: i % n, end: i % n }));
    const result = scoreJson({ mentions });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${result.path}: mentions: ${
        MAX_PREDICTED_ITEMS + 1
      } items, more than the ${MAX_PREDICTED_ITEMS} that are scored\n`,
    );
  });

  it("a response-only span listed twice among thousands is scored, not refused", () => {
    const mentions = Array.from({ length: 5000 }, (_, i) => ({
      start: i % (n - 2),
      end: (i % (n - 2)) + 2,
      cluster: `c${i % 300}`,
    }));
    const gold = new Set(article.mentions.map((m) => `${m.span.start}-${m.span.end}`));
    const kept = mentions.filter((m) => !gold.has(`${m.start}-${m.end}`));
    const result = scoreJson({ mentions: [...kept, { start: 0, end: 1 }, { start: 0, end: 1 }] });
    expect(result.code).toBe(0);
  });

  it("spans overlapping in more pairs than the limit: cannot score, not invalid predictions", () => {
    // 100,000 distinct spans, each covering the middle of the text and so every gold mention there.
    const mentions = Array.from({ length: 100_000 }, (_, i) => ({
      start: i % 1000,
      end: n - 1 - Math.floor(i / 1000),
    }));
    const result = scoreJson({ mentions });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `kim-shoigu-2023: ${result.path}: cannot score: ` +
        `more than ${MAX_ASSIGNMENT_CELLS} pairs of gold and predicted spans overlap\n`,
    );
  });

  it("clusters linked into one group too large to align: a ScoringLimitError naming the group's size", () => {
    const key = Array.from({ length: 1000 }, (_, i) => [`${2 * i}-0`, `${2 * i + 1}-0`]);
    const response = Array.from({ length: 1000 }, (_, i) => [`${2 * i + 1}-0`, `${2 * i + 2}-0`]);
    expect(() => scoreClusters(key, response)).toThrow(ScoringLimitError);
    expect(() => scoreClusters(key, response)).toThrow(
      /^1000 × 1000 key and response clusters are linked into one group/,
    );
  });
});

describe("internal failures are not reported as the user's invalid input", () => {
  it("a RangeError from inside the scorers propagates instead of becoming exit 1", async () => {
    vi.resetModules();
    vi.doMock("../src/eval/score-all.js", () => ({
      scoreAll: () => {
        throw new RangeError("Invalid array length");
      },
    }));
    const { scoreCommand: mocked } = await import("../src/cli/score.js");
    const path = join(dir, "ok.json");
    writeFileSync(path, "{}");
    expect(() => mocked(path, "json", false)).toThrow("Invalid array length");
    vi.doUnmock("../src/eval/score-all.js");
    vi.resetModules();
  });
});

describe("random hostile predictions: scored, or refused with a PredictionsError naming paths", () => {
  const spanArb = fc.record(
    {
      start: fc.oneof(fc.nat(n + 5), fc.integer(), fc.double(), fc.string()),
      end: fc.oneof(fc.nat(n + 5), fc.constant(-1)),
      text: fc.string(),
      cluster: fc.oneof(fc.string(), fc.nat()),
      type: fc.string(),
    },
    { requiredKeys: ["start", "end"] },
  );
  const predictionsArb = fc.record(
    {
      textSha256: fc.oneof(fc.string(), fc.constant(article.textSha256)),
      mentions: fc.oneof(fc.array(spanArb, { maxLength: 8 }), fc.jsonValue()),
      claims: fc.oneof(
        fc.array(
          fc.record(
            { content: spanArb, source: fc.oneof(spanArb, fc.constant(null)), cue: spanArb },
            { requiredKeys: ["content"] },
          ),
          { maxLength: 4 },
        ),
        fc.jsonValue(),
      ),
      times: fc.oneof(fc.array(spanArb, { maxLength: 4 }), fc.jsonValue()),
    },
    { requiredKeys: [] },
  );

  it("scoreAll", () => {
    fc.assert(
      fc.property(fc.oneof(predictionsArb, fc.jsonValue()), (input) => {
        try {
          scoreAll(input);
        } catch (error) {
          if (!(error instanceof PredictionsError)) throw error;
          for (const problem of error.problems)
            expect(problem).toMatch(/^(\(root\)|textSha256|mentions|claims|times)[.[:]/);
        }
      }),
      { seed: 31 },
    );
  });

  it("scoreDocuments on random clusters over a few mention keys, repeats included", () => {
    const clustersArb = fc.array(
      fc.array(fc.constantFrom("0-0", "1-2", "3-3", "constructor", "__proto__", "toString"), { maxLength: 6 }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.array(fc.record({ key: clustersArb, response: clustersArb }), { maxLength: 3 }), (documents) => {
        try {
          const scores = scoreDocuments(documents);
          // A key cluster listing a mention twice is refused (the reference scorer would count
          // it twice, past 1); every score of what is scored is in [0, 1].
          for (const value of [scores.muc, scores.bcub, scores.ceafm, scores.ceafe, scores.blanc].flatMap((s) => [
            s.recall,
            s.precision,
            s.f1,
          ])) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1 + 1e-12);
          }
        } catch (error) {
          if (!(error instanceof ScoringLimitError && error.limit === "repeated-mentions")) throw error;
        }
      }),
      { seed: 32 },
    );
  });
});
