import type { ArticleOf } from "../types.js";
import type { Predictions } from "./predictions.js";

/**
 * The article's own annotation in the predictions format: what a perfect system would output.
 * Scoring it against the article gives 1 on every metric.
 *
 * @param doc - The article.
 * @returns Predictions holding every mention (clustered by entity), claim and time.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { goldAsPredictions, scoreAll } from "kim-shoigu-2023/eval";
 * scoreAll(goldAsPredictions(article)).mentions.exact.f1; // 1
 * ```
 */
export function goldAsPredictions(doc: ArticleOf): Predictions {
  const typeOf = new Map(doc.entities.map((e) => [e.id, e.type]));
  const mentionById = new Map(doc.mentions.map((m) => [m.id, m]));
  const span = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });
  return {
    textSha256: doc.textSha256,
    // Fields written out rather than `{ ...span(m.span), type }`: see "Code" in CONTRIBUTING.md.
    mentions: doc.mentions.map(({ span: { start, end, text }, entityId }) => ({
      start,
      end,
      text,
      type: typeOf.get(entityId)!,
      cluster: entityId,
    })),
    claims: doc.claims.map((c) => {
      const sourceMention = c.sourceMention === undefined ? undefined : mentionById.get(c.sourceMention);
      return {
        source: sourceMention ? span(sourceMention.span) : null,
        cue: c.cue ? span(c.cue) : null,
        content: span(c.content),
        factuality: c.factuality,
        polarity: c.polarity,
        quote: c.quote,
      };
    }),
    times: doc.times.map(({ span: { start, end, text }, type, value }) => ({ start, end, text, type, value })),
  };
}
