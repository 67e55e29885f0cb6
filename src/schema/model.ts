/**
 * The data model as plain object types, free of any schema library, so that the main entry's
 * declarations load no zod. The zod schemas stay the source of truth: test/types/model.test.ts
 * fails unless each type here is identical to `z.infer` of its schema.
 */
import type { ENTITY_TYPES } from "./vocabulary.js";

/**
 * A stretch of the article text: half-open `[start, end)` in UTF-16 code units (JavaScript
 * string indices), with `text === article.text.slice(start, end)`.
 */
export type Span = {
  start: number;
  end: number;
  text: string;
};

/** A paragraph of the article: paragraphs are separated by a single line feed. */
export type Paragraph = {
  /** `p1`, `p2`, … in text order. */
  id: string;
  span: Span;
};

/** A sentence of the article, inside exactly one paragraph. */
export type Sentence = {
  /** `s1`, `s2`, … in text order across the whole article. */
  id: string;
  paragraphId: string;
  span: Span;
};

/** The kinds of entity the article refers to, see `ENTITY_TYPES`. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Something the article refers to: a person, organisation, place, group, event, weapon class or document. */
export type Entity = {
  id: string;
  type: EntityType;
  /** Canonical name; descriptive for entities the article does not name. */
  name: string;
  /** Other names and short forms the article uses for the entity. */
  aliases: string[];
  /** One line, grounded in the article. */
  description: string;
  /** Wikidata item, given only where the identity is certain. */
  wikidata?: string;
  /** The entity this one is a part of (a region of a country, an agency of a media system). */
  partOf?: string;
  /** The group or organisation this entity belongs to. */
  memberOf?: string;
  /** For groups: the entities a plural reference covers. */
  members?: string[];
};

/** How a mention refers to its entity. */
export type MentionForm = "name" | "nominal" | "pronoun" | "adjectival" | "metonym";

/** One reference to an entity in the text. */
export type Mention = {
  /** `<entityId>@<n>`, e.g. `kim-jong-un@1`. */
  id: string;
  entityId: string;
  span: Span;
  form: MentionForm;
};

/** Whether and how the claim's words are quoted. */
export type QuoteType = "direct" | "partial" | "indirect" | "none";

/** FactBank-style factuality: certain (CT), probable (PR), possible (PS), unknown (Uu). */
export type Factuality = "certain" | "probable" | "possible" | "unknown";

/** Whether the source asserts (positive) or denies (negative) the content. */
export type Polarity = "positive" | "negative";

/** How one claim bears on another. */
export type ClaimRelationType = "contradicts" | "supports" | "elaborates";

/** Who asserts a claim: an entity, or the article's own voice. */
export type ClaimSource = { entityId: string } | { author: true };

/** A directed relation from one claim to another. */
export type ClaimRelation = {
  type: ClaimRelationType;
  target: string;
  /** `true` when no words of the text signal the link and it is the annotators' inference. */
  inferred?: true;
};

/** A proposition the article asserts or reports (PARC-style source, cue and content). */
export type Claim = {
  id: string;
  /** The words that state the proposition. */
  content: Span;
  source: ClaimSource;
  /** The mention that names the source, where the text names it. */
  sourceMention?: string;
  /** The words that signal the attribution ("According to", "denied"). */
  cue?: Span;
  quote: QuoteType;
  /** Verbatim quoted stretches, each inside `content`. */
  quotes: Span[];
  factuality: Factuality;
  polarity: Polarity;
  /** Entities the claim is about. */
  about: string[];
  /** Time expressions the claim refers to. */
  times?: string[];
  /** The claim this one is reported inside. */
  nestedIn?: string;
  relations: ClaimRelation[];
  /** The annotator's explanation of a judgment call. */
  comment?: string;
};

/** TIMEX3-like kinds of temporal expression. */
export type TimeType = "date" | "time" | "duration" | "range";

/** A temporal expression in the text, normalised to ISO 8601. */
export type TimeExpression = {
  id: string;
  span: Span;
  type: TimeType;
  /** ISO 8601, with the UTC offset where the text implies one. */
  value: string;
  /**
   * The value the words state when it differs from `value` because the text mislabels it
   * ("0700EST" read literally is UTC−05:00); `value` is the corrected reading.
   */
  literal?: string;
  /** The time expression this one was resolved against. */
  anchor?: string;
  /** How the value was derived. */
  basis: string;
};

/** What is wrong with the text at a note's span. */
export type NoteKind = "inconsistency" | "ambiguity" | "error";

/** What a careful reader should know about the text itself. */
export type EditorialNote = {
  id: string;
  span: Span;
  kind: NoteKind;
  /** What is wrong and what the correct reading is. */
  message: string;
};

/** The article's title. The source text carries no headline, so a descriptive title is marked editorial. */
export type Title = {
  text: string;
  /** True when the title was written for the dataset rather than taken from the source. */
  editorial: boolean;
};

/** One fact about the source that was inferred rather than stated, and how. */
export type Inference = {
  fact: string;
  basis: string;
};

/** What is known about where the text comes from. */
export type Provenance = {
  /** What the text is, in one or two sentences. */
  summary: string;
  /** The publisher, where the source states it. */
  publisher?: string;
  /** The original address, where known. */
  url?: string;
  /** Facts about the source that were inferred from the text, each with its reasoning. */
  inferences: Inference[];
};

/** When the article was published, and whether that date is stated or inferred. */
export type Published = {
  /** A calendar date `YYYY-MM-DD`. */
  date: string;
  basis: "stated" | "inferred";
  /** How the date was established. */
  explanation: string;
};

/** How the blind annotators treated one claim (`ClaimAgreementSchema`). */
export type ClaimAgreement = {
  claimId: string;
  /** Annotators who have a claim paired with this one. */
  found: number;
  /** How many of them chose each label (every label present, zeros included); likewise below. */
  factuality: { [K in Factuality]: number };
  polarity: { [K in Polarity]: number };
  quote: { [K in QuoteType]: number };
};

/** How the blind annotators treated one mention (`MentionAgreementSchema`). */
export type MentionAgreement = {
  mentionId: string;
  exact: number;
  overlap: number;
  sameChain: number;
};

/** The per-item agreement layer (`ItemAgreementSchema`). */
export type ItemAgreement = {
  /** Identifiers of the annotators counted, e.g. `["a1", "a2", "a3"]`. */
  annotators: string[];
  claims: ClaimAgreement[];
  mentions: MentionAgreement[];
};

/**
 * An annotated article: the text, its structure, and every layer of annotation as offsets into
 * the text. `AnnotatedArticleSchema` (kim-shoigu-2023/schema) checks it with every cross-field
 * rule.
 */
export type AnnotatedArticle = {
  /** Kebab-case id of the article. */
  id: string;
  /** Version of the data model the article follows (semver). */
  schemaVersion: string;
  /** BCP 47 language tag. */
  language: string;
  title: Title;
  /** The canonical text: paragraphs joined by "\n", NFC, no trailing newline. */
  text: string;
  /** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
  textSha256: string;
  provenance: Provenance;
  published: Published;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  claims: Claim[];
  times: TimeExpression[];
  notes: EditorialNote[];
  /** Per-item agreement of the blind annotations. */
  agreement?: ItemAgreement;
};
