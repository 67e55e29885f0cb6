import { describe, expect, it } from "vitest";
import { AnchorError, resolveAnchor } from "../scripts/lib/anchors.js";

const text = "Kim met Shoigu. Kim and Shoigu spoke. Kim left.";
const where = 'data/mentions.json: mentions[3] (id "kim-jong-un@4"), field "span"';

describe("anchors", () => {
  it("resolve a unique quote, an occurrence and a context to offsets", () => {
    expect(resolveAnchor(text, "met", where)).toEqual({ start: 4, end: 7, text: "met" });
    expect(resolveAnchor(text, { quote: "Kim", occurrence: 2 }, where)).toEqual({ start: 16, end: 19, text: "Kim" });
    expect(resolveAnchor(text, { quote: "Kim", context: "Kim left" }, where)).toEqual({
      start: 38,
      end: 41,
      text: "Kim",
    });
  });

  it("that match nothing are errors naming the file, record, field and anchor", () => {
    expect(() => resolveAnchor(text, "Putin", where)).toThrow(
      new AnchorError(`${where}: anchor "Putin" matches nothing in the text`),
    );
  });

  it("that are ambiguous are errors", () => {
    expect(() => resolveAnchor(text, "Kim", where)).toThrow(
      `${where}: anchor "Kim" is ambiguous: it occurs 3 times; add "context" or "occurrence"`,
    );
    expect(() => resolveAnchor(text, { quote: "Kim", context: "Shoigu spoke" }, where)).toThrow(
      "has a quote that does not occur inside its context",
    );
    expect(() => resolveAnchor(text, { quote: "i", context: "Kim met Shoigu" }, where)).toThrow(
      "has a quote that occurs 2 times inside its context",
    );
    expect(() => resolveAnchor(text, { quote: "Kim", context: "Kim" }, where)).toThrow(
      "has a context that occurs 3 times; lengthen it",
    );
    expect(() => resolveAnchor(text, { quote: "Kim", occurrence: 4 }, where)).toThrow(
      "asks for occurrence 4, but the quote occurs only 3 times",
    );
  });
});
