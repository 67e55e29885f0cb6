import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS, type CommandName, OPTIONS, type OptionName, parseCommandLine, UsageError } from "../src/cli/args.js";
import { EXPORT_FORMATS } from "../src/cli/export-formats.js";
import { SCORE_FORMATS } from "../src/cli/score.js";
import { MAX_PREDICTED_ITEMS } from "../src/eval/limits.js";
import { article } from "../src/generated/article.js";
import { repoRoot } from "./support/paths.js";

// The command line's grammar, run as a user runs it: `node dist/cli.js …` (`npm test` builds first).

const cli = join(repoRoot, "dist", "cli.js");
const kim = (args: readonly string[], env: NodeJS.ProcessEnv = {}) => {
  const child = spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  if (child.error) throw child.error;
  return child;
};
const commands = Object.keys(COMMANDS) as CommandName[];
const options = Object.keys(OPTIONS) as OptionName[];
const STACK_FRAME = /^\s+at /m;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/ is missing: run `npm run build` (npm test does) before this test");
});

/** A refusal: exit 2, nothing on standard output, one line on standard error. */
function expectRefusal(run: ReturnType<typeof kim>, message: string): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr.startsWith(`kim-shoigu-2023: ${message}`), run.stderr).toBe(true);
}

describe("options a command does not take", () => {
  it("are refused for every command and option pair, naming both", () => {
    for (const command of commands) {
      for (const option of options.filter(
        (o) => o !== "help" && !(COMMANDS[command].options as readonly string[]).includes(o),
      )) {
        const value = (OPTIONS[option] as { value?: string }).value ? ["x"] : [];
        const error = (() => {
          try {
            parseCommandLine([command, `--${option}`, ...value]);
          } catch (thrown) {
            return thrown;
          }
        })();
        expect(error, `${command} --${option}`).toBeInstanceOf(UsageError);
        expect((error as Error).message).toBe(`${command} does not take --${option}`);
      }
    }
  });

  it.each([
    [["show", "--out", "x.txt"], "show does not take --out"],
    [["stats", "--json"], "stats does not take --json"],
    [["validate", "a.json", "--force"], "validate does not take --force"],
    [["export", "json", "--format", "brat"], "export does not take --format"],
    [["score", "p.json", "-o", "x"], "score does not take --out"],
    [["export", "html", "--extensions"], "export html does not take --extensions"],
    [["show", "--colour"], "unknown option --colour for show"],
    [["--frobnicate"], "unknown option --frobnicate"],
    [["--out", "x"], "--out needs a command"],
    [["show", "--width", "80", "--width", "60"], "--width is given twice"],
    [["score", "p.json", "--json=yes"], "--json does not take a value"],
    [["export", "json", "--out", "--force"], "--out needs a value"],
    [["export", "json", "--out="], "--out needs a value"],
    [["show", "--width", "12"], '--width must be 0 (no wrapping) or a whole number of columns from 20, not "12"'],
    [["show", "--width", "wide"], "--width must be 0"],
    [["show", "extra"], "usage: kim-shoigu-2023 show [--width N]"],
    [["export"], "usage: kim-shoigu-2023 export <format>"],
    [["export", "pdf"], 'unknown format "pdf"'],
    [["score", "p.json", "--format", "xml"], 'unknown format "xml" (expected json, brat, spacy, conll2012)'],
    [["frobnicate"], 'unknown command "frobnicate"'],
  ])("%j: exit 2 with %j", (args, message) => {
    const run = kim(args);
    expectRefusal(run, message);
    // Every refusal points at the help that explains it.
    expect(run.stderr).toMatch(/\(see kim-shoigu-2023 (\w+ )?--help\)\n$/);
  });
});

describe("help", () => {
  it("lists every command", () => {
    const run = kim(["--help"]);
    expect(run.status).toBe(0);
    for (const command of commands) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    expect(kim([]).stdout).toBe(run.stdout);
  });

  it.each(commands)("`%s --help` prints that command's usage and options, as `help <command>` does", (command) => {
    const run = kim([command, "--help"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")[0]).toMatch(new RegExp(`^Usage: kim-shoigu-2023 ${command}\\b`));
    const takes = COMMANDS[command].options as readonly string[];
    for (const option of options) {
      const listed = new RegExp(`^ +(-\\w, )?--${option}\\b`, "m").test(run.stdout);
      expect(listed, `--${option} in ${command} --help`).toBe(option === "help" || takes.includes(option));
    }
    expect(run.stdout).toMatch(/^Exit status: 0 /m);
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(kim(["help", command]).stdout).toBe(run.stdout);
    expect(kim([command, "-h"]).stdout).toBe(run.stdout);
  });

  it("for export names every format, and for score every predictions format", () => {
    const exportHelp = kim(["export", "--help"]).stdout;
    for (const format of Object.keys(EXPORT_FORMATS)) expect(exportHelp).toMatch(new RegExp(`^  ${format} `, "m"));
    const scoreHelp = kim(["score", "--help"]).stdout;
    for (const format of SCORE_FORMATS) expect(scoreHelp).toContain(format);
  });

  it("for score states the scorers' own item limit, the one they enforce", () => {
    // Help text wraps, so compare with line breaks folded.
    const scoreHelp = kim(["score", "--help"]).stdout.replace(/\s+/g, " ");
    expect(scoreHelp).toContain(`At most ${MAX_PREDICTED_ITEMS.toLocaleString("en-US")} items per layer`);
  });
});

describe("--version", () => {
  it("prints the package version, which is the data's schemaVersion", () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(kim(["--version"]).stdout).toBe(`${version}\n`);
    expect(version).toBe(article.schemaVersion);
    expect(kim(["show", "--version"]).status).toBe(2);
  });
});

describe("show", () => {
  it("wraps at --width N in a pipe, and not without it", () => {
    const wrapped = kim(["show", "--width", "60"], { NO_COLOR: "1" });
    expect(wrapped.status).toBe(0);
    const lines = wrapped.stdout.split("\n");
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(60);
    const unwrapped = kim(["show"]).stdout.split("\n");
    expect(Math.max(...unwrapped.map((l) => [...l].length))).toBeGreaterThan(200);
    expect(kim(["show", "--width", "0"]).stdout.split("\n")).toEqual(unwrapped);
  });

  it("uses no colour in a pipe", () => {
    expect(kim(["show"]).stdout).not.toContain("\u001b");
  });

  it("stops quietly when the reader closes the pipe early (`show | head -1`)", async () => {
    const child = spawn(process.execPath, [cli, "show", "--width", "60"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Close our end before the child writes (it takes longer than this to start), as `head`
    // does once it has its line: the child's write then fails with EPIPE.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
