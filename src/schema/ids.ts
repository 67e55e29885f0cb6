import { z } from "zod";
import { WIKIDATA_ITEM_PATTERN } from "./vocabulary.js";

/** Pattern of entity, claim, time and note ids: lower-case kebab-case, e.g. `kim-jong-un`. */
export const KEBAB_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Pattern of mention ids: `<entityId>@<n>`, e.g. `kim-jong-un@1`. */
export const MENTION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*@[1-9][0-9]*$/;

/** A stable kebab-case identifier (entities, claims, times, notes, paragraphs, sentences). */
export const KebabIdSchema = z
  .string()
  .regex(KEBAB_ID_PATTERN, { message: "must be a kebab-case id such as `kim-jong-un`" });

/** A mention identifier: the entity id, `@`, and the mention's 1-based number within that entity. */
export const MentionIdSchema = z
  .string()
  .regex(MENTION_ID_PATTERN, { message: "must be a mention id such as `kim-jong-un@1`" });

/** A Wikidata item identifier such as `Q423`. */
export const WikidataIdSchema = z
  .string()
  .regex(WIKIDATA_ITEM_PATTERN, { message: "must be a Wikidata item id such as `Q423`" });
