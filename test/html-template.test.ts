import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, joinHtml, SafeHtml } from "../src/formats/escape-html.js";

describe("the html tagged template", () => {
  it("escapes every interpolated string and number", () => {
    const vector = `"><img src=x onerror=alert(1)>`;
    expect(html`<b title="${vector}">${vector}</b>`.markup).toBe(
      '<b title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</b>',
    );
    expect(html`${3}<${"&"}`.markup).toBe("3<&amp;");
  });

  it("keeps markup it built itself, escapes list items one by one and writes nothing for absent values", () => {
    const inner = html`<i>${"<"}</i>`;
    expect(html`<b>${inner}</b>`.markup).toBe("<b><i>&lt;</i></b>");
    expect(html`${["<", inner, null, undefined, false]}`.markup).toBe("&lt;<i>&lt;</i>");
    expect(joinHtml([inner, inner], "\n").markup).toBe("<i>&lt;</i>\n<i>&lt;</i>");
  });

  it("never lets an interpolated string open a tag", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const markup = html`<p>${s}</p>`.markup;
        expect(markup).toBe(`<p>${escapeHtml(s)}</p>`);
        expect(markup.slice(3, -4)).not.toMatch(/[<>"']/);
      }),
    );
  });

  it("treats a string that looks like markup as text, only SafeHtml as markup", () => {
    expect(html`${"<i>x</i>"}`.markup).toBe("&lt;i&gt;x&lt;/i&gt;");
    expect(html`${new SafeHtml("<i>x</i>")}`.markup).toBe("<i>x</i>");
  });
});
