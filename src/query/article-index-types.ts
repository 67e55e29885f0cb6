/** The shape of the query helpers: what `createArticleIndex` returns and the main entry binds. */
import type { Span } from "../schema/span.js";
import type { ArticleOf, ClaimOf, EntityOf, IdTypes, MentionOf, TimeExpressionOf } from "../types.js";
import type { Range } from "./collections.js";

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
  /**
   * The entity with this id, or `undefined` when there is none (from untyped code).
   *
   * @param id - An entity id; autocompletes, and a misspelt id is a type error.
   */
  getEntity(id: I["entity"]): EntityOf<I> | undefined;
  /**
   * The first entity (in article order) whose name or an alias matches, ignoring case, accents
   * and curly quotes.
   *
   * @param nameOrAlias - A name as a reader would type it, e.g. `"kim"` or `"Korean Central News Agency"`.
   * @returns The entity, or `undefined` when no name or alias matches.
   */
  findEntity(nameOrAlias: string): EntityOf<I> | undefined;
  /**
   * The mentions of an entity in text order, optionally with those of the groups it belongs to.
   * Throws a `RangeError` for an id that is not an entity of the article.
   *
   * @param id - An entity id.
   * @param options - `{ includeGroups: true }` adds plural mentions such as "Kim and Shoigu".
   * @returns A frozen list.
   */
  mentionsOf(id: I["entity"], options?: MentionsOfOptions): readonly MentionOf<I>[];
  /**
   * The entities with a mention overlapping a range, in text order of that mention.
   * Throws a `RangeError` for offsets outside the text.
   *
   * @param range - Offsets into the article's text, e.g. a sentence's `span`.
   * @returns A frozen list.
   */
  entitiesIn(range: Range): readonly EntityOf<I>[];
  /**
   * The sentence that holds a character offset.
   * Throws a `RangeError` for an offset outside the text.
   *
   * @param offset - A UTF-16 offset into the article's text.
   * @returns The sentence, or `undefined` for the white space between sentences.
   */
  sentenceAt(offset: number): ArticleOf<I>["sentences"][number] | undefined;
  /**
   * The text of a range of the article.
   * Throws a `RangeError` for offsets outside the text.
   *
   * @param range - `{ start, end }` in UTF-16 code units.
   */
  slice(range: Range): string;
  /**
   * The claims a source makes, or the article's own assertions for `"author"`.
   * Throws a `RangeError` for an id that is not an entity of the article.
   *
   * @param source - An entity id, or `"author"`.
   * @returns A frozen list.
   */
  claimsBy(source: I["entity"] | "author"): readonly ClaimOf<I>[];
  /**
   * The claims about an entity.
   * Throws a `RangeError` for an id that is not an entity of the article.
   *
   * @param id - An entity id.
   * @returns A frozen list.
   */
  claimsAbout(id: I["entity"]): readonly ClaimOf<I>[];
  /**
   * The claims whose content overlaps a range.
   * Throws a `RangeError` for offsets outside the text.
   *
   * @param range - Offsets into the article's text, e.g. a paragraph's `span`.
   * @returns A frozen list.
   */
  claimsIn(range: Range): readonly ClaimOf<I>[];
  /**
   * Every verbatim quoted stretch, with its claim and its source, in text order.
   *
   * @returns A frozen list of frozen entries.
   */
  quotes(): readonly QuotedStretch<I>[];
  /**
   * The pairs of claims that contradict each other, such as an accusation and its denial; each
   * pair once.
   *
   * @returns A frozen list of frozen pairs.
   */
  contradictions(): readonly (readonly [ClaimOf<I>, ClaimOf<I>])[];
  /**
   * The time expressions ordered by the instant they start at (durations last), each with the
   * claims that refer to it.
   *
   * @returns A frozen list of frozen entries.
   */
  timeline(): readonly TimelineEntry<I>[];
}
