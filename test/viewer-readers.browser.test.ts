/**
 * The viewer page for every reader, in headless Chromium like test/viewer-content.browser.test.ts:
 * every mention reached with Tab and its details shown; a tap shows them on a touch screen;
 * on a 390 × 844 phone the text starts on the first screen; relation links name the related
 * claim in its own words; the graph of who says what matches the data.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { toHtml } from "../src/formats/index.js";
import { article, claimSourceId, contradictions } from "../src/index.js";
import type { ClaimOf, MentionOf } from "../src/types.js";
import { type BrowserFixture, useBrowser } from "./support/viewer-browser.js";

const TIMEOUT = 120_000;
const PHONE = { width: 390, height: 844 };

// The browser globals the callbacks below use, typed just enough (the project has no DOM library).
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}
interface El {
  readonly id: string;
  readonly tagName: string;
  readonly textContent: string | null;
  readonly hidden: boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
  getBoundingClientRect(): Box;
}
declare const document: {
  readonly activeElement: El | null;
  readonly documentElement: { scrollWidth: number };
  getElementById(id: string): El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
};
declare const getComputedStyle: (element: El) => { outlineStyle: string; lineHeight: string; display: string };
declare const innerHeight: number;

const ROLES = { content: "claim content", cue: "attribution cue", quote: "verbatim quote" } as const;
const entityName = (id: string) => article.entities.find((entity) => entity.id === id)!.name;
const sourceName = (claim: ClaimOf) =>
  "entityId" in claim.source ? entityName(claim.source.entityId) : "the article’s own voice";
const summary = (claim: ClaimOf) =>
  `${sourceName(claim)} (${claim.factuality}, ${claim.polarity} polarity, quote ${claim.quote}): ` +
  `“${claim.content.text}”`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The lines the details of a mention must hold, from the data alone. */
function expectedLines(mention: MentionOf): string[] {
  const count = article.mentions.filter((m) => m.entityId === mention.entityId).length;
  const entity = article.entities.find((e) => e.id === mention.entityId)!;
  const lines = [entity.name, `${entity.type}, ${mention.form} mention; ${count} mention${count === 1 ? "" : "s"}`];
  for (const claim of article.claims) {
    if (claim.sourceMention === mention.id) lines.push(`Source of: ${summary(claim)}`);
    const parts = [
      ["content", [claim.content]],
      ["cue", claim.cue ? [claim.cue] : []],
      ["quote", claim.quotes],
    ] as const;
    for (const [role, spans] of parts) {
      if (spans.some((span) => overlaps(span, mention.span))) lines.push(`In the ${ROLES[role]} of ${summary(claim)}`);
    }
  }
  return lines;
}

