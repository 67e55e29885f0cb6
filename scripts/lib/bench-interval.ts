/**
 * How precise one run's figure is: a bootstrap interval over the samples it was computed from.
 * The budgets are checked against the figures themselves; the interval tells a reader whether
 * a figure near its budget is over it by more than the run's own spread.
 */
import { fixed, grouped, median } from "./bench-stats.js";
import { percentileInterval, seededRandom } from "./bootstrap.js";

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
  // A fixed seed, so that a report rendered again from the same samples gives the same intervals.
  const random = seededRandom(0x5eed);
  const draw = (g: readonly number[]) => median(Array.from(g, () => g[Math.floor(random() * g.length)]!));
  const estimates = Array.from({ length: resamples }, () => statistic(groups.map(draw)));
  const [low, high] = percentileInterval(estimates, INTERVAL_LEVEL);
  return { low, high };
}

/** An interval as the report shows it, `1.08–1.25`, each end as `figure` writes a value. */
export const intervalFigure = ({ low, high }: Interval, figure: (value: number) => string = fixed): string =>
  `${figure(low)}–${figure(high)}`;
