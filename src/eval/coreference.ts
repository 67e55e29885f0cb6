/**
 * Coreference metrics — MUC, B³, CEAF-m, CEAF-e, BLANC and the CoNLL average — computed
 * exactly as the CoNLL-2012 reference scorer v8.01 (conll/reference-coreference-scorers,
 * lib/CorScorer.pm) computes them, including its treatment of mentions missing from the key
 * or the response, of repeated mentions and of empty denominators. One input it scores is refused:
 * a key cluster that lists a mention twice, which it would score above 1. One metric per module
 * (muc.ts, bcub.ts, ceaf.ts, blanc.ts); this one scores documents with all of them.
 *
 * Scores are fractions in [0, 1]; the reference scorer prints them as percentages.
 * @module
 */

import { type AlignedChains, alignDocuments, type Cluster, type DocumentClusters } from "./align.js";
import { bcubCounts } from "./bcub.js";
import { type BlancCounts, blancCounts, blancFromCounts } from "./blanc.js";
import { ceafCounts } from "./ceaf.js";
import { mucCounts } from "./muc.js";
import { addCounts, type MetricCounts, type PRF, prfFromCounts, ZERO_COUNTS } from "./prf.js";

/** The counts behind every metric, as the reference scorer accumulates them. */
export interface CorefCounts {
  readonly muc: MetricCounts;
  readonly bcub: MetricCounts;
  readonly ceafm: MetricCounts;
  readonly ceafe: MetricCounts;
  readonly blanc: BlancCounts;
}

/**
 * All scores. `conll` is the CoNLL-2012 official score: only an F1, the unweighted mean of
 * the MUC, B³ and CEAF-e F1 values (recall and precision are not averaged).
 */
export interface CorefScores {
  readonly muc: PRF;
  readonly bcub: PRF;
  readonly ceafm: PRF;
  readonly ceafe: PRF;
  readonly blanc: PRF;
  readonly conll: { readonly f1: number };
}

/**
 * Computes every metric on one document, aligning the mentions only once.
 *
 * @param key - The gold clusters of the document.
 * @param response - The system clusters of the same document.
 * @returns MUC, B³, CEAF-m, CEAF-e, BLANC and the CoNLL F1.
 * @throws {RangeError} A `ScoringLimitError` if a key cluster lists a mention twice, the response
 *   repeats more than `MAX_REPEATED_RESPONSE_MENTIONS` mentions, or clusters linked by shared mentions form a
 *   group too large to align (`MAX_ASSIGNMENT_CELLS`, `MAX_ASSIGNMENT_STEPS`).
 * @example
 * ```ts
 * const scores = scoreClusters([["0-1", "3-6"], ["8-8"]], [["0-1", "3-6"]]);
 * scores.muc.f1; // 1
 * scores.conll.f1; // (MUC F1 + B³ F1 + CEAF-e F1) / 3
 * ```
 */
export function scoreClusters(key: readonly Cluster[], response: readonly Cluster[]): CorefScores {
  return scoreDocuments([{ key, response }]);
}

/**
 * Computes every metric over a corpus the way the reference scorer does over a file of several
 * documents: numerators and denominators are summed over documents before dividing
 * (micro-average), and the CoNLL F1 averages the corpus-level F1 values.
 *
 * @param documents - Key and response clusters per document; mention keys only need to be
 *   unique within a document.
 * @returns MUC, B³, CEAF-m, CEAF-e, BLANC and the CoNLL F1 of the whole corpus.
 * @throws {RangeError} As {@link scoreClusters}; repeated mentions are counted over all documents.
 * @example
 * ```ts
 * const scores = scoreDocuments([
 *   { key: [["0-0", "2-2"]], response: [["0-0", "2-2"]] },
 *   { key: [["1-1", "5-6"]], response: [["1-1"], ["5-6"]] },
 * ]);
 * scores.muc.recall; // 0.5 (1 of the 2 key links)
 * ```
 */
export function scoreDocuments(documents: readonly DocumentClusters[]): CorefScores {
  const counts = countMetrics(documents);
  const scores = {
    muc: prfFromCounts(counts.muc),
    bcub: prfFromCounts(counts.bcub),
    ceafm: prfFromCounts(counts.ceafm),
    ceafe: prfFromCounts(counts.ceafe),
    blanc: blancFromCounts(counts.blanc),
  };
  return { ...scores, conll: { f1: (scores.muc.f1 + scores.bcub.f1 + scores.ceafe.f1) / 3 } };
}

/**
 * Computes the raw counts of every metric, summed over documents — the numbers the reference
 * scorer prints as `Recall: (n / d)` and `Precision: (n / d)`.
 *
 * @param documents - Key and response clusters per document.
 * @returns The summed counts per metric.
 * @throws {RangeError} As {@link scoreDocuments}.
 * @example
 * ```ts
 * countMetrics([{ key: [["a", "b", "c"]], response: [["a", "b"]] }]).muc;
 * // { recallNumerator: 1, recallDenominator: 2, precisionNumerator: 1, precisionDenominator: 1 }
 * ```
 */
export function countMetrics(documents: readonly DocumentClusters[]): CorefCounts {
  const perMetric = alignDocuments(documents).map(countDocument);
  const sum = (metric: (counts: CorefCounts) => MetricCounts): MetricCounts =>
    perMetric.map(metric).reduce(addCounts, ZERO_COUNTS);
  return {
    muc: sum((counts) => counts.muc),
    bcub: sum((counts) => counts.bcub),
    ceafm: sum((counts) => counts.ceafm),
    ceafe: sum((counts) => counts.ceafe),
    blanc: {
      coreference: sum((counts) => counts.blanc.coreference),
      nonCoreference: sum((counts) => counts.blanc.nonCoreference),
    },
  };
}

/** All counts of one aligned document. */
function countDocument({ key, response }: AlignedChains): CorefCounts {
  return {
    muc: mucCounts(key, response),
    bcub: bcubCounts(key, response),
    ceafm: ceafCounts(key, response, "mention"),
    ceafe: ceafCounts(key, response, "entity"),
    blanc: blancCounts(key, response),
  };
}
