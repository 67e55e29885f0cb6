/**
 * The inline style sheet and script of the HTML export. Both are constants: no article data
 * is ever written into them, so nothing from the data can reach a script or style context.
 * @module
 */

/** Entity colours; mentions of one entity share the class `ent-c<n>`, n = entity index modulo this length. */
export const ENTITY_COLOURS = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#8c564b",
  "#e69f00",
  "#56b4e9",
  "#7f7f7f",
  "#9467bd",
  "#bcbd22",
  "#17becf",
  "#d62728",
] as const;

/** The page's style sheet. */
export const PAGE_STYLE = `
:root { color-scheme: light; }
body { font: 1.05rem/1.7 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
header, main { max-width: 50rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; line-height: 1.3; }
h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05rem; margin-bottom: 0.25rem; }
.meta, .note { color: #555; font-size: 0.95rem; }
.article-text p { margin: 0 0 1em; }
${ENTITY_COLOURS.map((colour, i) => `.ent-c${i} { --c: ${colour}; }`).join("\n")}
.mention { border-bottom: 0.16em solid var(--c); cursor: pointer; padding-bottom: 0.05em; }
.mention .mention { border-bottom-style: double; border-bottom-width: 0.3em; }
.mention.active, .entity.active { background: color-mix(in srgb, var(--c) 28%, #fff); outline: 2px solid var(--c); }
.claim-source { outline: 1px dashed #333; outline-offset: 1px; }
.claim-cue { font-weight: 650; text-decoration: underline dotted; }
.claim-content { background: #fff3c4; }
.claim-content.contradiction { background: #ffd9d9; }
.claim-quote { font-style: italic; }
.legend-sample { padding: 0 0.25em; }
.entity-list, .claim-list { padding-left: 1.2rem; }
.entity { font: inherit; border: 1px solid var(--c); border-radius: 0.3em; background: #fff; padding: 0 0.4em; cursor: pointer; }
.entity:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.claim { margin-bottom: 1rem; }
.claim dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: 0.25rem 0 0; font-size: 0.95rem; }
.claim dt { color: #555; }
.claim dd { margin: 0; }
.contradictions li { margin-bottom: 0.75rem; }
@media (prefers-color-scheme: dark) {
  :root { color-scheme: dark; }
  body { color: #eee; background: #161616; }
  .meta, .note, .claim dt { color: #aaa; }
  .claim-content { background: #3d3520; }
  .claim-content.contradiction { background: #4a2323; }
  .entity { background: #161616; color: inherit; }
  .mention.active, .entity.active { background: color-mix(in srgb, var(--c) 40%, #161616); }
  .claim-source { outline-color: #ccc; }
}
`;

/** The page's script: selecting a mention or an entity button highlights every mention of that entity. */
export const PAGE_SCRIPT = `
(() => {
  const select = (id) => {
    const selector = '[data-entity="' + CSS.escape(id) + '"]';
    const wasActive = document.querySelector(".active" + selector) !== null;
    for (const element of document.querySelectorAll(".active")) element.classList.remove("active");
    for (const button of document.querySelectorAll("button[aria-pressed]")) button.setAttribute("aria-pressed", "false");
    if (wasActive) return;
    for (const element of document.querySelectorAll(selector)) {
      element.classList.add("active");
      if (element.hasAttribute("aria-pressed")) element.setAttribute("aria-pressed", "true");
    }
  };
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-entity]") : null;
    const id = target && target.getAttribute("data-entity");
    if (id) select(id);
  });
})();
`;
