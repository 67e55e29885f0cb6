/**
 * The command line's start-up: `--version`, `show` and `stats` of dist/cli.js against a bare
 * `node` running an empty ES module (the CLI is an ES module, so both pay the ESM loader).
 * Every variant is its own process, interleaved round by round.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { interleaved, runNode } from "./bench-process.js";
import { INTERVAL_NAME, type Interval, intervalFigure, intervalMethod, medianInterval } from "./bench-interval.js";
import { fixed, median } from "./bench-stats.js";

/** The commands measured, each against the bare-node floor. */
export const CLI_COMMANDS = [["--version"], ["show"], ["stats"]] as const;

export interface CliTime {
  /** The command line as typed, e.g. `kim-shoigu-2023 show`. */
  readonly label: string;
  /** Median wall time, spawn to exit, in milliseconds. */
  readonly wallMs: number;
  /** A command's ratio to bare node: its bootstrap interval over the runs of both (absent in older runs). */
  readonly ratioInterval?: Interval;
}

export interface CliTimes {
  readonly runs: number;
  /** `node empty.mjs`: Node's start-up and the ES-module loader, nothing loaded. */
  readonly bareNode: CliTime;
  readonly commands: readonly CliTime[];
}

/** Runs bare node and every command `runs` times, interleaved, and returns the medians. */
export function measureCliTimes(distDir: string, runs: number): CliTimes {
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-cli-"));
  try {
    const empty = join(scratch, "empty.mjs");
    writeFileSync(empty, "");
    const cli = join(distDir, "cli.js");
    const variants: Record<string, readonly string[]> = {
      "node empty.mjs": [empty],
      ...Object.fromEntries(CLI_COMMANDS.map((command) => [`kim-shoigu-2023 ${command.join(" ")}`, [cli, ...command]])),
    };
    // NO_COLOR and a pipe: the figures are for the plain output, as a script would read it.
    const env = { ...process.env, NO_COLOR: "1" };
    const labels = Object.keys(variants);
    const samples = interleaved(labels, runs, (label) => runNode(variants[label]!, { env }).wallMs);
    const [bare, ...others] = labels;
    const ratioInterval = (label: string) =>
      medianInterval([samples[bare!]!, samples[label]!], ([node, command]) => command! / node!);
    return {
      runs,
      bareNode: { label: bare!, wallMs: median(samples[bare!]!) },
      commands: others.map((label) => ({
        label,
        wallMs: median(samples[label]!),
        ratioInterval: ratioInterval(label),
      })),
    };
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
    (t) =>
      `| \`${t.label}\` | ${fixed(t.wallMs, 1)} | ${fixed(t.wallMs / times.bareNode.wallMs)}× | ` +
      `${t.ratioInterval ? `${intervalFigure(t.ratioInterval)}×` : ""} |`,
  );
  return `## Command-line start-up

Each command is its own process, ${times.runs} runs each, interleaved round by round with a bare
\`node\` running an empty ES module (the floor: Node's start-up and its ES-module loader). Wall
time from spawn to exit, medians; output to a pipe without colour. The budget is ≤ ${fixed(limit)}× bare
node for each of these commands: they load the article and the plain renderers only, while zod,
the exporters and the scorers are loaded by the commands that use them (\`export\`, \`validate\`,
\`score\`). To a pipe or a file the command line writes with \`fs.writeSync\` and takes Node's
built-ins through \`require\`: creating \`process.stdout\` or importing \`node:fs\` as an ES module
loads Node's stream and socket modules, about as much work as \`show\` does itself (a
terminal still gets Node's stream, which knows its width). test/cli-lazy-loading.test.ts checks
which modules each command loads, Node's own among them.

The ratio's interval tells the run's own precision: ${intervalMethod("the runs of the command and those of bare node")}.

| command | wall ms | vs bare node | ${INTERVAL_NAME} |
| --- | --- | --- | --- |
${rows.join("\n")}
`;
}
