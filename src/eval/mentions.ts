import type { EntityType } from "../schema/entity.js";
import type { ArticleOf } from "../types.js";
import type { PRF } from "./prf.js";
import { type MatchMode, matchSpans } from "./matching.js";
import { prfFromMatches } from "./prf.js";
import type { Predictions } from "./predictions.js";

/** Exact and overlap scores of one set of mentions. */
export interface MatchScores {
  readonly exact: PRF;
  readonly overlap: PRF;
}

/** Mention detection scores, overall (span only) and per gold entity type (span and type). */
export interface MentionScores extends MatchScores {
  readonly byType: Readonly<Partial<Record<EntityType, MatchScores>>>;
}

/**
 * Scores predicted mentions against the article's: precision, recall and F1 with exact offsets
 * and with overlap, overall and per entity type (a prediction counts for a type only when it
 * carries that type).
 *
 * @param predictions - Checked predictions (see `checkPredictions`).
 * @param doc - The gold article.
 * @returns Overall and per-type scores.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { scoreMentions } from "kim-shoigu-2023/eval";
 * scoreMentions({ mentions: [{ start: 58, end: 69, type: "person" }] }, article).exact.precision; // 1
 * ```
 */
export function scoreMentions(predictions: Predictions, doc: ArticleOf): MentionScores {
  const typeOf = new Map(doc.entities.map((e) => [e.id, e.type]));
  const gold = doc.mentions.map((m) => ({ start: m.span.start, end: m.span.end, type: typeOf.get(m.entityId)! }));
  const predicted = predictions.mentions ?? [];
  const scores = (
    mode: MatchMode,
    g: readonly { start: number; end: number }[],
    p: readonly { start: number; end: number }[],
  ) => prfFromMatches(matchSpans(g, p, mode).length, g.length, p.length);

  const byType: Partial<Record<EntityType, MatchScores>> = {};
  for (const type of new Set(gold.map((m) => m.type))) {
    const g = gold.filter((m) => m.type === type);
    const p = predicted.filter((m) => m.type === type);
    byType[type] = { exact: scores("exact", g, p), overlap: scores("overlap", g, p) };
  }
  return { exact: scores("exact", gold, predicted), overlap: scores("overlap", gold, predicted), byType };
}
