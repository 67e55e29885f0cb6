/**
 * A standalone, accessible HTML5 page of the article with its entities and sources visible.
 *
 * The page makes no request of its own: style and script are inline, there are no fonts,
 * images or external scripts, and a Content-Security-Policy (`default-src 'none'`) forbids
 * loading anything. Markup is written with the `html` tagged template, which escapes every value
 * it is given unless it is markup the template built itself; no value is written into the style
 * sheet or the script, which are constants minified from src/formats/viewer/ by the compiler.
 * The view model (colours, marks, contradictions) lives in html-view.ts.
 *
 * In the text, each mention is `<span class="mention ent-c<n>" data-entity data-mention>`
 * (nested mentions nest; mentions of one entity share the colour class, and the entities
 * mentioned most get distinct colours), claim contents,
 * cues and verbatim quotes are `claim-content` / `claim-cue` / `claim-quote` spans (split where
 * they cross a mention, which is never split by them), and a mention naming a claim's source also has
 * the class `claim-source`. Every mention can be reached with Tab; its details (entity, type,
 * form) are in its `data-details` attribute, the claims it names the source of in
 * `data-source-of`, and the page script shows them, with the claims whose parts (`data-claim`,
 * `data-role`) it lies in, in a panel when the mention is focused, tapped or clicked; the
 * claims' words are read from the claim list (each item's `data-summary` and content). Above the text:
 * the legend, folded. Below it: the pairs of contradicting claims side by side and a graph of
 * who says what (html-graph.ts), the entities (beside the text on a wide screen), and the claims
 * grouped by source with factuality, polarity, quote type and relations in the related claim's words.
 * @module
 */
import { article } from "../generated/article.js";
import { PAGE_SCRIPT, PAGE_STYLE } from "../generated/html-assets.js";
import type { ArticleOf } from "../types.js";
import { escapeHtml, html, joinHtml, type SafeHtml, trustedConstant } from "./escape-html.js";
import { graphFigure } from "./html-graph.js";
import { claimsSection, contradictionsSection, entitySection, legendSection } from "./html-sections.js";
import {
  coloursOf,
  contradictionsOf,
  indexPage,
  type Mark,
  marksOf,
  mentionContested,
  mentionDetails,
  type PageIndex,
  roleName,
} from "./html-view.js";
import { type Layered, nest, type Piece, writeNested } from "./nesting.js";

// A constant of this module (its quotes are safe inside the double-quoted attribute).
const CSP = trustedConstant(
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
);

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** The page title and main heading; the article's title by default. */
  readonly title?: string;
  /** Include the script that shows details and highlights an entity's mentions; true by default. */
  readonly script?: boolean;
}

function openMark(index: PageIndex, piece: Piece<Mark>): SafeHtml {
  const mark = piece.value;
  if (mark.kind === "mention") {
    const { mention, entity, colour, sourceOf } = mark;
    const flags = [
      ...(sourceOf.length > 0 ? ["claim-source"] : []),
      ...(mentionContested(index, mention) ? ["contested"] : []),
    ];
    const classes = ["mention", `ent-c${colour}`, ...flags].join(" ");
    const details = mentionDetails(index, mention, entity);
    const sources = sourceOf.length > 0 ? html` data-source-of="${sourceOf.map((c) => c.id).join(" ")}"` : "";
    return html`<span class="${classes}" data-entity="${entity.id}" data-mention="${mention.id}" tabindex="0"
 data-details="${details}"${sources}>`;
  }
  const classes = [`claim-${mark.role}`, ...(mark.contradiction ? ["contradiction"] : [])].join(" ");
  const claims = mark.claims.map((c) => c.id).join(" ");
  return html`<span class="${classes}" data-claim="${claims}" data-role="${roleName(mark.role)}">`;
}

// The marks over each paragraph, clipped to it, in one sweep over the marks sorted by start
// (paragraphs are in text order and do not overlap), so the page is linear in the article.
function marksByParagraph(doc: ArticleOf, marks: readonly Layered<Mark>[]): Layered<Mark>[][] {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let next = 0;
  let open: Layered<Mark>[] = [];
  return doc.paragraphs.map(({ span }) => {
    open = open.filter((mark) => mark.end > span.start);
    while (next < sorted.length && sorted[next]!.start < span.end) {
      const mark = sorted[next++]!;
      if (mark.end > span.start) open.push(mark);
    }
    const clipped: Layered<Mark>[] = [];
    for (const mark of open) {
      const start = Math.max(mark.start, span.start);
      const end = Math.min(mark.end, span.end);
      // A mark inside its paragraph is kept as it is; one crossing it, written out (not spread),
      // so that every mark has one of the same few hidden classes.
      if (!(end > start)) continue;
      if (start === mark.start && end === mark.end) clipped.push(mark);
      else clipped.push({ start, end, priority: mark.priority, value: mark.value });
    }
    return clipped;
  });
}

function textSection(doc: ArticleOf, index: PageIndex, contradicted: ReadonlySet<string>): SafeHtml {
  const marks = marksByParagraph(doc, marksOf(doc, contradicted, undefined, index));
  const writer = {
    text: escapeHtml,
    open: (piece: Piece<Mark>) => openMark(index, piece).markup,
    close: () => "</span>",
  };
  const paragraphs = doc.paragraphs.map(({ span }, i) => {
    // writeNested escapes the text through the writer's `text` and adds only the writer's tags.
    return html`<p>${trustedConstant(writeNested(doc.text, nest(marks[i]!), writer, span.start, span.end))}</p>`;
  });
  return html`<section class="article-text" aria-labelledby="text-heading">
<h2 id="text-heading">Text</h2>
${joinHtml(paragraphs, "\n")}
</section>`;
}

/**
 * Renders the article as a standalone, accessible HTML5 page with its mentions, claims and
 * sources marked, a legend, the contradicting pairs, a graph of who says what and the claims
 * grouped by source.
 *
 * @param doc - The article; the shipped one by default.
 * @param options - Page title and whether to include the page script.
 * @returns The complete HTML document.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { toHtml } from "kim-shoigu-2023/formats";
 * writeFileSync("article.html", toHtml());
 * ```
 */
export function toHtml(doc: ArticleOf = article, options: HtmlOptions = {}): string {
  const index = indexPage(doc);
  const { pairs, contradictedBy } = contradictionsOf(doc);
  const contradicted = new Set(contradictedBy.keys());
  const title = options.title ?? doc.title.text;
  const editorial = doc.title.editorial ? " The title was written for this dataset; the source has none." : "";
  const basis = doc.published.basis === "inferred" ? "date inferred" : "date stated";
  const published = `Published ${doc.published.date} (${basis}).`;
  const script = options.script === false ? "" : html`<script>${trustedConstant(PAGE_SCRIPT)}</script>\n`;
  return html`<!DOCTYPE html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
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
${textSection(doc, index, contradicted)}
${contradictionsSection(index, pairs, graphFigure(doc, index, pairs))}
${entitySection(doc, index, coloursOf(doc, index))}
${claimsSection(doc, index, contradicted)}
</main>
<aside id="details" class="details" role="status" aria-live="polite" aria-label="Details of the selected mark"
 hidden></aside>
${script}</body>
</html>
`.markup;
}
