/**
 * W3C Web Annotation Data Model export: an `AnnotationCollection` whose `first` page holds one
 * annotation per mention and one per claim part (source mention, cue, content, verbatim quote).
 *
 * Every annotation targets a `SpecificResource` of the article (`source`: the article's URN)
 * with two equivalent selectors: a `TextQuoteSelector` (`exact`, and up to 32 code points of
 * `prefix` / `suffix`) and a `TextPositionSelector` whose `start` / `end` count Unicode code
 * points, as the model requires.
 *
 * Bodies follow the model's rule that only Specific Resources and textual bodies carry a
 * `purpose`:
 * - mention (`motivation` "identifying"): a `SpecificResource` with purpose "identifying" whose
 *   `source` is the entity (`id` its URN, `name`, `entityType`, `wikidata` its Wikidata page,
 *   `mentionForm`), and a `TextualBody` tagging the entity type (purpose "tagging");
 * - claim part (`motivation` "classifying"): a `TextualBody` with the part's role (purpose
 *   "classifying") and a `SpecificResource` with purpose "linking" whose `source` is the claim
 *   (`id` its URN, `claimRole`, `claimSource`, `factuality`, `polarity`, `quoteType`).
 *
 * Each annotation carries the full `@context` (the Web Annotation context plus an inline
 * context for the dataset's terms), so it stands alone when taken out of the collection.
 * @module
 */
import { article } from "../generated/article.js";
import { deepFreeze } from "../freeze.js";
import type { ArticleOf, ClaimOf, EntityOf, MentionOf } from "../types.js";
import { codePointConverter, offsetAcrossCodePoints } from "./code-points.js";
import { articleUrn, claimSourceUrn, claimUrn, entityUrn, VOCABULARY_NAMESPACE, wikidataUrl } from "./urns.js";
import type { Range } from "../schema/walk.js";

/** How many code points of context a TextQuoteSelector carries on each side. */
export const QUOTE_CONTEXT_LENGTH = 32;

/**
 * The Web Annotation context followed by the dataset's own terms. Every annotation carries this
 * one array, frozen, so that no caller can change another's.
 */
export const WEB_ANNOTATION_CONTEXT = deepFreeze([
  "http://www.w3.org/ns/anno.jsonld",
  {
    ks: VOCABULARY_NAMESPACE,
    entityType: "ks:entityType",
    mentionForm: "ks:mentionForm",
    wikidata: { "@id": "ks:wikidata", "@type": "@id" },
    claimRole: "ks:claimRole",
    claimSource: { "@id": "ks:claimSource", "@type": "@id" },
    factuality: "ks:factuality",
    polarity: "ks:polarity",
    quoteType: "ks:quoteType",
  },
] as const);

