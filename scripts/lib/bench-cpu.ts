/**
 * The one in-process CPU timer of the benchmark: CPU milliseconds per call of a piece of work,
 * the median of batches. CPU time (user and system, every thread of the process, the garbage
 * collector's included) moves far less than wall time on a machine shared with other work.
 */
import { GCProfiler } from "node:v8";
import { median } from "./bench-stats.js";

/** CPU milliseconds this process has used so far. */
export const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** How long to measure. */
export interface BatchOptions {
  /** CPU milliseconds of one batch of calls (at least five calls' worth)… */
  readonly minMs: number;
  /** …and how many batches; the median batch's time per call is kept. */
  readonly batches: number;
}

// Node started with --expose-gc: a full collection between batches, so that garbage left by
// what ran before a batch is not charged to it. The garbage a batch makes itself is collected
// while it runs (its calls are repeated until the batch has run for minMs) and counted.
// That forced collection also reduces memory as no collection in a running program does: it
// keeps no hidden class that no live object has, so the optimized code of every function whose
// objects are all garbage between calls (a class instance made per call, say) is thrown away
// with its type feedback. Each batch is therefore warmed up again, untimed, after it.
const collect = (globalThis as { gc?: () => void }).gc;

/** The cost of one call, the median over the batches. */
export interface CallCost {
  /** CPU milliseconds per call, the garbage collector's work included. */
  readonly ms: number;
  /** Of that, milliseconds per call the main thread spent paused in the garbage collector. */
  readonly gcMs: number;
}

/** Runs `work`, returning the milliseconds of garbage-collection pauses during it. */
function gcPausesOf(work: () => void): number {
  const profiler = new GCProfiler();
  profiler.start();
  work();
  return (profiler.stop()?.statistics ?? []).reduce((sum, gc) => sum + gc.cost, 0) / 1000;
}

/** Calls `work` at least twice and for `minMs` of CPU time; returns the last call's milliseconds. */
function warmUp(work: () => unknown, minMs: number): number {
  let last = 0;
  for (let calls = 0, start = cpuNow(); calls < 2 || cpuNow() - start < minMs; calls++) {
    const before = cpuNow();
    work();
    last = cpuNow() - before;
  }
  return last;
}

/**
 * CPU milliseconds per call of `work`: warm-up calls, then `options.batches` batches, each after
 * a full collection and a warm-up again, each repeating the call until `options.minMs` of CPU
 * time (and three calls' worth) have passed.
 */
export function measureCalls(work: () => unknown, options: BatchOptions): CallCost {
  // Warm-up: at least two calls and as long as a batch, so that every scale is timed in optimized
  // code rather than while the compiler is still working on it (or on its first, cold call).
  collect?.();
  const last = warmUp(work, options.minMs);
  // At least three calls a batch, so a collection of the whole heap is spread over several calls
  // in every batch rather than landing on one short batch.
  const batchMs = Math.max(options.minMs, 3 * last);
  const costs: CallCost[] = [];
  for (let batch = 0; batch < options.batches; batch++) {
    collect?.();
    // After the collection, the same warm-up again (see `collect`), so that no batch is timed
    // while the compiler redoes what the collection threw away.
    if (collect) warmUp(work, options.minMs);
    let [ms, calls] = [0, 0];
    const gcMs = gcPausesOf(() => {
      const start = cpuNow();
      do {
        work();
        calls++;
      } while (cpuNow() - start < batchMs);
      ms = cpuNow() - start;
    });
    costs.push({ ms: ms / calls, gcMs: gcMs / calls });
  }
  return { ms: median(costs.map((c) => c.ms)), gcMs: median(costs.map((c) => c.gcMs)) };
}

/** CPU milliseconds per call of `work` (see {@link measureCalls}). */
export const cpuMsPerCall = (work: () => unknown, options: BatchOptions): number => measureCalls(work, options).ms;
