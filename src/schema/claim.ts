import { z } from "zod";
import { KebabIdSchema, MentionIdSchema } from "./ids.js";
import { SpanSchema } from "./span.js";
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
  z.strictObject({ entityId: KebabIdSchema }),
  z.strictObject({ author: z.literal(true) }),
]);

/** A directed relation from one claim to another. */
export const ClaimRelationSchema = z.strictObject({
  type: ClaimRelationTypeSchema,
  target: KebabIdSchema,
  /** `true` when no words of the text signal the link and it is the annotators' inference. */
  inferred: z.literal(true).optional(),
});

/** A proposition the article asserts or reports (PARC-style source, cue and content). */
export const ClaimSchema = z.strictObject({
  id: KebabIdSchema,
  /** The words that state the proposition. */
  content: SpanSchema,
  source: ClaimSourceSchema,
  /** The mention that names the source, where the text names it. */
  sourceMention: MentionIdSchema.optional(),
  /** The words that signal the attribution ("According to", "denied"). */
  cue: SpanSchema.optional(),
  quote: QuoteTypeSchema,
  /** Verbatim quoted stretches, each inside `content`. */
  quotes: z.array(SpanSchema),
  factuality: FactualitySchema,
  polarity: PolaritySchema,
  /** Entities the claim is about. */
  about: z.array(KebabIdSchema),
  /** Time expressions the claim refers to. */
  times: z.array(KebabIdSchema).optional(),
  /** The claim this one is reported inside. */
  nestedIn: KebabIdSchema.optional(),
  relations: z.array(ClaimRelationSchema),
  /** The annotator's explanation of a judgment call. */
  comment: z.string().min(1).optional(),
});

/** Quote type, see {@link QuoteTypeSchema}. */
export type QuoteType = z.infer<typeof QuoteTypeSchema>;
/** Factuality, see {@link FactualitySchema}. */
export type Factuality = z.infer<typeof FactualitySchema>;
/** Polarity, see {@link PolaritySchema}. */
export type Polarity = z.infer<typeof PolaritySchema>;
/** Claim relation type, see {@link ClaimRelationTypeSchema}. */
export type ClaimRelationType = z.infer<typeof ClaimRelationTypeSchema>;
/** Claim source, see {@link ClaimSourceSchema}. */
export type ClaimSource = z.infer<typeof ClaimSourceSchema>;
/** Claim relation, see {@link ClaimRelationSchema}. */
export type ClaimRelation = z.infer<typeof ClaimRelationSchema>;
/** A claim, see {@link ClaimSchema}. */
export type Claim = z.infer<typeof ClaimSchema>;
