/**
 * The inline style sheet and script of the HTML export. Both are constants: no article data
 * is ever written into them, so nothing from the data can reach a script or style context.
 * @module
 */

/**
 * Entity colours, distinct from each other on white, on the claim tints and as a light tint
 * behind text. Mentions of one entity share the class `ent-c<n>`; the page numbers entities by
 * how often they are mentioned, so the most mentioned ones get distinct colours.
 */
export const ENTITY_COLOURS = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#8c564b",
  "#e69f00",
  "#56b4e9",
  "#9467bd",
  "#bcbd22",
  "#17becf",
  "#d62728",
  "#7f7f7f",
  "#393b79",
  "#637939",
] as const;

/** The page's style sheet. */
export const PAGE_STYLE = `
:root { color-scheme: light; --bg: #fff; --fg: #1b1b1b; --muted: #555; --rule: #ddd; --content: #fff6d3;
  --contra: #ffd9d9; --contra-edge: #c62828; }
body { font: 1.05rem/1.7 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg);
  margin: 0; }
header, main { max-width: 50rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
main { padding-bottom: 2rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin-bottom: 0.25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
.meta, .note { color: var(--muted); font-size: 0.95rem; }
.note { margin: 0 0 0.5rem; }
ul.inline { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1.5rem; }
.article-text p { margin: 0 0 1em; line-height: 1.95; }
${ENTITY_COLOURS.map((colour, i) => `.ent-c${i} { --c: ${colour}; }`).join("\n")}
.mention { background: color-mix(in srgb, var(--c) 14%, transparent); border-bottom: 0.18em solid var(--c);
  border-radius: 0.15em; cursor: pointer; padding-bottom: 0.05em; }
.mention:focus-visible { outline: 3px solid var(--fg); outline-offset: 2px; }
.mention .mention { border-bottom-style: double; border-bottom-width: 0.32em; }
.mention.active, .entity.active { background: color-mix(in srgb, var(--c) 38%, var(--bg));
  outline: 2px solid var(--c); outline-offset: 0; }
.claim-source { outline: 1px dashed var(--fg); outline-offset: 1px; }
.mention.claim-source.active { outline: 2px solid var(--c); }
.claim-cue { font-weight: 650; text-decoration: underline dotted; }
.claim-content { background: var(--content); }
.article-text [data-details] { cursor: pointer; }
.claim-content.contradiction { background: var(--contra); }
.claim-quote { font-style: italic; }
/* Items a blind annotator treated otherwise: a dotted overline (no change of layout), a rule beside claims. */
.mention.contested, .legend-sample.contested { text-decoration: overline dotted var(--fg); }
.claim.contested { border-left: 0.2rem solid var(--muted); padding-left: 0.4rem; }
.legend-sample { padding: 0 0.25em; }
.entity-list { list-style: none; padding: 0; margin: 0; }
.entity-list li { margin: 0 0 0.55rem; font-size: 0.95rem; line-height: 1.5; }
.entity-list .description { display: block; color: var(--muted); font-size: 0.9rem; }
.entity { font: inherit; font-weight: 600; color: inherit; border: 1px solid var(--c); border-bottom-width: 0.2em;
  border-radius: 0.3em; background: color-mix(in srgb, var(--c) 14%, var(--bg)); padding: 0 0.4em; cursor: pointer; }
.entity:focus-visible { outline: 3px solid var(--fg); outline-offset: 2px; }
.claim-list { padding-left: 1.6rem; margin: 0.25rem 0; }
.claim { margin-bottom: 0.75rem; }
.claim dl { margin: 0.1rem 0 0; font-size: 0.92rem; line-height: 1.6; }
.claim dt, .claim dd { display: inline; margin: 0; }
.claim dt { color: var(--muted); }
.claim dt::after { content: ":\\a0"; }
.claim dd { margin-right: 0.9rem; }
.claim dd.factuality { font-weight: 650; }
.contradiction-pairs { list-style: none; padding: 0; margin: 0; }
.contradiction-pairs > li { display: grid; grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr); gap: 0.75rem;
  align-items: stretch; margin-bottom: 0.75rem; }
.contradiction-pairs .side { display: block; background: var(--contra);
  border-left: 0.35rem solid var(--contra-edge); border-radius: 0.3rem; padding: 0.5rem 0.8rem; }
.contradiction-pairs .side-head { display: block; font-weight: 650; }
.contradiction-pairs .side-meta { display: block; color: var(--muted); font-size: 0.9rem; }
.contradiction-pairs .side-content { display: block; }
.contradiction-pairs strong { align-self: center; text-align: center; }
details.legend { margin: 1rem 0 0; border: 1px solid var(--rule); border-radius: 0.3rem; padding: 0.2rem 0.8rem; }
details.legend summary { cursor: pointer; }
details.legend summary h2 { display: inline; font-size: 1.05rem; margin: 0; border: 0; }
details.legend[open] { padding-bottom: 0.6rem; }
.details { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2; max-height: 40vh; overflow-y: auto; margin: 0;
  padding: 0.6rem max(1rem, calc((100vw - 48rem) / 2)); background: var(--bg); border-top: 3px solid var(--fg);
  box-shadow: 0 -0.3rem 1rem rgb(0 0 0 / 0.15); white-space: pre-line; font-size: 0.95rem; line-height: 1.5; }
.details[hidden] { display: none; }
.details::first-line { font-weight: 700; }
.relation-source { color: var(--muted); }
.graph { margin: 1.25rem 0 0; }
.graph-scroll { overflow-x: auto; }
.graph-scroll:focus-visible { outline: 3px solid var(--fg); outline-offset: 2px; }
.graph svg { display: block; width: 100%; min-width: 36rem; height: auto;
  font: 13px system-ui, -apple-system, sans-serif; }
.graph text { fill: var(--fg); }
.graph .graph-heading { font-weight: 700; fill: var(--muted); }
.graph-source rect { fill: color-mix(in srgb, #0072b2 12%, var(--bg)); stroke: #0072b2; stroke-width: 1.5; }
.graph-source text { font-weight: 650; }
.graph-says { fill: none; stroke: var(--muted); stroke-width: 1; opacity: 0.55; }
.graph-claim circle { fill: var(--fg); }
.graph-claim.negative circle { fill: var(--bg); stroke: var(--fg); stroke-width: 1.5; }
.graph-claim.contradicted text { fill: var(--contra-edge); font-weight: 650; }
.graph-claim.contradicted circle { stroke: var(--contra-edge); stroke-width: 2; }
.graph-contradiction path { fill: none; stroke: var(--contra-edge); stroke-width: 2.5; stroke-dasharray: 6 3; }
.graph .graph-contradiction text { fill: var(--contra-edge); font-weight: 700; paint-order: stroke; stroke: var(--bg);
  stroke-width: 4px; }
.graph figcaption { color: var(--muted); font-size: 0.92rem; margin-top: 0.4rem; }
@media (max-width: 40rem) {
  .contradiction-pairs > li { grid-template-columns: minmax(0, 1fr); }
  header { padding-top: 0.75rem; }
  h1 { font-size: 1.3rem; }
}
@media (min-width: 72rem) {
  header, main { max-width: 84rem; padding: 0 1.5rem; }
  main { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; column-gap: 3rem; align-items: start; }
  main > section, main > details { grid-column: 1; }
  main > section.entities { grid-column: 2; grid-row: 1 / span 8; position: sticky; top: 0; max-height: 100vh;
    overflow-y: auto; overscroll-behavior: contain; padding: 0 0.75rem 0 0; border-bottom: 1px solid var(--rule); }
  main > section.entities h2 { position: sticky; top: 0; z-index: 1; background: var(--bg); padding-top: 0.5rem;
    margin-top: 1.5rem; }
}
@media (prefers-color-scheme: dark) {
  :root { color-scheme: dark; --bg: #161616; --fg: #eee; --muted: #aaa; --rule: #444; --content: #3d3520;
    --contra: #4a2323; --contra-edge: #ef5350; }
  .mention { background: color-mix(in srgb, var(--c) 24%, transparent); }
  .mention.active, .entity.active { background: color-mix(in srgb, var(--c) 50%, var(--bg)); }
  a { color: #8ab4f8; }
}
`;

