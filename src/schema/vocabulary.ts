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

/** A Wikidata item id such as `Q423`: the one pattern the schema and the exporters check. */
export const WIKIDATA_ITEM_PATTERN = /^Q[1-9][0-9]*$/;

/** Wikidata's site, and the base every item's page URL starts with. */
export const WIKIDATA_SITE = "https://www.wikidata.org/";
/** The base of an item's page URL: the item id follows it. */
export const WIKIDATA_ITEM_URL = `${WIKIDATA_SITE}wiki/`;
