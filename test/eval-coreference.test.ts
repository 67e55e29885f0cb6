import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type Cluster, MAX_REPEATED_RESPONSE_MENTIONS } from "../src/eval/align.js";
import { bcub } from "../src/eval/bcub.js";
import { blanc, blancFromCounts } from "../src/eval/blanc.js";
import { ceafe, ceafm } from "../src/eval/ceaf.js";
import { countMetrics, scoreClusters, scoreDocuments } from "../src/eval/coreference.js";
import { mentionKey } from "../src/eval/mention-key.js";
import { muc } from "../src/eval/muc.js";
import { pairDocuments } from "../src/eval/pair-documents.js";
import { Conll2012ParseError, parseConll2012 } from "../src/eval/parse-conll2012.js";
import { type PRF, prfFromCounts } from "../src/eval/prf.js";
import { maximizeAssignment } from "../src/eval/hungarian.js";

const FIXTURES = new URL("./fixtures/reference-coreference-scorers/", import.meta.url);
/** The reference harness (test/test.pl) allows a summed absolute difference of 1e-4. */
const TOLERANCE = 1e-4;

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

function readFixture(path: string): string {
  return readFileSync(new URL(path, FIXTURES), "utf8");
}

/** Asserts each of recall, precision and F1 is within `TOLERANCE` of the expected value. */
function expectScoresNear(actual: PRF, expected: PRF, label: string): void {
  for (const part of ["recall", "precision", "f1"] as const) {
    const difference = Math.abs(actual[part] - expected[part]);
    expect(difference, `${label} ${part}: actual ${actual[part]}, expected ${expected[part]}`).toBeLessThanOrEqual(
      TOLERANCE,
    );
  }
}

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

describe("coreference metrics", () => {
  it("matches the worked examples of the API documentation", () => {
    expectScoresNear(muc([["0-1", "3-6"]], [["0-1", "3-6", "9-9"]]), prf(1, 0.5), "muc");
    expectScoresNear(bcub([["a", "b"]], [["a"], ["b"]]), prf(0.5, 1), "bcub");
    expectScoresNear(ceafm([["a", "b", "c"]], [["a", "b"], ["c"]]), prf(2 / 3, 2 / 3), "ceafm");
    expectScoresNear(ceafe([["a", "b", "c"]], [["a", "b"], ["c"]]), prf(0.8, 0.4), "ceafe");
    expectScoresNear(
      blanc([["a", "b"], ["c"]], [["a", "b", "c"]]),
      { recall: 0.5, precision: 1 / 6, f1: 0.25 },
      "blanc",
    );
    expect(countMetrics([{ key: [["a", "b", "c"]], response: [["a", "b"]] }]).muc).toEqual({
      recallNumerator: 1,
      recallDenominator: 2,
      precisionNumerator: 1,
      precisionDenominator: 1,
    });
    expect(
      scoreDocuments([
        { key: [["0-0", "2-2"]], response: [["0-0", "2-2"]] },
        { key: [["1-1", "5-6"]], response: [["1-1"], ["5-6"]] },
      ]).muc.recall,
    ).toBe(0.5);
  });

  it("scores 0, not NaN, when there is nothing to score", () => {
    const zero = { recall: 0, precision: 0, f1: 0 };
    expect(scoreClusters([], [])).toEqual({
      muc: zero,
      bcub: zero,
      ceafm: zero,
      ceafe: zero,
      blanc: zero,
      conll: { f1: 0 },
    });
    expect(scoreDocuments([])).toEqual(scoreClusters([], []));
    expect(
      prfFromCounts({ recallNumerator: 0, recallDenominator: 0, precisionNumerator: 0, precisionDenominator: 0 }),
    ).toEqual(zero);
  });

  it("scores BLANC on the only kind of link the key has", () => {
    const link = (n: number, k: number, r: number) => ({
      recallNumerator: n,
      recallDenominator: k,
      precisionNumerator: n,
      precisionDenominator: r,
    });
    // All-singleton key: no coreference links, so only non-coreference links count.
    expect(blancFromCounts({ coreference: link(0, 0, 2), nonCoreference: link(1, 3, 1) })).toEqual(prf(1 / 3, 1));
    // One-entity key: no non-coreference links.
    expect(blancFromCounts({ coreference: link(1, 3, 1), nonCoreference: link(0, 0, 2) })).toEqual(prf(1 / 3, 1));
    expect(blancFromCounts({ coreference: link(0, 0, 1), nonCoreference: link(0, 0, 1) })).toEqual(prf(0, 0));
  });

  it("drops repeated response mentions, and refuses more than the scorer's limit", () => {
    const key: Cluster[] = [["a", "b"]];
    const repeats = (count: number): Cluster[] => [["a", "b", ...Array<string>(count).fill("a")]];
    expect(muc(key, repeats(MAX_REPEATED_RESPONSE_MENTIONS))).toEqual(prf(1, 1));
    expect(() => muc(key, repeats(MAX_REPEATED_RESPONSE_MENTIONS + 1))).toThrow(/too many repeated mentions/);
  });

  it("agrees with direct definitions of BLANC and CEAF on random partitions", () => {
    const random = mulberry32(8012014);
    for (let trial = 0; trial < 300; trial++) {
      const universe = Array.from({ length: 1 + Math.floor(random() * 14) }, (_, i) => `${i}-${i}`);
      const partition = (): Cluster[] => {
        const chains: string[][] = [];
        for (const mention of universe) {
          if (random() < 0.25) continue; // missing from this side
          const index = Math.floor(random() * (chains.length + 1));
          (chains[index] ??= []).push(mention);
        }
        return chains;
      };
      const key = partition();
      const response = partition();
      const label = `trial ${trial}: ${JSON.stringify({ key, response })}`;
      expectScoresNear(blanc(key, response), directBlanc(key, response), `${label} blanc`);
      expectScoresNear(ceafm(key, response), directCeaf(key, response, "mention"), `${label} ceafm`);
      expectScoresNear(ceafe(key, response), directCeaf(key, response, "entity"), `${label} ceafe`);
    }
  });

  it("penalises response-only mentions and ignores response-only singletons in MUC", () => {
    expect(countMetrics([{ key: [["a", "b"]], response: [["a", "b", "x"], ["y"]] }]).muc).toEqual({
      recallNumerator: 1,
      recallDenominator: 1,
      precisionNumerator: 1,
      precisionDenominator: 2,
    });
  });
});

