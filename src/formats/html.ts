/**
 * A standalone, accessible HTML5 page of the article with its entities and sources visible.
 *
 * The page makes no request of its own: style and script are inline, there are no fonts,
 * images or external scripts, and a Content-Security-Policy (`default-src 'none'`) forbids
 * loading anything. Every value from the article is escaped with {@link escapeHtml}; no value
 * is written into the style sheet or the script.
 *
 * In the text, each mention is `<span class="mention ent-c<n>" data-entity data-mention>`
 * (nested mentions nest; mentions of one entity share the colour class, and the entities
 * mentioned most get distinct colours), claim contents,
 * cues and verbatim quotes are `claim-content` / `claim-cue` / `claim-quote` spans (split where
 * they cross a mention, which is never split by them), and a mention naming a claim's source also has
 * the class `claim-source`. Below the text: the pairs of contradicting claims side by side, the
 * entities (beside the text on a wide screen), and the claims grouped by source with
 * factuality, polarity and quote type.
 * @module
 */
import { article } from "../generated/article.js";
import { createArticleIndex } from "../query/article-index.js";
import { claimSourceId, groupBy } from "../query/collections.js";
import { agreementById, describeClaimAgreement, describeMentionAgreement, isContestedClaim, isContestedMention } from "../query/agreement.js";
import type { ArticleOf, ClaimOf, EntityOf, MentionOf } from "../types.js";
import { ENTITY_TYPES } from "../schema/vocabulary.js";
import { escapeHtml } from "./escape-html.js";
import { ENTITY_COLOURS, PAGE_SCRIPT, PAGE_STYLE } from "./html-assets.js";
import { nest, writeNested, type Layered, type Piece } from "./nesting.js";

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** The page title and main heading; the article's title by default. */
  readonly title?: string;
  /** Include the script that highlights an entity's mentions on click; true by default. */
  readonly script?: boolean;
}

type ClaimRole = "content" | "cue" | "quote";

type Mark =
  | {
      readonly kind: "mention";
      readonly mention: MentionOf;
      readonly entity: EntityOf;
      readonly colour: number;
      readonly sourceOf: readonly ClaimOf[];
      /** The blind annotators' treatment of the mention in words, and whether any departed from it. */
      readonly agreement?: string;
      readonly contested: boolean;
    }
  | { readonly kind: "claim"; readonly role: ClaimRole; readonly claims: readonly ClaimOf[]; readonly contradiction: boolean };

const e = escapeHtml;
const ROLE_NAMES: Record<ClaimRole, string> = { content: "claim content", cue: "attribution cue", quote: "verbatim quote" };
// Mentions are placed first and never split; cues and quotes before the contents around them.
const PRIORITY = { mention: 2, cue: 1, quote: 1, content: 0 } as const;

function sourceName(doc: ArticleOf, claim: ClaimOf): string {
  if ("author" in claim.source) return "the article’s own voice";
  const { entityId } = claim.source;
  return doc.entities.find((entity) => entity.id === entityId)?.name ?? entityId;
}

function describeClaim(doc: ArticleOf, claim: ClaimOf): string {
  return `${sourceName(doc, claim)}: ${claim.factuality}, ${claim.polarity}, quote ${claim.quote}`;
}

/**
 * The colour class number of each entity. Entities are ranked by their number of mentions,
 * most first (ties in the order of the article), so that the entities mentioned most get
 * distinct colours; the colours repeat only among the rarely mentioned ones.
 */
