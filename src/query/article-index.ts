import type { Span } from "../schema/span.js";
import type { ArticleOf, ClaimOf, EntityOf, IdTypes, MentionOf, TimeExpressionOf } from "../types.js";
import { claimSourceId, groupBy, type Range } from "./collections.js";
import { foldName } from "./fold.js";
import { createOffsetIndex } from "./offset-index.js";
import { startInstant } from "./time-order.js";

/** A span given by its offsets alone; `text` is optional when querying. */
export type { Range };

/** A quoted stretch of the article with the claim it belongs to and who said it. */
export interface QuotedStretch<I extends IdTypes = IdTypes> {
  readonly span: Readonly<Span>;
  readonly claim: ClaimOf<I>;
  /** The source entity, or `"author"` for the article's own voice. */
  readonly source: I["entity"] | "author";
}

/** One time expression of a timeline, with the claims that refer to it. */
export interface TimelineEntry<I extends IdTypes = IdTypes> {
  readonly time: TimeExpressionOf<I>;
  /** Milliseconds since the epoch at which the value starts; `undefined` for durations. */
  readonly startsAt: number | undefined;
  readonly claims: readonly ClaimOf<I>[];
}

/** Options of {@link ArticleIndex.mentionsOf}. */
export interface MentionsOfOptions {
  /** Also return the mentions of groups the entity is a member of ("Kim and Shoigu", "their"). */
  includeGroups?: boolean;
}

/**
 * Query helpers over one annotated article. Maps are built once by {@link createArticleIndex};
 * every call after that is a lookup or a scan of a small list.
 */
export interface ArticleIndex<I extends IdTypes = IdTypes> {
  /** The article the index was built from. */
  readonly article: ArticleOf<I>;
  /** The entity with this id, or `undefined` when there is none. */
  getEntity(id: I["entity"]): EntityOf<I> | undefined;
  /** The first entity (in article order) whose name or an alias matches, ignoring case, accents and curly quotes. */
  findEntity(nameOrAlias: string): EntityOf<I> | undefined;
  /** The entity's mentions in text order; throws a `RangeError` for an unknown id. */
  mentionsOf(id: I["entity"], options?: MentionsOfOptions): readonly MentionOf<I>[];
  /** Entities with a mention overlapping the range, in order of that mention. */
  entitiesIn(range: Range): readonly EntityOf<I>[];
  /** The sentence holding the offset, or `undefined` between sentences; throws a `RangeError` off the text. */
  sentenceAt(offset: number): ArticleOf<I>["sentences"][number] | undefined;
  /** The text of a range; throws a `RangeError` for a range outside the text. */
  slice(range: Range): string;
  /** Claims whose source is the entity, or the article's own voice for `"author"`; throws a `RangeError` for an unknown id. */
  claimsBy(source: I["entity"] | "author"): readonly ClaimOf<I>[];
  /** Claims about the entity; throws a `RangeError` for an unknown id. */
  claimsAbout(id: I["entity"]): readonly ClaimOf<I>[];
  /** Claims whose content overlaps the range. */
  claimsIn(range: Range): readonly ClaimOf<I>[];
  /** Every quoted stretch with its claim and source, in text order. */
  quotes(): readonly QuotedStretch<I>[];
  /** Pairs of claims that contradict each other, each pair once. */
  contradictions(): readonly (readonly [ClaimOf<I>, ClaimOf<I>])[];
  /** Time expressions ordered by the instant they start at (durations last), with their claims. */
  timeline(): readonly TimelineEntry<I>[];
}


const byStart = (a: { span: Range }, b: { span: Range }) => a.span.start - b.span.start || a.span.end - b.span.end;

function checkRange(range: Range, textLength: number, what: string): void {
  const { start, end } = range ?? {};
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > textLength) {
    throw new RangeError(`${what}: expected integer offsets 0 <= start <= end <= ${textLength}, got start=${String(start)}, end=${String(end)}`);
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
  const mentionsInOrder = [...doc.mentions].sort(byStart);
  const mentionsByEntity = groupBy(mentionsInOrder, (m) => [m.entityId]);
  const groupsOfMember = groupBy(doc.entities, (e) => e.members ?? []);
  const claimsBySource = groupBy(doc.claims, (c) => [claimSourceId(c)]);
  const claimsByEntity = groupBy(doc.claims, (c) => c.about);
  const claimsById = new Map(doc.claims.map((c) => [c.id, c]));
  const claimsByTime = groupBy(doc.claims, (c) => c.times ?? []);
  const mentionsByOffset = createOffsetIndex(mentionsInOrder, (m) => m.span);
  const claimsByOffset = createOffsetIndex(doc.claims, (c) => c.content);

  const requireEntity = (id: string, helper: string): void => {
    if (typeof id !== "string" || !entitiesById.has(id)) throw new RangeError(`${helper}: unknown entity id ${JSON.stringify(id)}`);
  };

  return {
    article: doc,
    getEntity: (id) => (typeof id === "string" ? entitiesById.get(id) : undefined),
    findEntity: (nameOrAlias) => (typeof nameOrAlias === "string" ? entitiesByName.get(foldName(nameOrAlias)) : undefined),
    mentionsOf(id, options = {}) {
      requireEntity(id, "mentionsOf");
      const own = mentionsByEntity.get(id) ?? [];
      if (!options.includeGroups) return own;
      const groups = groupsOfMember.get(id) ?? [];
      return [...own, ...groups.flatMap((g) => mentionsByEntity.get(g.id) ?? [])].sort(byStart);
    },
    entitiesIn(range) {
      checkRange(range, text.length, "entitiesIn");
      const found = new Set<EntityOf<I>>();
      for (const m of mentionsByOffset.overlapping(range)) found.add(entitiesById.get(m.entityId)!);
      return [...found];
    },
    sentenceAt(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset >= text.length) {
        throw new RangeError(`sentenceAt: expected an integer offset 0 <= offset < ${text.length}, got ${String(offset)}`);
      }
      return doc.sentences.find((s) => s.span.start <= offset && offset < s.span.end);
    },
    slice(range) {
      checkRange(range, text.length, "slice");
      return text.slice(range.start, range.end);
    },
    claimsBy(source) {
      if (source !== "author") requireEntity(source, "claimsBy");
      return claimsBySource.get(source) ?? [];
    },
    claimsAbout(id) {
      requireEntity(id, "claimsAbout");
      return claimsByEntity.get(id) ?? [];
    },
    claimsIn(range) {
      checkRange(range, text.length, "claimsIn");
      return claimsByOffset.overlapping(range);
    },
    quotes() {
      return doc.claims
        .flatMap((claim) => claim.quotes.map((span) => ({ span, claim, source: claimSourceId(claim) })))
        .sort(byStart);
    },
    contradictions() {
      const pairs: (readonly [ClaimOf<I>, ClaimOf<I>])[] = [];
      const seen = new Set<string>();
      for (const claim of doc.claims) {
        for (const relation of claim.relations) {
          if (relation.type !== "contradicts") continue;
          const key = [claim.id, relation.target].sort().join("\u0000");
          const other = claimsById.get(relation.target);
          if (!other || seen.has(key)) continue;
          seen.add(key);
          pairs.push([claim, other]);
        }
      }
      return pairs;
    },
    timeline() {
      return doc.times
        .map((time) => ({ time, startsAt: startInstant(time.value), claims: claimsByTime.get(time.id) ?? [] }))
        .sort((a, b) => (a.startsAt ?? Infinity) - (b.startsAt ?? Infinity) || a.time.span.start - b.time.span.start);
    },
  };
}
