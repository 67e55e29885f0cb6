/**
 * Growth exponents of the exporters, offset queries, loaders and scorers: each subject of
 * bench-growth-subjects.ts is timed on the article repeated 1×, 10× and 100× (synthetic articles
 * from bench-synthetic.ts, each checked with safeParseArticle first). Every subject × scale is
 * measured in fresh processes (bench-growth-child.ts, compiled as the build compiles the
 * package); the exponent is the slope of log time over log size between two scales: 1 for linear
 * work, 2 for quadratic.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { safeParseArticle } from "../../src/schema/index.js";
import type { ArticleOf } from "../../src/types.js";
import type { BatchOptions } from "./bench-cpu.js";
import { GROWTH_SUBJECTS, type GrowthSubject } from "./bench-growth-subjects.js";
import { compileScript, interleaved, runNode } from "./bench-process.js";
import { type Interval, medianInterval } from "./bench-interval.js";
import { median } from "./bench-stats.js";
import { scaleArticle } from "./bench-synthetic.js";

const CHILD = join(dirname(fileURLToPath(import.meta.url)), "bench-growth-child.ts");

/** One subject measured at every scale; each list has one entry per scale, in the scales' order. */
export interface GrowthCost {
  readonly name: string;
  readonly group: GrowthSubject["group"];
  /** Median CPU milliseconds per call. */
  readonly ms: readonly number[];
  /** Of those, milliseconds per call paused in the garbage collector. */
  readonly gcMs: readonly number[];
  /** Of those, milliseconds per call in the kernel, mostly faulting in fresh heap pages (absent in older runs). */
  readonly systemMs?: readonly number[];
  /** The child's heap after measuring, in MiB: the article, the input and what the calls keep. */
  readonly heapMb: readonly number[];
  /** The semi-space V8's young generation had grown to by the end, in MiB (the largest of the runs). */
  readonly semiSpaceMb?: readonly number[];
  /** Log-log slope between consecutive scales, one fewer than the scales. */
  readonly exponents: readonly number[];
  /** Each slope's bootstrap interval over the processes at its two scales (absent in older runs). */
  readonly exponentIntervals?: readonly Interval[];
  /** The same slopes of the time outside garbage-collection pauses, to tell its share. */
  readonly exponentsWithoutGc: readonly number[];
  /**
   * Of the CPU milliseconds, those on the main thread, the rest being V8's helper threads (absent
   * in older runs, and where the main thread's time cannot be read).
   */
  readonly mainMs?: readonly number[];
  /**
   * The slopes of the function's own work: the main thread's time outside garbage-collection
   * pauses, without the collector's work on either thread (absent with `mainMs`).
   */
  readonly ownExponents?: readonly number[];
  /** Each of those slopes' bootstrap interval, as `exponentIntervals`. */
  readonly ownIntervals?: readonly Interval[];
  /** The largest slope: the figure the budget is checked against. */
  readonly worst: number;
  /** Processes per scale the figures are taken over, where more than the options' `rounds` (absent otherwise). */
  readonly processes?: number;
  /**
   * For a subject over the budget, the same measurement with semi-spaces of
   * {@link LARGE_SEMI_SPACE_MB} MiB, so that the young generation holds what one call returns.
   */
  readonly largeYoung?: { readonly ms: readonly number[]; readonly exponents: readonly number[] };
  /**
   * For a subject over the budget, the step from the largest scale to {@link BEYOND_FACTOR} times
   * it, both timed again in the same rounds: whether the growth goes on past the largest scale.
   */
  readonly beyond?: Interval & { readonly from: number; readonly to: number; readonly exponent: number };
}

/**
 * How far past the largest scale the step of a subject over the budget is timed (100× to 300×),
 * to tell a growth that goes on from one that happens once, between two of the scales.
 */
export const BEYOND_FACTOR = 3;

/**
 * The semi-space of the second measurement of a subject over the budget: four times the 16 MiB
 * that the young generation's semi-spaces grow to by default in these runs (each run reports
 * its own), so that what one call returns at 100× fits in it and is not copied by the scavenger
 * while the call builds it.
 */
