/**
 * Display labels of entity types, shared by the exporters that name types in their own
 * vocabulary (brat types, the HTML legend).
 * @module
 */
import { ENTITY_TYPES as ALL_ENTITY_TYPES } from "../schema/vocabulary.js";
import type { EntityOf } from "../types.js";

/** An entity type of the data model. */
export type EntityType = EntityOf["type"];

/** Entity types in the order the data model lists them. */
export const ENTITY_TYPES: readonly EntityType[] = ALL_ENTITY_TYPES;

/**
 * The capitalised label of an entity type, usable as a brat type name.
 *
 * @param type - An entity type such as `"person"`.
 * @returns The label, such as `"Person"`.
 * @example
 * ```ts
 * entityTypeLabel("organization"); // "Organization"
 * ```
 */
export function entityTypeLabel(type: EntityType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}
