import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { toWebAnnotations, type WebAnnotation } from "../src/formats/index.js";
import { failedAssertions, loadAssertions, webAnnotationFixtures } from "./support/web-annotation-schemas.js";
import { syntheticArticle } from "./support/synthetic.js";

// Both readings of keywords beside `$ref`: draft-04's (ignored) and Ajv 8's (applied).
const readings = (["ignore", "apply"] as const).map((refSiblings) => ({
  refSiblings,
  annotationMusts: loadAssertions("annotations/annotationMusts.test", refSiblings),
  collectionMusts: loadAssertions("collections/collectionMusts.test", refSiblings),
  pageMusts: loadAssertions("collections/pages/pageMusts.test", refSiblings),
}));
const { annotationMusts } = readings[0]!;

function samples(kind: "correct" | "incorrect"): [string, unknown][] {
  const dir = join(webAnnotationFixtures, "samples", kind);
  return readdirSync(dir)
    .sort()
    .flatMap((name): [string, unknown][] => {
      try {
        return [[name, JSON.parse(readFileSync(join(dir, name), "utf8"))]];
      } catch {
        return []; // some incorrect samples are not JSON on purpose
      }
    });
}

describe.each(readings)(
  "the W3C schema harness itself, keywords beside $ref: $refSiblings",
  ({ annotationMusts, collectionMusts, pageMusts }) => {
    it("loads the MUST assertions of annotations, collections and pages", () => {
      expect(annotationMusts.length).toBe(54);
      expect(collectionMusts.length).toBe(10);
      expect(pageMusts.length).toBe(15);
    });

    it("accepts the suite's correct annotations (except the pre-Recommendation Composite/List/Independents)", () => {
      const outdated = new Set(["anno11.json", "anno12.json", "anno13.json"]);
      const annotations = samples("correct").filter(
        ([name, value]) => (value as { type?: string }).type === "Annotation" && !outdated.has(name),
      );
      expect(annotations.length).toBeGreaterThan(35);
      for (const [name, value] of annotations) expect(failedAssertions(annotationMusts, value), name).toEqual([]);
    });

    it("accepts the suite's correct collection and rejects every incorrect annotation", () => {
      for (const [name, value] of samples("correct").filter(
        ([, v]) => (v as { type?: string }).type === "AnnotationCollection",
      )) {
        expect(failedAssertions(collectionMusts, value), name).toEqual([]);
      }
      const incorrect = samples("incorrect");
      expect(incorrect.length).toBeGreaterThan(20);
      for (const [name, value] of incorrect)
        expect(failedAssertions(annotationMusts, value).length, name).toBeGreaterThan(0);
    });
  },
);

describe.each(readings)(
  "toWebAnnotations on the shipped article, keywords beside $ref: $refSiblings",
  ({ annotationMusts, collectionMusts, pageMusts }) => {
    const collection = toWebAnnotations();
    const items = collection.first.items;

    it("is a valid Annotation Collection whose first page is a valid Annotation Page", () => {
      expect(failedAssertions(collectionMusts, collection)).toEqual([]);
      expect(failedAssertions(pageMusts, { "@context": collection["@context"], ...collection.first })).toEqual([]);
      expect(collection.total).toBe(items.length);
    });

    it("holds annotations that each pass every MUST assertion of the W3C suite", () => {
      const failures = items.flatMap((a) => failedAssertions(annotationMusts, a).map((f) => `${a.id}: ${f}`));
      expect(failures).toEqual([]);
    });

    it("has one annotation per mention and one per claim part, with unique ids", () => {
      const claimParts = article.claims.reduce(
        (n, c) => n + 1 + (c.cue ? 1 : 0) + (c.sourceMention ? 1 : 0) + c.quotes.length,
        0,
      );
      expect(items.length).toBe(article.mentions.length + claimParts);
      expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    });

    it("selects with positions in code points and quotes that match the text", () => {
      const codePoints = Array.from(article.text);
      for (const annotation of items) {
        const [quote, position] = annotation.target.selector;
        expect(annotation.target.source).toBe("urn:kim-shoigu-2023:article:kim-shoigu-pyongyang-2023-07-27");
        expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
        expect(codePoints.slice(Math.max(0, position.start - 32), position.start).join("")).toBe(quote.prefix ?? "");
        expect(codePoints.slice(position.end, position.end + 32).join("")).toBe(quote.suffix ?? "");
      }
    });

    it("round-trips the mentions: span and entity rebuilt from the annotations equal doc.mentions", () => {
      const codePoints = Array.from(article.text);
      // Back from code points to UTF-16 offsets, independently of the exporter's helper.
      const utf16 = (cp: number) => codePoints.slice(0, cp).join("").length;
      const rebuilt = items
        .filter((a) => a.motivation === "identifying")
        .map((a) => {
          const [, position] = a.target.selector;
          const body = a.body.find((b) => b["purpose"] === "identifying") as { source: { id: string } };
          return {
            entityId: body.source.id.replace("urn:kim-shoigu-2023:entity:", ""),
            start: utf16(position.start),
            end: utf16(position.end),
          };
        });
      expect(rebuilt).toEqual(
        article.mentions.map((m) => ({ entityId: m.entityId, start: m.span.start, end: m.span.end })),
      );
    });

    it("describes entities with Wikidata pages and claim parts with their claim's values", () => {
      const kim = items.find((a) => a.id.endsWith(":mention:kim-jong-un@1"))!;
      expect(kim.body).toContainEqual(
        expect.objectContaining({
          purpose: "identifying",
          source: expect.objectContaining({ wikidata: "https://www.wikidata.org/wiki/Q56226", entityType: "person" }),
        }),
      );
      const denial = items.filter((a: WebAnnotation) => a.id.includes(":claim:nk-denies-weapons-transfer:"));
      expect(denial.map((a) => a.id.split(":").pop())).toEqual(["source", "cue", "content"]);
      for (const a of denial) {
        expect(a.body).toContainEqual(
          expect.objectContaining({
            purpose: "linking",
            source: expect.objectContaining({
              claimSource: "urn:kim-shoigu-2023:entity:north-korea",
              polarity: "negative",
              factuality: "certain",
              quoteType: "indirect",
            }),
          }),
        );
      }
    });
  },
);

describe("toWebAnnotations on a synthetic article with a non-BMP character", () => {
  const doc = syntheticArticle();
  const items = toWebAnnotations(doc).first.items;

  it("counts the rocket emoji as one code point", () => {
    const alice = items.find((a) => a.id.endsWith(":mention:alice@1"))!;
    const [quote, position] = alice.target.selector;
    const utf16Start = doc.text.indexOf("Alice");
    expect(utf16Start).toBe(3);
    expect(position).toEqual({ type: "TextPositionSelector", start: utf16Start - 1, end: utf16Start - 1 + 5 });
    expect(quote.prefix).toBe("🚀 ");
    for (const a of items) expect(failedAssertions(annotationMusts, a)).toEqual([]);
  });
});
