/**
 * The one way the benchmark times a child process: spawn, wait, wall time from spawn to exit;
 * and the one way it interleaves variants, so a slow moment of the shared machine hits every
 * variant alike.
 */
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { median } from "./bench-stats.js";

/** One finished child process. */
export interface ProcessRun {
  /** Spawn to exit, in milliseconds, as a user waits for it. */
  readonly wallMs: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** When false, a non-zero exit is returned rather than thrown (for cases that are meant to fail). */
  readonly mustSucceed?: boolean;
  /** The child's input on standard input. */
  readonly input?: string;
}

/** Runs `command args` to completion and times it; throws when it fails, unless told otherwise. */
export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): ProcessRun {
  const start = process.hrtime.bigint();
  const child = spawnSync(command, args, {
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 1 << 28,
    ...(options.env && { env: options.env }),
    ...(options.cwd && { cwd: options.cwd }),
    ...(options.input !== undefined && { input: options.input }),
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw child.error;
  if (options.mustSucceed !== false && child.status !== 0)
    throw new Error(
      `benchmark child ${[command, ...args].join(" ")} failed (${child.status ?? child.signal}): ${child.stderr}`,
    );
  return { wallMs, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Runs a Node script file (with `args`) in a fresh process of the current Node. */
export const runNode = (args: readonly string[], options?: RunOptions): ProcessRun =>
  runProcess(process.execPath, args, options);

/**
 * Measures every variant `runs` times, round by round, rotating the order each round so no
 * variant always runs first after a pause; returns each variant's samples.
 */
export function interleaved<K extends string, T>(
  names: readonly K[],
  runs: number,
  measure: (name: K) => T,
): Record<K, T[]> {
  const samples = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < runs; round++)
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      samples[name].push(measure(name));
    }
  return samples;
}

/** Median wall time and median in-process time of a list of timed runs. */
export interface Timing {
  readonly wallMs: number;
  /** CPU milliseconds of the load, measured by the child around it. */
  readonly inProcessMs: number;
}

export const medianTiming = (samples: readonly Timing[]): Timing => ({
  wallMs: median(samples.map((s) => s.wallMs)),
  inProcessMs: median(samples.map((s) => s.inProcessMs)),
});

// The child's own measure of a load is CPU time (user + system), which a busy shared machine
// disturbs far less than wall time: waiting for a core is not counted.
const CPU_START = "const c0 = process.cpuUsage();";
const CPU_PRINT = "const c = process.cpuUsage(c0); process.stdout.write(String((c.user + c.system) / 1000));";

/**
 * Writes the two timer scripts into `dir`: `timer.mjs` times `await import(argv[2])` and
 * `timer.cjs` times `require(argv[2])`, each printing the CPU milliseconds its load took. ES
 * modules are compared with ES modules and CommonJS with CommonJS.
 */
export function writeLoadTimers(dir: string): { esm: string; cjs: string } {
  const esm = join(dir, "timer.mjs");
  const cjs = join(dir, "timer.cjs");
  writeFileSync(
    esm,
    `import { pathToFileURL } from "node:url";\nconst url = pathToFileURL(process.argv[2]).href;\n` +
      `${CPU_START}\nawait import(url);\n${CPU_PRINT}\n`,
  );
  writeFileSync(cjs, `${CPU_START}\nrequire(process.argv[2]);\n${CPU_PRINT}\n`);
  return { esm, cjs };
}

/** Loads `target` through `timer` in a fresh process: wall time, and the load's CPU time inside the child. */
export function timeLoad(timer: string, target: string): Timing {
  const run = runNode([timer, target]);
  return { wallMs: run.wallMs, inProcessMs: Number(run.stdout) };
}

/**
 * A benchmark child script and the package code it times, compiled into one ES module in `dir`
 * as the package's build compiles its sources (esbuild, nothing minified or renamed), rather
 * than run through tsx: tsx keeps every function's name with a call made each time a function is
 * created, which costs code that makes a closure per item several times what the shipped code
 * costs. Returns the module's path.
 */
export function compileScript(entry: string, dir: string): string {
  const outfile = join(dir, `${basename(entry, ".ts")}.mjs`);
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
  return outfile;
}
