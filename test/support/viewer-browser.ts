/**
 * Opens the viewer page (toHtml()) in headless Chromium, driven by playwright-core, from a
 * file:// URL as a reader would open it, for the browser tests of the viewer.
 *
 * Needs Chromium at /usr/bin/chromium (Debian: `apt-get install chromium`) or at CHROMIUM_PATH;
 * without it every test fails with one message, none is skipped.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { toHtml } from "../../src/formats/index.js";
import { article } from "../../src/index.js";

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
export const TIMEOUT = 60_000;
export const VIEWPORT = { width: 1280, height: 900 };
const MISSING_CHROMIUM =
  `Chromium is not installed at ${CHROMIUM}, and the viewer's browser test needs it. ` +
  "Install it with `apt-get install chromium` (Debian/Ubuntu), " +
  "or set CHROMIUM_PATH to a Chromium or Chrome executable.";

// The browser types used by the callbacks that run in the page, typed just enough: the project
// compiles without the DOM library. Each test file declares the globals it uses with them.
export interface PageElement {
  readonly tagName: string;
  readonly id: string;
  readonly textContent: string | null;
  readonly dataset: Record<string, string | undefined>;
  readonly classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  getBoundingClientRect(): { width: number; height: number };
}
export type ComputedStyle = Record<
  "backgroundColor" | "outlineStyle" | "outlineColor" | "outlineWidth" | "borderBottomColor" | "visibility",
  string
>;

/** The open page and what it did; valid inside the tests of the describe block that opened it. */
export interface ViewerPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** A temporary folder holding the page, removed after the tests. */
  readonly dir: string;
  readonly fileUrl: string;
  readonly consoleErrors: readonly string[];
  readonly pageErrors: readonly string[];
  readonly requests: readonly string[];
  /** Clicks, then moves the pointer away so that no :hover style is in play. */
  click(selector: string): Promise<void>;
}

/**
 * Registers the hooks that write the page, launch Chromium and open the page once for the
 * enclosing describe block (and close it after), and returns the handle its tests use.
 */
export function useViewerPage(): ViewerPage {
  let dir: string | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let fileUrl: string | undefined;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the viewer page is not open");
    return value;
  };

  const missing = !existsSync(CHROMIUM);
  beforeEach(() => {
    if (missing) throw new Error(MISSING_CHROMIUM);
  });

  beforeAll(async () => {
    if (missing) return;
    dir = mkdtempSync(join(tmpdir(), "kim-shoigu-viewer-"));
    const file = join(dir, "index.html");
    writeFileSync(file, toHtml());
    fileUrl = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    context = await browser.newContext({ viewport: VIEWPORT, colorScheme: "light", reducedMotion: "reduce" });
    // Nothing may leave the machine even if the page asked: record, then abort.
    await context.route(
      (url) => url.protocol !== "file:",
      (route) => route.abort(),
    );
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(fileUrl, { waitUntil: "load" });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  return {
    get page() {
      return opened(page);
    },
    get context() {
      return opened(context);
    },
    get dir() {
      return opened(dir);
    },
    get fileUrl() {
      return opened(fileUrl);
    },
    consoleErrors,
    pageErrors,
    requests,
    async click(selector: string) {
      await opened(page).locator(selector).click();
      await opened(page).mouse.move(0, 0);
    },
  };
}

/** The key under which the viewer groups a claim: its source entity, or "author". */
export const sourceKey = (claim: (typeof article.claims)[number]) =>
  "entityId" in claim.source ? claim.source.entityId : "author";
export const entityName = (id: string) => article.entities.find((entity) => entity.id === id)!.name;
