import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DocBlock, docBlocks } from "./support/doc-blocks.js";
import {
  createScratch,
  type Place,
  pythonImports,
  RUNNABLE,
  removeScratch,
  runStep,
  type Scratch,
  type StepResult,
} from "./support/doc-runner.js";
import { repoRoot } from "./support/paths.js";

// Every example of the guides — a code block followed by `prints:` and the output — is run as a
// reader would run it, against the built package (`npm test` builds it first), and what it
// prints must be exactly the block the guide shows. Nothing is normalised: no example prints a
// temporary path, a time or anything else that varies between runs. Each guide runs in order
// in its own scratch folder (see createScratch), so an example may use the files an earlier one
// wrote; the guides run side by side.

const docsDir = join(repoRoot, "docs");
const guides = readdirSync(docsDir)
  .filter((f) => f.endsWith(".md") && /^prints:$/m.test(readFileSync(join(docsDir, f), "utf8")))
  .sort();
const blocksOf = new Map(guides.map((g) => [g, docBlocks(readFileSync(join(docsDir, g), "utf8"), g)]));
const examplesOf = (guide: string) => blocksOf.get(guide)!.filter((b) => b.prints !== undefined);

/** Blocks without `prints:` that later examples need, run in their place (output not compared). */
const SETUP: { guide: string; contains: string; writeTo?: string }[] = [
  { guide: "getting-started.md", contains: 'writeFileSync("my-article.json"' },
  { guide: "formats.md", contains: "export conll --out article.conll" },
  // "Scoring the file above": the predictions file is the JSON block itself.
  { guide: "evaluate.md", contains: '"textSha256": "e99288', writeTo: "predictions.json" },
];

/**
 * Files the prose describes without a block that writes them, made before the example that
 * first reads them. "`broken.json` is `my-article.json` with the two changes of the
 * `safeParseArticle` example": those two lines, taken from that example.
 */
const DERIVED: { guide: string; before: string; name: string; code: (blocks: DocBlock[]) => string }[] = [
  {
    guide: "getting-started.md",
    before: "validate broken.json",
    name: "broken-json",
    code: (blocks) => {
      const example = blocks.find((b) => b.code.includes("safeParseArticle(doc)"))!;
      const changes = example.code.split("\n").filter((l) => /^doc\.\S+ = /.test(l));
      if (changes.length !== 2) throw new Error(`expected the example's two changes, found ${changes.length}`);
      return [
        'import { readFileSync, writeFileSync } from "node:fs";',
        'const doc = JSON.parse(readFileSync("my-article.json", "utf8"));',
        ...changes,
        'writeFileSync("broken.json", JSON.stringify(doc, null, 2));',
      ].join("\n");
    },
  },
];

/** Lines of examples that are not run, and why. Each must still be in its example. */
const NOT_RUN: { guide: string; line: string; why: string }[] = [
  {
    guide: "evaluate.md",
    line: "npm run build --silent > /dev/null",
    why:
      "it prints nothing and builds dist/, which takes about a minute here; the clone is a copy of " +
      "the repository with the dist/ that `npm test` has just built from the same sources",
  },
];

/**
 * Where a block runs: shell commands naming the repository's own files (`node dist/cli.js`,
 * `scripts/…`) in the clone, as the guide says; the Python block whose paths the guide gives
 * "relative to node_modules/kim-shoigu-2023/" in that folder; everything else in the project.
 */
