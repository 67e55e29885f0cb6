import type { ChainPart, ClusterPart, CoreferenceErrors, GoldMentionRef, PredictedMentionRef } from "./types.js";

const keyOf = (span: { start: number; end: number }) => `${span.start}-${span.end}`;

function groupInOrder<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * The coreference errors. Mentions are identified by their exact offsets, as the coreference
 * metrics identify them, so a mention with wrong boundaries belongs to no gold chain here (it is
 * a mention error). A gold chain is split when its mentions are found in more than one predicted
 * cluster (an unclustered prediction is a cluster of its own); a predicted cluster merges when
 * it holds mentions of more than one gold chain.
 */
export function coreferenceErrors(
  gold: readonly GoldMentionRef[],
  predicted: readonly PredictedMentionRef[],
): CoreferenceErrors {
  // A prediction's cluster key: its label, or its own index when it has none.
  const clusterKey = (p: PredictedMentionRef) => (p.cluster === undefined ? `#${p.index}` : `=${p.cluster}`);
  const predictedByKey = groupInOrder(predicted, keyOf);
  const goldByKey = groupInOrder(gold, keyOf);

  const split = [...groupInOrder(gold, (g) => g.entityId)].flatMap(([entityId, chain]) => {
    const keys = new Set(chain.map(keyOf));
    const found = [...keys].flatMap((key) => predictedByKey.get(key) ?? []).sort((a, b) => a.index - b.index);
    const parts: ClusterPart[] = [...groupInOrder(found, clusterKey).values()].map((mentions) => ({
      cluster: mentions[0]!.cluster ?? null,
      mentions,
    }));
    return parts.length > 1 ? [{ entityId, clusters: parts }] : [];
  });

  const clustered = predicted.filter((p) => p.cluster !== undefined);
  const merged = [...groupInOrder(clustered, (p) => p.cluster!)].flatMap(([cluster, mentions]) => {
    const keys = new Set(mentions.map(keyOf));
    const found = [...keys]
      .flatMap((key) => goldByKey.get(key) ?? [])
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const chains: ChainPart[] = [...groupInOrder(found, (g) => g.entityId)].map(([entityId, chainMentions]) => ({
      entityId,
      mentions: chainMentions,
    }));
    return chains.length > 1 ? [{ cluster, chains }] : [];
  });
  return { split, merged };
}
