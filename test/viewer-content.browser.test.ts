/**
 * The viewer page (toHtml(), written by `npm run viewer`) in a real browser, read: its policy,
 * every mention in its entity's colour, the claims by source, the contradictions side by side;
 * and the script that writes it. Clicking through the page: viewer-interaction.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_OUT, outPathOf, writeViewer } from "../scripts/viewer.js";
import { ENTITY_COLOURS } from "../src/formats/html-colours.js";
import { toHtml } from "../src/formats/index.js";
import { article, contradictions } from "../src/index.js";
import { repoRoot } from "./support/paths.js";
import {
  type ComputedStyle,
  entityName,
  type PageElement,
  sourceKey,
  TIMEOUT,
  useViewerPage,
} from "./support/viewer-browser.js";

// The browser globals the callbacks running in the page use; they stay inside this module.
declare const document: { querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement> };
declare const getComputedStyle: (element: PageElement) => ComputedStyle;
declare const CSS: { escape(value: string): string };

// "transparent", rgba(…, 0) or color(… / 0) are all fully transparent.
function isTransparent(colour: string): boolean {
  if (colour === "transparent" || colour === "") return true;
  const alpha = /\/\s*([\d.]+)\s*\)$/.exec(colour)?.[1] ?? /^rgba\((?:[^,]+,){3}\s*([\d.]+)\s*\)$/.exec(colour)?.[1];
  return alpha !== undefined && Number(alpha) === 0;
}

describe("the viewer page in Chromium, read", { timeout: TIMEOUT }, () => {
  const viewer = useViewerPage();

  it("loads from the file under its own Content-Security-Policy", async () => {
    expect(await viewer.page.title()).toBe(article.title.text);
    const csp = await viewer.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toMatch(/^default-src 'none';/);
    // Its one inline script must be allowed (by 'unsafe-inline' or its hash); the clicks below show it runs.
    expect(csp).toMatch(/script-src [^;]*('unsafe-inline'|'sha256-)/);
    expect(await viewer.page.locator("main").isVisible()).toBe(true);
  });

  const marks = "marks every mention of the article, with its exact words, tinted or outlined in its entity's colour";
  it(marks, async () => {
    const found = await viewer.page.evaluate(
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

  it("lists every claim under its source, with its factuality", async () => {
    const groups = await viewer.page.evaluate(() =>
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
    const section = viewer.page.locator('section[aria-labelledby="contradictions-heading"]');
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
    expect(await viewer.page.locator(".article-text .claim-content.contradiction").first().isVisible()).toBe(true);
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
