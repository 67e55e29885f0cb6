/**
 * How the JSON-LD export links nodes within schema.org's domains and ranges.
 *
 * - A country is a `Country`, a place. Where the article has it act — assert a claim, speak a
 *   quotation, own a state body — the actor is a separate `GovernmentOrganization` node,
 *   "<country> (state actor)", linked to its country by `areaServed`: schema.org's `author`,
 *   `spokenByCharacter`, `parentOrganization` and `memberOf` take an Organization or a Person,
 *   never a place.
 * - `partOf` and `memberOf` become the schema.org property that fits both ends
 *   (`containedInPlace` place in place, `parentOrganization`, `superEvent`, `isPartOf`,
 *   `memberOf`); where none fits (a group, a weapon class) the dataset's own `ks:partOf` /
 *   `ks:memberOf` carries the link instead.
 * @module
 */
import { sourceEntityId } from "../query/collections.js";
import type { ArticleOf, EntityOf } from "../types.js";
import { entityUrn } from "./urns.js";

/** The schema.org type of each entity type. */
export const SCHEMA_TYPES: Readonly<Record<EntityOf["type"], string>> = {
  person: "Person",
  organization: "Organization",
  country: "Country",
  city: "City",
  region: "Place",
  group: "Thing",
  event: "Event",
  weapon: "Thing",
  document: "CreativeWork",
  other: "Thing",
};

type Kind = "place" | "agent" | "event" | "work" | "thing";
const KIND: Readonly<Record<EntityOf["type"], Kind>> = {
  person: "agent",
  organization: "agent",
  country: "place",
  city: "place",
  region: "place",
  group: "thing",
  event: "event",
  weapon: "thing",
  document: "work",
  other: "thing",
};

/** The URN of the state actor of a country. */
export const stateActorUrn = (countryId: string): string => `${entityUrn(countryId)}:state`;

/** The node that acts for an entity (author, speaker, parent, organisation joined), if any can. */
export function agentUrn(entity: EntityOf): string | undefined {
  if (entity.type === "country") return stateActorUrn(entity.id);
  return KIND[entity.type] === "agent" ? entityUrn(entity.id) : undefined;
}

const PART_OF: Partial<Record<`${Kind}>${Kind}`, string>> = {
  "place>place": "containedInPlace",
  "event>event": "superEvent",
  "work>work": "isPartOf",
};

/**
 * The property and target that say `entity` is part of `whole`: a schema.org property where
 * its domain and range admit both, otherwise the dataset's `ks:partOf`.
 */
export function partOfLink(entity: EntityOf, whole: EntityOf): readonly [string, string] {
  if (entity.type === "organization") {
    const parent = agentUrn(whole);
    if (parent) return ["parentOrganization", parent];
  }
  const property = PART_OF[`${KIND[entity.type]}>${KIND[whole.type]}`];
  return [property ?? "ks:partOf", entityUrn(whole.id)];
}

/** The property and target that say `entity` belongs to `group`, as {@link partOfLink} decides. */
export function memberOfLink(entity: EntityOf, group: EntityOf): readonly [string, string] {
  const organisation = group.type === "person" ? undefined : agentUrn(group);
  if (KIND[entity.type] === "agent" && organisation) return ["memberOf", organisation];
  return ["ks:memberOf", entityUrn(group.id)];
}

/** The countries that act in the article: a claim's source, or the whole or group of an agent. */
export function actingCountries(doc: ArticleOf): EntityOf[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const acting = new Set<string>(doc.claims.flatMap((c) => sourceEntityId(c) ?? []));
  for (const e of doc.entities) {
    if (e.type === "organization" && e.partOf) acting.add(e.partOf);
    if (KIND[e.type] === "agent" && e.memberOf) acting.add(e.memberOf);
  }
  return [...acting].map((id) => byId.get(id)).filter((e): e is EntityOf => e?.type === "country");
}
