import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { toHtml } from "../src/formats/html.js";
import { safeParseArticle } from "../src/schema/index.js";
import { repoRoot } from "./support/paths.js";

// The blind annotations as raw JSON, read here without the compiler's code.
interface RawSpan {
  start: number;
  end: number;
}
interface Raw {
  mentions: (RawSpan & { cluster?: string })[];
  claims: { content: RawSpan; source?: RawSpan | null; factuality: string; polarity: string; quote: string }[];
}
const dir = join(repoRoot, "data", "agreement", "annotators");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const raw = files.map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Raw);
const layer = article.agreement!;
const sameSpan = (a: RawSpan, b: RawSpan) => a.start === b.start && a.end === b.end;

describe("the per-item agreement layer of the shipped article", () => {
  it("counts every annotation file, and has one entry per claim and per mention", () => {
    expect(layer.annotators).toEqual(files.map((f) => f.replace(/\.json$/, "")));
    expect(layer.claims.map((c) => c.claimId)).toEqual(article.claims.map((c) => c.id));
    expect(layer.mentions.map((m) => m.mentionId)).toEqual(article.mentions.map((m) => m.id));
  });

  it("counts, for every mention, the annotation files with a mention at exactly its offsets", () => {
    for (const [i, m] of article.mentions.entries()) {
      const expected = raw.filter((a) => a.mentions.some((x) => sameSpan(x, m.span))).length;
      expect(layer.mentions[i]!.exact, m.id).toBe(expected);
      expect(layer.mentions[i]!.overlap, m.id).toBeGreaterThanOrEqual(expected);
    }
  });

  it("gives a claim that every annotator stated identically all their labels", () => {
    let checked = 0;
    for (const [i, c] of article.claims.entries()) {
      const sourceSpan = c.sourceMention ? article.mentions.find((m) => m.id === c.sourceMention)!.span : null;
      const same = raw.map((a) =>
        a.claims.find(
          (x) =>
            sameSpan(x.content, c.content) && (x.source ? !!sourceSpan && sameSpan(x.source, sourceSpan) : !sourceSpan),
        ),
      );
      if (same.some((x) => x === undefined)) continue;
      checked += 1;
      const entry = layer.claims[i]!;
      expect(entry.found, c.id).toBe(raw.length);
      for (const label of ["factuality", "polarity", "quote"] as const) {
        for (const value of new Set(same.map((x) => x![label]))) {
          expect((entry[label] as Record<string, number>)[value], `${c.id} ${label} ${value}`).toBe(
            same.filter((x) => x![label] === value).length,
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("is rejected by the schema when a count or a reference is wrong", () => {
    const copy = structuredClone(article) as unknown as {
      agreement: { claims: { found: number }[]; mentions: { mentionId: string }[] };
    };
    copy.agreement.claims[0]!.found = 4;
    copy.agreement.mentions[0]!.mentionId = "nobody@1";
    const result = safeParseArticle(copy);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "agreement.claims.0.found: found 4 exceeds the 3 annotators",
        'agreement.mentions.0.mentionId: unknown mention id "nobody@1"',
        `agreement.mentions: mention "${article.mentions[0]!.id}" has no entry`,
      ]),
    );
  });
});

describe("the HTML page", () => {
  const html = toHtml();
  it("marks exactly the mentions some annotator treated otherwise as contested", () => {
    const marked = new Set(
      [...html.matchAll(/<span class="mention [^"]*\bcontested\b[^"]*"[^>]*data-mention="([^"]+)"/g)].map((m) => m[1]),
    );
    const n = layer.annotators.length;
    const expected = layer.mentions
      .filter((m) => m.exact < n || m.overlap < n || m.sameChain < m.overlap)
      .map((m) => m.mentionId);
    expect([...marked].sort()).toEqual([...expected].sort());
    // Read from the annotation files: all three marked "Korean War" only inside longer spans.
    expect(marked.has("korean-war@1")).toBe(true);
  });

  it("marks the claims some annotator missed or labelled otherwise, with the counts", () => {
    const item = html.slice(html.lastIndexOf("<li", html.indexOf('id="claim-sk-sources-parade-still-running"')));
    expect(item.startsWith('<li class="claim contested" ')).toBe(true);
    expect(item.slice(0, item.indexOf("</li>"))).toContain(
      "<dt>Contested</dt><dd>found by 3 of 3 blind annotators; factuality certain 3;",
    );
    const claim = article.claims.find((c) => c.id === "kcna-putin-letter")!;
    const entry = layer.claims.find((c) => c.claimId === claim.id)!;
    const agreed =
      entry.found === 3 &&
      entry.factuality[claim.factuality] === 3 &&
      entry.polarity[claim.polarity] === 3 &&
      entry.quote[claim.quote] === 3;
    expect(html.includes(`<li class="claim contested" id="claim-${claim.id}"`)).toBe(!agreed);
  });
});
