/**
 * The brat configuration files of the brat export: `annotation.conf`, written from what the
 * `.ann` actually uses, and `tools.conf` for the Wikidata normalization.
 * @module
 */
import { WIKIDATA_ITEM_URL, WIKIDATA_SITE } from "../schema/vocabulary.js";
import type { ArticleOf } from "../types.js";

/** What a `.ann` uses, collected while writing it, so that the `.conf` declares exactly that. */
export interface Declarations {
  /** Whether any claim became a `Claim` event. */
  claimEvents: boolean;
  entityTypes: Set<string>;
  corefTypes: Set<string>;
  sourceTypes: Set<string>;
  roles: Set<"Source" | "Cue" | "Quote">;
  relations: Set<string>;
  attributeValues: Map<string, Set<string>>;
  attributeTargets: Map<string, Set<string>>;
  overlaps: Set<"contain" | "equal" | "cross">;
}

/**
 * A record of nothing used yet.
 *
 * @returns Empty declarations, to fill while writing a `.ann`.
 * @example
 * ```ts
 * const used = emptyDeclarations();
 * ```
 */
export function emptyDeclarations(): Declarations {
  return {
    claimEvents: false,
    entityTypes: new Set(),
    corefTypes: new Set(),
    sourceTypes: new Set(),
    roles: new Set(),
    relations: new Set(),
    attributeValues: new Map(),
    attributeTargets: new Map(),
    overlaps: new Set(),
  };
}

const sorted = (values: Iterable<string>) => [...values].sort();

/**
 * Writes the `annotation.conf` that declares exactly what a `.ann` uses.
 *
 * @param doc - The exported article (named in a comment).
 * @param used - What the `.ann` uses.
 * @returns The `annotation.conf` text.
 * @example
 * ```ts
 * writeConf(article, used);
 * ```
 */
export function writeConf(doc: ArticleOf, used: Declarations): string {
  const relationLines: string[] = [];
  if (used.corefTypes.size > 0) {
    const types = sorted(used.corefTypes).join("|");
    relationLines.push(`Coref\tArg1:${types}, Arg2:${types}, <REL-TYPE>:symmetric-transitive`);
  }
  for (const type of sorted(used.relations)) relationLines.push(`${type}\tArg1:Claim, Arg2:Claim`);
  if (used.overlaps.size > 0)
    relationLines.push(`<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:${sorted(used.overlaps).join("|")}`);

  const roles: string[] = [];
  if (used.roles.has("Source")) roles.push(`Source?:${sorted(used.sourceTypes).join("|")}`);
  if (used.roles.has("Cue")) roles.push("Cue?:Cue");
  if (used.roles.has("Quote")) roles.push("Quote*:Quote");
  const eventLines = used.claimEvents ? [`Claim${roles.length > 0 ? `\t${roles.join(", ")}` : ""}`] : [];

  const attributeLines = [...used.attributeTargets].map(([name, targets]) => {
    const values = used.attributeValues.get(name);
    return `${name}\tArg:${sorted(targets).join("|")}${values ? `, Value:${sorted(values).join("|")}` : ""}`;
  });

  return [
    `# brat annotation configuration for the article "${doc.id}": declares exactly what its .ann uses.`,
    "",
    "[entities]",
    ...sorted(used.entityTypes),
    "",
    "[relations]",
    ...relationLines,
    "",
    "[events]",
    ...eventLines,
    "",
    "[attributes]",
    ...attributeLines,
    "",
  ].join("\n");
}

/**
 * Writes the `tools.conf` that declares the Wikidata normalization database.
 *
 * @param usesWikidata - Whether the `.ann` has `Reference` normalizations to Wikidata.
 * @returns The `tools.conf` text.
 * @example
 * ```ts
 * writeTools(true);
 * ```
 */
export function writeTools(usesWikidata: boolean): string {
  return [
    "# brat tool configuration: the normalization database of the Reference (N) annotations.",
    "",
    "[normalization]",
    ...(usesWikidata ? [`Wikidata\t<URL>:${WIKIDATA_SITE}, <URLBASE>:${WIKIDATA_ITEM_URL}%s`] : []),
    "",
  ].join("\n");
}
