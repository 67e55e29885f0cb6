import { EMPTY, frozenGroups, frozenList } from "../freeze.js";
import type { ArticleOf, ClaimOf, EntityOf, IdTypes } from "../types.js";
import type { ArticleIndex, TimelineEntry } from "./article-index-types.js";
import { claimSourceId, groupBy, type Range } from "./collections.js";
import { foldName } from "./fold.js";
import { contradictionPairs } from "./contradictions.js";
import { createOffsetIndex, type OffsetIndex } from "./offset-index.js";
import { startInstant } from "./time-order.js";

export type { ArticleIndex, MentionsOfOptions, QuotedStretch, TimelineEntry } from "./article-index-types.js";
export type { Range };

const byStart = (a: { span: Range }, b: { span: Range }) => a.span.start - b.span.start || a.span.end - b.span.end;

function checkRange(range: Range, textLength: number, what: string): void {
  const { start, end } = range ?? {};
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > textLength) {
    throw new RangeError(
      `${what}: expected integer offsets 0 <= start <= end <= ${textLength}, ` +
        `got start=${String(start)}, end=${String(end)}`,
    );
  }
}

/**
 * Builds the query helpers for any valid annotated article (validate it first with
 * `parseArticle` from `kim-shoigu-2023/schema`).
 *
 * @param doc - The article to index.
 * @returns Helpers bound to `doc`; see {@link ArticleIndex}.
 * @example
 * ```ts
 * import { createArticleIndex } from "kim-shoigu-2023";
 * const index = createArticleIndex(myArticle);
 * index.mentionsOf("some-entity").map((m) => m.span.text);
 * ```
 */
export function createArticleIndex<I extends IdTypes = IdTypes>(doc: ArticleOf<I>): ArticleIndex<I> {
  const { text } = doc;
  const entitiesById = new Map<string, EntityOf<I>>(doc.entities.map((e) => [e.id, e]));
  const entitiesByName = new Map<string, EntityOf<I>>();
  for (const entity of doc.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = foldName(name);
      if (!entitiesByName.has(key)) entitiesByName.set(key, entity);
    }
  }
  // Every list below is shared by all later calls, so each is frozen before any call can see it.
  const mentionsInOrder = frozenList([...doc.mentions].sort(byStart));
  const mentionsByEntity = frozenGroups(groupBy(mentionsInOrder, (m) => [m.entityId]));
  const groupsOfMember = groupBy(doc.entities, (e) => e.members ?? []);
  const claimsBySource = frozenGroups(groupBy(doc.claims, (c) => [claimSourceId(c)]));
  const claimsByEntity = frozenGroups(groupBy(doc.claims, (c) => c.about));
  const claimsByTime = frozenGroups(groupBy(doc.claims, (c) => c.times ?? []));
  // Each mention with its entity, paired on the first entitiesIn so that a query looks up no map
  // (a lookup per mention in a map as big as the article's entities was most of a query's time).
  let entityMentions: OffsetIndex<{ span: Range; entity: EntityOf<I> }> | undefined;
  const claimsByOffset = createOffsetIndex(doc.claims, (c) => c.content);
  let contradictions: readonly (readonly [ClaimOf<I>, ClaimOf<I>])[] | undefined;

  const requireEntity = (id: string, helper: string): void => {
    if (typeof id !== "string" || !entitiesById.has(id))
      throw new RangeError(`${helper}: unknown entity id ${JSON.stringify(id)}`);
  };

  return {
    article: doc,
    getEntity: (id) => (typeof id === "string" ? entitiesById.get(id) : undefined),
    findEntity: (nameOrAlias) =>
      typeof nameOrAlias === "string" ? entitiesByName.get(foldName(nameOrAlias)) : undefined,
    mentionsOf(id, options = {}) {
      requireEntity(id, "mentionsOf");
      const own = mentionsByEntity.get(id) ?? EMPTY;
      if (!options.includeGroups) return own;
      const groups = groupsOfMember.get(id) ?? [];
      return frozenList([...own, ...groups.flatMap((g) => mentionsByEntity.get(g.id) ?? [])].sort(byStart));
    },
    entitiesIn(range) {
      checkRange(range, text.length, "entitiesIn");
      const found = new Set<EntityOf<I>>();
      entityMentions ??= createOffsetIndex(
        mentionsInOrder.map((m) => ({ span: m.span, entity: entitiesById.get(m.entityId)! })),
        (m) => m.span,
      );
      for (const m of entityMentions.overlapping(range)) found.add(m.entity);
      return frozenList([...found]);
    },
    sentenceAt(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset >= text.length) {
        throw new RangeError(
          `sentenceAt: expected an integer offset 0 <= offset < ${text.length}, got ${String(offset)}`,
        );
      }
      return doc.sentences.find((s) => s.span.start <= offset && offset < s.span.end);
    },
    slice(range) {
      checkRange(range, text.length, "slice");
      return text.slice(range.start, range.end);
    },
    claimsBy(source) {
      if (source !== "author") requireEntity(source, "claimsBy");
      return claimsBySource.get(source) ?? EMPTY;
    },
    claimsAbout(id) {
      requireEntity(id, "claimsAbout");
      return claimsByEntity.get(id) ?? EMPTY;
    },
    claimsIn(range) {
      checkRange(range, text.length, "claimsIn");
      return frozenList(claimsByOffset.overlapping(range));
    },
    quotes() {
      const stretches = doc.claims.flatMap((claim) =>
        claim.quotes.map((span) => Object.freeze({ span, claim, source: claimSourceId(claim) })),
      );
      return frozenList(stretches.sort(byStart));
    },
    contradictions: () => (contradictions ??= contradictionPairs(doc.claims)),
    timeline() {
      const entries = doc.times.map((time) =>
        Object.freeze({ time, startsAt: startInstant(time.value), claims: claimsByTime.get(time.id) ?? EMPTY }),
      );
      const byStartsAt = (a: TimelineEntry<I>, b: TimelineEntry<I>) =>
        (a.startsAt ?? Infinity) - (b.startsAt ?? Infinity) || a.time.span.start - b.time.span.start;
      return frozenList(entries.sort(byStartsAt));
    },
  };
}
