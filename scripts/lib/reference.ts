import type { ArticleOf } from "../../src/types.js";
import type { Predictions } from "../../src/eval/predictions.js";

const key = (s: { start: number; end: number }) => `${s.start}-${s.end}`;

/**
 * An annotation in the predictions format turned into an article that the kit's scorers accept
 * as the reference, so that two annotations can be scored against each other with the same
 * code that scores a system against the gold. Clusters become entities, mentions keep their
 * offsets, a claim's source is the mention at its source span. Fields the scorers do not read
 * (descriptions, `about`, relations) are left empty.
 *
 * @param p - The annotation; every claim must carry factuality, polarity and quote type, every
 *   time a value, and every claim source must be one of its mentions.
 * @param base - The article whose text (and metadata) the offsets refer to.
 * @throws Error naming the first item that cannot serve as a reference.
 */
export function predictionsAsArticle(p: Predictions, base: ArticleOf): ArticleOf {
  const clusterIds = new Map<string, string>();
  const entities: { id: string; type: string }[] = [];
  const mentions: { id: string; entityId: string; span: { start: number; end: number; text: string } }[] = [];
  const slice = (s: { start: number; end: number }) => ({
    start: s.start,
    end: s.end,
    text: base.text.slice(s.start, s.end),
  });
  for (const [i, m] of (p.mentions ?? []).entries()) {
    const label = m.cluster ?? `singleton-${i}`;
    let entityId = clusterIds.get(label);
    if (entityId === undefined) {
      entityId = `e${clusterIds.size + 1}`;
      clusterIds.set(label, entityId);
      entities.push({ id: entityId, type: m.type ?? "other" });
    }
    mentions.push({
      id: `${entityId}@${mentions.filter((x) => x.entityId === entityId).length + 1}`,
      entityId,
      span: slice(m),
    });
  }
  const mentionAt = new Map(mentions.map((m) => [key(m.span), m]));
  const claims = (p.claims ?? []).map((c, i) => {
    const { factuality, polarity, quote } = c;
    if (!factuality || !polarity || !quote) throw new Error(`claims[${i}]: needs factuality, polarity and quote`);
    const sourceMention = c.source ? mentionAt.get(key(c.source)) : undefined;
    if (c.source && !sourceMention) throw new Error(`claims[${i}].source ${key(c.source)} is not one of the mentions`);
    return {
      id: `c${i + 1}`,
      content: slice(c.content),
      source: sourceMention ? { entityId: sourceMention.entityId } : { author: true as const },
      ...(sourceMention ? { sourceMention: sourceMention.id } : {}),
      ...(c.cue ? { cue: slice(c.cue) } : {}),
      quote,
      quotes: [],
      factuality,
      polarity,
      about: [],
      relations: [],
    };
  });
  const times = (p.times ?? []).map((t, i) => {
    if (!t.value) throw new Error(`times[${i}]: needs a value`);
    return { id: `t${i + 1}`, span: slice(t), type: t.type ?? "date", value: t.value, basis: "annotation" };
  });
  return { ...base, entities, mentions, claims, times, notes: [] } as unknown as ArticleOf;
}
