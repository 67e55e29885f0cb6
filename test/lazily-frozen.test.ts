import { describe, expect, it } from "vitest";
import { lazilyFrozen } from "../src/freeze.js";

// The CommonJS build hands out the article through this view (test/build-output.test.ts checks
// the built entry); here, what the view promises on data of the same shape.
const sample = () => ({
  id: "a1",
  count: 3,
  missing: null,
  layer: [{ span: { start: 0, end: 4 } }, { span: { start: 5, end: 9 } }],
  other: { nested: { list: [1, 2] } },
});

describe("lazilyFrozen", () => {
  it("has the data's fields, in their order, with the same values", () => {
    const data = sample();
    const view = lazilyFrozen(data);
    expect(Object.keys(view)).toEqual(Object.keys(data));
    expect(JSON.stringify(view)).toBe(JSON.stringify(sample()));
    expect(view).toStrictEqual(sample());
  });

  it("deep-freezes a layer on its first read, and only that layer", () => {
    const data = sample();
    const view = lazilyFrozen(data);
    expect(Object.isFrozen(data.layer)).toBe(false);
    const layer = view.layer;
    expect(layer).toBe(data.layer);
    for (const value of [layer, layer[0], layer[0]!.span, layer[1]!.span]) expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(data.other)).toBe(false);
    expect(Object.isFrozen(view.other.nested.list)).toBe(true);
  });

  it("is frozen itself: no field can be set, added or removed", () => {
    const view = lazilyFrozen(sample()) as Record<string, unknown>;
    expect(Object.isFrozen(view)).toBe(true);
    expect(() => (view["id"] = "changed")).toThrow(TypeError);
    expect(() => (view["layer"] = [])).toThrow(TypeError);
    expect(() => (view["extra"] = 1)).toThrow(TypeError);
    expect(() => delete view["count"]).toThrow(TypeError);
    expect(view["id"]).toBe("a1");
  });

  it("reached through a read layer, nothing can be changed", () => {
    const view = lazilyFrozen(sample());
    expect(() => ((view.layer[0]!.span as { start: number }).start = 1)).toThrow(TypeError);
    expect(() => (view.layer as unknown[]).push({})).toThrow(TypeError);
    expect(view.layer).toHaveLength(2);
  });

  it("returns the one view for the same data, so every module that shares the data shares it", () => {
    const data = sample();
    expect(lazilyFrozen(data)).toBe(lazilyFrozen(data));
    expect(lazilyFrozen(sample())).not.toBe(lazilyFrozen(data));
    // Kept out of sight: the data's own fields and its serialisation are unchanged.
    expect(Object.keys(data)).toEqual(Object.keys(sample()));
    expect(JSON.stringify(data)).toBe(JSON.stringify(sample()));
  });
});
