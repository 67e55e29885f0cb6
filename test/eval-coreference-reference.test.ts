import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { bcub } from "../src/eval/bcub.js";
import { blanc } from "../src/eval/blanc.js";
import { ceafe, ceafm } from "../src/eval/ceaf.js";
import { scoreClusters, scoreDocuments } from "../src/eval/coreference.js";
import { muc } from "../src/eval/muc.js";
import { pairDocuments } from "../src/eval/pair-documents.js";
import { parseConll2012 } from "../src/eval/parse-conll2012.js";
import { expectScoresNear, FIXTURES, readFixture } from "./support/coreference-scoring.js";

const ExpectedValuesSchema = z.object({
  recall: z.number(),
  precision: z.number(),
  f1: z.number(),
  expressions: z.array(z.string()).length(3),
});
const METRICS = ["muc", "bcub", "ceafm", "ceafe", "blanc"] as const;
const ExpectedFileSchema = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      keyFile: z.string(),
      responseFile: z.string(),
      expected: z.partialRecord(z.enum(METRICS), ExpectedValuesSchema),
    }),
  ),
});

const expectedFile = ExpectedFileSchema.parse(JSON.parse(readFileSync(new URL("expected.json", FIXTURES), "utf8")));

describe("reference scorer test cases (test/CorefMetricTestConfig.pm)", () => {
  it("covers every case and metric the Perl test suite runs", () => {
    expect(expectedFile.cases.map((c) => c.id)).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `A${i + 1}`),
      ..."BCDEFGHIJKL".split("").map((letter) => `${letter}1`),
      ...Array.from({ length: 6 }, (_, i) => `M${i + 1}`),
      ...Array.from({ length: 6 }, (_, i) => `N${i + 1}`),
    ]);
    const expectations = expectedFile.cases.reduce((n, c) => n + Object.keys(c.expected).length, 0);
    expect(expectations).toBe(91);
  });

  for (const testCase of expectedFile.cases) {
    describe(`${testCase.id}: ${testCase.keyFile} vs ${testCase.responseFile}`, () => {
      const score = () => {
        const key = parseConll2012(readFixture(testCase.keyFile));
        const response = parseConll2012(readFixture(testCase.responseFile));
        return scoreDocuments(pairDocuments(key, response));
      };
      for (const metric of METRICS) {
        const expected = testCase.expected[metric];
        if (expected === undefined) continue;
        it(`${metric} = [${expected.expressions.join(", ")}]`, () => {
          expectScoresNear(score()[metric], expected, `${testCase.id} ${metric}`);
        });
      }
    });
  }

  it("gives the same scores per metric function as scoreClusters on one document", () => {
    const [key] = parseConll2012(readFixture("DataFiles/TC-A.key"));
    const [response] = parseConll2012(readFixture("DataFiles/TC-A-4.response"));
    if (key === undefined || response === undefined) throw new Error("fixture has no document");
    const all = scoreClusters(key.clusters, response.clusters);
    expect(muc(key.clusters, response.clusters)).toEqual(all.muc);
    expect(bcub(key.clusters, response.clusters)).toEqual(all.bcub);
    expect(ceafm(key.clusters, response.clusters)).toEqual(all.ceafm);
    expect(ceafe(key.clusters, response.clusters)).toEqual(all.ceafe);
    expect(blanc(key.clusters, response.clusters)).toEqual(all.blanc);
    expect(all.conll.f1).toBeCloseTo((all.muc.f1 + all.bcub.f1 + all.ceafe.f1) / 3, 12);
  });
});
