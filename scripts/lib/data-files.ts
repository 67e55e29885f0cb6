import * as z from "zod";
import {
  ClaimSchema,
  EditorialNoteSchema,
  EntitySchema,
  MentionSchema,
  TimeExpressionSchema,
} from "../../src/schema/index.js";
import { KebabIdSchema } from "../../src/schema/ids.js";
import { ProvenanceSchema, PublishedSchema, TitleSchema } from "../../src/schema/metadata.js";
import { FIELD_MARKS } from "../../src/schema/fields.js";
import type { Span } from "../../src/schema/index.js";
import { type Anchor, AnchorSchema } from "./anchors.js";

// The human-edited files under data/: the published schemas with every span, and every mention
// reference, written as an anchor (quoted words) instead of offsets or a mention id.

/** `T` as data/ writes it: every span an anchor. */
export type AnchorForm<T> = T extends Span
  ? Anchor
  : T extends readonly (infer U)[]
    ? AnchorForm<U>[]
    : T extends object
      ? { [K in keyof T]: AnchorForm<T[K]> }
      : T;

/** The anchor form of a schema, derived from the schema's field marks. */
export function anchorFormOf(schema: z.ZodType): z.ZodType {
  const mark = FIELD_MARKS.get(schema);
  if (mark?.kind === "span" || (mark?.kind === "ref" && mark.layer === "mention")) return AnchorSchema;
  if (schema instanceof z.ZodOptional) {
    const inner = anchorFormOf(schema.unwrap() as z.ZodType);
    return inner === schema.unwrap() ? schema : inner.optional();
  }
  if (schema instanceof z.ZodArray) {
    const element = anchorFormOf(schema.element as z.ZodType);
    return element === schema.element ? schema : z.array(element);
  }
  if (schema instanceof z.ZodObject) {
    const changed = Object.entries(schema.shape).flatMap(([key, child]) => {
      const form = anchorFormOf(child as z.ZodType);
      return form === child ? [] : [[key, form] as const];
    });
    return changed.length === 0 ? schema : schema.extend(Object.fromEntries(changed));
  }
  return schema;
}

/** The anchor form of a layer's schema; `M` names its fields that reference a mention. */
function anchorForm<S extends z.ZodType, M extends string = never>(schema: S) {
  type Out = z.output<S>;
  return anchorFormOf(schema) as z.ZodType<Omit<AnchorForm<Out>, M> & { [K in M & keyof Out]?: Anchor }>;
}

/** data/article.json: the article's metadata. */
export const ArticleFileSchema = z.strictObject({
  id: KebabIdSchema,
  language: z.string(),
  title: TitleSchema,
  provenance: ProvenanceSchema,
  published: PublishedSchema,
});

/** data/entities.json. */
export const EntitiesFileSchema = z.array(EntitySchema);

/** data/mentions.json. */
export const MentionsFileSchema = z.array(anchorForm(MentionSchema));

/** data/claims.json: the claims, and the sentences that hold none, each with its reason. */
export const ClaimsFileSchema = z.strictObject({
  claims: z.array(anchorForm<typeof ClaimSchema, "sourceMention">(ClaimSchema)),
  sentencesWithoutClaims: z.array(z.strictObject({ sentence: AnchorSchema, reason: z.string().min(1) })),
});

/** data/times.json. */
export const TimesFileSchema = z.array(anchorForm(TimeExpressionSchema));

/** data/notes.json. */
export const NotesFileSchema = z.array(anchorForm(EditorialNoteSchema));

/** data/non-mentions.json: occurrences of a name that are not mentions of its entity, with the reason. */
export const NonMentionsFileSchema = z.array(
  z.strictObject({ span: AnchorSchema, entityId: KebabIdSchema, reason: z.string().min(1) }),
);

export type ArticleFile = z.infer<typeof ArticleFileSchema>;
export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;
export type MentionsFile = z.infer<typeof MentionsFileSchema>;
export type ClaimsFile = z.infer<typeof ClaimsFileSchema>;
export type TimesFile = z.infer<typeof TimesFileSchema>;
export type NotesFile = z.infer<typeof NotesFileSchema>;
export type NonMentionsFile = z.infer<typeof NonMentionsFileSchema>;
