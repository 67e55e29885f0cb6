import { frozenList } from "../freeze.js";
import type { ClaimOf, IdTypes } from "../types.js";

/**
 * The pairs of claims that contradict each other, each pair once whichever side states the
 * relation, in the order of the claim that states it first; frozen. Kept apart from the article
 * index so that the viewer, which needs only these pairs, does not carry the whole index.
 */
export function contradictionPairs<I extends IdTypes>(
  claims: readonly ClaimOf<I>[],
): readonly (readonly [ClaimOf<I>, ClaimOf<I>])[] {
  const claimsById = new Map(claims.map((c) => [c.id, c]));
  const pairs: (readonly [ClaimOf<I>, ClaimOf<I>])[] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    for (const relation of claim.relations) {
      if (relation.type !== "contradicts") continue;
      const key = [claim.id, relation.target].sort().join("\u0000");
      const other = claimsById.get(relation.target);
      if (!other || seen.has(key)) continue;
      seen.add(key);
      pairs.push(Object.freeze([claim, other] as const));
    }
  }
  return frozenList(pairs);
}
