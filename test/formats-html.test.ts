import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { escapeHtml } from "../src/formats/escape-html.js";
import { toHtml } from "../src/formats/index.js";
import { PAGE_SCRIPT } from "../src/generated/html-assets.js";
import { parseArticle } from "../src/schema/index.js";
import type { ArticleOf } from "../src/types.js";
import { XSS_VECTORS, xssArticle } from "./support/formats-articles.js";

const unescapeHtml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]!,
  );

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
}

// A loose HTML tokenizer, enough for the page's own output: tags with double-quoted or bare attributes.
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*"|=[^\s>"]+)?)*)\s*\/?>/g,
  )) {
    const attributes = new Map<string, string>();
    for (const a of match[3]!.matchAll(/([^\s=>/]+)(?:="([^"]*)"|=([^\s>"]+))?/g))
      attributes.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? "");
    tags.push({ name: match[2]!.toLowerCase(), closing: match[1] === "/", attributes });
  }
  return tags;
}

// The content of the page's text section, between its <p> tags, with the markup removed.
function paragraphTexts(html: string): string[] {
  const section = /<section class="article-text"[^>]*>([\s\S]*?)<\/section>/.exec(html)![1]!;
  return [...section.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => unescapeHtml(m[1]!.replace(/<[^>]*>/g, "")));
}

describe("escapeHtml", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
    );
    expect(escapeHtml("plain – “text” 🚀")).toBe("plain – “text” 🚀");
  });

  it("leaves no character that can open a tag or end an attribute, and round-trips any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const escaped = escapeHtml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescapeHtml(escaped)).toBe(s);
      }),
    );
  });
});

