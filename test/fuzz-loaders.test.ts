import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { scoreCommand, type ScoreFormat } from "../src/cli/score.js";
import { loadBrat } from "../src/eval/load-brat.js";
import { loadConll2012 } from "../src/eval/load-conll2012.js";
import { loadSpacy } from "../src/eval/load-spacy.js";
import { Conll2012ParseError } from "../src/eval/parse-conll2012.js";
import { scoreAll } from "../src/eval/score-all.js";
import { PredictionsError } from "../src/eval/validate.js";
import { toBrat, toConll2012, toSpacy } from "../src/formats/index.js";
import { article } from "../src/index.js";
import type { ArticleOf } from "../src/types.js";

const dir = mkdtempSync(join(tmpdir(), "kim-shoigu-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

/** Runs `score` on the contents; checks there is no stack trace and every line names a location. */
function score(contents: string, format: ScoreFormat) {
  const path = join(dir, `input-${fileCount++}`);
  writeFileSync(path, contents);
  const result = scoreCommand(path, format, true);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  const lines = result.stderr.split("\n").filter((line) => line !== "");
  const located = lines.every((line) => line.startsWith(`${path}: `) || line.startsWith(`kim-shoigu-2023: ${path}: `));
  return { ...result, lines: lines.map((line) => line.slice(line.indexOf(path) + path.length + 2)), located };
}

const spacy = (change: (doc: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(JSON.stringify(toSpacy(article, { extensions: true }))) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
};

describe("spaCy JSON of the wrong shape: exit 1 with the path, never a TypeError", () => {
  it.each([
    [
      "spans.mentions is an object",
      (d: Record<string, unknown>) => void ((d.spans as Record<string, unknown>).mentions = {}),
      /^spans\.mentions: /,
    ],
    ["ents is a number", (d: Record<string, unknown>) => void (d.ents = 5), /^ents: /],
    [
      "_.claims is an object",
      (d: Record<string, unknown>) => void ((d._ as Record<string, unknown>).claims = {}),
      /^_\.claims: /,
    ],
    [
      "a span start is a string",
      (d: Record<string, unknown>) => void ((d.spans as Record<string, { start: unknown }[]>).times![0]!.start = "3"),
      /^spans\.times\.0\.start: /,
    ],
    ["the document is an array", (d: Record<string, unknown>) => void Object.assign(d, { text: [] }), /^text: /],
  ])("%s", (_name, change, message) => {
    const result = score(spacy(change), "spacy");
    expect(result.code).toBe(1);
    expect(result.located).toBe(true);
    expect(result.lines[0]).toMatch(message);
  });

  it("a span group named __proto__ or constructor is an ordinary, checked group", () => {
    const json = JSON.parse(spacy(() => {})) as { spans: Record<string, unknown> };
    Object.defineProperty(json.spans, "__proto__", { value: 5, enumerable: true });
    expect(() => loadSpacy(json, article)).toThrow(/spans\.__proto__: /);
    json.spans = { ...json.spans, constructor: [{ start: 0, end: 1 }] };
    Reflect.deleteProperty(json.spans, "__proto__");
    expect(loadSpacy(json, article).mentions?.length).toBe(article.mentions.length);
  });
});

describe("brat standoff: exit 1 naming the line", () => {
  it("an attribute named constructor is ignored, not an unknown key", () => {
    const ann = `${toBrat().ann}A9999\tconstructor E1 x\n`;
    expect(score(ann, "brat").code).toBe(0);
  });

  it("a Factuality value outside the vocabulary names its line", () => {
    const ann = `${toBrat().ann}A9999\tFactuality E1 toString\n`;
    const line = ann.split("\n").length - 1;
    const result = score(ann, "brat");
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      `line ${line} (A9999): Factuality value "toString" is not one of "certain", "probable", "possible", "unknown"`,
    ]);
  });

  it("a text-bound with 200,000 fragments does not overflow the stack", () => {
    const fragments = Array.from({ length: 200_000 }, (_, i) => `${i % 50} ${(i % 50) + 1}`).join(";");
    const result = score(`T1\tPerson ${fragments}\n`, "brat");
    expect(result.code).toBe(0);
  });
});

describe("CoNLL-2012: the parser and the aligner agree", () => {
  const conll = toConll2012();
  const tokenLines = conll
    .split("\n")
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.includes("\t"));

  it("a line starting with # inside the document is a token line, refused for lack of a word", () => {
    const lines = conll.split("\n");
    lines.splice(5, 0, "#\t-");
    const result = score(lines.join("\n"), "conll2012");
    expect(result.code).toBe(1);
    expect(result.lines).toEqual(["CoNLL-2012 line 6: a token line needs a word in its 4th column"]);
  });

  it("a mention on the last token is read", () => {
    const lines = conll.split("\n");
    const [last, index] = tokenLines.at(-1)!;
    lines[index] = last.replace(/\t[^\t]*$/, "\t(999)");
    const result = score(lines.join("\n"), "conll2012");
    expect(result.code).toBe(0);
    const mentions = loadConll2012(lines.join("\n"), article).mentions!;
    expect(mentions.some((m) => m.end === article.text.trimEnd().length)).toBe(true);
  });

  it("words that are names of Object.prototype members align like any other word", () => {
    const words = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"];
    const text = words.join(" ");
    const doc = { ...article, text } as ArticleOf;
    const file = [
      "#begin document (d); part 000",
      ...words.map((w, i) => `d\t0\t${i}\t${w}\t${i === 0 ? "(1)" : "-"}`),
      "#end document",
      "",
    ];
    expect(loadConll2012(file.join("\n"), doc).mentions).toEqual([
      { start: 0, end: 11, text: "constructor", cluster: "1" },
    ]);
  });
});

