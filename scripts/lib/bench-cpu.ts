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

// Node started with --expose-gc: a full collection before the warm-up, so that garbage left by
// preparing the input is not charged to the calls. Only there: a forced collection also reduces
// memory as no collection in a running program does. It keeps no hidden class that no live
// object has, so it throws away the optimized code (and type feedback) of every function whose
// objects are all garbage between calls, a class instance made per call for one: each batch
// after one was timed while the compiler redid its work, as many calls of 10-40 ms as the
// warm-up had taken, which weighed most where a batch has a few dozen calls (the 10x articles).
// The batches follow one another as the calls of any loop do, each collecting the garbage of
// the calls before it, as it leaves its own to the next.
const collect = (globalThis as { gc?: () => void }).gc;

/** The cost of one call, the median over the batches. */
export interface CallCost {
  /** CPU milliseconds per call, the garbage collector's work included. */
  readonly ms: number;
  /** Of that, milliseconds per call the main thread spent paused in the garbage collector. */
  readonly gcMs: number;
  /**
   * Of that, milliseconds per call in the kernel: mostly giving the heap fresh pages, as it grows
   * again after a collection has returned pages to the system.
   */
  readonly systemMs: number;
}

/** Runs `work`, returning the milliseconds of garbage-collection pauses during it. */
function gcPausesOf(work: () => void): number {
  const profiler = new GCProfiler();
  profiler.start();
  work();
  return (profiler.stop()?.statistics ?? []).reduce((sum, gc) => sum + gc.cost, 0) / 1000;
}

/**
 * Warm-up: rounds of at least two calls and `minMs` of CPU time each, until a round is less than
 * 5% faster per call than the one before (at most ten rounds). Code reaches its optimized tier
 * after a number of calls, not of milliseconds: on the 10x articles the first calls were 10-15
 * times slower than the later ones for about 400 ms of CPU time, past one round of 150 ms and
 * into the timed batches. Returns the last call's milliseconds.
 */
function warmUp(work: () => unknown, minMs: number): number {
  let [last, previous] = [0, Infinity];
  for (let round = 0; round < 10; round++) {
    const start = cpuNow();
    let calls = 0;
    do {
      const before = cpuNow();
      work();
      last = cpuNow() - before;
      calls++;
    } while (calls < 2 || cpuNow() - start < minMs);
    const perCall = (cpuNow() - start) / calls;
    if (perCall > 0.95 * previous) break;
    previous = perCall;
  }
  return last;
}

/**
 * CPU milliseconds per call of `work`: a full collection and warm-up calls, then `options.batches`
 * batches, each repeating the call until `options.minMs` of CPU time (and three calls' worth)
 * have passed.
 */
export function measureCalls(work: () => unknown, options: BatchOptions): CallCost {
  // Warmed up until the calls stop getting faster, so that every scale is timed in optimized code
  // rather than while the compiler is still working on it (or on its first, cold call).
  collect?.();
  const last = warmUp(work, options.minMs);
  // At least three calls a batch, so a collection of the whole heap is spread over several calls
  // in every batch rather than landing on one short batch.
  const batchMs = Math.max(options.minMs, 3 * last);
  const costs: CallCost[] = [];
  for (let batch = 0; batch < options.batches; batch++) {
    let [ms, calls] = [0, 0];
    const system = process.cpuUsage().system;
    const gcMs = gcPausesOf(() => {
      const start = cpuNow();
      do {
        work();
        calls++;
      } while (cpuNow() - start < batchMs);
      ms = cpuNow() - start;
    });
    const systemMs = (process.cpuUsage().system - system) / 1000;
    costs.push({ ms: ms / calls, gcMs: gcMs / calls, systemMs: systemMs / calls });
  }
  const of = (part: keyof CallCost) => median(costs.map((c) => c[part]));
  return { ms: of("ms"), gcMs: of("gcMs"), systemMs: of("systemMs") };
}

/** CPU milliseconds per call of `work` (see {@link measureCalls}). */
export const cpuMsPerCall = (work: () => unknown, options: BatchOptions): number => measureCalls(work, options).ms;
