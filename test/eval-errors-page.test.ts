import { describe, expect, it } from "vitest";
import { drawSpans, type PageSpan, spansByStretch } from "../src/eval/errors/page-marks.js";
import { toErrorHtml } from "../src/eval/errors/page.js";
import { article } from "../src/index.js";
import { PredictionsError } from "../src/eval/validate.js";
import { everyKindOfError } from "./support/damage.js";

// The error page's HTML without a browser (test/error-page.browser.test.ts runs it in Chromium).

describe("drawSpans", () => {
  const text = `a <b> & "c" 'd'`;

  it("escapes every character of the text and keeps it whole", () => {
    const html = drawSpans(text, 0, text.length, [{ start: 2, end: 5, layer: "mention" }]);
    expect(html).toBe(`a <span class="mention">&lt;b&gt;</span> &amp; &quot;c&quot; &#39;d&#39;`);
  });

  it("nests spans inside spans and cuts a crossing span into pieces, only the first a tab stop", () => {
    const html = drawSpans("abcdef", 0, 6, [
      { start: 0, end: 4, layer: "claim" },
      { start: 1, end: 2, layer: "mention" },
      { start: 3, end: 6, layer: "mention", error: { kind: "spurious", ref: "err-1" } },
    ]);
    expect(html).toBe(
      `<span class="claim">a<span class="mention">b</span>c` +
        `<mark class="mention" data-error="spurious" data-ref="err-1" tabindex="0" aria-describedby="err-1">` +
        `d</mark></span>` +
        `<mark class="mention" data-error="spurious" data-ref="err-1">ef</mark>`,
    );
  });

  it("draws an empty span as an empty mark at its offset, once, at the end only when last", () => {
    const empty = [{ start: 3, end: 3, layer: "mention" as const, error: { kind: "spurious" as const, ref: "e" } }];
    expect(drawSpans("abcdef", 0, 6, empty)).toContain(`abc<mark class="mention" data-error="spurious"`);
    expect(drawSpans("abcdef", 0, 3, empty)).toBe("abc");
    expect(drawSpans("abcdef", 0, 3, empty, true)).toMatch(/^abc<mark [^>]*><\/mark>$/u);
    expect(drawSpans("abcdef", 3, 6, empty)).toMatch(/^<mark [^>]*><\/mark>def$/u);
  });
});

describe("spansByStretch", () => {
  it("gives each stretch the spans that drawing it from every span would draw", () => {
    const text = "abcdefghijklmnopqrstuvwxyz0123456789";
    const cuts = [0, 5, 6, 13, 20, 20, 31, text.length];
    // Spans of every length from every offset, empty ones at the cuts and at the very end included.
    const spans: PageSpan[] = [];
    for (let start = 0; start <= text.length; start += 2) {
      for (const length of [0, 1, 4, 9, 40]) {
        const end = Math.min(text.length, start + length);
        spans.push({
          start,
          end,
          layer: length % 2 ? "claim" : "mention",
          error: { kind: "boundary", ref: `e${start}` },
        });
      }
    }
    spans.push({ start: text.length, end: text.length, layer: "time" }, { start: 0, end: 0, layer: "time" });
    const stretches = spansByStretch(spans, cuts);
    expect(stretches).toHaveLength(cuts.length - 1);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const last = i + 2 === cuts.length;
      const [from, to] = [cuts[i]!, cuts[i + 1]!];
      expect(drawSpans(text, from, to, stretches[i]!, last)).toBe(drawSpans(text, from, to, spans, last));
    }
  });
});

describe("toErrorHtml", () => {
  const html = toErrorHtml(everyKindOfError(), article, { title: `"><img src=x onerror=alert(1)>` });

  it("escapes the title and makes no request: no src, no external href, a default-src 'none' policy", () => {
    expect(html).toContain("<title>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</title>");
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/<[^>]*\s(src|href)=/u);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/u);
  });

  it("lists each marked error once and marks each on the page", () => {
    const listed = [...html.matchAll(/<li id="(err-\d+)" data-kind="(\w+)">/gu)].map((m) => [m[1], m[2]]);
    expect(listed.length).toBeGreaterThan(6);
    for (const [id, kind] of listed) expect(html).toContain(`data-error="${kind}" data-ref="${id}"`);
  });

  it("can leave out the script", () => {
    expect(html).toContain("<script>");
    expect(toErrorHtml({}, article, { script: false })).not.toContain("<script>");
  });

  it("refuses invalid predictions like scoreAll", () => {
    expect(() => toErrorHtml({ mentions: [{ start: 3, end: 1 }] })).toThrow(PredictionsError);
  });
});