describe("maximizeAssignment", () => {
  it("matches brute force on random rectangular matrices", () => {
    const random = mulberry32(20120601);
    for (let trial = 0; trial < 600; trial++) {
      const rows = Math.floor(random() * 7);
      const columns = Math.floor(random() * 7);
      const kind = trial % 3;
      const matrix = Array.from({ length: rows }, () =>
        Array.from(
          { length: columns },
          () =>
            kind === 0
              ? Math.floor(random() * 4) // many ties
              : kind === 1
                ? random()
                : random() * 20 - 10, // negative values too
        ),
      );
      const { rowToColumn, totalSimilarity } = maximizeAssignment(matrix);
      const label = `trial ${trial}: ${JSON.stringify(matrix)}`;

      expect(rowToColumn, label).toHaveLength(rows);
      const assigned = rowToColumn.filter((column) => column >= 0);
      expect(assigned, label).toHaveLength(Math.min(rows, columns));
      expect(new Set(assigned).size, label).toBe(assigned.length);
      expect(
        assigned.every((column) => column < columns),
        label,
      ).toBe(true);

      const sumOfAssigned = rowToColumn.reduce(
        (sum, column, row) => (column >= 0 ? sum + (matrix[row]?.[column] ?? NaN) : sum),
        0,
      );
      expect(totalSimilarity, label).toBeCloseTo(sumOfAssigned, 9);
      expect(totalSimilarity, label).toBeCloseTo(bruteForceMaximum(matrix), 9);
    }
  });

  it("solves the documented example and degenerate shapes", () => {
    expect(
      maximizeAssignment([
        [1, 5, 0],
        [4, 4, 1],
      ]),
    ).toEqual({ rowToColumn: [1, 0], totalSimilarity: 9 });
    expect(maximizeAssignment([])).toEqual({ rowToColumn: [], totalSimilarity: 0 });
    expect(maximizeAssignment([[], []])).toEqual({ rowToColumn: [-1, -1], totalSimilarity: 0 });
    expect(maximizeAssignment([[7]])).toEqual({ rowToColumn: [0], totalSimilarity: 7 });
    expect(maximizeAssignment([[1], [3], [2]])).toEqual({ rowToColumn: [-1, 0, -1], totalSimilarity: 3 });
  });

  it("rejects ragged and non-finite matrices", () => {
    expect(() => maximizeAssignment([[1, 2], [3]])).toThrow(/row 1 has 1 columns, expected 2/);
    expect(() => maximizeAssignment([[1, Number.NaN]])).toThrow(/not a finite number/);
    expect(() => maximizeAssignment([[Infinity]])).toThrow(RangeError);
  });
});

