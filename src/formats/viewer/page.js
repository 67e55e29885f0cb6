/*
 * The HTML page's script, run inline once the page has loaded. Focusing, tapping or clicking a
 * mention shows its details (its own `data-details`, then those of the claim parts around and
 * inside it) in the details panel, as text; Escape or moving elsewhere hides them. Selecting a
 * mention (click, tap, Enter, Space) or an entity button highlights every mention of that entity.
 * On a wide screen the legend starts open. It reads only the page's own attributes and writes
 * only text and classes. The compiler minifies it into src/generated/html-assets.ts.
 */
(() => {
  const panel = document.getElementById("details");
  const select = (id) => {
    const selector = `[data-entity="${CSS.escape(id)}"]`;
    const wasActive = document.querySelector(`.active${selector}`) !== null;
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
    const item = document.getElementById(`claim-${id}`);
    const words = item?.querySelector(".claim-content");
    if (!item || !words) return `${prefix} claim ${id}`;
    return `${prefix} ${item.getAttribute("data-summary")}: “${words.textContent}”`;
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
    for (let up = base; up?.closest; up = up.parentElement) if (up.hasAttribute("data-claim")) parts.push(up);
    parts.push(...base.querySelectorAll("[data-claim]"));
    for (const part of parts) {
      for (const id of claimsOf(part)) lines.push(claimLine(`In the ${part.getAttribute("data-role")} of`, id));
    }
    panel.textContent = [...new Set(lines.join("\n").split("\n"))].join("\n");
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
    const id = target?.getAttribute("data-entity");
    if (id) select(id);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") return hide();
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.hasAttribute("data-mention") || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    select(target.getAttribute("data-entity"));
  });
  const legend = document.querySelector("details.legend");
  if (legend && window.matchMedia("(min-width: 72rem)").matches) legend.open = true;
})();
