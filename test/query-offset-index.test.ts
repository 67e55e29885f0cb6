import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { createArticleIndex } from "../src/query/article-index.js";
import { overlaps } from "../src/query/collections.js";
import { createOffsetIndex } from "../src/query/offset-index.js";

// The index must answer exactly what a filter over every item answers, in the same order.

const span = fc
  .record({ start: fc.nat(60), length: fc.nat(15) })
  .map(({ start, length }) => ({ start, end: start + length }));
const OPTIONS = { seed: 11, numRuns: 2000 };

describe("createOffsetIndex (fast-check)", () => {
  it("finds the items a filter with overlaps finds, in the items' order, empty spans and ranges included", () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 40 }),
        fc.array(span, { minLength: 1, maxLength: 10 }),
        (spans, ranges) => {
          const items = spans.map((s, id) => ({ id, s }));
          const index = createOffsetIndex(items, (item) => item.s);
          for (const range of ranges)
            expect(index.overlapping(range)).toEqual(items.filter((item) => overlaps(item.s, range)));
        },
      ),
      OPTIONS,
    );
  });

  it("finds them among many spans, short and long, given in order of start or not", () => {
    const length = fc.oneof({ arbitrary: fc.nat(20), weight: 8 }, { arbitrary: fc.nat(3000), weight: 1 });
    const wide = fc
      .record({ start: fc.nat(3000), length })
      .map(({ start, length }) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        fc.array(wide, { maxLength: 300 }),
        fc.boolean(),
        fc.array(wide, { minLength: 1, maxLength: 20 }),
        (spans, sorted, ranges) => {
          if (sorted) spans.sort((a, b) => a.start - b.start);
          const items = spans.map((s, id) => ({ id, s }));
          const index = createOffsetIndex(items, (item) => item.s);
          for (const range of ranges)
            expect(index.overlapping(range)).toEqual(items.filter((item) => overlaps(item.s, range)));
        },
      ),
      { seed: 12, numRuns: 500 },
    );
  });

  it("hands out a fresh array on every call", () => {
    const index = createOffsetIndex(article.claims, (c) => c.content);
    const whole = { start: 0, end: article.text.length };
    const first = index.overlapping(whole);
    first.length = 0;
    expect(index.overlapping(whole)).toHaveLength(article.claims.length);
  });

  it("answers claimsIn and entitiesIn of the shipped article per sentence as a scan does", () => {
    const index = createArticleIndex(article);
    for (const { span: range } of article.sentences) {
      expect(index.claimsIn(range)).toEqual(article.claims.filter((c) => overlaps(c.content, range)));
      const mentions = [...article.mentions].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
      const entities = [...new Set(mentions.filter((m) => overlaps(m.span, range)).map((m) => m.entityId))];
      expect(index.entitiesIn(range).map((e) => e.id)).toEqual(entities);
      expect(entities.length).toBeGreaterThan(0);
    }
  });
});
