/**
 * brat standoff export (`.txt`, `.ann`, `annotation.conf`, `tools.conf`).
 *
 * Encoding:
 * - Every mention is a text-bound annotation typed by its entity type (`T1<TAB>Person 58 69<TAB>Kim Jong Un`)
 *   with a `MentionForm` attribute, and a `Reference` normalization to Wikidata where the entity
 *   has an item (`N1<TAB>Reference T1 Wikidata:Q56226<TAB>Kim Jong Un`).
 * - Mentions of one entity form a `Coref` equivalence (`*<TAB>Coref T3 T21 T40`).
 * - Every claim is a brat event, the idiom brat and the BioNLP shared tasks use for n-ary,
 *   attribute-bearing structures: `E1<TAB>Claim:T101 Source:T1 Cue:T102 Quote:T103`. The trigger is
 *   the claim's content (a `Claim` text-bound annotation), because a claim in the article's
 *   own voice often has no cue and a brat event cannot exist without a trigger. The source is
 *   the mention naming it (an entity annotation, not a copy); the cue and each verbatim quote
 *   are `Cue` and `Quote` text-bound annotations. Claims sharing a content or a cue share
 *   its text-bound annotation.
 * - Claim values are attributes of the event: `Factuality`, `Polarity`, `QuoteType`, and the
 *   binary `AuthorVoice` for claims in the article's own voice.
 * - Relations between claims are binary relations between events: `Contradicts`, `Supports`,
 *   `Elaborates` (as annotated, directed) and `NestedIn` (a claim reported inside another).
 *
 * Offsets count Unicode code points, as brat (Python) does. A span crossing a line break is
 * written as fragments (`0 5;6 10`), as brat does for discontinuous spans. `annotation.conf`
 * declares exactly the types, roles, relations, attributes and values the `.ann` uses (see
 * {@link writeConf}), with an `<OVERLAP>` rule for the kinds of span overlap that occur;
 * `tools.conf` declares the Wikidata normalization database.
 * @module
 */
import { article } from "../generated/article.js";
import type { ArticleOf, ClaimOf } from "../types.js";
import { groupBy } from "../query/collections.js";
import { codePointConverter } from "./code-points.js";
import { emptyDeclarations, writeConf, writeTools, type Declarations } from "./brat-conf.js";
import { AnnWriter } from "./brat-ann-writer.js";
import { entityTypeLabel } from "./entity-labels.js";
import type { Range } from "../schema/walk.js";

/** The files of a brat document and its configuration. */
export interface BratExport {
  /** The document text (`<name>.txt`): the article text, unchanged. */
  readonly txt: string;
  /** The standoff annotations (`<name>.ann`). */
  readonly ann: string;
  /** The annotation configuration (`annotation.conf`). */
  readonly conf: string;
  /** The tool configuration (`tools.conf`) declaring the Wikidata normalization. */
  readonly tools: string;
}

const RELATION_TYPES = { contradicts: "Contradicts", supports: "Supports", elaborates: "Elaborates" } as const;

function addAttribute(
  writer: AnnWriter,
  used: Declarations,
  name: string,
  target: string,
  targetType: string,
  value?: string,
): void {
  writer.push(
    value === undefined
      ? `${writer.nextId("A")}\t${name} ${target}`
      : `${writer.nextId("A")}\t${name} ${target} ${value}`,
  );
  if (!used.attributeTargets.has(name)) used.attributeTargets.set(name, new Set());
  used.attributeTargets.get(name)!.add(targetType);
  if (value !== undefined) {
    if (!used.attributeValues.has(name)) used.attributeValues.set(name, new Set());
    used.attributeValues.get(name)!.add(value);
  }
}

function writeMentions(
  doc: ArticleOf,
  writer: AnnWriter,
  used: Declarations,
): Map<string, { id: string; type: string }> {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const mentionIds = new Map<string, { id: string; type: string }>();
  for (const mention of doc.mentions) {
    const entity = entities.get(mention.entityId);
    if (!entity) continue;
    const type = entityTypeLabel(entity.type);
    const id = writer.textBound(type, mention.span, true);
    if (!id) continue;
    used.entityTypes.add(type);
    mentionIds.set(mention.id, { id, type });
    addAttribute(writer, used, "MentionForm", id, type, mention.form);
    // The name ends the line, so white space in it is flattened to single spaces.
    if (entity.wikidata) {
      writer.push(
        `${writer.nextId("N")}\tReference ${id} Wikidata:${entity.wikidata}\t${entity.name.replace(/\s+/g, " ")}`,
      );
      writer.normalized = true;
    }
  }
  return mentionIds;
}

function writeCoreference(
  doc: ArticleOf,
  writer: AnnWriter,
  used: Declarations,
  mentionIds: Map<string, { id: string; type: string }>,
): void {
  const mentionsOfEntity = groupBy(doc.mentions, (m) => [m.entityId]);
  for (const entity of doc.entities) {
    const members = (mentionsOfEntity.get(entity.id) ?? []).flatMap((m) => mentionIds.get(m.id) ?? []);
    if (members.length < 2) continue;
    writer.push(`*\tCoref ${members.map((m) => m.id).join(" ")}`);
    for (const member of members) used.corefTypes.add(member.type);
  }
}

