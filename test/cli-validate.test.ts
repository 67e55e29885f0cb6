import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";

// `node dist/cli.js validate <file>` as a user runs it, in a child with a 256 MB heap so that a
// hostile file shows up as a crash here rather than on a user's machine. `npm test` builds first.

const cli = join(repoRoot, "dist", "cli.js");
const shippedJson = join(repoRoot, "dist", "article.json");
let scratch: string;

interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function validate(file: string): Run {
  const child = spawnSync(process.execPath, ["--max-old-space-size=256", cli, "validate", file], {
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.error) throw child.error;
  return { status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr };
}

/** A file in the scratch folder. */
const scratchFile = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

const STACK_FRAME = /^\s+at /m;

/** The CLI refused the input in one clear line, with the exit code for unreadable input. */
function expectOneLineRefusal(run: Run, explanation: RegExp): void {
  expect(run.signal, "the child must exit, not be killed").toBeNull();
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(/^kim-shoigu-2023: /);
  expect(run.stderr).toMatch(explanation);
}

/** The CLI listed schema problems: exit 1, each as `file: path: message`, then a count. */
function expectProblems(run: Run, file: string): string[] {
  expect(run.signal, "the child must exit, not be killed").toBeNull();
  expect(run.status).toBe(1);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  const lines = run.stderr.trimEnd().split("\n");
  const problems = lines.slice(0, -1);
  expect(lines.at(-1)).toBe(`${problems.length} problem${problems.length === 1 ? "" : "s"} found`);
  for (const line of problems)
    expect(line.startsWith(`${file}: `) && /^[\w.()]+: \S/.test(line.slice(file.length + 2))).toBe(true);
  return problems.map((line) => line.slice(file.length + 2));
}

beforeAll(() => {
  if (!existsSync(cli) || !existsSync(shippedJson))
    throw new Error("dist/ is missing: run `npm run build` (npm test does) before this test");
  scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-validate-"));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("kim-shoigu-2023 validate", () => {
  it("accepts the shipped dist/article.json (exit 0)", () => {
    const run = validate(shippedJson);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /: valid annotated article "kim-shoigu-pyongyang-2023-07-27" \(\d+ entities, \d+ mentions/,
    );
  });

  it("lists each problem of an invalid copy as `path: message` (exit 1)", () => {
    const doc = JSON.parse(readFileSync(shippedJson, "utf8"));
    doc.mentions[0].span.start += 1;
    doc.claims[0].relations = [{ type: "supports", target: "no-such-claim" }];
    const file = scratchFile("invalid.json", JSON.stringify(doc));
    const problems = expectProblems(validate(file), file);
    expect(problems).toContainEqual(expect.stringMatching(/^mentions\.0\.span\.text: span text /));
    expect(problems).toContainEqual('claims.0.relations.0.target: unknown claim id "no-such-claim"');
  });

  it("names a field of the wrong shape (exit 1)", () => {
    const doc = JSON.parse(readFileSync(shippedJson, "utf8"));
    doc.entities[0].type = "nobody";
    const file = scratchFile("wrong-shape.json", JSON.stringify(doc));
    expect(expectProblems(validate(file), file)).toEqual([expect.stringMatching(/^entities\.0\.type: Invalid option/)]);
  });

  it("refuses binary garbage in one line (exit 2)", () => {
    // 0xFF never occurs in UTF-8, so the bytes cannot pass for text.
    const file = scratchFile("garbage.bin", Buffer.concat([Buffer.from([0xff, 0xfe, 0x00]), randomBytes(4096)]));
    expectOneLineRefusal(validate(file), /is not UTF-8 text, not JSON/);
  });

  it("refuses an empty file in one line (exit 2)", () => {
    expectOneLineRefusal(validate(scratchFile("empty.json", "")), /is empty, not JSON/);
  });

  it("refuses text that is not JSON in one line (exit 2)", () => {
    expectOneLineRefusal(validate(scratchFile("not.json", "{ id: 'single quotes' ")), /is not valid JSON: /);
  });

  it("refuses a directory in one line (exit 2)", () => {
    const dir = join(scratch, "a-directory.json");
    mkdirSync(dir);
    expectOneLineRefusal(validate(dir), /not a file/);
  });

  it("refuses a missing file in one line (exit 2)", () => {
    expectOneLineRefusal(validate(join(scratch, "missing.json")), /cannot read .*missing\.json: ENOENT/);
  });

  it("reports a 50 MB article-shaped file within a 256 MB heap (exit 1: valid JSON, not a valid article)", () => {
    // The shipped article plus one 50 MB field the schema does not know.
    const doc = JSON.parse(readFileSync(shippedJson, "utf8"));
    doc.padding = "x".repeat(50 * 1024 * 1024);
    const file = scratchFile("large.json", JSON.stringify(doc));
    const run = validate(file);
    const problems = expectProblems(run, file);
    expect(problems).toEqual([expect.stringMatching(/^\(root\): .*padding/)]);
    // The problem is named, not echoed: the report stays small.
    expect(run.stderr.length).toBeLessThan(1000);
  }, 60_000);

  it("reports JSON nested 10,000 deep without a stack overflow (exit 1: valid JSON, not an article)", () => {
    const depth = 10_000;
    const file = scratchFile("deep.json", `${"[".repeat(depth)}${"]".repeat(depth)}`);
    const problems = expectProblems(validate(file), file);
    expect(problems).toEqual([expect.stringMatching(/^\(root\): .*object/)]);
  });

  it("reports an object nested 10,000 deep inside an article field without a stack overflow (exit 1)", () => {
    const depth = 10_000;
    const doc = JSON.parse(readFileSync(shippedJson, "utf8"));
    const nested = `${'{"a":'.repeat(depth)}0${"}".repeat(depth)}`;
    const file = scratchFile(
      "deep-field.json",
      JSON.stringify(doc)
        .replace(/^\{/, `{"title":${nested},`)
        .replace(/,"title":\{[^}]*\}/, ""),
    );
    const problems = expectProblems(validate(file), file);
    expect(problems).toContainEqual(expect.stringMatching(/^title/));
  });
});