export const LARGE_SEMI_SPACE_MB = 64;

/** The log-log slope between two (size, time) points. */
export const slope = (sizeA: number, msA: number, sizeB: number, msB: number): number =>
  Math.log(msB / msA) / Math.log(sizeB / sizeA);

/** How long to measure each subject at each scale. */
export interface GrowthOptions extends BatchOptions {
  /** Fresh processes per subject and scale, interleaved with the others; the median is kept. */
  readonly rounds: number;
  /** Only the subjects whose name or group starts with this; all by default. */
  readonly only?: string;
  /** Subjects whose largest exponent is above this are measured again with a larger young generation. */
  readonly recheckAbove?: number;
  /**
   * The budget the intervals are held against: a subject with a step whose interval holds it
   * (the run cannot tell on which side the step lies) gets `settleRounds` more processes per
   * scale, and its figures are taken over all of them. With `ownWork`, the intervals of its own
   * work count too (absent in older runs, which settled on the whole time's alone).
   */
  readonly settle?: { readonly budget: number; readonly settleRounds: number; readonly ownWork?: boolean };
  /** Whether those subjects are also timed one step past the largest scale ({@link BEYOND_FACTOR} times it). */
  readonly beyond?: boolean;
}

interface ChildResult {
  readonly ms: number;
  readonly gcMs: number;
  readonly systemMs: number;
  readonly mainMs?: number;
  readonly heapMb: number;
  readonly semiSpaceMb: number;
}

/** Each article's median of one figure over its processes. */
const mediansOf = (runs: readonly (readonly ChildResult[])[], figure: (x: ChildResult) => number): number[] =>
  runs.map((r) => median(r.map(figure)));

// What a child measured: all its CPU time, and the main thread's outside the collector's pauses.
const allCpu = (x: ChildResult) => x.ms;
const ownWork = (x: ChildResult) => x.mainMs! - x.gcMs;

/** The log-log slopes between consecutive scales. */
const slopesOf = (scales: readonly number[], times: readonly number[]): number[] =>
  times.slice(1).map((t, i) => slope(scales[i]!, times[i]!, scales[i + 1]!, t));