/**
 * The page's script. Focusing, tapping or clicking a mention shows its details (its own
 * `data-details`, then those of the claim parts around and inside it) in the details panel,
 * as text; Escape or moving elsewhere hides them. Selecting a mention (click, tap, Enter,
 * Space) or an entity button highlights every mention of that entity. On a wide screen the
 * legend starts open.
 */
export const PAGE_SCRIPT = `
(() => {
  const panel = document.getElementById("details");
  const select = (id) => {
    const selector = '[data-entity="' + CSS.escape(id) + '"]';
    const wasActive = document.querySelector(".active" + selector) !== null;
    for (const element of document.querySelectorAll(".active")) element.classList.remove("active");
    for (const button of document.querySelectorAll("button[aria-pressed]")) {
      button.setAttribute("aria-pressed", "false");
    }
    if (wasActive) return;
    for (const element of document.querySelectorAll(selector)) {
      element.classList.add("active");
      if (element.hasAttribute("aria-pressed")) element.setAttribute("aria-pressed", "true");
    }
  };
  const hide = () => {
    if (panel) panel.hidden = true;
  };
  // A claim in one line, read from its item in the claim list.
  const claimLine = (prefix, id) => {
    const item = document.getElementById("claim-" + id);
    const words = item && item.querySelector(".claim-content");
    if (!item || !words) return prefix + " claim " + id;
    return prefix + " " + item.getAttribute("data-summary") + ": \u201c" + words.textContent + "\u201d";
  };
  const claimsOf = (element) => (element.getAttribute("data-claim") || "").split(" ").filter(Boolean);
  // The mention's own details first, then the claims it is the source of, lies in, or holds a part of.
  const show = (mark) => {
    if (!panel) return;
    const base = mark.closest("[data-mention]") || mark;
    const lines = base.hasAttribute("data-details") ? [base.getAttribute("data-details")] : [];
    for (const id of (base.getAttribute("data-source-of") || "").split(" ").filter(Boolean)) {
      lines.push(claimLine("Source of:", id));
    }
    const parts = [];
    for (let up = base; up && up.closest; up = up.parentElement) if (up.hasAttribute("data-claim")) parts.push(up);
    parts.push(...base.querySelectorAll("[data-claim]"));
    for (const part of parts) {
      for (const id of claimsOf(part)) lines.push(claimLine("In the " + part.getAttribute("data-role") + " of", id));
    }
    panel.textContent = [...new Set(lines.join("\\n").split("\\n"))].join("\\n");
    panel.hidden = false;
    // Keep the mark above the panel.
    const overlap = base.getBoundingClientRect().bottom - panel.getBoundingClientRect().top;
    if (overlap > 0) window.scrollBy(0, overlap + 16);
  };
  const markOf = (target) =>
    target instanceof Element ? target.closest(".article-text [data-mention], .article-text [data-claim]") : null;
  document.addEventListener("focusin", (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  document.addEventListener("focusout", (event) => {
    if (!markOf(event.relatedTarget)) hide();
  });
  document.addEventListener("click", (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
    else if (!(event.target instanceof Element && event.target.closest("#details"))) hide();
    const target = event.target instanceof Element ? event.target.closest("[data-entity]") : null;
    const id = target && target.getAttribute("data-entity");
    if (id) select(id);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") return hide();
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !target.hasAttribute("data-mention") || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    select(target.getAttribute("data-entity"));
  });
  const legend = document.querySelector("details.legend");
  if (legend && window.matchMedia("(min-width: 72rem)").matches) legend.open = true;
})();
`;
