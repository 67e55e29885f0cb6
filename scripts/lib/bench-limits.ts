/** The budgets of the performance issue: each figure's limit, checked by bench-budgets.ts. */
export const LIMITS = {
  bundleToJson: 1.1,
  tscToTrivial: 1.1,
  netLoadToJsonParse: 1.5,
  dataCopies: 3,
  htmlBundleToArticle: 1.35,
  schemaBundleToJson: 2.0,
  indexGrowth: 1.5,
  cliToBareNode: 1.15,
  growthExponent: 1.15,
} as const;