describe("parseConll2012", () => {
  const document = (...lines: string[]) =>
    ["#begin document (test); part 000", ...lines, "#end document", ""].join("\n");

  it("reads the reference key file TC-A.key", () => {
    const documents = parseConll2012(readFixture("DataFiles/TC-A.key"));
    expect(documents).toEqual([
      {
        name: "(LuoTestCase); ",
        clusters: [["0-1"], ["3-6", "9-9"], ["11-12", "14-14", "16-18"]],
        tokenCount: 20,
        beginLine: 1,
        endLine: 23, // the fixture's "#end document" line
      },
    ]);
  });

  it("reads the documented example", () => {
    const [doc] = parseConll2012(
      "#begin document (d); part 000\nd\t0\t0\tJohn\t(0)\nd\t0\t1\tsaw\t-\nd\t0\t2\thimself\t(0)\n#end document\n",
    );
    expect(doc?.clusters).toEqual([[mentionKey(0, 0), mentionKey(2, 2)]]);
  });

  it("reads joined, nested and one-token annotations, as the reference scorer orders them", () => {
    const [doc] = parseConll2012(
      document(
        "t\t(0|(1)", // one-token mentions are read first: entity 1 gets the first chain
        "",
        "t\t(1",
        "t\t(0)|1)",
        "t\t-",
        "t\t(1(1", // nested mentions of one entity: ends close the latest start
        "t\t1)|0)|(2+3)", // double antecedents are discarded
        "t\t_",
        "t\t1)",
      ),
    );
    expect(doc?.clusters).toEqual([
      ["0-0", "1-2", "4-5", "4-7"],
      ["2-2", "0-5"],
    ]);
    expect(doc?.tokenCount).toBe(8);
  });

  it("uses the last tab-separated column, or the last whitespace-separated one", () => {
    const [doc] = parseConll2012(
      document("a\tb (9)\t(1)\t", "nw/xinhua/00/chtb_0009 (1", "nw/xinhua/00/chtb_0009 1)\r"),
    );
    expect(doc?.clusters).toEqual([["0-0", "1-2"]]);
  });

  it("reads several documents and pairs them by name", () => {
    const key = parseConll2012(
      "#begin document a\nx\t(1)\n#end document\n#begin document b\nx\t(2\nx\t2)\n#end document\n",
    );
    const response = parseConll2012("#begin document b\nx\t(5)\nx\t-\n#end document\n");
    expect(pairDocuments(key, response)).toEqual([
      { name: "a", key: [["0-0"]], response: [] },
      { name: "b", key: [["0-1"]], response: [["0-0"]] },
    ]);
  });

  const malformed: [string, string, number, RegExp][] = [
    ["an end without a start", document("t\t-", "t\t3)"), 3, /entity 3 ends at token 1 but was never started/],
    [
      "an unclosed mention",
      document("t\t(4", "t\t-"),
      2,
      /entity 4 starts at token 0 but is not closed before #end document \(line 4\)/,
    ],
    ["a missing #end document", "#begin document a\nt\t(1)\n", 1, /document "a" has no #end document/],
    [
      "a nested #begin document",
      "#begin document a\nt\t-\n#begin document b\n",
      3,
      /#begin document inside document "a"/,
    ],
    ["a token line outside documents", "t\t(1)\n", 1, /token line outside/],
    [
      "a stray #end document",
      "#begin document a\n#end document\n#end document\n",
      3,
      /without a matching #begin document/,
    ],
    ["an unnamed document", "#begin document\n", 1, /without a document name/],
    [
      "a repeated document name",
      "#begin document a\n#end document\n#begin document a\n#end document\n",
      3,
      /already begun at line 1/,
    ],
    ["an unrecognised annotation", document("t\t(1)", "t\t(x)"), 3, /unrecognised coreference annotation "\(x\)"/],
  ];
  for (const [problem, text, line, message] of malformed) {
    it(`rejects ${problem}, naming line ${line}`, () => {
      let error: unknown;
      try {
        parseConll2012(text);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(Conll2012ParseError);
      expect((error as Conll2012ParseError).line).toBe(line);
      expect((error as Error).message).toMatch(new RegExp(`^CoNLL-2012 line ${line}: `));
      expect((error as Error).message).toMatch(message);
    });
  }
});

function prf(recall: number, precision: number): PRF {
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { recall, precision, f1 };
}

/** BLANC straight from its definition: sets of links, for partitions without repeats. */
function directBlanc(key: readonly Cluster[], response: readonly Cluster[]): PRF {
  const links = (chains: readonly Cluster[]) => {
    const coreference = new Set<string>();
    const nonCoreference = new Set<string>();
    const chainOf = new Map(chains.flatMap((chain, c) => chain.map((m) => [m, c] as const)));
    const mentions = [...chainOf.keys()].sort();
    mentions.forEach((a, i) => {
      for (const b of mentions.slice(i + 1)) {
        (chainOf.get(a) === chainOf.get(b) ? coreference : nonCoreference).add(`${a} ${b}`);
      }
    });
    return { coreference, nonCoreference };
  };
  const k = links(key);
  const r = links(response);
  const counts = (keySet: Set<string>, responseSet: Set<string>) => {
    const shared = [...keySet].filter((link) => responseSet.has(link)).length;
    return {
      recallNumerator: shared,
      recallDenominator: keySet.size,
      precisionNumerator: shared,
      precisionDenominator: responseSet.size,
    };
  };
  return blancFromCounts({
    coreference: counts(k.coreference, r.coreference),
    nonCoreference: counts(k.nonCoreference, r.nonCoreference),
  });
}

/** CEAF straight from its definition: one assignment over the full similarity matrix. */
function directCeaf(key: readonly Cluster[], response: readonly Cluster[], kind: "mention" | "entity"): PRF {
  const similarity = (a: Cluster, b: Cluster) => {
    const shared = a.filter((m) => b.includes(m)).length;
    return kind === "mention" ? shared : (2 * shared) / (a.length + b.length);
  };
  const { totalSimilarity } = maximizeAssignment(key.map((a) => response.map((b) => similarity(a, b))));
  const size = (chains: readonly Cluster[]) =>
    kind === "mention" ? chains.reduce((n, chain) => n + chain.length, 0) : chains.length;
  return prfFromCounts({
    recallNumerator: totalSimilarity,
    recallDenominator: size(key),
    precisionNumerator: totalSimilarity,
    precisionDenominator: size(response),
  });
}

/** Best total over all ways to pair min(rows, columns) rows and columns one-to-one. */
function bruteForceMaximum(matrix: readonly (readonly number[])[]): number {
  const rows = matrix.length;
  const columns = matrix[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return 0;
  const transposed = rows > columns;
  const small = transposed ? columns : rows;
  const large = transposed ? rows : columns;
  const value = (i: number, j: number) => (transposed ? matrix[j]?.[i] : matrix[i]?.[j]) ?? NaN;
  const used = new Array<boolean>(large).fill(false);
  const search = (i: number): number => {
    if (i === small) return 0;
    let best = -Infinity;
    for (let j = 0; j < large; j++) {
      if (used[j]) continue;
      used[j] = true;
      best = Math.max(best, value(i, j) + search(i + 1));
      used[j] = false;
    }
    return best;
  };
  return search(0);
}

/** Small seeded PRNG (mulberry32), so the random tests are reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
