/** Small statistics and timing helpers shared by the benchmark modules. */

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds that `work` takes, measured with the monotonic high-resolution clock. */
export function timeMs(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Median milliseconds of `iterations` runs of `work`, after `warmup` unmeasured runs so the
 * JIT has compiled the code under test before it is timed.
 */
export function medianMs(work: () => unknown, iterations: number, warmup = Math.min(20, iterations)): number {
  for (let i = 0; i < warmup; i++) work();
  return median(Array.from({ length: iterations }, () => timeMs(work)));
}

/**
 * Calls per second of `call(i)`: the median rate over `batches` batches of `callsPerBatch`
 * calls, so one garbage collection pause does not decide the figure.
 */
export function callsPerSecond(call: (i: number) => unknown, callsPerBatch: number, batches = 15): number {
  let sink = 0;
  const batch = () => {
    for (let i = 0; i < callsPerBatch; i++) if (call(i) !== undefined) sink++;
  };
  batch(); // warm-up
  const rate = median(Array.from({ length: batches }, () => callsPerBatch / (timeMs(batch) / 1000)));
  if (sink < 0) throw new Error("unreachable: keeps the calls observable");
  return rate;
}

/** A number with a fixed count of decimals, for tables. */
export const fixed = (value: number, decimals = 2): string => value.toFixed(decimals);

/** An integer with thousands separators, for tables. */
export const grouped = (value: number): string => Math.round(value).toLocaleString("en-US");
