import { z } from "zod";
import { idOf, ref } from "./fields.js";
import { MentionIdSchema } from "./ids.js";
import { spanAs } from "./span.js";
import { CLAIM_RELATION_TYPES } from "./vocabulary.js";

/** Whether and how the claim's words are quoted. */
export const QuoteTypeSchema = z.enum(["direct", "partial", "indirect", "none"]);

/** FactBank-style factuality: certain (CT), probable (PR), possible (PS), unknown (Uu). */
export const FactualitySchema = z.enum(["certain", "probable", "possible", "unknown"]);

/** Whether the source asserts (positive) or denies (negative) the content. */
export const PolaritySchema = z.enum(["positive", "negative"]);

/** How one claim bears on another. */
export const ClaimRelationTypeSchema = z.enum(CLAIM_RELATION_TYPES);

/** Who asserts a claim: an entity, or the article's own voice. */
export const ClaimSourceSchema = z.union([
  z.strictObject({ entityId: ref("entity") }),
  z.strictObject({ author: z.literal(true) }),
]);

/** A directed relation from one claim to another. */
export const ClaimRelationSchema = z.strictObject({
  type: ClaimRelationTypeSchema,
  target: ref("claim", { self: (id) => `claim "${id}" cannot relate to itself` }),
  /** `true` when no words of the text signal the link and it is the annotators' inference. */
  inferred: z.literal(true).optional(),
});

/** A proposition the article asserts or reports (PARC-style source, cue and content). */
export const ClaimSchema = z.strictObject({
  id: idOf("claim"),
  /** The words that state the proposition. */
  content: spanAs("content"),
  source: ClaimSourceSchema,
  /** The mention that names the source, where the text names it. */
  sourceMention: ref("mention", { base: MentionIdSchema }).optional(),
  /** The words that signal the attribution ("According to", "denied"). */
  cue: spanAs("cue").optional(),
  quote: QuoteTypeSchema,
  /** Verbatim quoted stretches, each inside `content`. */
  quotes: z.array(spanAs("quote")),
  factuality: FactualitySchema,
  polarity: PolaritySchema,
  /** Entities the claim is about. */
  about: z.array(ref("entity")),
  /** Time expressions the claim refers to. */
  times: z.array(ref("time")).optional(),
  /** The claim this one is reported inside. */
  nestedIn: ref("claim", { self: (id) => `claim "${id}" cannot be nested in itself` }).optional(),
  relations: z.array(ClaimRelationSchema),
  /** The annotator's explanation of a judgment call. */
  comment: z.string().min(1).optional(),
});

/** Quote type (part of {@link ClaimSchema}). */
export type QuoteType = z.infer<typeof QuoteTypeSchema>;
/** Factuality (part of {@link ClaimSchema}). */
export type Factuality = z.infer<typeof FactualitySchema>;
/** Polarity (part of {@link ClaimSchema}). */
export type Polarity = z.infer<typeof PolaritySchema>;
/** Claim relation type (part of {@link ClaimSchema}). */
export type ClaimRelationType = z.infer<typeof ClaimRelationTypeSchema>;
/** Claim source (part of {@link ClaimSchema}). */
export type ClaimSource = z.infer<typeof ClaimSourceSchema>;
/** Claim relation (part of {@link ClaimSchema}). */
export type ClaimRelation = z.infer<typeof ClaimRelationSchema>;
/** A claim, see {@link ClaimSchema}. */
export type Claim = z.infer<typeof ClaimSchema>;
