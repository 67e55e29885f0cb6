/**
 * Cohen's kappa: agreement of two annotators on categorical labels, corrected for the agreement
 * expected by chance from each annotator's label distribution.
 *
 * @param pairs - The two annotators' labels for the same items.
 * @returns Kappa in [-1, 1]; 1 when both agree on every item, including when chance agreement
 *   is 1 (a single label used by both); `NaN` for no items.
 * @example
 * ```ts
 * cohensKappa([["a", "a"], ["b", "b"], ["a", "b"], ["b", "b"]]); // 0.5
 * ```
 */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number {
  const n = pairs.length;
  if (n === 0) return Number.NaN;
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  for (const [a, b] of pairs) {
    countsA.set(a, (countsA.get(a) ?? 0) + 1);
    countsB.set(b, (countsB.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [label, count] of countsA) expected += (count / n) * ((countsB.get(label) ?? 0) / n);
  if (expected === 1) return observed === 1 ? 1 : 0;
  return (observed - expected) / (1 - expected);
}
