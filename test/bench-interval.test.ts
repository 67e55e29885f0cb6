import { describe, expect, it } from "vitest";
import { intervalFigure, medianInterval } from "../scripts/lib/bench-interval.js";
import { median } from "../scripts/lib/bench-stats.js";

// The benchmark's bootstrap interval of a figure computed from medians (docs/performance.md).
describe("medianInterval", () => {
  const ratio = ([a, b]: readonly number[]) => b! / a!;

  it("is a single point when every sample of every group is the same", () => {
    expect(
      medianInterval(
        [
          [2, 2, 2],
          [3, 3, 3, 3],
        ],
        ratio,
      ),
    ).toEqual({ low: 1.5, high: 1.5 });
  });

  it("holds the figure of the samples themselves and stays within what the samples can give", () => {
    const bare = [100, 104, 98, 131, 101, 99, 103, 97, 102, 100];
    const command = [115, 118, 112, 150, 116, 117, 114, 113, 119, 160];
    const { low, high } = medianInterval([bare, command], ratio);
    const figure = median(command) / median(bare);
    expect(low).toBeLessThanOrEqual(figure);
    expect(high).toBeGreaterThanOrEqual(figure);
    expect(low).toBeLessThan(high);
    // A resampled median is one of the samples or the mean of two, so the ratio is bounded by them.
    expect(low).toBeGreaterThanOrEqual(Math.min(...command) / Math.max(...bare));
    expect(high).toBeLessThanOrEqual(Math.max(...command) / Math.min(...bare));
  });

  it("widens with the spread of the samples", () => {
    const around = (spread: number) => Array.from({ length: 9 }, (_, i) => 100 + spread * (i - 4));
    const width = (spread: number) => {
      const { low, high } = medianInterval([around(spread)], ([m]) => m!);
      return high - low;
    };
    expect(width(1)).toBeLessThan(width(5));
  });

  it("gives the same interval for the same samples, so a report rendered again does not change", () => {
    const groups = [
      [5, 9, 6, 7, 12],
      [51, 70, 66, 58, 90],
    ];
    expect(medianInterval(groups, ratio)).toEqual(medianInterval(groups, ratio));
  });

  it("refuses a group without samples", () => {
    expect(() => medianInterval([[1], []], ratio)).toThrow(/a sample in every group/);
  });

  it("is written low–high", () => {
    expect(intervalFigure({ low: 1.104, high: 1.3 })).toBe("1.10–1.30");
  });
});
