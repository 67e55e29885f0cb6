/**
 * Display labels of entity types, shared by the exporters that name types in their own
 * vocabulary (brat types, the HTML legend).
 * @module
 */
import type { EntityType } from "../schema/entity.js";

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