function placeOf(block: DocBlock): Place {
  if (block.lang === "sh" && /\bdist\/cli\.js\b|\bscripts\//.test(block.code)) return "clone";
  if (block.lang === "python" && block.code.includes('open("dist/')) return "package";
  return "project";
}

// Python examples need python3 and the modules they import (one imports jsonschema), which the
// repository cannot install; one whose interpreter or modules are missing is reported skipped,
// with what is missing in its name.
const available = new Map<string, boolean>();
const missingFor = (block: DocBlock): string[] => {
  if (block.lang !== "python") return [];
  for (const name of ["python3", ...pythonImports(block.code)])
    if (!available.has(name)) {
      const args = name === "python3" ? ["--version"] : ["-c", `import ${name}`];
      available.set(name, spawnSync("python3", args, { stdio: "ignore" }).status === 0);
    }
  return ["python3", ...pythonImports(block.code)].filter((name) => !available.get(name));
};

const keyOf = (block: DocBlock) => `${block.guide}:${block.line}`;
const withoutNotRun = (block: DocBlock) =>
  NOT_RUN.filter((n) => n.guide === block.guide).reduce((code, n) => code.replace(`${n.line}\n`, ""), block.code);

/** Runs a guide's setup and examples in order; the results by `guide:line` (setup steps included). */
async function runGuide(guide: string, scratch: Scratch): Promise<Map<string, StepResult>> {
  const results = new Map<string, StepResult>();
  const blocks = blocksOf.get(guide)!;
  for (const block of blocks) {
    for (const derived of DERIVED.filter((d) => d.guide === guide && block.code.includes(d.before)))
      results.set(
        `${guide}:${derived.name}`,
        await runStep(scratch, "project", "ts", derived.code(blocks), derived.name),
      );
    const setup = SETUP.find((s) => s.guide === guide && block.code.includes(s.contains));
    if (setup?.writeTo) {
      writeFileSync(join(scratch.places.project, setup.writeTo), block.code);
      continue;
    }
    if (!setup && (block.prints === undefined || missingFor(block).length > 0)) continue;
    const name = `${guide.replace(/\.md$/, "")}-${block.line}`;
    results.set(keyOf(block), await runStep(scratch, placeOf(block), block.lang, withoutNotRun(block), name));
  }
  return results;
}

const scratches = new Map<string, Scratch>();
let results = new Map<string, StepResult>();

beforeAll(async () => {
  for (const guide of guides) scratches.set(guide, createScratch(guide.replace(/\.md$/, "")));
  const runs = await Promise.all(guides.map((g) => runGuide(g, scratches.get(g)!)));
  results = new Map(runs.flatMap((run) => [...run]));
});

afterAll(() => {
  for (const scratch of scratches.values()) removeScratch(scratch);
});

describe("the guides' examples", () => {
  it("are found: every `prints:` follows a block in a language the test runs", () => {
    expect(guides).toEqual(expect.arrayContaining(["evaluate.md", "formats.md", "getting-started.md"]));
    for (const guide of guides) {
      const printed = readFileSync(join(docsDir, guide), "utf8").match(/^prints:$/gm)!.length;
      expect(examplesOf(guide).length, guide).toBe(printed);
      for (const block of examplesOf(guide))
        expect(RUNNABLE.has(block.lang), `${keyOf(block)} ${block.lang}`).toBe(true);
    }
  });

  it("name their setup, derived files and unrun lines by words still in the guides", () => {
    for (const { guide, contains } of SETUP)
      expect(blocksOf.get(guide)?.filter((b) => b.code.includes(contains)).length, contains).toBe(1);
    for (const { guide, before } of DERIVED)
      expect(blocksOf.get(guide)?.filter((b) => b.code.includes(before)).length, before).toBe(1);
    for (const { guide, line } of NOT_RUN)
      expect(examplesOf(guide).filter((b) => b.code.split("\n").includes(line)).length, line).toBe(1);
  });

  it("build on setup steps that succeed", () => {
    const setups = [...results].filter(([key]) => !examplesOf(key.split(":")[0]!).some((b) => keyOf(b) === key));
    expect(setups.length).toBe(SETUP.filter((s) => !s.writeTo).length + DERIVED.length);
    for (const [key, result] of setups) expect(result.status, `${key}: ${result.stderr}`).toBe(0);
  });
});

describe.each(guides)("docs/%s", (guide) => {
  for (const block of examplesOf(guide)) {
    const missing = missingFor(block);
    const title = `the ${block.lang} example at line ${block.line} prints what the guide shows`;
    if (missing.length > 0) {
      it.skip(`${title} (not run: ${missing.join(", ")} not found)`, () => {});
      continue;
    }
    it(title, () => {
      const result = results.get(keyOf(block))!;
      const context = `exit status ${result.status}; standard error:\n${result.stderr}`;
      expect(result.stdout, context).toBe(block.prints);
      expect(result.status, context).toBe(0);
      // A shell block's standard error is in its output already; a program's would be on the
      // reader's terminal too, under an output block that does not show it.
      expect(result.stderr).toBe("");
    });
  }
});