describe.each([
  ["the shipped article", article as ArticleOf],
  ["an article made of XSS vectors", parseArticle(xssArticle()) as ArticleOf],
])("toHtml on %s", (_, doc) => {
  const html = toHtml(doc);
  const tags = tagsOf(html);

  it("is a standalone HTML5 page with language, main, headings and the one inline script", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(tags.filter((t) => t.name === "main" && !t.closing).length).toBe(1);
    expect(tags.filter((t) => t.name === "h1" && !t.closing).length).toBe(1);
    expect(tags.filter((t) => t.name === "h2" && !t.closing).length).toBeGreaterThanOrEqual(4);
    expect(html.match(/<script/gi)?.length).toBe(1);
    expect(html.match(/<\/script/gi)?.length).toBe(1);
    expect(html.match(/<style/gi)?.length).toBe(1);
    expect(html.match(/<\/style/gi)?.length).toBe(1);
    // One page title in the head; the graph's SVG has its own title, which no browser shows as the page's.
    expect(/<head>[\s\S]*<\/head>/.exec(html)![0].match(/<\/title/gi)?.length).toBe(1);
  });

  it("uses only its own elements and no event-handler, source or style attributes", () => {
    const allowed = new Set(
      `html head meta title style body header h1 h2 h3 p main section ul ol li span button
 a dl dt dd strong script details summary aside figure figcaption div svg desc g rect circle path text`.split(/\s+/),
    );
    for (const tag of tags) {
      expect(allowed, `<${tag.name}>`).toContain(tag.name);
      for (const name of tag.attributes.keys()) {
        expect(name, `<${tag.name} ${name}>`).not.toMatch(/^on/);
        expect(["src", "srcset", "style", "action", "formaction", "background", "poster"]).not.toContain(name);
      }
    }
    // Every "<" in the page starts one of the tags above (or the doctype).
    expect(html.match(/</g)!.length).toBe(tags.length + 1);
  });

  it("makes no external request and links nowhere dangerous", () => {
    expect(html).not.toMatch(/<link|@import|url\(|<img|<iframe|<object|<embed/i);
    const csp = tags.find((t) => t.name === "meta" && t.attributes.get("http-equiv") === "Content-Security-Policy")!;
    expect(csp.attributes.get("content")).toMatch(/^default-src 'none';/);
    for (const tag of tags.filter((t) => t.name === "a" && !t.closing)) {
      expect(tag.attributes.get("href")).toMatch(
        /^(#claim-[a-z0-9-]+|#claims-heading|https:\/\/www\.wikidata\.org\/wiki\/Q[0-9]+)$/,
      );
    }
  });

  it("marks every mention once, properly nested, with a colour shared by its entity", () => {
    const mentionTags = tags.filter((t) => t.name === "span" && t.attributes.has("data-mention"));
    expect(mentionTags.length).toBe(doc.mentions.length);
    expect(mentionTags.map((t) => t.attributes.get("data-mention")).sort()).toEqual(
      doc.mentions.map((m) => m.id).sort(),
    );
    const colours = new Map<string, Set<string>>();
    for (const t of mentionTags) {
      const entity = t.attributes.get("data-entity")!;
      const colour = t.attributes
        .get("class")!
        .split(" ")
        .find((c) => c.startsWith("ent-c"))!;
      colours.set(entity, (colours.get(entity) ?? new Set()).add(colour));
    }
    for (const [entity, set] of colours) expect(set.size, entity).toBe(1);
    // Elements are balanced (void elements aside).
    const stack: string[] = [];
    for (const tag of tags.filter((t) => t.name !== "meta")) {
      if (!tag.closing) stack.push(tag.name);
      else expect(stack.pop(), `</${tag.name}>`).toBe(tag.name);
    }
    expect(stack).toEqual([]);
  });

  it("shows the text unchanged, paragraph by paragraph", () => {
    expect(paragraphTexts(html)).toEqual(doc.paragraphs.map((p) => p.span.text));
  });

  it("lists the claims by source and shows the contradicting pair", () => {
    for (const claim of doc.claims) expect(html).toContain(`id="claim-${claim.id}"`);
    const contradictions =
      /<section class="who-says-what" aria-labelledby="contradictions-heading">([\s\S]*?)<\/section>/.exec(html)![1]!;
    expect(contradictions.match(/<li>/g)!.length).toBe(1);
    expect(contradictions).toContain("contradicts");
    expect(html).toMatch(/class="claim-content contradiction"/);
  });
});

describe("toHtml with XSS vectors in every field", () => {
  const doc = xssArticle();
  const html = toHtml(doc);

  it("writes each vector only escaped", () => {
    for (const vector of XSS_VECTORS) {
      expect(html).toContain(escapeHtml(vector));
      if (/[<>"']/.test(vector)) expect(html, vector).not.toContain(vector);
    }
    // A vector's "onerror=" may appear inside a quoted, escaped attribute value; no tag has such an attribute.
    for (const tag of tagsOf(html)) expect([...tag.attributes.keys()].filter((name) => /^on/i.test(name))).toEqual([]);
    expect(html).not.toMatch(/<(img|svg|script)[^>]*\sonerror\s*=/i);
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it("keeps the page's title and heading as text", () => {
    expect(html).toContain(`<title>${escapeHtml(doc.title.text)}</title>`);
    expect(html).toContain(`<h1>${escapeHtml(doc.title.text)}</h1>`);
  });

  it("can leave the script out and take another title", () => {
    const page = toHtml(doc, { script: false, title: "<b>x</b>" });
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain("<title>&lt;b&gt;x&lt;/b&gt;</title>");
  });
});

describe("toHtml on the shipped article", () => {
  it("marks sources, cues, contents and quotes, and explains them in the legend", () => {
    const html = toHtml();
    expect(html).toMatch(/<span class="mention ent-c\d+ claim-source" data-entity="kcna" data-mention="kcna@2"/);
    expect(html).toContain(
      `<span class="claim-cue" data-claim="kcna-kim-took-shoigu-to-display kcna-kim-showed-newest-weaponry ` +
        `kcna-kim-briefed-defence-plans"`,
    );
    expect(html).toContain(`<span class="claim-quote" data-claim="kcna-putin-letter"`);
    expect(html).toContain(`data-claim="nk-denies-weapons-transfer biden-admin-accuses-weapons-transfer"`);
    expect(html).toMatch(/<h2 id="legend-heading">Legend<\/h2>[\s\S]*claim-cue[\s\S]*claim-quote/);
    expect(html).toContain(`aria-label="Highlight the 9 mentions of Kim Jong Un"`);
  });
});

// A fake DOM just large enough for the page script: the page's elements that carry
// data-entity or aria-pressed, and the four selector forms the script uses.
class FakeElement {
  readonly classList: Set<string> & { add(c: string): void; remove(c: string): void; contains(c: string): boolean };
  constructor(
    readonly tagName: string,
    readonly attributes: Map<string, string>,
  ) {
    const classes = new Set((attributes.get("class") ?? "").split(" ").filter(Boolean)) as FakeElement["classList"];
    classes.remove = (c) => void classes.delete(c);
    classes.contains = (c) => classes.has(c);
    this.classList = classes;
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  closest(selector: string) {
    return selector === "[data-entity]" && this.attributes.has("data-entity") ? this : null;
  }
  matches(selector: string): boolean {
    const match = /^(\w+)?((?:\.[\w-]+)*)((?:\[[\w-]+(?:="[^"]*")?\])*)$/.exec(selector)!;
    if (match[1] && match[1].toUpperCase() !== this.tagName) return false;
    for (const c of match[2]!.split(".").filter(Boolean)) if (!this.classList.has(c)) return false;
    for (const [, name, value] of match[3]!.matchAll(/\[([\w-]+)(?:="([^"]*)")?\]/g)) {
      if (!this.attributes.has(name!) || (value !== undefined && this.attributes.get(name!) !== value)) return false;
    }
    return true;
  }
}

describe("the page script", () => {
  const html = toHtml();
  const elements = tagsOf(html)
    .filter((t) => !t.closing && (t.attributes.has("data-entity") || t.attributes.has("aria-pressed")))
    .map((t) => new FakeElement(t.name.toUpperCase(), new Map(t.attributes)));
  let onClick: (event: { target: FakeElement }) => void = () => {};
  const document = {
    addEventListener: (type: string, listener: typeof onClick) => {
      if (type === "click") onClick = listener;
    },
    querySelectorAll: (selector: string) => elements.filter((e) => e.matches(selector)),
    querySelector: (selector: string) => elements.find((e) => e.matches(selector)) ?? null,
    // No details panel: the details are checked in Chromium (test/viewer-readers.browser.test.ts).
    getElementById: () => null,
  };
  runInNewContext(PAGE_SCRIPT, {
    document,
    Element: FakeElement,
    CSS: { escape: (s: string) => s.replace(/["\\]/g, "\\$&") },
  });
  const active = () => elements.filter((e) => e.classList.has("active"));

  it("highlights every mention of an entity when one is clicked, and its button", () => {
    onClick({ target: elements.find((e) => e.getAttribute("data-mention") === "kim-jong-un@3")! });
    expect(
      active()
        .filter((e) => e.tagName === "SPAN")
        .map((e) => e.getAttribute("data-mention")),
    ).toEqual(article.mentions.filter((m) => m.entityId === "kim-jong-un").map((m) => m.id));
    const button = elements.find((e) => e.tagName === "BUTTON" && e.getAttribute("data-entity") === "kim-jong-un")!;
    expect(button.getAttribute("aria-pressed")).toBe("true");
  });

  it("moves the highlight to another entity, and clears it on a second click", () => {
    const russia = elements.find((e) => e.tagName === "BUTTON" && e.getAttribute("data-entity") === "russia")!;
    onClick({ target: russia });
    expect(new Set(active().map((e) => e.getAttribute("data-entity")))).toEqual(new Set(["russia"]));
    onClick({ target: russia });
    expect(active()).toEqual([]);
    expect(elements.filter((e) => e.getAttribute("aria-pressed") === "true")).toEqual([]);
  });
});
