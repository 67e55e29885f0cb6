/**
 * Krippendorff's alpha for nominal data: the agreement of any number of coders on categorical
 * labels, with missing values, corrected for the agreement expected from the pooled label
 * distribution. Computed from the coincidence matrix as in Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability" (2011): α = 1 − (n − 1) · Σ_u Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k,
 * where `o` counts ordered pairs of values within a unit, each unit weighted by 1 / (m_u − 1).
 *
 * @param units - For each unit (item), the value each coder gave it; `undefined` or `null` where
 *   a coder gave none. Units with fewer than two values are not pairable and are left out.
 * @returns Alpha, at most 1; `NaN` when fewer than two pairable values exist or when every
 *   pairable value is the same (no variation: alpha is undefined, 0/0).
 * @example
 * ```ts
 * import { krippendorffAlpha } from "kim-shoigu-2023/eval";
 * krippendorffAlpha([["a", "a"], ["b", "b"], ["a", "b"]]); // 0.444…
 * ```
 */
export function krippendorffAlpha(units: readonly (readonly (string | null | undefined)[])[]): number {
  // Observed disagreement mass and the pairable value totals n_c, per the coincidence matrix.
  let disagreeing = 0;
  const totals = new Map<string, number>();
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== undefined && v !== null);
    const m = values.length;
    if (m < 2) continue;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [v, count] of counts) {
      totals.set(v, (totals.get(v) ?? 0) + count);
      disagreeing += (count * (m - count)) / (m - 1);
    }
  }
  const n = [...totals.values()].reduce((a, b) => a + b, 0);
  if (n < 2) return Number.NaN;
  let expected = 0;
  for (const count of totals.values()) expected += count * (n - count);
  if (expected === 0) return Number.NaN;
  return 1 - ((n - 1) * disagreeing) / expected;
}
