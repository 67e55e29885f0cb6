/**
 * The viewer page (toHtml(), written by `npm run viewer`) in a real browser: headless Chromium
 * driven by playwright-core, the page opened from a file:// URL as a reader would open it.
 *
 * Needs Chromium at /usr/bin/chromium (Debian: `apt-get install chromium`) or at CHROMIUM_PATH;
 * without it the test fails, it does not skip. `UPDATE_SCREENSHOT=1` writes the screenshot to
 * docs/images/viewer.png (used by docs/viewer.md); otherwise it goes to a temporary folder.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toHtml } from "../src/formats/index.js";
import { ENTITY_COLOURS } from "../src/formats/html-assets.js";
import { article, contradictions } from "../src/index.js";
import { DEFAULT_OUT, outPathOf, writeViewer } from "../scripts/viewer.js";
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
const VIEWPORT = { width: 1280, height: 900 };
const SCREENSHOT = join(repoRoot, "docs", "images", "viewer.png");
const MISSING_CHROMIUM =
  `Chromium is not installed at ${CHROMIUM}, and the viewer's browser test needs it. ` +
  "Install it with `apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.";

// The browser globals used by the callbacks that run in the page, typed just enough: the
// project compiles without the DOM library, and these declarations stay inside this module.
interface PageElement {
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
type ComputedStyle = Record<
  "backgroundColor" | "outlineStyle" | "outlineColor" | "outlineWidth" | "borderBottomColor" | "visibility",
  string
>;
declare const document: {
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  addEventListener(
    type: "securitypolicyviolation",
    listener: (event: { effectiveDirective: string }) => void,
    options: { once: boolean },
  ): void;
};
declare const getComputedStyle: (element: PageElement) => ComputedStyle;
declare const CSS: { escape(value: string): string };
declare const window: { scrollTo(x: number, y: number): void };

/** The computed look of one element that carries data-entity. */
interface Look {
  entity: string;
  mention: string | null;
  tag: string;
  active: boolean;
  pressed: string | null;
  style: string;
}

const sourceKey = (claim: (typeof article.claims)[number]) =>
  "entityId" in claim.source ? claim.source.entityId : "author";
const entityName = (id: string) => article.entities.find((entity) => entity.id === id)!.name;

// "transparent", rgba(…, 0) or color(… / 0) are all fully transparent.
function isTransparent(colour: string): boolean {
  if (colour === "transparent" || colour === "") return true;
  const alpha = /\/\s*([\d.]+)\s*\)$/.exec(colour)?.[1] ?? /^rgba\((?:[^,]+,){3}\s*([\d.]+)\s*\)$/.exec(colour)?.[1];
  return alpha !== undefined && Number(alpha) === 0;
}

