import { describe, expect, it } from "vitest";
import { assignColours, ENTITY_COLOUR_COUNT, paletteFor } from "../src/cli/colour.js";
import { paragraphMarks } from "../src/cli/show.js";
import { article } from "../src/generated/article.js";

describe("colour in the CLI", () => {
  it("is used on a terminal", () => {
    expect(paletteFor({ isTTY: true }, {}).bold("x")).toBe("\u001b[1mx\u001b[0m");
  });

  it("is never used when the output is not a terminal", () => {
    expect(paletteFor({ isTTY: false }, {}).bold("x")).toBe("x");
    expect(paletteFor({}, {}).entity("x", 3)).toBe("x");
  });

  it("is turned off on a terminal by a non-empty NO_COLOR", () => {
    expect(paletteFor({ isTTY: true }, { NO_COLOR: "1" }).bold("x")).toBe("x");
    expect(paletteFor({ isTTY: true }, { NO_COLOR: "" }).bold("x")).toBe("\u001b[1mx\u001b[0m");
  });

  it("is turned off on a terminal that says it is dumb", () => {
    expect(paletteFor({ isTTY: true }, { TERM: "dumb" }).entity("x", 0)).toBe("x");
    expect(paletteFor({ isTTY: true }, { TERM: "xterm-256color" }).entity("x", 0)).toBe("\u001b[31mx\u001b[0m");
  });

  it("has a different escape code for every entity colour", () => {
    const palette = paletteFor({ isTTY: true }, {});
    const codes = Array.from({ length: ENTITY_COLOUR_COUNT }, (_, i) => palette.entity("x", i));
    expect(new Set(codes).size).toBe(ENTITY_COLOUR_COUNT);
    expect(ENTITY_COLOUR_COUNT).toBeGreaterThanOrEqual(12);
  });
});

describe("entity colours in show", () => {
  it("differ between the entities marked in each paragraph of the article", () => {
    for (const paragraph of article.paragraphs) {
      const { marks, colours } = paragraphMarks(article, paragraph.span);
      const entities = new Set(marks.map((m) => m.entityId));
      expect(entities.size, paragraph.id).toBeGreaterThan(1);
      expect([...colours.keys()].sort()).toEqual([...entities].sort());
      expect(new Set(colours.values()).size, paragraph.id).toBe(entities.size);
    }
  });

  it("give an entity its preferred colour when free, the same one for each of its mentions", () => {
    const preferred = { a: 3, b: 3, c: 4, d: 0, e: 11, f: 23 } as Record<string, number>;
    const colours = assignColours(["a", "b", "a", "c", "d", "e", "f"], (id) => preferred[id]!);
    // b wants a's colour and takes the next free one; c then finds its own taken by b; f's
    // preference counts among the 12 basic colours (23 is 11, taken by e), and wraps round to 0 and 1.
    expect(Object.fromEntries(colours)).toEqual({ a: 3, b: 4, c: 5, d: 0, e: 11, f: 1 });
  });

  it("use the 12 basic colours before any 256-colour one", () => {
    const colours = assignColours(
      Array.from({ length: 13 }, (_, i) => `e${i}`),
      () => 5,
    );
    expect([...colours.values()].slice(0, 12).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(colours.get("e12")).toBe(12);
  });

  it("stay distinct up to the number of colours, even when every entity prefers the same one", () => {
    const ids = Array.from({ length: ENTITY_COLOUR_COUNT }, (_, i) => `e${i}`);
    const colours = assignColours(ids, () => 7);
    expect(new Set(colours.values()).size).toBe(ENTITY_COLOUR_COUNT);
    for (const c of colours.values()) expect(c >= 0 && c < ENTITY_COLOUR_COUNT).toBe(true);
  });

  it("repeat only past the number of colours, and terminate", () => {
    const ids = Array.from({ length: ENTITY_COLOUR_COUNT + 5 }, (_, i) => `e${i}`);
    const colours = assignColours(ids, (id) => Number(id.slice(1)) * 2);
    expect(colours.size).toBe(ids.length);
    expect(new Set(ids.slice(0, ENTITY_COLOUR_COUNT).map((id) => colours.get(id))).size).toBe(ENTITY_COLOUR_COUNT);
  });
});
