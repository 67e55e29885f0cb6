import * as z from "zod";
import { FactualitySchema, PolaritySchema, QuoteTypeSchema } from "../schema/claim.js";
import { EntityTypeSchema } from "../schema/entity.js";
import { markSpan } from "../schema/fields.js";
import { TimeTypeSchema } from "../schema/time.js";

/**
 * Offsets of a predicted stretch of text: half-open `[start, end)` in UTF-16 code units
 * (JavaScript string indices) into the article text, like every span of the dataset. `text`
 * is optional; when given, it must equal the text at those offsets.
 */
export const PredictedSpanSchema = markSpan(
  z.strictObject({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    text: z.string().optional(),
  }),
);

/** A predicted entity mention; mentions sharing a `cluster` corefer. */
export const PredictedMentionSchema = markSpan(
  z.strictObject({
    ...PredictedSpanSchema.shape,
    /** Entity type, for per-type mention scores. */
    type: EntityTypeSchema.optional(),
    /** Coreference cluster label; mentions without one are singletons. */
    cluster: z.string().min(1).optional(),
  }),
);

/** A predicted attribution: source, cue and content spans with their labels. */
export const PredictedClaimSchema = z.strictObject({
  /** The words naming the source; `null` (or absent) for the article's own voice. */
  source: PredictedSpanSchema.nullable().optional(),
  cue: PredictedSpanSchema.nullable().optional(),
  content: PredictedSpanSchema,
  factuality: FactualitySchema.optional(),
  polarity: PolaritySchema.optional(),
  quote: QuoteTypeSchema.optional(),
});

/** A predicted temporal expression with its ISO 8601 value. */
export const PredictedTimeSchema = markSpan(
  z.strictObject({
    ...PredictedSpanSchema.shape,
    type: TimeTypeSchema.optional(),
    value: z.string().min(1).optional(),
  }),
);

/**
 * A system's predictions for the article, in the evaluation kit's own JSON format. Each layer is
 * optional: score only what your system produces.
 */
export const PredictionsSchema = z.strictObject({
  /** SHA-256 of the text the offsets refer to; when given it must match the article's. */
  textSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  mentions: z.array(PredictedMentionSchema).optional(),
  claims: z.array(PredictedClaimSchema).optional(),
  times: z.array(PredictedTimeSchema).optional(),
});

/** A predicted span (part of {@link PredictionsSchema}). */
export type PredictedSpan = z.infer<typeof PredictedSpanSchema>;
/** A predicted mention (part of {@link PredictionsSchema}). */
export type PredictedMention = z.infer<typeof PredictedMentionSchema>;
/** A predicted claim (part of {@link PredictionsSchema}). */
export type PredictedClaim = z.infer<typeof PredictedClaimSchema>;
/** A predicted time expression (part of {@link PredictionsSchema}). */
export type PredictedTime = z.infer<typeof PredictedTimeSchema>;
/** Predictions, see {@link PredictionsSchema}. */
export type Predictions = z.infer<typeof PredictionsSchema>;

/**
 * The JSON Schema (draft 2020-12) of the predictions format, generated from
 * {@link PredictionsSchema}; also shipped as `kim-shoigu-2023/predictions.schema.json`.
 * Offsets are checked against the text by `checkPredictions`, which a JSON Schema cannot do.
 *
 * @returns A JSON Schema object.
 * @example
 * ```ts
 * import { predictionsJsonSchema } from "kim-shoigu-2023/eval";
 * const schema = predictionsJsonSchema(); // validate a system's output with any JSON Schema tool
 * ```
 */
export function predictionsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PredictionsSchema, { target: "draft-2020-12" }),
    title: "Predictions",
    description:
      "A system's predicted mentions (with clusters), claims and time expressions for the article, " +
      "as UTF-16 offsets into its text.",
  };
}
