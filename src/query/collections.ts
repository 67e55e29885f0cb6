/**
 * Small pure helpers over spans and lists that the query helpers, exporters and scorers share.
 */

import type { Range } from "../schema/walk.js";

export type { Range };

/** Whether two ranges share at least one character. */
export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** Whether two ranges have the same offsets. */
export const sameOffsets = (a: Range, b: Range): boolean => a.start === b.start && a.end === b.end;

/** Groups items under each of the keys `keysOf` gives them, keeping the items' order. */
export function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * Who asserts a claim: the source entity's id, or `"author"` for the article's own voice.
 *
 * @example
 * ```ts
 * import { article, claimSourceId } from "kim-shoigu-2023";
 * claimSourceId(article.claims[0]!); // "north-korean-state-media"
 * ```
 */
export function claimSourceId<E extends string>(claim: {
  readonly source: { readonly entityId: E } | { readonly author: true };
}): E | "author" {
  return sourceEntityId(claim) ?? "author";
}

/**
 * The id of the entity that asserts a claim, or `undefined` for the article's own voice (where
 * {@link claimSourceId} gives `"author"`, which could also be an entity's id).
 */
export function sourceEntityId<E extends string>(claim: {
  readonly source: { readonly entityId: E } | { readonly author: true };
}): E | undefined {
  return "entityId" in claim.source ? claim.source.entityId : undefined;
}
