/**
 * The error page (toErrorHtml(), written by `score --html`) in a real browser: headless Chromium
 * driven by playwright-core, opened from a file:// URL.
 *
 * Needs Chromium at /usr/bin/chromium (Debian: `apt-get install chromium`) or at CHROMIUM_PATH;
 * without it the test fails, it does not skip. `UPDATE_SCREENSHOT=1` writes the screenshot to
 * docs/images/error-page.png (used by docs/evaluate.md); otherwise it goes to a temporary folder.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toErrorHtml } from "../src/eval/errors/page.js";
import { scoreAllWithErrors } from "../src/eval/score-all.js";
import { article } from "../src/index.js";
import { everyKindOfError } from "./support/damage.js";
import { repoRoot } from "./support/paths.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const TIMEOUT = 60_000;
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
  let dir: string;
  let browser: Browser | undefined;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const missing = !existsSync(CHROMIUM);
  beforeEach(() => {
    if (missing)
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}; install it (apt-get install chromium) or set CHROMIUM_PATH.`,
      );
  });

  beforeAll(async () => {
    if (missing) return;
    dir = mkdtempSync(join(tmpdir(), "kim-shoigu-error-page-"));
    const file = join(dir, "errors.html");
    writeFileSync(file, toErrorHtml(predictions, article, { title: `Errors of <script>alert(1)</script>` }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: "light",
      reducedMotion: "reduce",
    });
    await context.route(
      (url) => url.protocol !== "file:",
      (route) => route.abort(),
    );
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(String(error)));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  const marks = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("main mark[data-ref]")].map((m) => ({
        ref: m.dataset.ref!,
        kind: m.dataset.error!,
        side: m.closest("p")!.dataset.side!,
        text: m.textContent ?? "",
        tab: m.getAttribute("tabindex"),
      })),
    );
  const entries = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("#marked-errors li")].map((li) => ({
        id: li.id,
        kind: li.dataset.kind!,
        text: li.textContent ?? "",
      })),
    );

  it("shows the escaped title, the article twice and the summary table", async () => {
    expect(await page.title()).toBe("Errors of <script>alert(1)</script>");
    const sides = await page.evaluate(() =>
      ["gold", "predicted"].map((side) =>
        [...document.querySelectorAll(`p[data-side="${side}"]`)].map((p) => p.textContent).join(""),
      ),
    );
    expect(sides).toEqual([article.text, article.text]);
    const rows = await page.locator("table.scores tbody tr").count();
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
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    const visited: string[] = [];
    for (let i = 0; i < stops.length; i++) {
      await page.keyboard.press("Tab");
      const ref = await page.evaluate(() => document.activeElement?.dataset.ref ?? "");
      visited.push(ref);
      if (i < 3) expect(await page.locator("#explain").textContent()).toBe(list.find((e) => e.id === ref)!.text);
    }
    expect(visited).toEqual(stops.map((m) => m.ref));
  });

  it("explains a mark on click and highlights its entry", async () => {
    const list = await entries();
    const target = list.find((e) => e.kind === "type")!;
    await page.locator(`mark[data-ref="${target.id}"]`).first().click();
    expect(await page.locator("#explain").textContent()).toBe(target.text);
    expect(await page.locator(`#${target.id}`).getAttribute("class")).toBe("current");
  });

  it("takes a screenshot (UPDATE_SCREENSHOT=1 writes docs/images/error-page.png)", async () => {
    const path = process.env.UPDATE_SCREENSHOT === "1" ? SCREENSHOT : join(dir, "error-page.png");
    await page.evaluate(() => (document.activeElement as unknown as { blur(): void } | null)?.blur());
    await page.locator("h2").nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path });
    expect(existsSync(path)).toBe(true);
  });

  it("logged no console error and requested nothing but its own file", () => {
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
  });
});
