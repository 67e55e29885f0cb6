/**
 * The command line's start-up: `--version`, `show` and `stats` of dist/cli.js against a bare
 * `node` running an empty ES module (the CLI is an ES module, so both pay the ESM loader).
 * Every variant is its own process, interleaved round by round.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixed, median } from "./bench-stats.js";

/** The commands measured, each against the bare-node floor. */
export const CLI_COMMANDS = [["--version"], ["show"], ["stats"]] as const;

export interface CliTime {
  /** The command line as typed, e.g. `kim-shoigu-2023 show`. */
  readonly label: string;
  /** Median wall time, spawn to exit, in milliseconds. */
  readonly wallMs: number;
}

export interface CliTimes {
  readonly runs: number;
  /** `node empty.mjs`: Node's start-up and the ES-module loader, nothing loaded. */
  readonly bareNode: CliTime;
  readonly commands: readonly CliTime[];
}

function wallMs(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  // NO_COLOR and a pipe: the figures are for the plain output, as a script would read it.
  const child = spawnSync(process.execPath, args, {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0)
    throw new Error(`benchmark child ${args.join(" ")} failed (${child.status ?? child.signal}): ${child.stderr}`);
  return ms;
}

/** Runs bare node and every command `runs` times, interleaved, and returns the medians. */
export function measureCliTimes(distDir: string, runs: number): CliTimes {
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-cli-"));
  try {
    const empty = join(scratch, "empty.mjs");
    writeFileSync(empty, "");
    const cli = join(distDir, "cli.js");
    const variants = [
      { label: "node empty.mjs", args: [empty] },
      ...CLI_COMMANDS.map((command) => ({ label: `kim-shoigu-2023 ${command.join(" ")}`, args: [cli, ...command] })),
    ];
    const samples = variants.map(() => [] as number[]);
    for (let round = 0; round < runs; round++) {
      for (let k = 0; k < variants.length; k++) {
        const i = (round + k) % variants.length;
        samples[i]!.push(wallMs(variants[i]!.args));
      }
    }
    const [bareNode, ...commands] = variants.map((v, i) => ({ label: v.label, wallMs: median(samples[i]!) }));
    return { runs, bareNode: bareNode!, commands };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The slowest command's ratio to bare node: what the budget is checked against. */
export function worstCliRatio(times: CliTimes): number {
  return Math.max(...times.commands.map((c) => c.wallMs / times.bareNode.wallMs));
}

/** The section of docs/performance.md on the command line. */
export function renderCliSection(times: CliTimes, limit: number): string {
  const rows = [times.bareNode, ...times.commands].map(
    (t) => `| \`${t.label}\` | ${fixed(t.wallMs, 1)} | ${fixed(t.wallMs / times.bareNode.wallMs)}× |`,
  );
  return `## Command-line start-up

Each command is its own process, ${times.runs} runs each, interleaved round by round with a bare
\`node\` running an empty ES module (the floor: Node's start-up and its ES-module loader). Wall
time from spawn to exit, medians; output to a pipe without colour. The budget is ≤ ${fixed(limit)}× bare
node for each of these commands: they load the article and the plain renderers only, while zod,
the exporters and the scorers are loaded by the commands that use them (\`export\`, \`validate\`,
\`score\`); test/cli-lazy-loading.test.ts checks which modules each command loads.

| command | wall ms | vs bare node |
| --- | --- | --- |
${rows.join("\n")}
`;
}