/** A TextQuoteSelector: the exact text with some context. */
export interface TextQuoteSelector {
  readonly type: "TextQuoteSelector";
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/** A TextPositionSelector: half-open offsets in Unicode code points. */
export interface TextPositionSelector {
  readonly type: "TextPositionSelector";
  readonly start: number;
  readonly end: number;
}

/** The role of a claim part. */
export type ClaimRole = "source" | "cue" | "content" | "quote";

/** One annotation of {@link toWebAnnotations}. */
export interface WebAnnotation {
  readonly "@context": typeof WEB_ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: "Annotation";
  readonly motivation: "identifying" | "classifying";
  readonly body: readonly Readonly<Record<string, unknown>>[];
  readonly target: {
    readonly type: "SpecificResource";
    readonly source: string;
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  };
}

/** The collection produced by {@link toWebAnnotations}. */
export interface WebAnnotationCollection {
  readonly "@context": typeof WEB_ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: "AnnotationCollection";
  readonly label: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: "AnnotationPage";
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}

function selectorsFor(text: string, toCodePoints: (offset: number) => number, span: Range) {
  const start = toCodePoints(span.start);
  const end = toCodePoints(span.end);
  const prefix = text.slice(offsetAcrossCodePoints(text, span.start, -QUOTE_CONTEXT_LENGTH), span.start);
  const suffix = text.slice(span.end, offsetAcrossCodePoints(text, span.end, QUOTE_CONTEXT_LENGTH));
  // Optional keys set in place rather than spread in: a spread makes an object per selector and
  // gives every combination of keys a hidden class of its own.
  const quote: { -readonly [K in keyof TextQuoteSelector]: TextQuoteSelector[K] } = {
    type: "TextQuoteSelector",
    exact: text.slice(span.start, span.end),
  };
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  const position: TextPositionSelector = { type: "TextPositionSelector", start, end };
  return [quote, position] as const;
}

/** An entity's URNs, made once per entity rather than once per mention. */
interface EntityLinks {
  readonly entity: EntityOf;
  readonly id: string;
  readonly wikidata: string | undefined;
}

function entityBody({ entity, id, wikidata }: EntityLinks, mention: MentionOf) {
  const source: Record<string, string> = { id, name: entity.name, entityType: entity.type, mentionForm: mention.form };
  if (wikidata !== undefined) source.wikidata = wikidata;
  return [
    { type: "SpecificResource", purpose: "identifying", source },
    { type: "TextualBody", purpose: "tagging", value: entity.type, format: "text/plain" },
  ];
}

function claimBody(claim: ClaimOf, id: string, claimSource: string, role: ClaimRole) {
  return [
    { type: "TextualBody", purpose: "classifying", value: `claim ${role}`, format: "text/plain" },
    {
      type: "SpecificResource",
      purpose: "linking",
      source: {
        id,
        claimRole: role,
        claimSource,
        factuality: claim.factuality,
        polarity: claim.polarity,
        quoteType: claim.quote,
      },
    },
  ];
}

/**
 * Exports the article's mentions and claim parts as W3C Web Annotations.
 *
 * @param doc - The article; the shipped one by default.
 * @returns An `AnnotationCollection` whose `first` page holds every annotation: mentions in
 *   text order, then the parts of each claim (source, cue, content, quotes).
 * @example
 * ```ts
 * import { toWebAnnotations } from "kim-shoigu-2023/formats";
 * const { first } = toWebAnnotations();
 * first.items[0].target.selector[1]; // { type: "TextPositionSelector", start: 13, end: 24 }
 * ```
 */
export function toWebAnnotations(doc: ArticleOf = article): WebAnnotationCollection {
  const source = articleUrn(doc.id);
  const toCodePoints = codePointConverter(doc.text);
  const entities = new Map<string, EntityLinks>();
  for (const entity of doc.entities) {
    const wikidata = entity.wikidata ? wikidataUrl(entity.wikidata) : undefined;
    entities.set(entity.id, { entity, id: entityUrn(entity.id), wikidata });
  }
  const mentions = new Map(doc.mentions.map((m) => [m.id, m]));

  const annotation = (
    id: string,
    motivation: WebAnnotation["motivation"],
    body: WebAnnotation["body"],
    span: Range,
  ): WebAnnotation => ({
    "@context": WEB_ANNOTATION_CONTEXT,
    id,
    type: "Annotation",
    motivation,
    body,
    target: { type: "SpecificResource", source, selector: selectorsFor(doc.text, toCodePoints, span) },
  });

  // Annotation ids live under the collection: an annotation is not the mention or claim it describes.
  const annotations = `${source}:annotations`;
  const items: WebAnnotation[] = [];
  for (const mention of doc.mentions) {
    const entity = entities.get(mention.entityId);
    if (entity)
      items.push(
        annotation(`${annotations}:mention:${mention.id}`, "identifying", entityBody(entity, mention), mention.span),
      );
  }
  for (const claim of doc.claims) {
    const id = claimUrn(doc.id, claim.id);
    const claimSource = claimSourceUrn(doc.id, claim);
    const part = (role: ClaimRole, span: Range, suffix: string = role) =>
      items.push(
        annotation(
          `${annotations}:claim:${claim.id}:${suffix}`,
          "classifying",
          claimBody(claim, id, claimSource, role),
          span,
        ),
      );
    const sourceMention = claim.sourceMention ? mentions.get(claim.sourceMention) : undefined;
    if (sourceMention) part("source", sourceMention.span);
    if (claim.cue) part("cue", claim.cue);
    part("content", claim.content);
    claim.quotes.forEach((quote, i) => part("quote", quote, `quote:${i + 1}`));
  }

  return {
    "@context": WEB_ANNOTATION_CONTEXT,
    id: annotations,
    type: "AnnotationCollection",
    label: `Mentions and claims of “${doc.title.text}”`,
    total: items.length,
    // Embedded in its collection, the page needs no partOf (as in the Web Annotation Protocol's examples).
    first: { id: `${annotations}:page:1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
