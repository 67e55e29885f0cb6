import { describe, expect, it } from "vitest";
import { paletteFor } from "../src/cli/colour.js";
import { renderShow, renderStats } from "../src/cli/show.js";
import { wrapLines, wrapPieces } from "../src/cli/wrap.js";
import { article } from "../src/generated/article.js";

const plain = paletteFor({ isTTY: false }, {});
const colour = paletteFor({ isTTY: true }, {});
// Escape codes take no columns on screen.
const ESCAPE_CODE = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, "g");
const visible = (line: string) => line.replace(ESCAPE_CODE, "");
const columns = (line: string) => [...visible(line)].length;

/** Undoes the wrapping: each continuation line, without its indent, joined with one space. */
function unwrap(wrapped: string, indentOf: (line: string) => number): string {
  const out: string[] = [];
  for (const line of wrapped.split("\n")) {
    const indent = indentOf(line);
    if (out.length > 0 && indent > 0 && line.startsWith(" ".repeat(indent)) && line.trim() !== "")
      out[out.length - 1] += ` ${line.slice(indent)}`;
    else out.push(line);
  }
  return out.join("\n");
}

describe("wrapLines", () => {
  const text =
    "According to state media on Thursday, North Korean leader Kim Jong Un met with Russia’s defence minister";

  it("breaks only at spaces, each line within the width, and loses nothing but the broken spaces", () => {
    for (const width of [20, 33, 50, 80]) {
      const lines = wrapLines(text, width, 0);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect([...text.slice(line.start, line.end)].length).toBeLessThanOrEqual(width);
      for (const [a, b] of lines.slice(1).map((line, i) => [lines[i]!, line] as const))
        expect(text.slice(a.end, b.start)).toBe(" ");
      expect(lines.map((l) => text.slice(l.start, l.end)).join(" ")).toBe(text);
    }
  });

  it("indents lines after the first, within the width", () => {
    const lines = wrapLines(text, 30, 6);
    expect(lines[0]!.indent).toBe(0);
    for (const line of lines.slice(1)) {
      expect(line.indent).toBe(6);
      expect(6 + [...text.slice(line.start, line.end)].length).toBeLessThanOrEqual(30);
    }
  });

  it("keeps the spaces the text starts with", () => {
    const text = "    ▸ kcna: the letter was sent";
    expect(wrapLines(text, 20, 6)[0]).toEqual({ start: 0, end: text.indexOf(" letter"), indent: 0 });
  });

  it("cuts a word only when it is wider than a whole line, and never inside a surrogate pair", () => {
    const long = `a ${"x".repeat(45)} b`;
    const lines = wrapLines(long, 20);
    expect(lines.map((l) => long.slice(l.start, l.end))).toEqual(["a", "x".repeat(20), "x".repeat(20), "xxxxx b"]);
    const emoji = "😀".repeat(30);
    const cut = wrapLines(emoji, 20).map((l) => emoji.slice(l.start, l.end));
    expect(cut).toEqual(["😀".repeat(20), "😀".repeat(10)]);
  });

  it("does not wrap at width 0, or text that fits", () => {
    expect(wrapLines(text, 0)).toEqual([{ start: 0, end: text.length, indent: 0 }]);
    expect(wrapLines("short", 20)).toEqual([{ start: 0, end: 5, indent: 0 }]);
  });
});

describe("wrapPieces", () => {
  it("styles each line's part of a piece on its own, so no style runs into the next line's indent", () => {
    const bold = (s: string) => `<${s}>`;
    expect(wrapPieces([{ text: "one two " }, { text: "three four five", style: bold }], 12, 2)).toBe(
      "one two\n  <three four>\n  <five>",
    );
  });
});

describe("show and stats wrapped to a width", () => {
  const unwrapped = renderShow(article, { palette: plain, width: 0 });
  // Continuation lines of a paragraph start under its text (after "¶N "), of a claim under its
  // source (6 spaces), of a stats row under its figures.
  const indentOf = (line: string) =>
    /^ {10}\S/.test(line) ? 10 : /^ {6}\S/.test(line) ? 6 : /^ {3}\S/.test(line) ? 3 : 0;

  it("keeps every line within the width", () => {
    for (const width of [20, 40, 60, 80, 120]) {
      for (const line of renderShow(article, { palette: plain, width }).split("\n"))
        expect(columns(line), line).toBeLessThanOrEqual(width);
    }
  });

  it("breaks lines only between words where every word fits a line", () => {
    // The longest unbroken stretch, "sources]{south-korean-government-sources}", is 41 columns.
    for (const width of [50, 60, 80, 120]) {
      const wrapped = renderShow(article, { palette: plain, width });
      // Joining each continuation line back with one space gives the unwrapped output exactly:
      // had a line been cut inside a word, the join would add a space that was not there.
      // The title (no indent), the paragraphs and claims, and the stats, each compared on its own.
      const parts = (text: string) => {
        const body = text.indexOf("\n\n¶");
        const stats = text.lastIndexOf(`\n${article.id}: `);
        return { title: text.slice(0, body), body: text.slice(body, stats), stats: text.slice(stats + 1) };
      };
      const [got, want] = [parts(wrapped), parts(unwrapped)];
      // The title's two spaces before "(descriptive title)" both go if a line breaks there.
      const oneSpace = (text: string) => text.replace(/ +/g, " ");
      expect(oneSpace(got.title.split("\n").join(" "))).toBe(oneSpace(want.title));
      expect(got.title).not.toBe(want.title);
      expect(unwrap(got.body, indentOf)).toBe(want.body);
      expect(got.stats).toBe(renderStats(article, width));
    }
  });

  it("measures the width without the escape codes of the colours", () => {
    const wrapped = renderShow(article, { palette: colour, width: 60 });
    expect(wrapped).toContain("\u001b[");
    expect(visible(wrapped)).toBe(renderShow(article, { palette: plain, width: 60 }));
  });

  it("wraps the stats under their figures", () => {
    const wrapped = renderStats(article, 50);
    for (const line of wrapped.split("\n")) expect(columns(line)).toBeLessThanOrEqual(50);
    expect(unwrap(wrapped, (line) => (/^ {10}\S/.test(line) ? 10 : /^ {25}\S/.test(line) ? 25 : 0))).toBe(
      renderStats(article),
    );
  });

  it("is the unwrapped layout at width 0", () => {
    expect(unwrapped.split("\n").some((line) => columns(line) > 200)).toBe(true);
  });
});
