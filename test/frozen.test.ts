import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";

/** Every object and array reachable from `root`, with the path that reaches it, `root` first. */
function reachableObjects(root: object): [string, object][] {
  const found: [string, object][] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: string) => {
    if (value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    found.push([path, value]);
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  visit(root, "article");
  return found;
}

describe("the exported article is deep-frozen", () => {
  const objects = reachableObjects(article);

  it("reaches every layer of the data", () => {
    // A walk that stopped early would make the next test pass vacuously.
    const spanCount =
      article.paragraphs.length +
      article.sentences.length +
      article.mentions.length +
      article.times.length +
      article.notes.length;
    expect(objects.length).toBeGreaterThan(spanCount * 2);
  });

  it("freezes every object and array", () => {
    const unfrozen = objects.filter(([, value]) => !Object.isFrozen(value)).map(([path]) => path);
    expect(unfrozen).toEqual([]);
  });

  // ES modules are strict code, where writing to a frozen object throws instead of doing nothing.
  const writes: [string, () => void][] = [
    ["a top-level field", () => Object.assign(article, { id: "changed" })],
    ["a nested span offset", () => ((article.mentions[0]!.span as { start: number }).start = 0)],
    ["a nested string", () => ((article.entities[0] as { name: string }).name = "changed")],
    ["an array element", () => ((article.claims as unknown[])[0] = null)],
    ["an array's length (push)", () => (article.times as unknown[]).push({})],
    ["a new key on a nested object", () => ((article.title as Record<string, unknown>)["extra"] = true)],
    ["a deleted key", () => delete (article.published as Partial<Record<string, unknown>>)["basis"]],
  ];

  it.each(writes)("throws a TypeError on writing %s", (_what, write) => {
    const before = JSON.stringify(article);
    expect(write).toThrow(TypeError);
    expect(JSON.stringify(article)).toBe(before);
  });
});
