import { z } from "zod";

/** A calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date({ message: "must be a date in the form YYYY-MM-DD" });

/** The article's title. The source text carries no headline, so a descriptive title is marked editorial. */
export const TitleSchema = z.strictObject({
  text: z.string().min(1),
  /** True when the title was written for the dataset rather than taken from the source. */
  editorial: z.boolean(),
});

/** One fact about the source that was inferred rather than stated, and how. */
export const InferenceSchema = z.strictObject({
  fact: z.string().min(1),
  basis: z.string().min(1),
});

/** What is known about where the text comes from. */
export const ProvenanceSchema = z.strictObject({
  /** What the text is, in one or two sentences. */
  summary: z.string().min(1),
  /** The publisher, where the source states it. */
  publisher: z.string().min(1).optional(),
  /** The original address, where known. */
  url: z.url().optional(),
  /** Facts about the source that were inferred from the text, each with its reasoning. */
  inferences: z.array(InferenceSchema),
});

/** When the article was published, and whether that date is stated or inferred. */
export const PublishedSchema = z.strictObject({
  date: IsoDateSchema,
  basis: z.enum(["stated", "inferred"]),
  /** How the date was established. */
  explanation: z.string().min(1),
});

/** Title (part of `AnnotatedArticleSchema`). */
export type Title = z.infer<typeof TitleSchema>;
/** Inference (part of `AnnotatedArticleSchema`). */
export type Inference = z.infer<typeof InferenceSchema>;
/** Provenance (part of `AnnotatedArticleSchema`). */
export type Provenance = z.infer<typeof ProvenanceSchema>;
/** Publication date (part of `AnnotatedArticleSchema`). */
export type Published = z.infer<typeof PublishedSchema>;
