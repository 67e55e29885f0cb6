/**
 * The inline style sheet and script of the error page. Both are constants: nothing from the
 * article or the predictions is ever written into them.
 * @module
 */

/** The error page's style sheet. */
export const ERROR_PAGE_STYLE = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #555; --rule: #ddd; }
body { font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: #fff; margin: 0; }
header, main { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 1.25rem 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid var(--rule); }
.meta { color: var(--muted); }
table.scores { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.scores th, table.scores td { padding: 0.1rem 0.75rem; border-bottom: 1px solid var(--rule); text-align: right; }
table.scores th:first-child, table.scores td:first-child { text-align: left; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; }
.columns h3 { margin: 0.5rem 0; font-size: 1rem; }
.columns p { margin: 0 0 0.9rem; line-height: 2.1; }
.mention { border-bottom: 2px solid #6b7280; }
.claim { background: #fff6d3; }
.time { border-bottom: 2px dotted #0f766e; }
mark { background: transparent; color: inherit; border-radius: 0.15em; cursor: pointer; }
mark.claim { background: #fff6d3; }
mark[data-error="missed"] { outline: 2px solid #c62828; }
mark[data-error="spurious"] { outline: 2px solid #d97706; }
mark[data-error="boundary"] { outline: 2px dashed #7c3aed; }
mark[data-error="type"] { outline: 2px dotted #1d4ed8; }
mark[data-error]:empty::after { content: "\\2205"; color: #d97706; }
mark:focus-visible, mark.current { outline-width: 3px; background: #fde68a; }
.legend mark { padding: 0 0.3em; }
ol.errors li { margin: 0.2rem 0; }
ol.errors li.current { background: #fde68a; }
.kind { font-weight: 600; }
.context { color: var(--muted); }
#explain { position: sticky; bottom: 0; background: #f3f4f6; border-top: 1px solid var(--rule); }
#explain { padding: 0.5rem 1rem; min-height: 1.6em; }
`;

/**
 * The error page's script: focusing or clicking a mark shows its explanation (the text of its
 * entry in the error list) in the panel at the bottom and highlights every piece of it.
 */
export const ERROR_PAGE_SCRIPT = `
(function () {
  var panel = document.getElementById("explain");
  function show(ref) {
    var item = document.getElementById(ref);
    if (!item || !panel) return;
    document.querySelectorAll(".current").forEach(function (el) { el.classList.remove("current"); });
    document.querySelectorAll("[data-ref]").forEach(function (el) {
      if (el.getAttribute("data-ref") === ref) el.classList.add("current");
    });
    item.classList.add("current");
    panel.textContent = item.textContent;
  }
  function onEvent(event) {
    var mark = event.target && event.target.closest ? event.target.closest("mark[data-ref]") : null;
    if (mark) show(mark.getAttribute("data-ref"));
  }
  document.addEventListener("focusin", onEvent);
  document.addEventListener("click", onEvent);
})();
`;
