/**
 * A standalone, accessible HTML5 page of the article with its entities and sources visible.
 *
 * The page makes no request of its own: style and script are inline, there are no fonts,
 * images or external scripts, and a Content-Security-Policy (`default-src 'none'`) forbids
 * loading anything. Markup is written with the `html` tagged template, which escapes every value
 * it is given unless it is markup the template built itself; no value is written into the style
 * sheet or the script. The view model (colours, marks, contradictions) lives in html-view.ts.
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
import { claimSourceId, groupBy } from "../query/collections.js";
import { agreementById, describeClaimAgreement, isContestedClaim } from "../query/agreement.js";
import { ENTITY_TYPES, WIKIDATA_ITEM_PATTERN } from "../schema/vocabulary.js";
import type { ArticleOf, ClaimOf } from "../types.js";
import { escapeHtml, html, joinHtml, type SafeHtml, trustedConstant } from "./escape-html.js";
import { PAGE_SCRIPT, PAGE_STYLE } from "./html-assets.js";
import { coloursOf, contradictionsOf, describeClaim, type Mark, marksOf, roleName, sourceName } from "./html-view.js";
import { type Layered, nest, type Piece, writeNested } from "./nesting.js";
import { wikidataUrl } from "./urns.js";

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** The page title and main heading; the article's title by default. */
  readonly title?: string;
  /** Include the script that highlights an entity's mentions on click; true by default. */
  readonly script?: boolean;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

function openMark(doc: ArticleOf, piece: Piece<Mark>): SafeHtml {
  const mark = piece.value;
  if (mark.kind === "mention") {
    const { mention, entity, colour, sourceOf } = mark;
    const flags = [...(sourceOf.length > 0 ? ["claim-source"] : []), ...(mark.contested ? ["contested"] : [])];
    const classes = ["mention", `ent-c${colour}`, ...flags].join(" ");
    const source = sourceOf.length > 0 ? `; source of: ${sourceOf.map((c) => c.id).join(", ")}` : "";
    const title = `${entity.name} (${entity.type}, ${mention.form})${source}${mark.agreement ? `; ${mark.agreement}` : ""}`;
    return html`<span class="${classes}" data-entity="${entity.id}" data-mention="${mention.id}" title="${title}">`;
  }
  const classes = [`claim-${mark.role}`, ...(mark.contradiction ? ["contradiction"] : [])].join(" ");
  const title = `${roleName(mark.role)} of ${mark.claims.map((c) => `${c.id} (${describeClaim(doc, c)})`).join("; ")}`;
  return html`<span class="${classes}" data-claim="${mark.claims.map((c) => c.id).join(" ")}" title="${title}">`;
}

function clip(mark: Layered<Mark>, start: number, end: number): Layered<Mark> | undefined {
  const clipped = { ...mark, start: Math.max(mark.start, start), end: Math.min(mark.end, end) };
  return clipped.end > clipped.start ? clipped : undefined;
}

function textSection(doc: ArticleOf, contradicted: ReadonlySet<string>): SafeHtml {
  const marks = marksOf(doc, contradicted);
  const writer = {
    text: escapeHtml,
    open: (piece: Piece<Mark>) => openMark(doc, piece).markup,
    close: () => "</span>",
  };
  const paragraphs = doc.paragraphs.map(({ span }) => {
    const inside = marks.flatMap((mark) => clip(mark, span.start, span.end) ?? []);
    // writeNested escapes the text through the writer's `text` and adds only the writer's tags.
    return html`<p>${trustedConstant(writeNested(doc.text, nest(inside), writer, span.start, span.end))}</p>`;
  });
  return html`<section class="article-text" aria-labelledby="text-heading">
<h2 id="text-heading">Text</h2>
${joinHtml(paragraphs, "\n")}
</section>`;
}