describe("the viewer for every reader, in Chromium", { timeout: TIMEOUT }, () => {
  const chromium = useBrowser(TIMEOUT);
  const html = toHtml();
  const open = async (options: Parameters<BrowserFixture["open"]>[2]): Promise<Page> =>
    (await chromium.open(html, "index.html", options)).page;

  it("reaches every mention with Tab, in text order, and shows its details above the fold of the panel", async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } });
    const reached: string[] = [];
    for (let i = 0; i < article.mentions.length + 10 && reached.length < article.mentions.length; i++) {
      await page.keyboard.press("Tab");
      const state = await page.evaluate(() => {
        const focused = document.activeElement;
        const panel = document.getElementById("details")!;
        if (!focused || focused.getAttribute("data-mention") === null) return null;
        const [box, shown] = [focused.getBoundingClientRect(), panel.getBoundingClientRect()];
        return {
          mention: focused.getAttribute("data-mention")!,
          outline: getComputedStyle(focused).outlineStyle,
          panelHidden: panel.hidden || getComputedStyle(panel).display === "none",
          panelText: panel.textContent ?? "",
          inView: box.top >= 0 && box.bottom <= shown.top && shown.height > 0 && shown.bottom <= innerHeight + 1,
        };
      });
      if (!state) continue;
      reached.push(state.mention);
      const mention = article.mentions.find((m) => m.id === state.mention)!;
      expect(state.outline, `${mention.id} shows its focus`).not.toBe("none");
      expect(state.panelHidden, mention.id).toBe(false);
      expect(state.inView, `${mention.id} is in view above the details`).toBe(true);
      const lines = state.panelText.split("\n");
      expect(lines[0], mention.id).toBe(entityName(mention.entityId));
      for (const line of expectedLines(mention)) {
        expect(
          lines.some((shown) => shown.startsWith(line)),
          `${mention.id}: ${line}`,
        ).toBe(true);
      }
    }
    expect(reached).toEqual(article.mentions.map((m) => m.id));
    expect(await page.locator("[title]:not(svg *)").count(), "no tooltip stands in for the details").toBe(0);

    // Enter highlights the focused mention's entity; Escape hides the details.
    const last = article.mentions.at(-1)!;
    await page.keyboard.press("Enter");
    expect(await page.locator(`button[data-entity="${last.entityId}"]`).getAttribute("aria-pressed")).toBe("true");
    await page.keyboard.press("Escape");
    expect(await page.locator("#details").isHidden()).toBe(true);
    await page.context().close();
  });

  it("on a 390 × 844 phone: the text on the first screen, no sideways overflow, details on a tap", async () => {
    const page = await open({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const first = await page.evaluate(() => {
      const p = document.querySelector(".article-text p")!;
      const box = p.getBoundingClientRect();
      return {
        text: p.textContent,
        top: box.top,
        bottom: box.bottom,
        line: Number.parseFloat(getComputedStyle(p).lineHeight),
        screen: innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    expect(first.text).toBe(article.paragraphs[0]!.span.text);
    expect(first.top, "the first paragraph starts on the first screen").toBeLessThan(first.screen);
    expect(first.top + 3 * first.line, "its first three lines fit on the first screen").toBeLessThanOrEqual(
      first.screen,
    );
    expect(first.scrollWidth).toBeLessThanOrEqual(PHONE.width);

    const mention = article.mentions.find((m) => m.id === "kcna@2") ?? article.mentions[0]!;
    await page.locator(`[data-mention="${mention.id}"]`).tap();
    const panel = page.locator("#details");
    expect(await panel.isVisible()).toBe(true);
    const text = (await panel.textContent())!;
    for (const line of expectedLines(mention)) expect(text, line).toContain(line);
    const box = (await panel.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  it("names each related claim by its own words in the relation links, and links to it", async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } });
    const links = await page.evaluate(() =>
      [...document.querySelectorAll("li.claim a.relation")].map((a) => {
        const item = a.getAttribute("href")!.slice(1);
        const target = document.getElementById(item);
        let from: El | null = a;
        while (from && from.tagName !== "LI") from = (from as unknown as { parentElement: El | null }).parentElement;
        return {
          from: from?.id,
          text: a.textContent,
          target: item,
          targetContent: target?.querySelector(".claim-content")?.textContent ?? null,
        };
      }),
    );
    const expected = article.claims.flatMap((claim) =>
      claim.relations.map((relation) => {
        const target = article.claims.find((c) => c.id === relation.target)!;
        return { from: `claim-${claim.id}`, text: target.content.text, target: `claim-${target.id}` };
      }),
    );
    expect(expected.length).toBeGreaterThan(0);
    // The page lists the claims by source, so compare as sets of (claim, related claim, words).
    const key = (link: { from?: string; target: string; text: string | null }) =>
      `${link.from} ${link.target} ${link.text}`;
    expect(links.map(key).sort()).toEqual(expected.map(key).sort());
    for (const link of links) expect(link.targetContent, link.target).toBe(link.text);
    await page.context().close();
  });

  it("draws who says what: a node per source, one per claim, an edge per claim and one per contradiction", async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } });
    const graph = await page.evaluate(() => {
      const svg = document.querySelector("figure.graph svg")!;
      const text = (id: string | null) => (id ? (document.getElementById(id)?.textContent ?? "") : "");
      const visible = (e: El) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0;
      return {
        title: text(svg.getAttribute("aria-labelledby")),
        desc: text(svg.getAttribute("aria-describedby")),
        role: svg.getAttribute("role"),
        caption: document.querySelector("figure.graph figcaption")?.textContent ?? "",
        sources: [...svg.querySelectorAll("g.graph-source")].map((g) => ({
          source: g.getAttribute("data-source"),
          label: g.querySelector("text")?.textContent ?? "",
          visible: visible(g),
        })),
        claims: [...svg.querySelectorAll("g.graph-claim")].map((g) => g.getAttribute("data-claim")),
        says: [...svg.querySelectorAll("path.graph-says")].map((p) => [
          p.getAttribute("data-source"),
          p.getAttribute("data-claim"),
        ]),
        contradictions: [...svg.querySelectorAll("g.graph-contradiction")].map((g) => ({
          claims: g.getAttribute("data-claims"),
          visible: visible(g.querySelector("path")!),
        })),
      };
    });
    const sources = [...new Set(article.claims.map((claim) => claimSourceId(claim)))];
    expect(graph.sources.map((s) => s.source)).toEqual(sources);
    for (const node of graph.sources) {
      const claim = article.claims.find((c) => claimSourceId(c) === node.source)!;
      const count = article.claims.filter((c) => claimSourceId(c) === node.source).length;
      expect(node.visible, node.source!).toBe(true);
      expect(node.label.endsWith(` · ${count}`), node.label).toBe(true);
      expect(sourceName(claim).startsWith(node.label.replace(/…? · \d+$/, "")), node.label).toBe(true);
    }
    expect([...graph.claims].sort()).toEqual(article.claims.map((c) => c.id).sort());
    expect(graph.says.sort()).toEqual(article.claims.map((c) => [claimSourceId(c), c.id]).sort());
    const pairs = contradictions();
    expect(pairs.length).toBeGreaterThan(0);
    expect(graph.contradictions.map((c) => c.claims)).toEqual(pairs.map(([a, b]) => `${a.id} ${b.id}`));
    for (const arc of graph.contradictions) expect(arc.visible, arc.claims!).toBe(true);
    // Text alternatives: the title names what is drawn; the description and the caption say it in words.
    expect(graph.role).toBe("img");
    expect(graph.title).toContain(`${sources.length} sources`);
    for (const [a, b] of pairs) {
      for (const words of [graph.desc, graph.caption]) {
        expect(words).toContain(`${sourceName(a)}`);
        expect(words).toContain(`${sourceName(b)}`);
        expect(words).toContain(`“${a.content.text}” contradicts`);
      }
    }
    expect(graph.desc).toContain(`${article.claims.length} claims`);
    await page.context().close();
  });

  it("logged no console or page error and requested nothing from outside", () => {
    const { consoleErrors, pageErrors, requests } = chromium.log;
    expect([...consoleErrors, ...pageErrors, ...requests.filter((url) => !url.startsWith("file:"))]).toEqual([]);
  });
});
