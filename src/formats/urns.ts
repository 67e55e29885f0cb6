/**
 * Stable identifiers (URNs) for the nodes the linked-data exporters emit, so that JSON-LD and
 * Web Annotations name the same article, entity or claim the same way.
 *
 * Entities are named without the article (`urn:kim-shoigu-2023:entity:kim-jong-un`): entity
 * ids are stable across the dataset. What exists only inside one text (mentions, claims,
 * annotations) is named under its article.
 * @module
 */
import { sourceEntityId } from "../query/collections.js";
import { WIKIDATA_ITEM_URL } from "../schema/vocabulary.js";

const PREFIX = "urn:kim-shoigu-2023";

/** The namespace of the dataset's own vocabulary terms (factuality, polarity, …). */
export const VOCABULARY_NAMESPACE = `${PREFIX}:vocab:`;

/**
 * The article's URN.
 * @param articleId - The article's id.
 * @returns `urn:kim-shoigu-2023:article:<articleId>`.
 * @example
 * ```ts
 * articleUrn("kim-shoigu-pyongyang-2023-07-27"); // "urn:kim-shoigu-2023:article:kim-shoigu-pyongyang-2023-07-27"
 * ```
 */
export const articleUrn = (articleId: string): string => `${PREFIX}:article:${articleId}`;

/**
 * An entity's URN.
 * @param entityId - The entity's id.
 * @returns `urn:kim-shoigu-2023:entity:<entityId>`.
 * @example
 * ```ts
 * entityUrn("kim-jong-un"); // "urn:kim-shoigu-2023:entity:kim-jong-un"
 * ```
 */
export const entityUrn = (entityId: string): string => `${PREFIX}:entity:${entityId}`;

/**
 * The URN of the article's author, who is not named in the text.
 * @param articleId - The article's id.
 * @returns The article's URN followed by `:author`.
 * @example
 * ```ts
 * authorUrn("a"); // "urn:kim-shoigu-2023:article:a:author"
 * ```
 */
export const authorUrn = (articleId: string): string => `${articleUrn(articleId)}:author`;

/**
 * A claim's URN.
 * @param articleId - The article's id.
 * @param claimId - The claim's id.
 * @returns The article's URN followed by `:claim:<claimId>`.
 * @example
 * ```ts
 * claimUrn("a", "kcna-putin-letter"); // "urn:kim-shoigu-2023:article:a:claim:kcna-putin-letter"
 * ```
 */
export const claimUrn = (articleId: string, claimId: string): string => `${articleUrn(articleId)}:claim:${claimId}`;

/**
 * The URN of one verbatim quotation of a claim.
 * @param articleId - The article's id.
 * @param claimId - The claim's id.
 * @param index - 1-based position of the quote in the claim's `quotes`.
 * @returns The claim's URN followed by `:quote:<index>`.
 * @example
 * ```ts
 * quotationUrn("a", "kcna-putin-letter", 1); // "urn:kim-shoigu-2023:article:a:claim:kcna-putin-letter:quote:1"
 * ```
 */
export const quotationUrn = (articleId: string, claimId: string, index: number): string =>
  `${claimUrn(articleId, claimId)}:quote:${index}`;

/**
 * The URN of whoever asserts a claim.
 * @param articleId - The article's id.
 * @param claim - The claim.
 * @returns The source entity's URN, or the author's for the article's own voice.
 * @example
 * ```ts
 * claimSourceUrn("a", { source: { author: true } }); // "urn:kim-shoigu-2023:article:a:author"
 * ```
 */
export function claimSourceUrn(articleId: string, claim: Parameters<typeof sourceEntityId>[0]): string {
  const entityId = sourceEntityId(claim);
  return entityId === undefined ? authorUrn(articleId) : entityUrn(entityId);
}

/**
 * The Wikidata page of an item.
 * @param wikidataId - A Wikidata item id such as `Q423`.
 * @returns `https://www.wikidata.org/wiki/<wikidataId>`.
 * @example
 * ```ts
 * wikidataUrl("Q423"); // "https://www.wikidata.org/wiki/Q423"
 * ```
 */
export const wikidataUrl = (wikidataId: string): string => `${WIKIDATA_ITEM_URL}${wikidataId}`;
