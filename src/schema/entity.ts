import { z } from "zod";
import { idOf, ref } from "./fields.js";
import { WikidataIdSchema } from "./ids.js";
import { ENTITY_TYPES } from "./vocabulary.js";

/** The kinds of entity the article refers to, see {@link ENTITY_TYPES}. */
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

/** Something the article refers to: a person, organisation, place, group, event, weapon class or document. */
export const EntitySchema = z.strictObject({
  id: idOf("entity"),
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
  partOf: ref("entity", { self: (id) => `entity "${id}" cannot be partOf itself` }).optional(),
  /** The group or organisation this entity belongs to. */
  memberOf: ref("entity", { self: (id) => `entity "${id}" cannot be memberOf itself` }).optional(),
  /** For groups: the entities a plural reference covers. */
  members: z
    .array(ref("entity", { self: (id) => `group "${id}" cannot be its own member` }))
    .min(1)
    .optional(),
});

/** Entity type (part of {@link EntitySchema}). */
export type EntityType = z.infer<typeof EntityTypeSchema>;
/** An entity, see {@link EntitySchema}. */
export type Entity = z.infer<typeof EntitySchema>;
