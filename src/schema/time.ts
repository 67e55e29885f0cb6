import { z } from "zod";
import { idOf, ref } from "./fields.js";
import { SpanSchema } from "./span.js";

/** TIMEX3-like kinds of temporal expression. */
export const TimeTypeSchema = z.enum(["date", "time", "duration", "range"]);

// ISO 8601 forms used here: a calendar date or year (optionally a range "a/b"), a date-time
// with minutes and a UTC offset, or a duration.
const ISO_DATE = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;
const ISO_DATE_TIME = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})`;
const ISO_POINT = `(?:${ISO_DATE_TIME}|${ISO_DATE})`;
const ISO_DURATION = String.raw`P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?`;
/** Accepted ISO 8601 values: date, year, date-time with offset, duration, or a range of two points. */
export const ISO_8601_PATTERN = new RegExp(`^(?:${ISO_POINT}(?:/${ISO_POINT})?|${ISO_DURATION})$`);

/** A temporal expression in the text, normalised to ISO 8601. */
export const TimeExpressionSchema = z.strictObject({
  id: idOf("time"),
  span: SpanSchema,
  type: TimeTypeSchema,
  /** ISO 8601, with the UTC offset where the text implies one. */
  value: z
    .string()
    .regex(ISO_8601_PATTERN, { message: "must be an ISO 8601 date, date-time with offset, duration or range" }),
  /**
   * The value the words state when it differs from `value` because the text mislabels it
   * ("0700EST" read literally is UTC−05:00); `value` is the corrected reading.
   */
  literal: z.string().regex(ISO_8601_PATTERN, { message: "must be an ISO 8601 value" }).optional(),
  /** The time expression this one was resolved against. */
  anchor: ref("time", { self: (id) => `time "${id}" cannot be anchored to itself` }).optional(),
  /** How the value was derived. */
  basis: z.string().min(1),
});

/** Time type (part of {@link TimeExpressionSchema}). */
export type TimeType = z.infer<typeof TimeTypeSchema>;
/** A time expression, see {@link TimeExpressionSchema}. */
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
