/**
 * The error page (toErrorHtml(), written by `score --html`) in a real browser: headless Chromium
 * driven by playwright-core, opened from a file:// URL.
 *
 * Needs Chromium at /usr/bin/chromium (Debian: `apt-get install chromium`) or at CHROMIUM_PATH;
 * without it the test fails, it does not skip. `UPDATE_SCREENSHOT=1` writes the screenshot to
 * docs/images/error-page.png (shown by docs/evaluate.md, and shipped with it: docs/viewer.md tells
 * how to make it small); otherwise it goes to a temporary folder.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toErrorHtml } from "../src/eval/errors/page.js";
import { scoreAllWithErrors } from "../src/eval/score-all.js";
import { article } from "../src/index.js";
import { everyKindOfError } from "./support/damage.js";
import { repoRoot } from "./support/paths.js";
import { TIMEOUT, useViewerPage } from "./support/viewer-browser.js";

const SCREENSHOT = join(repoRoot, "docs", "images", "error-page.png");

// The browser globals the callbacks in the page use, typed just enough (no DOM library here).
interface PageElement {
  readonly id: string;
  readonly tagName: string;
  readonly textContent: string | null;
  readonly dataset: Record<string, string | undefined>;
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
}
declare const document: {
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  readonly activeElement: PageElement | null;
};

// Every kind of error, plus a predicted mention crossing another, an empty one and a spurious time.
const predictions = everyKindOfError();
const korean = article.text.indexOf("Korean leader");
predictions.mentions.push({ start: korean, end: korean + 13 }, { start: 2000, end: 2000 });
const along = article.text.indexOf("Along the way");
predictions.times.push({ start: along, end: along + 5, value: "2023" });
const { errors } = scoreAllWithErrors(predictions);
const expected = {
  missed: errors.mentions.missed.length + errors.claims.missed.length + errors.times.missed.length,
  spurious: errors.mentions.spurious.length + errors.claims.spurious.length + errors.times.spurious.length,
  boundary: errors.mentions.boundary.length + errors.claims.boundary.filter((b) => b.part === "content").length,
  type: errors.mentions.type.length,
};

describe("the error page in Chromium", { timeout: TIMEOUT }, () => {
  const viewer = useViewerPage(
    () => toErrorHtml(predictions, article, { title: `Errors of <script>alert(1)</script>` }),
    "errors.html",
  );

  const marks = () =>
    viewer.page.evaluate(() =>
      [...document.querySelectorAll("main mark[data-ref]")].map((m) => ({
        ref: m.dataset.ref!,
        kind: m.dataset.error!,
        side: m.closest("p")!.dataset.side!,
        text: m.textContent ?? "",
        tab: m.getAttribute("tabindex"),
      })),
    );
  const entries = () =>
    viewer.page.evaluate(() =>
      [...document.querySelectorAll("#marked-errors li")].map((li) => ({
        id: li.id,
        kind: li.dataset.kind!,
        text: li.textContent ?? "",
      })),
    );

  it("shows the escaped title, the article twice and the summary table", async () => {
    expect(await viewer.page.title()).toBe("Errors of <script>alert(1)</script>");
    const sides = await viewer.page.evaluate(() =>
      ["gold", "predicted"].map((side) =>
        [...document.querySelectorAll(`p[data-side="${side}"]`)].map((p) => p.textContent).join(""),
      ),
    );
    expect(sides).toEqual([article.text, article.text]);
    const rows = await viewer.page.locator("table.scores tbody tr").count();
    expect(rows).toBeGreaterThan(10);
  });

  it("marks exactly the errors of the list, each with its kind, on the side it belongs to", async () => {
    const [list, found] = [await entries(), await marks()];
    const byKind = (kind: string) => list.filter((e) => e.kind === kind).length;
    expect({
      missed: byKind("missed"),
      spurious: byKind("spurious"),
      boundary: byKind("boundary"),
      type: byKind("type"),
    }).toEqual(expected);
    expect(new Set(found.map((m) => m.ref))).toEqual(new Set(list.map((e) => e.id)));
    for (const mark of found) {
      const entry = list.find((e) => e.id === mark.ref)!;
      expect(mark.kind, mark.ref).toBe(entry.kind);
      if (mark.kind === "missed") expect(mark.side).toBe("gold");
      if (mark.kind === "spurious") expect(mark.side).toBe("predicted");
    }
    for (const kind of ["boundary", "type"]) {
      for (const entry of list.filter((e) => e.kind === kind)) {
        expect(new Set(found.filter((m) => m.ref === entry.id).map((m) => m.side)), entry.id).toEqual(
          new Set(["gold", "predicted"]),
        );
      }
    }
  });

  it("draws the words of each mention error: the pieces of a mark join to its span's text", async () => {
    const found = await marks();
    const list = await entries();
    const textOf = (ref: string, side: string) =>
      found
        .filter((m) => m.ref === ref && m.side === side)
        .map((m) => m.text)
        .join("");
    const missedIds = list.filter((e) => e.kind === "missed" && e.text.startsWith("missed mention")).map((e) => e.id);
    expect(missedIds.map((id) => textOf(id, "gold"))).toEqual(errors.mentions.missed.map((m) => m.gold.text));
    const boundary = list.find((e) => e.kind === "boundary" && e.text.startsWith("boundary mention"))!;
    expect([textOf(boundary.id, "gold"), textOf(boundary.id, "predicted")]).toEqual(["Kim Jong Un", "Kim Jong"]);
    const crossingRef = found.find(
      (m) => m.side === "predicted" && textOf(m.ref, "predicted") === "Korean leader",
    )!.ref;
    const crossing = found.filter((m) => m.ref === crossingRef);
    expect(crossing.length).toBeGreaterThan(1); // cut in pieces where it crosses "North Korean"
    expect(crossing.filter((m) => m.tab === "0")).toHaveLength(1);
  });

  it("is reachable with the keyboard: Tab visits every mark once, in order, and shows its explanation", async () => {
    const list = await entries();
    const stops = (await marks()).filter((m) => m.tab === "0");
    expect(stops).toHaveLength(
      (await marks()).filter((m, i, all) => all.findIndex((x) => x.ref === m.ref && x.side === m.side) === i).length,
    );
    await viewer.page.locator("body").click({ position: { x: 1, y: 1 } });
    const visited: string[] = [];
    for (let i = 0; i < stops.length; i++) {
      await viewer.page.keyboard.press("Tab");
      const ref = await viewer.page.evaluate(() => document.activeElement?.dataset.ref ?? "");
      visited.push(ref);
      if (i < 3) expect(await viewer.page.locator("#explain").textContent()).toBe(list.find((e) => e.id === ref)!.text);
    }
    expect(visited).toEqual(stops.map((m) => m.ref));
  });

  it("explains a mark on click and highlights its entry", async () => {
    const list = await entries();
    const target = list.find((e) => e.kind === "type")!;
    await viewer.page.locator(`mark[data-ref="${target.id}"]`).first().click();
    expect(await viewer.page.locator("#explain").textContent()).toBe(target.text);
    expect(await viewer.page.locator(`#${target.id}`).getAttribute("class")).toBe("current");
  });

  it("takes a screenshot (UPDATE_SCREENSHOT=1 writes docs/images/error-page.png)", async () => {
    const path = process.env.UPDATE_SCREENSHOT === "1" ? SCREENSHOT : join(viewer.dir, "error-page.png");
    await viewer.page.evaluate(() => (document.activeElement as unknown as { blur(): void } | null)?.blur());
    await viewer.page.locator("h2").nth(1).scrollIntoViewIfNeeded();
    await viewer.page.screenshot({ path });
    expect(existsSync(path)).toBe(true);
  });

  it("logged no console error and requested nothing but its own file", () => {
    expect([...viewer.consoleErrors, ...viewer.pageErrors]).toEqual([]);
    expect(viewer.requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
  });
});