function agreementLegend(doc: ArticleOf): SafeHtml | "" {
  if (!doc.agreement) return "";
  return html`
<h3>Agreement</h3>
<p class="note"><span class="legend-sample contested">contested</span>: a mention or claim that at least one of the ${doc.agreement.annotators.length} blind annotators treated otherwise (not found, other offsets, another chain or label); hover a mention, or read a claim’s “Contested” line, for the counts.</p>`;
}

function legendSection(doc: ArticleOf): SafeHtml {
  const counts = new Map<string, number>();
  for (const entity of doc.entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  const types = ENTITY_TYPES.filter((type) => counts.has(type)).map(
    (type) => html`<li>${type}: ${counts.get(type)}</li>`,
  );
  return html`<section class="legend" aria-labelledby="legend-heading">
<h2 id="legend-heading">Legend</h2>
<p class="note">Tinted, underlined stretches are mentions of entities; mentions of one entity share a colour (listed under Entities), and a mention inside another is double-underlined. Select a mention, or an entity in the list of entities, to highlight every mention of that entity; select it again to clear. Hover for details.</p>
<h3>Entity types</h3>
<ul class="inline">${types}</ul>
<h3>Claim roles</h3>
<ul class="inline">
<li><span class="legend-sample claim-source">source</span>: the mention naming who makes the claim</li>
<li><span class="legend-sample claim-cue">cue</span>: the words that signal the attribution (“according to”, “denied”)</li>
<li><span class="legend-sample claim-content">content</span>: what is claimed</li>
<li><span class="legend-sample claim-content"><span class="claim-quote">quote</span></span>: words quoted verbatim</li>
<li><span class="legend-sample claim-content contradiction">contradiction</span>: content of a claim that another claim contradicts</li>
</ul>${agreementLegend(doc)}
</section>`;
}

function entitySection(doc: ArticleOf): SafeHtml {
  const colours = coloursOf(doc);
  const items = doc.entities.map((entity) => {
    const count = doc.mentions.filter((m) => m.entityId === entity.id).length;
    const wikidata =
      entity.wikidata && WIKIDATA_ITEM_PATTERN.test(entity.wikidata)
        ? html` <a href="${wikidataUrl(entity.wikidata)}" rel="noreferrer">Wikidata ${entity.wikidata}</a>`
        : "";
    const label = `Highlight the ${plural(count, "mention")} of ${entity.name}`;
    const colour = colours.get(entity.id) ?? 0;
    return html`<li><button type="button" class="entity ent-c${colour}" data-entity="${entity.id}" aria-pressed="false" aria-label="${label}">${entity.name}</button> <span class="meta">${entity.type}, ${plural(count, "mention")}</span> <span class="description">${entity.description}${wikidata}</span></li>`;
  });
  return html`<section class="entities" aria-labelledby="entities-heading">
<h2 id="entities-heading">Entities</h2>
<ul class="entity-list">
${joinHtml(items, "\n")}
</ul>
</section>`;
}

function claimItem(doc: ArticleOf, claim: ClaimOf, contradictedBy: readonly ClaimOf[]): SafeHtml {
  const agreement = agreementById(doc);
  const entry = agreement.claims.get(claim.id);
  const contested = entry !== undefined && isContestedClaim(claim, entry, agreement.annotators);
  const polarity =
    claim.polarity === "negative" ? "negative (the source denies or does not assert it)" : claim.polarity;
  const facts: [SafeHtml, SafeHtml][] = [
    ...(claim.cue ? [[html`Cue`, html`“${claim.cue.text}”`] as [SafeHtml, SafeHtml]] : []),
    [html`Factuality`, html`${claim.factuality}`],
    [html`Polarity`, html`${polarity}`],
    [
      html`Quote`,
      html`${claim.quote}${joinHtml(
        claim.quotes.map((q) => html` “${q.text}”`),
        ",",
      )}`,
    ],
    ...claim.relations.map(
      (r) => [html`${r.type}`, html`<a href="#claim-${r.target}">${r.target}</a>`] as [SafeHtml, SafeHtml],
    ),
    ...(entry
      ? [
          [
            contested ? html`Contested` : html`Annotators`,
            html`${describeClaimAgreement(entry, agreement.annotators)}`,
          ] as [SafeHtml, SafeHtml],
        ]
      : []),
  ];
  const term = (name: SafeHtml, value: SafeHtml) =>
    html`<dt>${name}</dt><dd${name.markup === "Factuality" ? html` class="factuality"` : ""}>${value}</dd>`;
  const contradiction = contradictedBy.length > 0 ? " contradiction" : "";
  return html`<li class="claim${contradiction}${contested ? " contested" : ""}" id="claim-${claim.id}" aria-label="${`Claim ${claim.id} by ${sourceName(doc, claim)}`}">
<span class="claim-content${contradiction}">${claim.content.text}</span>
<dl>${joinHtml(
    facts.map(([name, value]) => term(name, value)),
    " ",
  )}</dl>
</li>`;
}

function claimsSection(doc: ArticleOf, contradictedBy: ReadonlyMap<string, ClaimOf[]>): SafeHtml {
  const groups = groupBy(doc.claims, (claim) => [claimSourceId(claim)]);
  const sections = [...groups.entries()].map(([source, claims], i) => {
    const items = claims.map((claim) => claimItem(doc, claim, contradictedBy.get(claim.id) ?? []));
    return html`<section class="source" data-source="${source}" aria-labelledby="source-${i}">
<h3 id="source-${i}">${sourceName(doc, claims[0]!)} (${plural(claims.length, "claim")})</h3>
<ol class="claim-list">
${joinHtml(items, "\n")}
</ol>
</section>`;
  });
  return html`<section class="claims" aria-labelledby="claims-heading">
<h2 id="claims-heading">Claims by source</h2>
${joinHtml(sections, "\n")}
</section>`;
}

function contradictionsSection(doc: ArticleOf, pairs: readonly (readonly [ClaimOf, ClaimOf])[]): SafeHtml | "" {
  if (pairs.length === 0) return "";
  // Each side is a card: who, with which cue, polarity and factuality, then what.
  const side = (claim: ClaimOf) => {
    const cue = claim.cue ? html`, cue “${claim.cue.text}”` : "";
    const head = html`<a href="#claim-${claim.id}">${sourceName(doc, claim)}</a>${cue}`;
    const meta = html`${claim.polarity} polarity, ${claim.factuality}`;
    return html`<span class="side ${claim.polarity}" data-claim="${claim.id}"><span class="side-head">${head}</span> <span class="side-meta">(${meta}):</span> <span class="side-content">“${claim.content.text}”</span></span>`;
  };
  const items = pairs.map(([a, b]) => html`<li>${side(a)} <strong>contradicts</strong> ${side(b)}</li>`);
  return html`<section aria-labelledby="contradictions-heading">
<h2 id="contradictions-heading">Contradictions</h2>
<ul class="contradiction-pairs">
${joinHtml(items, "\n")}
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
  const { pairs, contradictedBy } = contradictionsOf(doc);
  const title = options.title ?? doc.title.text;
  const editorial = doc.title.editorial ? " The title was written for this dataset; the source has none." : "";
  const published = `Published ${doc.published.date} (${doc.published.basis === "inferred" ? "date inferred" : "date stated"}).`;
  const script = options.script === false ? "" : html`<script>${trustedConstant(PAGE_SCRIPT)}</script>\n`;
  return html`<!DOCTYPE html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>${title}</title>
<style>${trustedConstant(PAGE_STYLE)}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="meta">${published + editorial}</p>
</header>
<main>
${legendSection(doc)}
${textSection(doc, new Set(contradictedBy.keys()))}
${contradictionsSection(doc, pairs)}
${entitySection(doc)}
${claimsSection(doc, contradictedBy)}
</main>
${script}</body>
</html>
`.markup;
}
