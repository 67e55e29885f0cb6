/**
 * How precise one run's figure is: a bootstrap interval over the samples it was computed from.
 * The budgets are checked against the figures themselves; the interval tells a reader whether
 * a figure near its budget is over it by more than the run's own spread.
 */
import { fixed, grouped, median } from "./bench-stats.js";

/** The share of the bootstrap distribution an interval covers. */
export const INTERVAL_LEVEL = 0.9;

/** How many times the samples are drawn again. */
const RESAMPLES = 2000;

/** The report's name for an interval, and how it is computed. */
export const INTERVAL_NAME = `${fixed(100 * INTERVAL_LEVEL, 0)}% interval`;
/** How an interval of a figure computed from the medians of `groups` (as the report names them) is made. */
export const intervalMethod = (groups: string): string =>
  `the ${INTERVAL_NAME} is a bootstrap one: ${groups} drawn again with replacement, their medians ` +
  `taken and the figure computed from them, ${grouped(RESAMPLES)} times, the middle ` +
  `${fixed(100 * INTERVAL_LEVEL, 0)}% kept`;

/** A range of values: the interval's lower and upper ends. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

// mulberry32: a fixed seed, so that a report rendered again from the same samples gives the same
// intervals.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * The {@link INTERVAL_LEVEL} percentile bootstrap interval of a statistic of the medians of
 * several groups of samples: each group is drawn again with replacement, its median taken, and
 * `statistic` applied to the medians, `resamples` times.
 *
 * @example
 * ```ts
 * // The ratio of two medians, each of interleaved runs.
 * medianInterval([bareMs, showMs], ([bare, show]) => show! / bare!);
 * ```
 */
export function medianInterval(
  groups: readonly (readonly number[])[],
  statistic: (medians: readonly number[]) => number,
  resamples = RESAMPLES,
): Interval {
  if (groups.some((g) => g.length === 0)) throw new RangeError("an interval needs a sample in every group");
  const random = seededRandom(0x5eed);
  const values = Array.from({ length: resamples }, () =>
    statistic(groups.map((g) => median(Array.from(g, () => g[Math.floor(random() * g.length)]!)))),
  ).sort((a, b) => a - b);
  const tail = (1 - INTERVAL_LEVEL) / 2;
  return { low: values[Math.floor(tail * resamples)]!, high: values[Math.ceil((1 - tail) * resamples) - 1]! };
}

/** An interval as the report shows it, `1.08–1.25`, each end as `figure` writes a value. */
export const intervalFigure = ({ low, high }: Interval, figure: (value: number) => string = fixed): string =>
  `${figure(low)}–${figure(high)}`;
