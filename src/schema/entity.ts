import { z } from "zod";
import { KebabIdSchema, WikidataIdSchema } from "./ids.js";
import { ENTITY_TYPES } from "./vocabulary.js";

/** The kinds of entity the article refers to, see {@link ENTITY_TYPES}. */
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

/** Something the article refers to: a person, organisation, place, group, event, weapon class or document. */
export const EntitySchema = z.strictObject({
  id: KebabIdSchema,
  type: EntityTypeSchema,
  /** Canonical name; descriptive for entities the article does not name. */
  name: z.string().min(1),
  /** Other names and short forms the article uses for the entity. */
  aliases: z.array(z.string().min(1)),
  /** One line, grounded in the article. */
  description: z.string().min(1),
  /** Wikidata item, given only where the identity is certain. */
  wikidata: WikidataIdSchema.optional(),
  /** The entity this one is a part of (a region of a country, an agency of a media system). */
  partOf: KebabIdSchema.optional(),
  /** The group or organisation this entity belongs to. */
  memberOf: KebabIdSchema.optional(),
  /** For groups: the entities a plural reference covers. */
  members: z.array(KebabIdSchema).min(1).optional(),
});

/** Entity type (part of {@link EntitySchema}). */
export type EntityType = z.infer<typeof EntityTypeSchema>;
/** An entity, see {@link EntitySchema}. */
export type Entity = z.infer<typeof EntitySchema>;
