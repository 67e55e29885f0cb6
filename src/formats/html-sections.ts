/**
 * The sections of the HTML page around the text: the legend, the contradicting pairs, the
 * entities and the claims by source. Each is written with the `html` template, so every value
 * from the data is escaped.
 * @module
 */
import { describeClaimAgreement, isContestedClaim } from "../query/agreement.js";
import { claimSourceId, groupBy } from "../query/collections.js";
import { ENTITY_TYPES, WIKIDATA_ITEM_PATTERN } from "../schema/vocabulary.js";
import type { ArticleOf, ClaimOf } from "../types.js";
import { html, joinHtml, type SafeHtml } from "./escape-html.js";
import { claimSummary, type PageIndex, plural, sourceName } from "./html-view.js";
import { wikidataUrl } from "./urns.js";

const CONTESTED = "a blind annotator treated it otherwise (counts in the details)";

// One more item of the claim-roles list, so that the legend keeps its height.
function agreementLegend(doc: ArticleOf): SafeHtml | "" {
  if (!doc.agreement) return "";
  return html`
<li><span class="legend-sample contested">contested</span>: ${CONTESTED}</li>`;
}

/** The legend: folded into one line so that the text comes first on a small screen. */
export function legendSection(doc: ArticleOf): SafeHtml {
  const counts = new Map<string, number>();
  for (const entity of doc.entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  const types = ENTITY_TYPES.filter((type) => counts.has(type)).map(
    (type) => html`<li>${type}: ${counts.get(type)}</li>`,
  );
  return html`<details class="legend">
<summary><h2 id="legend-heading">Legend</h2> <span class="note">what the colours and marks mean</span></summary>
<p class="note">Tinted, underlined stretches are mentions of entities; mentions of one entity share a colour (listed
under Entities), and a mention inside another is double-underlined. Tap, click or Tab to a mention to see its details
at the bottom of the screen; select it (a tap, a click, Enter or Space), or an entity in the list of entities, to
highlight every mention of that entity, and select it again to clear. Escape hides the details.</p>
<h3>Entity types</h3>
<ul class="inline">${types}</ul>
<h3>Claim roles</h3>
<ul class="inline">
<li><span class="legend-sample claim-source">source</span>: the mention naming who makes the claim</li>
<li><span class="legend-sample claim-cue">cue</span>: the words that signal the attribution (“according to”,
“denied”)</li>
<li><span class="legend-sample claim-content">content</span>: what is claimed</li>
<li><span class="legend-sample claim-content"><span class="claim-quote">quote</span></span>: words quoted verbatim</li>
<li><span class="legend-sample claim-content contradiction">contradiction</span>: content of a claim that another claim
contradicts</li>${agreementLegend(doc)}
</ul>
</details>`;
}

/** Every entity with its colour button, type, mentions, description and Wikidata link. */
export function entitySection(doc: ArticleOf, index: PageIndex, colours: ReadonlyMap<string, number>): SafeHtml {
  const items = doc.entities.map((entity) => {
    const count = index.mentionCounts.get(entity.id) ?? 0;
    const wikidata =
      entity.wikidata && WIKIDATA_ITEM_PATTERN.test(entity.wikidata)
        ? html` <a href="${wikidataUrl(entity.wikidata)}" rel="noreferrer">Wikidata ${entity.wikidata}</a>`
        : "";
    const label = `Highlight the ${plural(count, "mention")} of ${entity.name}`;
    const colour = colours.get(entity.id) ?? 0;
    const button = html`<button type="button" class="entity ent-c${colour}" data-entity="${entity.id}"
 aria-pressed="false" aria-label="${label}">${entity.name}</button>`;
    const meta = html`<span class="meta">${entity.type}, ${plural(count, "mention")}</span>`;
    return html`<li>${button} ${meta} <span class="description">${entity.description}${wikidata}</span></li>`;
  });
  return html`<section class="entities" aria-labelledby="entities-heading">
<h2 id="entities-heading">Entities</h2>
<ul class="entity-list">
${joinHtml(items, "\n")}
</ul>
</section>`;
}

// A relation links to its target in the target's own words; a target that is not in the article keeps its id.
function relationLink(index: PageIndex, target: string): SafeHtml {
  const claim = index.claims.get(target);
  const words = claim ? claim.content.text : target;
  const by = claim ? html` <span class="relation-source">(${sourceName(index, claim)})</span>` : "";
  return html`“<a href="#claim-${target}" class="relation" data-target="${target}">${words}</a>”${by}`;
}

function claimItem(index: PageIndex, claim: ClaimOf, contradicted: boolean): SafeHtml {
  const entry = index.agreement.claims.get(claim.id);
  const contested = entry !== undefined && isContestedClaim(claim, entry, index.agreement.annotators);
  const polarity =
    claim.polarity === "negative" ? "negative (the source denies or does not assert it)" : claim.polarity;
  const quotes = joinHtml(
    claim.quotes.map((q) => html` “${q.text}”`),
    ",",
  );
  const facts: [SafeHtml, SafeHtml][] = [
    ...(claim.cue ? [[html`Cue`, html`“${claim.cue.text}”`] as [SafeHtml, SafeHtml]] : []),
    [html`Factuality`, html`${claim.factuality}`],
    [html`Polarity`, html`${polarity}`],
    [html`Quote`, html`${claim.quote}${quotes}`],
    ...claim.relations.map((r) => [html`${r.type}`, relationLink(index, r.target)] as [SafeHtml, SafeHtml]),
    ...(entry
      ? [
          [
            contested ? html`Contested` : html`Annotators`,
            html`${describeClaimAgreement(entry, index.agreement.annotators)}`,
          ] as [SafeHtml, SafeHtml],
        ]
      : []),
  ];
  const term = (name: SafeHtml, value: SafeHtml) =>
    html`<dt>${name}</dt><dd${name.markup === "Factuality" ? html` class="factuality"` : ""}>${value}</dd>`;
  const contradiction = contradicted ? " contradiction" : "";
  const label = `Claim ${claim.id} by ${sourceName(index, claim)}`;
  const summary = claimSummary(index, claim);
  const classes = `claim${contradiction}${contested ? " contested" : ""}`;
  return html`<li class="${classes}" id="claim-${claim.id}" aria-label="${label}" data-summary="${summary}">
<span class="claim-content${contradiction}">${claim.content.text}</span>
<dl>${joinHtml(
    facts.map(([name, value]) => term(name, value)),
    " ",
  )}</dl>
</li>`;
}

/** The claims grouped by source, in the order of the article. */
export function claimsSection(doc: ArticleOf, index: PageIndex, contradicted: ReadonlySet<string>): SafeHtml {
  const groups = groupBy(doc.claims, (claim) => [claimSourceId(claim)]);
  const sections = [...groups.entries()].map(([source, claims], i) => {
    const items = claims.map((claim) => claimItem(index, claim, contradicted.has(claim.id)));
    return html`<section class="source" data-source="${source}" aria-labelledby="source-${i}">
<h3 id="source-${i}">${sourceName(index, claims[0]!)} (${plural(claims.length, "claim")})</h3>
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

/** Each pair of contradicting claims as two cards side by side, and the graph of who says what. */
export function contradictionsSection(
  index: PageIndex,
  pairs: readonly (readonly [ClaimOf, ClaimOf])[],
  graph: SafeHtml | "",
): SafeHtml | "" {
  if (pairs.length === 0 && graph === "") return "";
  // Each side is a card: who, with which cue, polarity and factuality, then what.
  const side = (claim: ClaimOf) => {
    const cue = claim.cue ? html`, cue “${claim.cue.text}”` : "";
    const head = html`<a href="#claim-${claim.id}">${sourceName(index, claim)}</a>${cue}`;
    const meta = html`${claim.polarity} polarity, ${claim.factuality}`;
    return html`<span class="side ${claim.polarity}" data-claim="${claim.id}"><span class="side-head">${head}</span>
 <span class="side-meta">(${meta}):</span> <span class="side-content">“${claim.content.text}”</span></span>`;
  };
  const items = pairs.map(([a, b]) => html`<li>${side(a)} <strong>contradicts</strong> ${side(b)}</li>`);
  const list = items.length > 0 ? html`<ul class="contradiction-pairs">\n${joinHtml(items, "\n")}\n</ul>\n` : "";
  return html`<section class="who-says-what" aria-labelledby="contradictions-heading">
<h2 id="contradictions-heading">Who says what, and the contradictions</h2>
${list}${graph}
</section>`;
}
