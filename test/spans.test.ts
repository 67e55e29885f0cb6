import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";

// Walks the exported data itself, without the schema's own list of span fields, so a span
// field the schema forgot would still be checked here.
function* spansIn(value: unknown, path: string): Generator<[string, { start: number; end: number; text: string }]> {
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  if (typeof record["start"] === "number" && typeof record["end"] === "number" && typeof record["text"] === "string") {
    yield [path, record as { start: number; end: number; text: string }];
  }
  for (const [key, child] of Object.entries(record)) yield* spansIn(child, `${path}.${key}`);
}

describe("every span in the shipped data", () => {
  const spans = [...spansIn(article, "article")];

  it("slices exactly its text", () => {
    const wrong = spans.filter(([, s]) => article.text.slice(s.start, s.end) !== s.text).map(([path]) => path);
    expect(wrong).toEqual([]);
  });

  it("lies inside the text and is not empty", () => {
    const bad = spans
      .filter(([, s]) => !(0 <= s.start && s.start < s.end && s.end <= article.text.length))
      .map(([path]) => path);
    expect(bad).toEqual([]);
  });

  it("covers paragraphs, sentences and every annotation layer", () => {
    const layers = new Set(spans.map(([path]) => path.split(".")[1]));
    for (const layer of ["paragraphs", "sentences", "mentions", "claims", "times", "notes"])
      expect(layers).toContain(layer);
  });
});