describe("the viewer page in Chromium", { timeout: TIMEOUT }, () => {
  let dir: string;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  let fileUrl: string;

  // Without Chromium every test fails with the same message (none is skipped).
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

  // The look of every element of an entity (mentions and entity buttons), in document order.
  const looks = (): Promise<Look[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll("[data-entity]")].map((element) => {
        const style = getComputedStyle(element);
        return {
          entity: element.dataset.entity!,
          mention: element.dataset.mention ?? null,
          tag: element.tagName.toLowerCase(),
          active: element.classList.contains("active"),
          pressed: element.getAttribute("aria-pressed"),
          style: [style.backgroundColor, style.outlineStyle, style.outlineColor, style.outlineWidth].join(" | "),
        };
      }),
    );

  // Clicks, then moves the pointer away so that no :hover style is in play.
  const click = async (selector: string) => {
    await page.locator(selector).click();
    await page.mouse.move(0, 0);
  };

  it("loads from the file under its own Content-Security-Policy", async () => {
    expect(await page.title()).toBe(article.title.text);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toMatch(/^default-src 'none';/);
    // Its one inline script must be allowed (by 'unsafe-inline' or its hash); the clicks below show it runs.
    expect(csp).toMatch(/script-src [^;]*('unsafe-inline'|'sha256-)/);
    expect(await page.locator("main").isVisible()).toBe(true);
  });

  it("marks every mention of the article, with its exact words, tinted or outlined in its entity's colour", async () => {
    const found = await page.evaluate(
      (ids) => {
        return ids.map((id) => {
          const elements = document.querySelectorAll(`[data-mention="${CSS.escape(id)}"]`);
          const element = elements[0];
          if (!element) return { id, count: 0 };
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            id,
            count: elements.length,
            text: element.textContent,
            entity: element.dataset.entity,
            background: style.backgroundColor,
            outline: style.outlineStyle,
            colour: style.borderBottomColor,
            visible: box.width > 0 && box.height > 0 && style.visibility === "visible",
          };
        });
      },
      article.mentions.map((m) => m.id),
    );

    expect(found.length).toBe(article.mentions.length);
    const colours = new Map<string, Set<string>>();
    for (const [i, mention] of article.mentions.entries()) {
      const element = found[i]!;
      expect(element.count, mention.id).toBe(1);
      expect(element.text, mention.id).toBe(mention.span.text);
      expect(element.entity, mention.id).toBe(mention.entityId);
      expect(element.visible, mention.id).toBe(true);
      expect(
        !isTransparent(element.background!) || element.outline !== "none",
        `${mention.id}: background ${element.background}, outline ${element.outline}`,
      ).toBe(true);
      colours.set(mention.entityId, (colours.get(mention.entityId) ?? new Set()).add(element.colour!));
    }
    // One colour per entity, and the most mentioned entities each have their own.
    for (const [entity, set] of colours) expect([...set], entity).toHaveLength(1);
    const mostMentioned = [...colours.keys()]
      .map((entity) => ({ entity, count: article.mentions.filter((m) => m.entityId === entity).length }))
      .filter(({ count }) => count > 1)
      .sort((a, b) => b.count - a.count)
      .slice(0, ENTITY_COLOURS.length);
    const distinct = new Set(mostMentioned.map(({ entity }) => [...colours.get(entity)!][0]));
    expect(distinct.size, mostMentioned.map((m) => m.entity).join(", ")).toBe(mostMentioned.length);
  });

  it("highlights exactly the elements of an entity when one of its mentions is clicked", async () => {
    const entity = "kim-jong-un";
    const before = await looks();
    expect(before.some((look) => look.active)).toBe(false);
    // A mention of Kim with no mention inside it, so the click lands on Kim himself.
    const target = await page.evaluate(
      (id) =>
        [...document.querySelectorAll(`span[data-entity="${id}"]`)]
          .find((e) => !e.querySelector("[data-mention]"))
          ?.getAttribute("data-mention"),
      entity,
    );
    expect(target).toBeTruthy();
    await click(`[data-mention="${target}"]`);

    const after = await looks();
    expect(after.length).toBe(before.length);
    const ofEntity = after.filter((look) => look.entity === entity);
    expect(ofEntity.filter((look) => look.tag === "span").length).toBe(
      article.mentions.filter((m) => m.entityId === entity).length,
    );
    expect(ofEntity.filter((look) => look.tag === "button").length).toBe(1);
    for (const [i, look] of after.entries()) {
      const label = `${look.tag} ${look.mention ?? look.entity}`;
      if (look.entity === entity) {
        expect(look.active, label).toBe(true);
        expect(look.style, `${label} looks the same when active`).not.toBe(before[i]!.style);
      } else {
        expect(look.active, label).toBe(false);
        expect(look.style, `${label} changed although it is not ${entity}`).toBe(before[i]!.style);
      }
    }
    expect(await page.locator(`button[data-entity="${entity}"]`).getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator(".active").count()).toBe(ofEntity.length);
  });

  it("moves the highlight to an entity clicked in the entity list, and clears it on a second click", async () => {
    const entity = "sergei-shoigu";
    await click(`button[data-entity="${entity}"]`);
    const after = await looks();
    expect(after.filter((look) => look.active).map((look) => look.entity)).toEqual(
      after.filter((look) => look.entity === entity).map((look) => look.entity),
    );
    expect(after.filter((look) => look.pressed === "true").map((look) => look.entity)).toEqual([entity]);

    await click(`button[data-entity="${entity}"]`);
    expect(await page.locator(".active").count()).toBe(0);
    expect(await page.locator('[aria-pressed="true"]').count()).toBe(0);
  });

  it("lists every claim under its source, with its factuality", async () => {
    const groups = await page.evaluate(() =>
      [...document.querySelectorAll("section[data-source]")].map((section) => ({
        source: section.dataset.source!,
        heading: section.querySelector("h3")?.textContent ?? "",
        claims: [...section.querySelectorAll("li.claim")].map((li) => ({
          id: li.id,
          content: li.querySelector(".claim-content")?.textContent ?? "",
          factuality: li.querySelector("dd.factuality")?.textContent ?? "",
          visible: li.getBoundingClientRect().height > 0,
        })),
      })),
    );
    const expected = new Map<string, string[]>();
    for (const claim of article.claims)
      expected.set(sourceKey(claim), [...(expected.get(sourceKey(claim)) ?? []), `claim-${claim.id}`]);
    expect(groups.map((g) => g.source)).toEqual([...expected.keys()]);
    for (const group of groups) {
      expect(
        group.claims.map((c) => c.id),
        group.source,
      ).toEqual(expected.get(group.source));
      expect(group.heading).toContain(group.source === "author" ? "own voice" : entityName(group.source));
      expect(group.heading).toContain(`(${group.claims.length} claim`);
    }
    const shown = new Map(groups.flatMap((g) => g.claims).map((c) => [c.id, c]));
    for (const claim of article.claims) {
      const item = shown.get(`claim-${claim.id}`)!;
      expect(item.content, claim.id).toBe(claim.content.text);
      expect(item.factuality, claim.id).toBe(claim.factuality);
      expect(item.visible, claim.id).toBe(true);
    }
  });

  it("shows each contradicting pair side by side: the denial and the accusation", async () => {
    const pairs = contradictions();
    expect(pairs.length).toBeGreaterThan(0);
    const section = page.locator('section[aria-labelledby="contradictions-heading"]');
    expect(await section.locator("h2").isVisible()).toBe(true);
    expect(await section.locator("li").count()).toBe(pairs.length);
    for (const [a, b] of pairs) {
      const sides = [a, b].map((claim) => section.locator(`.side[data-claim="${claim.id}"]`));
      for (const [i, claim] of [a, b].entries()) {
        const side = sides[i]!;
        expect(await side.isVisible(), claim.id).toBe(true);
        const text = (await side.textContent())!;
        expect(text).toContain(claim.content.text);
        expect(text).toContain("entityId" in claim.source ? entityName(claim.source.entityId) : "own voice");
        expect(text).toContain(`${claim.polarity} polarity`);
        if (claim.cue) expect(text).toContain(claim.cue.text);
      }
      expect(new Set([a.polarity, b.polarity])).toEqual(new Set(["negative", "positive"])); // a denial and an assertion
      const [boxA, boxB] = [await sides[0]!.boundingBox(), await sides[1]!.boundingBox()];
      expect(boxA && boxB).toBeTruthy();
      expect(boxA!.x + boxA!.width, "side by side").toBeLessThanOrEqual(boxB!.x);
      expect(Math.abs(boxA!.y - boxB!.y), "on one row").toBeLessThan(1);
    }
    // …and the contradicted stretch is marked in the text.
    expect(await page.locator(".article-text .claim-content.contradiction").first().isVisible()).toBe(true);
  });

  it("takes a full-page screenshot (UPDATE_SCREENSHOT=1 writes docs/images/viewer.png)", async () => {
    // Show a highlighted entity, with the page scrolled to the top.
    await click('button[data-entity="kim-jong-un"]');
    await page.evaluate(() => window.scrollTo(0, 0));
    const path = process.env.UPDATE_SCREENSHOT === "1" ? SCREENSHOT : join(dir, "viewer.png");
    await page.screenshot({ path, fullPage: true });
    const png = readFileSync(path);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.readUInt32BE(16), "width").toBe(VIEWPORT.width);
    expect(png.readUInt32BE(20), "height").toBeGreaterThan(VIEWPORT.height);
    expect(png.length).toBeGreaterThan(50_000);
    await click('button[data-entity="kim-jong-un"]');
  });

  it("logged no console error and no page error, and requested nothing but its own file", () => {
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
  });

  it("enforces its policy: a script asking for a URL is refused before any request", async () => {
    const probe = await context.newPage();
    const probeRequests: string[] = [];
    probe.on("request", (request) => probeRequests.push(request.url()));
    await probe.goto(fileUrl, { waitUntil: "load" });
    const violation = await probe.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), {
            once: true,
          });
          fetch("https://example.com/").catch(() => undefined);
          setTimeout(() => resolve("no violation"), 5_000);
        }),
    );
    expect(violation).toBe("connect-src");
    expect(probeRequests.filter((url) => !url.startsWith("file:"))).toEqual([]);
    await probe.close();
  });
});

describe("npm run viewer (scripts/viewer.ts)", () => {
  it("writes toHtml() to docs-site/viewer/index.html, or to --out PATH", () => {
    expect(DEFAULT_OUT).toBe(join(repoRoot, "docs-site", "viewer", "index.html"));
    expect(outPathOf([])).toBe(DEFAULT_OUT);
    expect(outPathOf(["--out", "page.html"], "/somewhere")).toBe("/somewhere/page.html");
    expect(outPathOf(["--out=/abs/page.html"])).toBe("/abs/page.html");
    expect(() => outPathOf(["--out"])).toThrow(/needs a path/);
    expect(() => outPathOf(["--bogus"])).toThrow(/unknown argument/);
    const dir = mkdtempSync(join(tmpdir(), "kim-shoigu-viewer-out-"));
    try {
      const out = join(dir, "nested", "viewer.html");
      const html = writeViewer(out);
      expect(readFileSync(out, "utf8")).toBe(html);
      expect(html).toBe(toHtml());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