function writeClaim(
  claim: ClaimOf,
  writer: AnnWriter,
  used: Declarations,
  mentionIds: Map<string, { id: string; type: string }>,
): string | undefined {
  const trigger = writer.textBound("Claim", claim.content, false);
  if (!trigger) return undefined;
  const args: string[] = [];
  const source = claim.sourceMention ? mentionIds.get(claim.sourceMention) : undefined;
  if (source) {
    args.push(`Source:${source.id}`);
    used.roles.add("Source");
    used.sourceTypes.add(source.type);
  }
  const cue = claim.cue ? writer.textBound("Cue", claim.cue, true) : undefined;
  if (cue) {
    args.push(`Cue:${cue}`);
    used.roles.add("Cue");
    used.entityTypes.add("Cue");
  }
  const quotes = claim.quotes.flatMap((q) => writer.textBound("Quote", q, true) ?? []);
  // brat numbers repeated roles: Quote, Quote2, Quote3, …
  quotes.forEach((quote, i) => args.push(`Quote${i === 0 ? "" : i + 1}:${quote}`));
  if (quotes.length > 0) {
    used.roles.add("Quote");
    used.entityTypes.add("Quote");
  }
  const event = writer.nextId("E");
  used.claimEvents = true;
  writer.push(`${event}\tClaim:${[trigger, ...args].join(" ")}`);
  addAttribute(writer, used, "Factuality", event, "Claim", claim.factuality);
  addAttribute(writer, used, "Polarity", event, "Claim", claim.polarity);
  addAttribute(writer, used, "QuoteType", event, "Claim", claim.quote);
  if ("author" in claim.source) addAttribute(writer, used, "AuthorVoice", event, "Claim");
  return event;
}

function writeClaimRelations(doc: ArticleOf, writer: AnnWriter, used: Declarations, events: Map<string, string>): void {
  const relate = (type: string, from: string, to: string) => {
    const arg1 = events.get(from);
    const arg2 = events.get(to);
    if (!arg1 || !arg2) return;
    writer.push(`${writer.nextId("R")}\t${type} Arg1:${arg1} Arg2:${arg2}`);
    used.relations.add(type);
  };
  for (const claim of doc.claims) {
    for (const relation of claim.relations) relate(RELATION_TYPES[relation.type], claim.id, relation.target);
    if (claim.nestedIn) relate("NestedIn", claim.id, claim.nestedIn);
  }
}

/**
 * Which kinds of overlap occur among non-empty spans: two with the same offsets ("equal"), one
 * inside another ("contain"), two that share some characters but neither holds the other
 * ("cross"). One pass over the spans in order of start (longest first) instead of comparing
 * every pair: an earlier span holds a later one when it reaches at least as far, and a span
 * crosses some earlier one exactly when it crosses the innermost span still open at its start.
 *
 * @param spans - Non-empty spans.
 * @returns The kinds that occur.
 * @example
 * ```ts
 * overlapKinds([{ start: 0, end: 5 }, { start: 3, end: 8 }]); // Set { "cross" }
 * ```
 */
export function overlapKinds(spans: readonly Range[]): Set<"contain" | "equal" | "cross"> {
  const kinds = new Set<"contain" | "equal" | "cross">();
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let farthest: Range | undefined; // the first span reaching farthest so far
  const open: Range[] = []; // nested spans still open, innermost last
  for (const [i, span] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous && previous.start === span.start && previous.end === span.end) kinds.add("equal");
    const holds = farthest && (farthest.end > span.end || (farthest.end === span.end && farthest.start < span.start));
    if (holds) kinds.add("contain");
    if (!farthest || span.end > farthest.end) farthest = span;
    if (kinds.has("cross")) continue;
    while (open.length > 0 && open[open.length - 1]!.end <= span.start) open.pop();
    const inner = open[open.length - 1];
    if (inner && inner.end < span.end) kinds.add("cross");
    else open.push(span);
  }
  return kinds;
}

/**
 * Exports the article in brat standoff format.
 *
 * Mentions are entity annotations (coreference as `Coref` equivalences, Wikidata as `Reference`
 * normalizations); each claim is a `Claim` event triggered by its content, with `Source`,
 * `Cue` and `Quote` arguments and `Factuality`, `Polarity`, `QuoteType` (and `AuthorVoice`)
 * attributes; claim relations are `Contradicts` / `Supports` / `Elaborates` / `NestedIn`
 * relations between events. Offsets are Unicode code points.
 *
 * @param doc - The article; the shipped one by default.
 * @returns The `.txt`, `.ann`, `annotation.conf` and `tools.conf` contents.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { toBrat } from "kim-shoigu-2023/formats";
 * const { txt, ann, conf, tools } = toBrat();
 * writeFileSync("article.txt", txt);
 * writeFileSync("article.ann", ann);
 * writeFileSync("annotation.conf", conf);
 * writeFileSync("tools.conf", tools);
 * ```
 */
export function toBrat(doc: ArticleOf = article): BratExport {
  const writer = new AnnWriter(doc.text, codePointConverter(doc.text));
  const used = emptyDeclarations();
  const mentionIds = writeMentions(doc, writer, used);
  writeCoreference(doc, writer, used, mentionIds);
  const events = new Map<string, string>();
  for (const claim of doc.claims) {
    const event = writeClaim(claim, writer, used, mentionIds);
    if (event) events.set(claim.id, event);
  }
  writeClaimRelations(doc, writer, used, events);
  // Which kinds of overlap occur between entity annotations (brat checks them against <OVERLAP>).
  for (const kind of overlapKinds(writer.physical)) used.overlaps.add(kind);
  return { txt: doc.text, ann: writer.ann(), conf: writeConf(doc, used), tools: writeTools(writer.normalized) };
}
