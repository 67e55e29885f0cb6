/**
 * The closed vocabularies of the data model as plain constants, free of any schema library, so
 * that exporters and loaders can list them without loading zod.
 */

/** Entity types, in the order the data model lists them. */
export const ENTITY_TYPES = [
  "person",
  "organization",
  "country",
  "city",
  "region",
  "group",
  "event",
  "weapon",
  "document",
  "other",
] as const;

/** How one claim can bear on another. */
export const CLAIM_RELATION_TYPES = ["contradicts", "supports", "elaborates"] as const;