describe("random hostile input: loaders throw only their own errors, with a location", () => {
  const isLoaderError = (error: unknown) => error instanceof PredictionsError || error instanceof Conll2012ParseError;
  const outcome = (load: () => unknown) => {
    try {
      scoreAll(load());
      return "scored";
    } catch (error) {
      if (!isLoaderError(error) && !(error instanceof RangeError && error.name === "ScoringLimitError")) throw error;
      return "refused";
    }
  };
  const bratLine = fc.oneof(
    fc
      .tuple(fc.constantFrom("T1", "T2", "E1", "A1", "*", "R1", "#1", "N1"), fc.string(), fc.string())
      .map((parts) => parts.join("\t")),
    fc
      .tuple(fc.constantFrom("Person", "Claim", "Cue", "constructor"), fc.nat(3000), fc.nat(3000))
      .map(([t, a, b]) => `T${a % 9}\t${t} ${a} ${b}\tx`),
    fc.tuple(fc.nat(9), fc.nat(9)).map(([a, b]) => `E${a}\tClaim:T${a} Source:T${b} Cue:T${b}`),
    fc
      .tuple(fc.constantFrom("Factuality", "Polarity", "QuoteType", "__proto__"), fc.string())
      .map(([n, v]) => `A1\t${n} E1 ${v}`),
  );

  it("brat", () => {
    fc.assert(
      fc.property(
        fc.array(bratLine, { maxLength: 12 }),
        (lines) => void outcome(() => loadBrat(lines.join("\n"), article)),
      ),
      { seed: 14 },
    );
  });

  it("spaCy", () => {
    const spanArb = fc.record(
      { start: fc.oneof(fc.nat(3000), fc.string()), end: fc.nat(3000), label: fc.string(), kb_id: fc.string() },
      { requiredKeys: [] },
    );
    const docArb = fc.record(
      {
        text: fc.constantFrom(article.text, "", 5),
        ents: fc.oneof(fc.array(spanArb, { maxLength: 4 }), fc.jsonValue()),
        spans: fc.oneof(
          fc.dictionary(
            fc.constantFrom("mentions", "claims", "times", "coref_clusters_1", "constructor"),
            fc.oneof(fc.array(spanArb, { maxLength: 3 }), fc.jsonValue()),
          ),
          fc.jsonValue(),
        ),
        _: fc.oneof(fc.record({ claims: fc.jsonValue(), times: fc.jsonValue() }, { requiredKeys: [] }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(docArb, fc.jsonValue()), (json) => void outcome(() => loadSpacy(json, article))),
      { seed: 15 },
    );
  });

  it("CoNLL-2012", () => {
    const tokens = toConll2012()
      .split("\n")
      .filter((line) => line.includes("\t"));
    const column = fc.oneof(
      fc.constantFrom("-", "_", "(1)", "(1", "1)", "(2|1)", "(1+2)", "((1)", "#"),
      fc.string({ maxLength: 6 }),
    );
    const fileArb = fc.array(fc.tuple(fc.nat(tokens.length - 1), column), { maxLength: 6 }).map((edits) => {
      const lines = tokens.slice();
      for (const [i, c] of edits) lines[i] = lines[i]!.replace(/\t[^\t]*$/, `\t${c}`);
      return ["#begin document (d); part 000", ...lines, "#end document", ""].join("\n");
    });
    fc.assert(
      fc.property(fileArb, (file) => void outcome(() => loadConll2012(file, article))),
      { seed: 16, numRuns: 60 },
    );
  });
});
