import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createArticleIndex, type Range } from "../src/query/article-index.js";
import type { AnnotatedArticle, Span } from "../src/schema/index.js";
import { safeParseArticle } from "../src/schema/index.js";
import { randomArticle } from "./support/random-article.js";

// Each helper of the index is compared with a brute-force scan of the same article, written
// without the index's maps or sorts: by walking every code unit or every item.

/** Code-unit offsets covered by a span. */
const offsetsOf = (span: Range) => Array.from({ length: span.end - span.start }, (_, i) => span.start + i);
const shareOffsets = (a: Range, b: Range) => offsetsOf(a).some((offset) => offset >= b.start && offset < b.end);
const inTextOrder = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start - b.start || a.end - b.end;
const isSortedByOffsets = (spans: readonly Range[]) =>
  spans.every((span, i) => i === 0 || inTextOrder(spans[i - 1]!, span) <= 0);

/** Every non-empty range of the text, plus its paragraphs and sentences. */
function rangesOf(doc: AnnotatedArticle): Range[] {
  const ranges: Range[] = [...doc.paragraphs.map((p) => p.span), ...doc.sentences.map((s) => s.span)];
  for (let start = 0; start < doc.text.length; start += 3)
    for (let end = start + 1; end <= doc.text.length; end += 5) ranges.push({ start, end });
  return ranges;
}

// Random articles are small; a bounded shrink still finds a small failing article quickly.
const randomArticles = fc.limitShrink(fc.gen(), 200).map((g) => randomArticle(g));
const OPTIONS = { seed: 42, numRuns: 400 };

describe("random valid articles (fast-check)", () => {
  it("are accepted by the schema", () => {
    fc.assert(
      fc.property(randomArticles, (doc) => {
        const result = safeParseArticle(doc);
        expect(result.error?.issues ?? []).toEqual([]);
      }),
      OPTIONS,
    );
  });

  it("include characters outside the BMP, so offsets and code points differ", () => {
    const samples = fc.sample(randomArticles, { seed: 42, numRuns: 50 });
    expect(samples.some((doc) => [...doc.text].length < doc.text.length)).toBe(true);
  });

  it("mentionsOf agrees with a scan of the mentions", () => {
    fc.assert(
      fc.property(randomArticles, (doc) => {
        const index = createArticleIndex(doc);
        for (const entity of doc.entities) {
          const own = doc.mentions.filter((m) => m.entityId === entity.id);
          const found = index.mentionsOf(entity.id);
          expect(isSortedByOffsets(found.map((m) => m.span))).toBe(true);
          expect(found.map((m) => m.id).sort()).toEqual(own.map((m) => m.id).sort());

          const groups = doc.entities.filter((g) => g.members?.includes(entity.id)).map((g) => g.id);
          const withGroups = index.mentionsOf(entity.id, { includeGroups: true });
          expect(isSortedByOffsets(withGroups.map((m) => m.span))).toBe(true);
          expect(withGroups.map((m) => m.id).sort()).toEqual(
            doc.mentions
              .filter((m) => m.entityId === entity.id || groups.includes(m.entityId))
              .map((m) => m.id)
              .sort(),
          );
        }
      }),
      OPTIONS,
    );
  });

  it("entitiesIn and claimsIn agree with a scan of every code unit", () => {
    fc.assert(
      fc.property(randomArticles, (doc) => {
        const index = createArticleIndex(doc);
        for (const range of rangesOf(doc)) {
          // Entities in the order of their first overlapping mention in the text.
          const overlapping = doc.mentions.filter((m) => shareOffsets(m.span, range));
          const firstAt = (id: string) =>
            overlapping
              .filter((m) => m.entityId === id)
              .map((m) => m.span)
              .sort(inTextOrder)[0]!;
          const expectedEntities = [...new Set(overlapping.map((m) => m.entityId))].sort((a, b) =>
            inTextOrder(firstAt(a), firstAt(b)),
          );
          expect(index.entitiesIn(range).map((e) => e.id)).toEqual(expectedEntities);
          expect(index.claimsIn(range).map((c) => c.id)).toEqual(
            doc.claims.filter((c) => shareOffsets(c.content, range)).map((c) => c.id),
          );
        }
      }),
      OPTIONS,
    );
  });

  it("sentenceAt agrees with the sentence covering each code unit", () => {
    fc.assert(
      fc.property(randomArticles, (doc) => {
        const index = createArticleIndex(doc);
        const sentenceOf: (string | undefined)[] = Array.from({ length: doc.text.length }, () => undefined);
        for (const s of doc.sentences) for (const offset of offsetsOf(s.span)) sentenceOf[offset] = s.id;
        expect(offsetsOf({ start: 0, end: doc.text.length }).map((offset) => index.sentenceAt(offset)?.id)).toEqual(
          sentenceOf,
        );
      }),
      OPTIONS,
    );
  });

  it("claimsBy agrees with a scan of the claims' sources", () => {
    fc.assert(
      fc.property(randomArticles, (doc) => {
        const index = createArticleIndex(doc);
        for (const source of [...doc.entities.map((e) => e.id), "author"]) {
          const expected = doc.claims.filter((c) => ("entityId" in c.source ? c.source.entityId : "author") === source);
          expect(index.claimsBy(source).map((c) => c.id)).toEqual(expected.map((c) => c.id));
        }
      }),
      OPTIONS,
    );
  });

  it("quotes lists every quoted stretch once, in text order, with its claim and source", () => {
    fc.assert(
      fc.property(randomArticles, (doc) => {
        const key = (claimId: string, span: Span, source: string) => `${claimId} ${span.start}-${span.end} ${source}`;
        const found = createArticleIndex(doc).quotes();
        expect(isSortedByOffsets(found.map((q) => q.span))).toBe(true);
        expect(found.every((q) => doc.text.slice(q.span.start, q.span.end) === q.span.text)).toBe(true);
        const expected = doc.claims.flatMap((c) =>
          c.quotes.map((span) => key(c.id, span, "entityId" in c.source ? c.source.entityId : "author")),
        );
        expect(found.map((q) => key(q.claim.id, q.span, q.source)).sort()).toEqual(expected.sort());
      }),
      OPTIONS,
    );
  });
});