function coloursOf(doc: ArticleOf): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of doc.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  const ranked = doc.entities
    .map((entity, index) => ({ id: entity.id, index, count: counts.get(entity.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.index - b.index);
  return new Map(ranked.map(({ id }, rank) => [id, rank % ENTITY_COLOURS.length]));
}

function marksOf(doc: ArticleOf, contradicted: ReadonlySet<string>): Layered<Mark>[] {
  const colours = coloursOf(doc);
  const entities = new Map(doc.entities.map((entity) => [entity.id, { entity, colour: colours.get(entity.id) ?? 0 }]));
  const marks: Layered<Mark>[] = [];
  const agreement = agreementById(doc);
  for (const mention of doc.mentions) {
    const found = entities.get(mention.entityId);
    if (!found) continue;
    const sourceOf = doc.claims.filter((c) => c.sourceMention === mention.id);
    const entry = agreement.mentions.get(mention.id);
    const judged = entry
      ? { agreement: describeMentionAgreement(entry, agreement.annotators), contested: isContestedMention(entry, agreement.annotators) }
      : { contested: false };
    marks.push({ ...mention.span, priority: PRIORITY.mention, value: { kind: "mention", mention, ...found, sourceOf, ...judged } });
  }
  // Claims that share a stretch (a cue of several claims, the same content) share one element.
  const parts = new Map<string, { start: number; end: number; role: ClaimRole; claims: ClaimOf[] }>();
  const addPart = (role: ClaimRole, span: { start: number; end: number }, claim: ClaimOf) => {
    const key = `${role} ${span.start} ${span.end}`;
    const part = parts.get(key) ?? { start: span.start, end: span.end, role, claims: [] };
    part.claims.push(claim);
    parts.set(key, part);
  };
  for (const claim of doc.claims) {
    addPart("content", claim.content, claim);
    if (claim.cue) addPart("cue", claim.cue, claim);
    for (const quote of claim.quotes) addPart("quote", quote, claim);
  }
  for (const { start, end, role, claims } of parts.values()) {
    const contradiction = role === "content" && claims.some((c) => contradicted.has(c.id));
    marks.push({ start, end, priority: PRIORITY[role], value: { kind: "claim", role, claims, contradiction } });
  }
  return marks;
}

function openMark(doc: ArticleOf, piece: Piece<Mark>): string {
  const mark = piece.value;
  if (mark.kind === "mention") {
    const { mention, entity, colour, sourceOf } = mark;
    const flags = [...(sourceOf.length > 0 ? ["claim-source"] : []), ...(mark.contested ? ["contested"] : [])];
    const classes = ["mention", `ent-c${colour}`, ...flags].join(" ");
    const source = sourceOf.length > 0 ? `; source of: ${sourceOf.map((c) => c.id).join(", ")}` : "";
    const title = `${entity.name} (${entity.type}, ${mention.form})${source}${mark.agreement ? `; ${mark.agreement}` : ""}`;
    return `<span class="${classes}" data-entity="${e(entity.id)}" data-mention="${e(mention.id)}" title="${e(title)}">`;
  }
  const classes = [`claim-${mark.role}`, ...(mark.contradiction ? ["contradiction"] : [])].join(" ");
  const title = `${ROLE_NAMES[mark.role]} of ${mark.claims.map((c) => `${c.id} (${describeClaim(doc, c)})`).join("; ")}`;
  return `<span class="${classes}" data-claim="${e(mark.claims.map((c) => c.id).join(" "))}" title="${e(title)}">`;
}

function clip(mark: Layered<Mark>, start: number, end: number): Layered<Mark> | undefined {
  const clipped = { ...mark, start: Math.max(mark.start, start), end: Math.min(mark.end, end) };
  return clipped.end > clipped.start ? clipped : undefined;
}

function textSection(doc: ArticleOf, contradicted: ReadonlySet<string>): string {
  const marks = marksOf(doc, contradicted);
  const paragraphs = doc.paragraphs.map(({ span }) => {
    const inside = marks.flatMap((mark) => clip(mark, span.start, span.end) ?? []);
    const markup = writeNested(doc.text, nest(inside), { text: e, open: (piece) => openMark(doc, piece), close: () => "</span>" }, span.start, span.end);
    return `<p>${markup}</p>`;
  });
  return `<section class="article-text" aria-labelledby="text-heading">
<h2 id="text-heading">Text</h2>
${paragraphs.join("\n")}
</section>`;
}

function legendSection(doc: ArticleOf): string {
  const counts = new Map<string, number>();
  for (const entity of doc.entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  const types = ENTITY_TYPES.filter((type) => counts.has(type)).map((type) => `<li>${e(type)}: ${counts.get(type)}</li>`);
  return `<section class="legend" aria-labelledby="legend-heading">
<h2 id="legend-heading">Legend</h2>
<p class="note">Tinted, underlined stretches are mentions of entities; mentions of one entity share a colour (listed under Entities), and a mention inside another is double-underlined. Select a mention, or an entity in the list of entities, to highlight every mention of that entity; select it again to clear. Hover for details.</p>
<h3>Entity types</h3>
<ul class="inline">${types.join("")}</ul>
<h3>Claim roles</h3>
<ul class="inline">
<li><span class="legend-sample claim-source">source</span>: the mention naming who makes the claim</li>
<li><span class="legend-sample claim-cue">cue</span>: the words that signal the attribution (“according to”, “denied”)</li>
<li><span class="legend-sample claim-content">content</span>: what is claimed</li>
<li><span class="legend-sample claim-content"><span class="claim-quote">quote</span></span>: words quoted verbatim</li>
<li><span class="legend-sample claim-content contradiction">contradiction</span>: content of a claim that another claim contradicts</li>
</ul>${doc.agreement ? `
<h3>Agreement</h3>
<p class="note"><span class="legend-sample contested">contested</span>: a mention or claim that at least one of the ${doc.agreement.annotators.length} blind annotators treated otherwise (not found, other offsets, another chain or label); hover a mention, or read a claim’s “Contested” line, for the counts.</p>` : ""}
</section>`;
}

function entitySection(doc: ArticleOf): string {
  const colours = coloursOf(doc);
  const items = doc.entities.map((entity) => {
    const count = doc.mentions.filter((m) => m.entityId === entity.id).length;
    const wikidata = entity.wikidata && /^Q[1-9][0-9]*$/.test(entity.wikidata)
      ? ` <a href="https://www.wikidata.org/wiki/${entity.wikidata}" rel="noreferrer">Wikidata ${entity.wikidata}</a>`
      : "";
    const label = `Highlight the ${count} mention${count === 1 ? "" : "s"} of ${entity.name}`;
    return `<li><button type="button" class="entity ent-c${colours.get(entity.id) ?? 0}" data-entity="${e(entity.id)}" aria-pressed="false" aria-label="${e(label)}">${e(entity.name)}</button> <span class="meta">${e(entity.type)}, ${count} mention${count === 1 ? "" : "s"}</span> <span class="description">${e(entity.description)}${wikidata}</span></li>`;
  });
  return `<section class="entities" aria-labelledby="entities-heading">
<h2 id="entities-heading">Entities</h2>
<ul class="entity-list">
${items.join("\n")}
</ul>
</section>`;
}

function claimItem(doc: ArticleOf, claim: ClaimOf, contradictedBy: readonly ClaimOf[]): string {
  const agreement = agreementById(doc);
  const entry = agreement.claims.get(claim.id);
  const contested = entry !== undefined && isContestedClaim(claim, entry, agreement.annotators);
  const facts: [string, string][] = [
    ...(claim.cue ? [["Cue", `“${e(claim.cue.text)}”`] as [string, string]] : []),
    ["Factuality", e(claim.factuality)],
    ["Polarity", e(claim.polarity === "negative" ? "negative (the source denies or does not assert it)" : claim.polarity)],
    ["Quote", e(claim.quote) + claim.quotes.map((q) => ` “${e(q.text)}”`).join(",")],
    ...claim.relations.map((r) => [e(r.type), `<a href="#claim-${e(r.target)}">${e(r.target)}</a>`] as [string, string]),
    ...(entry ? [[contested ? "Contested" : "Annotators", e(describeClaimAgreement(entry, agreement.annotators))] as [string, string]] : []),
  ];
  const contradiction = contradictedBy.length > 0 ? " contradiction" : "";
  return `<li class="claim${contradiction}${contested ? " contested" : ""}" id="claim-${e(claim.id)}" aria-label="${e(`Claim ${claim.id} by ${sourceName(doc, claim)}`)}">
<span class="claim-content${contradiction}">${e(claim.content.text)}</span>
<dl>${facts.map(([term, value]) => `<dt>${term}</dt><dd${term === "Factuality" ? ` class="factuality"` : ""}>${value}</dd>`).join(" ")}</dl>
</li>`;
}

function claimsSection(doc: ArticleOf, contradictedBy: ReadonlyMap<string, ClaimOf[]>): string {
  const groups = groupBy(doc.claims, (claim) => [claimSourceId(claim)]);
  const sections = [...groups.entries()].map(([source, claims], i) => `<section class="source" data-source="${e(source)}" aria-labelledby="source-${i}">
<h3 id="source-${i}">${e(sourceName(doc, claims[0]!))} (${claims.length} claim${claims.length === 1 ? "" : "s"})</h3>
<ol class="claim-list">
${claims.map((claim) => claimItem(doc, claim, contradictedBy.get(claim.id) ?? [])).join("\n")}
</ol>
</section>`);
  return `<section class="claims" aria-labelledby="claims-heading">
<h2 id="claims-heading">Claims by source</h2>
${sections.join("\n")}
</section>`;
}

function contradictionsSection(doc: ArticleOf, pairs: readonly (readonly [ClaimOf, ClaimOf])[]): string {
  if (pairs.length === 0) return "";
  // Each side is a card: who, with which cue, polarity and factuality, then what.
  const side = (claim: ClaimOf) => {
    const cue = claim.cue ? `, cue “${e(claim.cue.text)}”` : "";
    const head = `<a href="#claim-${e(claim.id)}">${e(sourceName(doc, claim))}</a>${cue}`;
    const meta = `${e(claim.polarity)} polarity, ${e(claim.factuality)}`;
    return `<span class="side ${e(claim.polarity)}" data-claim="${e(claim.id)}"><span class="side-head">${head}</span> <span class="side-meta">(${meta}):</span> <span class="side-content">“${e(claim.content.text)}”</span></span>`;
  };
  return `<section aria-labelledby="contradictions-heading">
<h2 id="contradictions-heading">Contradictions</h2>
<ul class="contradiction-pairs">
${pairs.map(([a, b]) => `<li>${side(a)} <strong>contradicts</strong> ${side(b)}</li>`).join("\n")}
</ul>
</section>`;
}

/**
 * Renders the article as a standalone, accessible HTML5 page with its mentions, claims and
 * sources marked, a legend, the claims grouped by source and the contradicting pairs.
 *
 * @param doc - The article; the shipped one by default.
 * @param options - Page title and whether to include the highlighting script.
 * @returns The complete HTML document.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { toHtml } from "kim-shoigu-2023/formats";
 * writeFileSync("article.html", toHtml());
 * ```
 */
export function toHtml(doc: ArticleOf = article, options: HtmlOptions = {}): string {
  const index = createArticleIndex(doc);
  const pairs = index.contradictions();
  const contradictedBy = new Map<string, ClaimOf[]>();
  for (const [a, b] of pairs) {
    contradictedBy.set(a.id, [...(contradictedBy.get(a.id) ?? []), b]);
    contradictedBy.set(b.id, [...(contradictedBy.get(b.id) ?? []), a]);
  }
  const title = options.title ?? doc.title.text;
  const editorial = doc.title.editorial ? " The title was written for this dataset; the source has none." : "";
  const published = `Published ${doc.published.date} (${doc.published.basis === "inferred" ? "date inferred" : "date stated"}).`;
  return `<!DOCTYPE html>
<html lang="${e(doc.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>${e(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="meta">${e(published + editorial)}</p>
</header>
<main>
${legendSection(doc)}
${textSection(doc, new Set(contradictedBy.keys()))}
${contradictionsSection(doc, pairs)}
${entitySection(doc)}
${claimsSection(doc, contradictedBy)}
</main>
${options.script === false ? "" : `<script>${PAGE_SCRIPT}</script>\n`}</body>
</html>
`;
}
