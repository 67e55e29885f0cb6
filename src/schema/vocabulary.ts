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

/**
 * The TIMEX3 type of each time type. TIMEX3 has no range: a range ("1950–1953", value
 * "1950/1953") is a DURATION whose beginPoint and endPoint are the two dates of its value.
 */
export const TIMEX3_TYPES = { date: "DATE", time: "TIME", duration: "DURATION", range: "DURATION" } as const;
/** A Wikidata item id such as `Q423`: the one pattern the schema and the exporters check. */
export const WIKIDATA_ITEM_PATTERN = /^Q[1-9][0-9]*$/;

/** Wikidata's site, and the base every item's page URL starts with. */
export const WIKIDATA_SITE = "https://www.wikidata.org/";
/** The base of an item's page URL: the item id follows it. */
export const WIKIDATA_ITEM_URL = `${WIKIDATA_SITE}wiki/`;
