/**
 * The viewer page (toHtml(), written by `npm run viewer`) in a real browser, used: clicking
 * mentions and entities moves the highlight, a full-page screenshot, and no error, no request
 * beyond the page's own file and a policy that refuses one. The page's content: viewer-content.
 * `UPDATE_SCREENSHOT=1` also writes the first screen to docs/images/viewer.png (shown by
 * docs/viewer.md, and shipped with it: see there for making it small).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { repoRoot } from "./support/paths.js";
import { type ComputedStyle, type PageElement, TIMEOUT, useViewerPage, VIEWPORT } from "./support/viewer-browser.js";

const SCREENSHOT = join(repoRoot, "docs", "images", "viewer.png");

// The browser globals the callbacks running in the page use; they stay inside this module.
declare const document: {
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  addEventListener(
    type: "securitypolicyviolation",
    listener: (event: { effectiveDirective: string }) => void,
    options: { once: boolean },
  ): void;
};
declare const getComputedStyle: (element: PageElement) => ComputedStyle;
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

describe("the viewer page in Chromium, used", { timeout: TIMEOUT }, () => {
  const viewer = useViewerPage();

  // The look of every element of an entity (mentions and entity buttons), in document order.
  const looks = (): Promise<Look[]> =>
    viewer.page.evaluate(() =>
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

  it("highlights exactly the elements of an entity when one of its mentions is clicked", async () => {
    const entity = "kim-jong-un";
    const before = await looks();
    expect(before.some((look) => look.active)).toBe(false);
    // A mention of Kim with no mention inside it, so the click lands on Kim himself.
    const target = await viewer.page.evaluate(
      (id) =>
        [...document.querySelectorAll(`span[data-entity="${id}"]`)]
          .find((e) => !e.querySelector("[data-mention]"))
          ?.getAttribute("data-mention"),
      entity,
    );
    expect(target).toBeTruthy();
    await viewer.click(`[data-mention="${target}"]`);

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
    expect(await viewer.page.locator(`button[data-entity="${entity}"]`).getAttribute("aria-pressed")).toBe("true");
    expect(await viewer.page.locator(".active").count()).toBe(ofEntity.length);
  });

  it("moves the highlight to an entity clicked in the entity list, and clears it on a second click", async () => {
    const entity = "sergei-shoigu";
    await viewer.click(`button[data-entity="${entity}"]`);
    const after = await looks();
    expect(after.filter((look) => look.active).map((look) => look.entity)).toEqual(
      after.filter((look) => look.entity === entity).map((look) => look.entity),
    );
    expect(after.filter((look) => look.pressed === "true").map((look) => look.entity)).toEqual([entity]);

    await viewer.click(`button[data-entity="${entity}"]`);
    expect(await viewer.page.locator(".active").count()).toBe(0);
    expect(await viewer.page.locator('[aria-pressed="true"]').count()).toBe(0);
  });

  it("takes a full-page screenshot (UPDATE_SCREENSHOT=1 writes the first screen to docs/images/viewer.png)", async () => {
    // Show a highlighted entity, with the page scrolled to the top.
    await viewer.click('button[data-entity="kim-jong-un"]');
    await viewer.page.evaluate(() => window.scrollTo(0, 0));
    // The guide shows the first screen: the whole page would be over a megabyte in the package.
    if (process.env.UPDATE_SCREENSHOT === "1") await viewer.page.screenshot({ path: SCREENSHOT });
    const path = join(viewer.dir, "viewer.png");
    await viewer.page.screenshot({ path, fullPage: true });
    const png = readFileSync(path);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.readUInt32BE(16), "width").toBe(VIEWPORT.width);
    expect(png.readUInt32BE(20), "height").toBeGreaterThan(VIEWPORT.height);
    expect(png.length).toBeGreaterThan(50_000);
    await viewer.click('button[data-entity="kim-jong-un"]');
  });

  it("logged no console error and no page error, and requested nothing but its own file", () => {
    expect(viewer.consoleErrors).toEqual([]);
    expect(viewer.pageErrors).toEqual([]);
    expect(viewer.requests.length).toBeGreaterThan(0);
    expect(viewer.requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
  });

  it("enforces its policy: a script asking for a URL is refused before any request", async () => {
    const probe = await viewer.context.newPage();
    const probeRequests: string[] = [];
    probe.on("request", (request) => probeRequests.push(request.url()));
    await probe.goto(viewer.fileUrl, { waitUntil: "load" });
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
