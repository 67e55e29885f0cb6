/**
 * Opens pages (the viewer, toHtml(), by default) in headless Chromium, driven by playwright-core,
 * from a file:// URL as a reader would open them, for every browser test.
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

/** What the pages opened by a browser fixture did: errors and every request they made. */
export interface PageLog {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly requests: string[];
}

/** A Chromium launched for one describe block, with a temporary folder holding its pages. */
export interface BrowserFixture {
  readonly browser: Browser;
  /** A temporary folder, removed after the tests. */
  readonly dir: string;
  /** Every page opened with {@link BrowserFixture.open}, logged together. */
  readonly log: PageLog;
  /**
   * Writes `html` to `fileName` in the folder (once per name) and opens it from its file:// URL
   * in a new context; nothing may leave the machine: requests other than file: are aborted.
   */
  open(html: string, fileName: string, options?: BrowserContextOptions): Promise<{ page: Page; fileUrl: string }>;
}

type BrowserContextOptions = NonNullable<Parameters<Browser["newContext"]>[0]>;

const opened = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`the ${what} is not open`);
  return value;
};

/**
 * Registers the hooks that launch Chromium (and make every test fail with one message when it
 * is missing) for the enclosing describe block and close it after.
 */
export function useBrowser(timeout = TIMEOUT): BrowserFixture {
  let dir: string | undefined;
  let browser: Browser | undefined;
  const log: PageLog = { consoleErrors: [], pageErrors: [], requests: [] };
  const missing = !existsSync(CHROMIUM);
  beforeEach(() => {
    if (missing) throw new Error(MISSING_CHROMIUM);
  });
  beforeAll(async () => {
    if (missing) return;
    dir = mkdtempSync(join(tmpdir(), "kim-shoigu-browser-"));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  }, timeout);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, timeout);

  return {
    get browser() {
      return opened(browser, "browser");
    },
    get dir() {
      return opened(dir, "browser");
    },
    log,
    async open(html, fileName, options = {}) {
      const file = join(opened(dir, "browser"), fileName);
      if (!existsSync(file)) writeFileSync(file, html);
      const fileUrl = pathToFileURL(file).href;
      const context = await opened(browser, "browser").newContext({
        viewport: VIEWPORT,
        colorScheme: "light",
        reducedMotion: "reduce",
        ...options,
      });
      await context.route(
        (url) => url.protocol !== "file:",
        (route) => route.abort(),
      );
      const page = await context.newPage();
      page.on("console", (message) => {
        if (message.type() === "error") log.consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => log.pageErrors.push(String(error)));
      page.on("request", (request) => log.requests.push(request.url()));
      await page.goto(fileUrl, { waitUntil: "load" });
      return { page, fileUrl };
    },
  };
}

/** The open page and what it did; valid inside the tests of the describe block that opened it. */
export interface ViewerPage extends PageLog {
  readonly page: Page;
  readonly context: BrowserContext;
  /** A temporary folder holding the page, removed after the tests. */
  readonly dir: string;
  readonly fileUrl: string;
  /** Clicks, then moves the pointer away so that no :hover style is in play. */
  click(selector: string): Promise<void>;
}

/**
 * Registers the hooks that write a page (the viewer, `toHtml()`, unless given other HTML),
 * launch Chromium and open the page once for the enclosing describe block (and close it
 * after), and returns the handle its tests use.
 */
export function useViewerPage(html: () => string = () => toHtml(), fileName = "index.html"): ViewerPage {
  const fixture = useBrowser();
  let page: Page | undefined;
  let fileUrl: string | undefined;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) return;
    ({ page, fileUrl } = await fixture.open(html(), fileName));
  }, TIMEOUT);

  return {
    get page() {
      return opened(page, "page");
    },
    get context() {
      return opened(page, "page").context();
    },
    get dir() {
      return fixture.dir;
    },
    get fileUrl() {
      return opened(fileUrl, "page");
    },
    ...fixture.log,
    async click(selector: string) {
      await opened(page, "page").locator(selector).click();
      await opened(page, "page").mouse.move(0, 0);
    },
  };
}

/** The key under which the viewer groups a claim: its source entity, or "author". */
export const sourceKey = (claim: (typeof article.claims)[number]) =>
  "entityId" in claim.source ? claim.source.entityId : "author";
export const entityName = (id: string) => article.entities.find((entity) => entity.id === id)!.name;
