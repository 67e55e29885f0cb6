import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { toText } from "../src/formats/index.js";
import type { ArticleOf } from "../src/types.js";
import { emojiArticle, xssArticle } from "./support/formats-articles.js";

interface Marked {
  kind: "mention" | "claim";
  id: string;
  start: number;
  end: number;
}

// A reader of the bracket notation, written from its documentation: returns the plain text and
// the marked stretches (UTF-16 offsets into the plain text), claim pieces merged back.
function readMarkup(markup: string): { text: string; marks: Marked[] } {
  let text = "";
  const open: { kind: Marked["kind"]; start: number }[] = [];
  const marks: Marked[] = [];
  for (let i = 0; i < markup.length; i++) {
    const c = markup[i]!;
    if (c === "\\") text += markup[++i];
    else if (c === "[" || c === "⟦") open.push({ kind: c === "[" ? "mention" : "claim", start: text.length });
    else if (c === "]" || c === "⟧") {
      const close = /^\{([^}]*)\}/.exec(markup.slice(i + 1))!;
      const opened = open.pop()!;
      expect(opened.kind).toBe(c === "]" ? "mention" : "claim");
      marks.push({ kind: opened.kind, id: close[1]!, start: opened.start, end: text.length });
      i += close[0].length;
    } else text += c;
  }
  expect(open).toEqual([]);
  // A claim written in pieces: adjacent pieces with the same ids form one stretch.
  const merged: Marked[] = [];
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const previous = merged.find(
      (m) => m.kind === "claim" && mark.kind === "claim" && m.id === mark.id && m.end === mark.start,
    );
    if (previous) previous.end = mark.end;
    else merged.push({ ...mark });
  }
  return { text, marks: merged };
}

describe.each([
  ["the shipped article", article as ArticleOf],
  ["an article with non-BMP characters", emojiArticle() as ArticleOf],
  ["an article with brackets and XSS vectors", xssArticle() as ArticleOf],
])("toText on %s", (_, doc) => {
  const { text, marks } = readMarkup(toText(doc));

  it("gives back the text when the markup is read", () => expect(text).toBe(doc.text));

  it("marks every mention with its entity id", () => {
    const key = (m: { id: string; start: number; end: number }) => `${m.id} ${m.start} ${m.end}`;
    expect(
      marks
        .filter((m) => m.kind === "mention")
        .map(key)
        .sort(),
    ).toEqual(doc.mentions.map((m) => key({ id: m.entityId, ...m.span })).sort());
  });

  it("marks every claim content with its claim ids", () => {
    const claims = marks
      .filter((m) => m.kind === "claim")
      .flatMap((m) => m.id.split(",").map((id) => `${id} ${m.start} ${m.end}`));
    expect(claims.sort()).toEqual(doc.claims.map((c) => `${c.id} ${c.content.start} ${c.content.end}`).sort());
  });
});

describe("toText", () => {
  it("writes the documented notation", () => {
    expect(
      toText().startsWith(
        "According to [state media]{north-korean-state-media} on Thursday, " +
          "⟦[North Korean]{north-korea} leader [Kim Jong Un]{kim-jong-un}",
      ),
    ).toBe(true);
    expect(toText(article, { claims: false })).not.toContain("⟦");
    expect(toText(article, { mentions: false, claims: false })).toBe(article.text);
  });

  it("escapes the notation's own characters", () => {
    const doc = { ...emojiArticle(), text: emojiArticle().text.replace("met", "[m]") };
    expect(toText(doc, { mentions: false, claims: false })).toContain("\\[m\\]");
  });
});
