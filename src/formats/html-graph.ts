/**
 * The picture of who says what on the HTML page: an SVG graph with the sources on the left,
 * each joined to its claims on the right, and an arc between every two claims that contradict
 * each other. Written with the `html` template like the rest of the page, so every label is
 * escaped; the SVG has a title and a description, and its caption says the same in words.
 * @module
 */
import { claimSourceId, groupBy } from "../query/collections.js";
import type { ArticleOf, ClaimOf } from "../types.js";
import { html, joinHtml, type SafeHtml } from "./escape-html.js";
import { type PageIndex, plural, sourceName } from "./html-view.js";

const WIDTH = 820;
const TOP = 34;
const ROW = 22;
const GROUP_GAP = 14;
const SOURCE_X = 8;
const SOURCE_WIDTH = 250;
const SOURCE_HEIGHT = 30;
const DOT_X = 340;
const LABEL_X = 352;
const SOURCE_LABEL_CHARS = 26;
const CLAIM_LABEL_CHARS = 56;
const SCROLL_LABEL = "Graph of who says what (scrolls sideways on a narrow screen)";

/** A label cut at a word boundary to `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** How the graph's description and caption name one claim of a contradicting pair. */
const sideOf = (index: PageIndex, claim: ClaimOf) =>
  `${sourceName(index, claim)}${claim.cue ? ` (“${claim.cue.text}”)` : ""}, ${claim.polarity} polarity: ` +
  `“${claim.content.text}”`;

/**
 * The graph of sources, claims and contradictions, as a figure with the SVG and a caption.
 *
 * @param doc - The article.
 * @param index - The page's index of the article.
 * @param pairs - The contradicting pairs of claims.
 * @returns The figure's markup.
 */
export function graphFigure(
  doc: ArticleOf,
  index: PageIndex,
  pairs: readonly (readonly [ClaimOf, ClaimOf])[],
): SafeHtml | "" {
  if (doc.claims.length === 0) return "";
  const groups = [...groupBy(doc.claims, (claim) => [claimSourceId(claim)]).entries()];
  const rowOf = new Map<string, number>();
  const contradicted = new Set(pairs.flat().map((claim) => claim.id));
  const sources: SafeHtml[] = [];
  const claims: SafeHtml[] = [];
  const edges: SafeHtml[] = [];
  let y = TOP;
  for (const [source, list] of groups) {
    const middle = y + (list.length * ROW) / 2 - ROW / 2;
    const name = sourceName(index, list[0]!);
    const label = `${name} (${plural(list.length, "claim")})`;
    const box = html`<rect x="${SOURCE_X}" y="${middle - SOURCE_HEIGHT / 2}" width="${SOURCE_WIDTH}"
 height="${SOURCE_HEIGHT}" rx="6"></rect>`;
    const short = `${shorten(name, SOURCE_LABEL_CHARS)} · ${list.length}`;
    const text = html`<text x="${SOURCE_X + 10}" y="${middle + 4.5}">${short}</text>`;
    sources.push(html`<g class="graph-source" data-source="${source}"><title>${label}</title>${box}${text}</g>`);
    for (const claim of list) {
      rowOf.set(claim.id, y);
      const from = SOURCE_X + SOURCE_WIDTH;
      const bend = (from + DOT_X) / 2;
      const d = `M${from} ${middle} C${bend} ${middle} ${bend} ${y} ${DOT_X - 5} ${y}`;
      edges.push(html`<path class="graph-says" data-source="${source}" data-claim="${claim.id}" d="${d}"></path>`);
      const classes = `graph-claim ${claim.polarity}${contradicted.has(claim.id) ? " contradicted" : ""}`;
      const dot = html`<circle cx="${DOT_X}" cy="${y}" r="4.5"></circle>`;
      const words = html`<text x="${LABEL_X}" y="${y + 4.5}">${shorten(claim.content.text, CLAIM_LABEL_CHARS)}</text>`;
      const tip = `${name}: “${claim.content.text}”`;
      claims.push(html`<g class="${classes}" data-claim="${claim.id}"><title>${tip}</title>${dot}${words}</g>`);
      y += ROW;
    }
    y += GROUP_GAP;
  }
  const height = y - GROUP_GAP + 8;
  const arcs = pairs.map(([a, b]) => {
    const [ya, yb] = [rowOf.get(a.id)!, rowOf.get(b.id)!];
    const reach = DOT_X - 34 - Math.min(40, Math.abs(yb - ya) / 4);
    const mid = (ya + yb) / 2;
    const d = `M${DOT_X - 5} ${ya} C${reach} ${ya} ${reach} ${yb} ${DOT_X - 5} ${yb}`;
    const label = html`<text x="${reach + 6}" y="${mid + 4}" text-anchor="end">contradicts</text>`;
    const tip = `${sideOf(index, a)} contradicts ${sideOf(index, b)}`;
    return html`<g class="graph-contradiction" data-claims="${`${a.id} ${b.id}`}"><title>${tip}</title>
<path d="${d}"></path>${label}</g>`;
  });
  const counts = groups.map(([, list]) => `${sourceName(index, list[0]!)}: ${plural(list.length, "claim")}`);
  const contradictionWords = pairs.map(([a, b]) => `${sideOf(index, a)} contradicts ${sideOf(index, b)}.`);
  const summary = `${plural(groups.length, "source")} and their ${plural(doc.claims.length, "claim")}`;
  const description = `${summary}. ${counts.join("; ")}. ${contradictionWords.join(" ")}`;
  const title =
    `Who says what: ${plural(groups.length, "source")}, their claims and ` + `${plural(pairs.length, "contradiction")}`;
  const arcWords = pairs.length > 0 ? ", and a red arc between the claims that contradict each other" : "";
  const caption = html`Who says what: each source joined to its claims${arcWords}; a hollow dot is a claim of
 negative polarity (the source denies it or does not assert it). ${contradictionWords.join(" ")} The same in full:
 <a href="#claims-heading">the claims by source</a>.`;
  const headings = html`<text class="graph-heading" x="${SOURCE_X}" y="18">Sources</text>
<text class="graph-heading" x="${DOT_X - 4}" y="18">Claims</text>`;
  return html`<figure class="graph" aria-labelledby="graph-caption">
<div class="graph-scroll" tabindex="0" role="region" aria-label="${SCROLL_LABEL}">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"
 role="img" aria-labelledby="graph-title" aria-describedby="graph-desc">
<title id="graph-title">${title}</title>
<desc id="graph-desc">${description}</desc>
${headings}
${joinHtml(edges, "\n")}
${joinHtml(sources, "\n")}
${joinHtml(claims, "\n")}
${joinHtml(arcs, "\n")}
</svg>
</div>
<figcaption id="graph-caption">${caption}</figcaption>
</figure>`;
}
