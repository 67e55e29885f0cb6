/**
 * The one in-process CPU timer of the benchmark: CPU milliseconds per call of a piece of work,
 * the median of batches. CPU time (user and system, every thread of the process, the garbage
 * collector's included) moves far less than wall time on a machine shared with other work.
 */
import { readFileSync } from "node:fs";
import { GCProfiler } from "node:v8";
import { median } from "./bench-stats.js";

/** CPU milliseconds this process has used so far. */
export const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// Linux gives each thread's CPU time in /proc, in ticks of 10 ms (/proc counts in USER_HZ, 100
// on every Linux); Node 20 has no per-thread clock (process.threadCpuUsage came with Node 23.9).
const MAIN_THREAD_STAT = `/proc/self/task/${process.pid}/stat`;

/**
 * CPU milliseconds the main thread (the one running JavaScript) has used so far, to 10 ms; undefined
 * where /proc does not tell. The process's other threads are V8's helpers: the collector marking,
 * sweeping and copying beside the main thread, and the optimizing compiler.
 */
export function mainThreadCpuNow(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(MAIN_THREAD_STAT, "utf8");
  } catch {
    return undefined;
  }
  // After the command name in brackets (which may hold spaces), utime and stime are the 12th and 13th fields.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const [user, system] = [Number(fields[11]), Number(fields[12])];
  return Number.isFinite(user) && Number.isFinite(system) ? (user + system) * 10 : undefined;
}

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
  /**
   * Of that, milliseconds per call on the main thread, the rest being V8's helper threads (see
   * {@link mainThreadCpuNow}); undefined where the main thread's time cannot be read.
   */
  readonly mainMs: number | undefined;
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
  const costs: Omit<CallCost, "mainMs">[] = [];
  // The main thread's share over all the batches: its clock counts 10 ms ticks, a few per batch.
  const [mainBefore, allBefore] = [mainThreadCpuNow(), cpuNow()];
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
  const [mainAfter, allAfter] = [mainThreadCpuNow(), cpuNow()];
  const of = (part: keyof (typeof costs)[number]) => median(costs.map((c) => c[part]));
  const mainShare =
    mainBefore === undefined || mainAfter === undefined ? undefined : (mainAfter - mainBefore) / (allAfter - allBefore);
  // A share above 1 is the main clock's ticks rounding up: the main thread used all of it.
  const mainMs = mainShare === undefined ? undefined : of("ms") * Math.min(1, mainShare);
  return { ms: of("ms"), gcMs: of("gcMs"), systemMs: of("systemMs"), mainMs };
}