/** Times every subject at every scale, in CPU milliseconds per call. */
export function measureGrowth(doc: ArticleOf, scales: readonly number[], options: GrowthOptions): GrowthCost[] {
  const { only } = options;
  const subjects = GROWTH_SUBJECTS.filter((s) => !only || s.name.startsWith(only) || s.group.startsWith(only));
  if (subjects.length === 0) throw new Error(`no growth subject's name or group starts with "${only}"`);
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-growth-"));
  try {
    const articleFile = (copies: number) => {
      const scaled = scaleArticle(doc, copies);
      const check = safeParseArticle(scaled);
      if (!check.success)
        throw new Error(`the ${copies}x synthetic article is invalid: ${check.error.issues[0]?.message}`);
      const file = join(scratch, `article-${copies}x.json`);
      writeFileSync(file, JSON.stringify(scaled));
      return file;
    };
    const files = scales.map(articleFile);
    const child = compileScript(CHILD, scratch);
    // Every subject of `which` on every article of `at`, `rounds` fresh processes each, interleaved.
    const timeAll = (
      which: readonly GrowthSubject[],
      flags: readonly string[],
      at: readonly string[] = files,
      rounds = options.rounds,
    ) => {
      const key = (s: number, k: number) => `${s}:${k}`;
      const keys = which.flatMap((_, s) => at.map((_, k) => key(s, k)));
      const samples = interleaved(keys, rounds, (run): ChildResult => {
        const [s, k] = run.split(":").map(Number) as [number, number];
        const args = [which[s]!.name, at[k]!, String(options.minMs), String(options.batches)];
        return JSON.parse(runNode(["--expose-gc", ...flags, child, ...args]).stdout) as ChildResult;
      });
      return which.map((_, s) => at.map((_, k) => samples[key(s, k)]!));
    };
    // A step's interval over the processes at its two scales.
    const stepInterval = (
      runs: readonly (readonly ChildResult[])[],
      from: number,
      to: number,
      figure = allCpu,
    ): Interval => {
      const [a, b] = [runs[0]!, runs[1]!].map((r) => r.map(figure));
      return medianInterval([a!, b!], ([msA, msB]) => slope(from, msA!, to, msB!));
    };
    const intervalsOf = (runs: readonly (readonly ChildResult[])[], figure = allCpu) =>
      scales.slice(1).map((to, k) => stepInterval(runs.slice(k, k + 2), scales[k]!, to, figure));
    // The function's own work, where every process could read its main thread's time.
    const ownOf = (runs: readonly (readonly ChildResult[])[]) =>
      runs.every((r) => r.every((x) => x.mainMs !== undefined)) && {
        mainMs: mediansOf(runs, (x) => x.mainMs!),
        ownExponents: slopesOf(scales, mediansOf(runs, ownWork)),
        ownIntervals: intervalsOf(runs, ownWork),
      };
    const costOf = (subject: GrowthSubject, runs: readonly (readonly ChildResult[])[]): GrowthCost => {
      const ms = mediansOf(runs, allCpu);
      const gcMs = mediansOf(runs, (x) => x.gcMs);
      const exponents = slopesOf(scales, ms);
      return {
        name: subject.name,
        group: subject.group,
        ms,
        gcMs,
        systemMs: mediansOf(runs, (x) => x.systemMs),
        heapMb: runs.map((r) => Math.max(...r.map((x) => x.heapMb))),
        semiSpaceMb: runs.map((r) => Math.max(...r.map((x) => x.semiSpaceMb))),
        exponents,
        exponentIntervals: intervalsOf(runs),
        exponentsWithoutGc: slopesOf(
          scales,
          ms.map((t, k) => t - gcMs[k]!),
        ),
        worst: Math.max(...exponents),
        ...ownOf(runs),
        ...(runs[0]!.length > options.rounds && { processes: runs[0]!.length }),
      };
    };
    const first = timeAll(subjects, []);
    const firstCosts = subjects.map((subject, i) => costOf(subject, first[i]!));
    const { settle } = options;
    const unsure = (c: GrowthCost) =>
      settle !== undefined &&
      [...c.exponentIntervals!, ...((settle.ownWork && c.ownIntervals) || [])].some(
        (i) => i.low <= settle.budget && settle.budget <= i.high,
      );
    const unsettled = subjects.filter((_, i) => unsure(firstCosts[i]!));
    const more = settle && unsettled.length > 0 ? timeAll(unsettled, [], files, settle.settleRounds) : [];
    const costs = subjects.map((subject, i) => {
      const extra = more[unsettled.indexOf(subject)];
      if (!extra) return firstCosts[i]!;
      return costOf(
        subject,
        first[i]!.map((runs, k) => [...runs, ...extra[k]!]),
      );
    });
    const { recheckAbove } = options;
    const over = costs.filter((c) => c.group !== "reference" && recheckAbove !== undefined && c.worst > recheckAbove);
    if (over.length === 0) return costs;
    const overSubjects = over.map((c) => subjects.find((s) => s.name === c.name)!);
    const again = timeAll(overSubjects, [`--max-semi-space-size=${LARGE_SEMI_SPACE_MB}`]);
    // The step past the largest scale, the largest measured again in the same rounds.
    const [largest, beyond] = [scales.at(-1)!, BEYOND_FACTOR * scales.at(-1)!];
    const past = options.beyond ? timeAll(overSubjects, [], [files.at(-1)!, articleFile(beyond)]) : [];
    return costs.map((c) => {
      const i = over.indexOf(c);
      if (i < 0) return c;
      const ms = mediansOf(again[i]!, allCpu);
      const pastMs = past[i] && mediansOf(past[i]!, allCpu);
      const step = pastMs && {
        from: largest,
        to: beyond,
        exponent: slope(largest, pastMs[0]!, beyond, pastMs[1]!),
        ...stepInterval(past[i]!, largest, beyond),
      };
      return { ...c, largeYoung: { ms, exponents: slopesOf(scales, ms) }, ...(step && { beyond: step }) };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
