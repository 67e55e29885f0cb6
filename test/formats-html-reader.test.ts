/**
 * The markup toHtml() gives readers without a mouse, on the shipped article and on one made of
 * XSS vectors: focusable mentions with their details, relation links in the related claim's
 * words, and the graph of who says what. Chromium checks the same page in use
 * (test/viewer-readers.browser.test.ts).
 */
import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { toHtml } from "../src/formats/index.js";
import { claimSourceId } from "../src/query/collections.js";
import { parseArticle } from "../src/schema/index.js";
import type { ArticleOf } from "../src/types.js";
import { xssArticle } from "./support/formats-articles.js";

const unescapeHtml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]!,
  );
const attribute = (tag: string, name: string) => {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : unescapeHtml(value);
};

describe.each([
  ["the shipped article", article as ArticleOf],
  ["an article made of XSS vectors", parseArticle(xssArticle()) as ArticleOf],
])("toHtml for every reader, on %s", (_, doc) => {
  const html = toHtml(doc);
  const body = html.slice(html.indexOf("<body>"));
  const mentionTags = [...body.matchAll(/<span class="mention[^>]*>/g)].map((m) => m[0]);

  it("makes every mention focusable, with its entity and the claims it is the source of", () => {
    expect(mentionTags.length).toBe(doc.mentions.length);
    for (const tag of mentionTags) {
      const mention = doc.mentions.find((m) => m.id === attribute(tag, "data-mention"))!;
      const entity = doc.entities.find((e) => e.id === mention.entityId)!;
      const count = doc.mentions.filter((m) => m.entityId === entity.id).length;
      expect(attribute(tag, "tabindex"), mention.id).toBe("0");
      // The third line: how the blind annotators treated the mention (article.agreement).
      const judged = doc.agreement?.mentions.find((m) => m.mentionId === mention.id);
      const n = doc.agreement?.annotators.length;
      expect(attribute(tag, "data-details")!.split("\n"), mention.id).toEqual([
        entity.name,
        `${entity.type}, ${mention.form} mention; ${count} mention${count === 1 ? "" : "s"} in the text`,
        ...(judged
          ? [
              `exact ${judged.exact}, overlapping ${judged.overlap}, ` +
                `same chain ${judged.sameChain} of ${n} blind annotators`,
            ]
          : []),
      ]);
      const sources = doc.claims.filter((c) => c.sourceMention === mention.id).map((c) => c.id);
      expect(attribute(tag, "data-source-of")?.split(" ") ?? [], mention.id).toEqual(sources);
    }
  });

  it("has no title tooltip outside the graph, and no words about hovering", () => {
    const outsideSvg = body.replace(/<svg[\s\S]*?<\/svg>/g, "");
    expect(outsideSvg).not.toMatch(/<[^>]+\stitle="/);
    expect(html).not.toMatch(/hover/i);
  });

  it("links every relation to its target in the target's own words", () => {
    const links = [...body.matchAll(/<a href="#claim-([^"]*)" class="relation"[^>]*>([^<]*)<\/a>/g)];
    expect(links.length).toBe(doc.claims.reduce((n, c) => n + c.relations.length, 0));
    for (const [, target, words] of links) {
      const claim = doc.claims.find((c) => c.id === unescapeHtml(target!))!;
      expect(unescapeHtml(words!), target).toBe(claim.content.text);
    }
  });

  it("draws a node per source and per claim, an edge per claim and an arc per contradiction", () => {
    const svg = /<svg[\s\S]*?<\/svg>/.exec(body)![0];
    const values = (pattern: RegExp) => [...svg.matchAll(pattern)].map((m) => unescapeHtml(m[1]!));
    const sources = [...new Set(doc.claims.map((c) => claimSourceId(c)))];
    expect(values(/<g class="graph-source" data-source="([^"]*)"/g)).toEqual(sources);
    expect(values(/<g class="graph-claim[^"]*" data-claim="([^"]*)"/g).sort()).toEqual(
      doc.claims.map((c) => c.id).sort(),
    );
    const says = [...svg.matchAll(/<path class="graph-says" data-source="([^"]*)" data-claim="([^"]*)"/g)];
    expect(says.map((m) => `${unescapeHtml(m[1]!)} ${unescapeHtml(m[2]!)}`).sort()).toEqual(
      doc.claims.map((c) => `${claimSourceId(c)} ${c.id}`).sort(),
    );
    const arcs = values(/<g class="graph-contradiction" data-claims="([^"]*)"/g);
    const contradicting = doc.claims.flatMap((c) =>
      c.relations.filter((r) => r.type === "contradicts").map((r) => [c.id, r.target].sort().join(" ")),
    );
    expect(arcs.map((pair) => pair.split(" ").sort().join(" "))).toEqual([...new Set(contradicting)]);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="graph-title" aria-describedby="graph-desc"/);
    expect(svg).toMatch(/<title id="graph-title">[^<]+<\/title>\s*<desc id="graph-desc">[^<]+<\/desc>/);
  });
});
