/**
 * Growth exponents of the exporters, offset queries, loaders and scorers: each subject of
 * bench-growth-subjects.ts is timed on the article repeated 1×, 10× and 100× (synthetic articles
 * from bench-synthetic.ts, each checked with safeParseArticle first). Every subject × scale is
 * measured in a fresh process (bench-growth-child.ts) with a full collection before each batch;
 * the exponent is the slope of log time over log size between two scales: 1 for linear work, 2
 * for quadratic.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { safeParseArticle } from "../../src/schema/index.js";
import type { ArticleOf } from "../../src/types.js";
import type { BatchOptions } from "./bench-cpu.js";
import { GROWTH_SUBJECTS, type GrowthSubject } from "./bench-growth-subjects.js";
import { interleaved, runNode } from "./bench-process.js";
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
  /** The child's heap after measuring, in MiB: the article, the input and what the calls keep. */
  readonly heapMb: readonly number[];
  /** Log-log slope between consecutive scales, one fewer than the scales. */
  readonly exponents: readonly number[];
  /** The same slopes of the time outside garbage-collection pauses, to tell its share. */
  readonly exponentsWithoutGc: readonly number[];
  /** The largest slope: the figure the budget is checked against. */
  readonly worst: number;
}

/** The log-log slope between two (size, time) points. */
export const slope = (sizeA: number, msA: number, sizeB: number, msB: number): number =>
  Math.log(msB / msA) / Math.log(sizeB / sizeA);

/** How long to measure each subject at each scale. */
export interface GrowthOptions extends BatchOptions {
  /** Fresh processes per subject and scale, interleaved with the others; the median is kept. */
  readonly rounds: number;
  /** Only the subjects whose name or group starts with this; all by default. */
  readonly only?: string;
}

interface ChildResult {
  readonly ms: number;
  readonly gcMs: number;
  readonly heapMb: number;
}

/** Times every subject at every scale, in CPU milliseconds per call. */
export function measureGrowth(doc: ArticleOf, scales: readonly number[], options: GrowthOptions): GrowthCost[] {
  const { only } = options;
  const subjects = GROWTH_SUBJECTS.filter((s) => !only || s.name.startsWith(only) || s.group.startsWith(only));
  if (subjects.length === 0) throw new Error(`no growth subject's name or group starts with "${only}"`);
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-growth-"));
  try {
    const files = scales.map((copies) => {
      const scaled = scaleArticle(doc, copies);
      const check = safeParseArticle(scaled);
      if (!check.success)
        throw new Error(`the ${copies}x synthetic article is invalid: ${check.error.issues[0]?.message}`);
      const file = join(scratch, `article-${copies}x.json`);
      writeFileSync(file, JSON.stringify(scaled));
      return file;
    });
    const key = (s: number, k: number) => `${s}:${k}`;
    const keys = subjects.flatMap((_, s) => scales.map((_, k) => key(s, k)));
    const samples = interleaved(keys, options.rounds, (which): ChildResult => {
      const [s, k] = which.split(":").map(Number) as [number, number];
      const args = [subjects[s]!.name, files[k]!, String(options.minMs), String(options.batches)];
      return JSON.parse(runNode(["--expose-gc", "--import", "tsx", CHILD, ...args]).stdout) as ChildResult;
    });
    return subjects.map((subject, s) => {
      const runs = scales.map((_, k) => samples[key(s, k)]!);
      const ms = runs.map((r) => median(r.map((x) => x.ms)));
      const gcMs = runs.map((r) => median(r.map((x) => x.gcMs)));
      const slopes = (times: readonly number[]) =>
        times.slice(1).map((t, i) => slope(scales[i]!, times[i]!, scales[i + 1]!, t));
      const exponents = slopes(ms);
      return {
        name: subject.name,
        group: subject.group,
        ms,
        gcMs,
        heapMb: runs.map((r) => Math.max(...r.map((x) => x.heapMb))),
        exponents,
        exponentsWithoutGc: slopes(ms.map((t, k) => t - gcMs[k]!)),
        worst: Math.max(...exponents),
      };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
