import { describe, expect, it } from "vitest";
import {
  article,
  claimsAbout,
  claimsBy,
  claimsIn,
  contradictions,
  createArticleIndex,
  entitiesIn,
  findEntity,
  getEntity,
  mentionsOf,
  quotes,
  sentenceAt,
  slice,
  timeline,
  type EntityId,
} from "../src/index.js";
import { claimSourceId, sourceEntityId } from "../src/query/collections.js";
import { parseArticle } from "../src/schema/index.js";
import { syntheticArticle } from "./support/synthetic.js";

const { text } = article;

describe("entity helpers on the shipped article", () => {
  it("getEntity returns the entity, and undefined for an unknown id from untyped code", () => {
    expect(getEntity("kcna")?.name).toBe("Korean Central News Agency");
    expect(getEntity("kcnaa" as EntityId)).toBeUndefined();
    expect(getEntity(42 as unknown as EntityId)).toBeUndefined();
  });

  it("findEntity ignores case, accents, curly quotes and extra spaces", () => {
    expect(findEntity("kim")?.id).toBe("kim-jong-un");
    expect(findEntity("  KIM   jong un ")?.id).toBe("kim-jong-un");
    expect(findEntity("korean central news agency")?.id).toBe("kcna");
    expect(findEntity("u.s.")?.id).toBe("united-states");
    expect(findEntity("Kím Jöng Ün")?.id).toBe("kim-jong-un");
    expect(findEntity("nobody")).toBeUndefined();
  });

  it("mentionsOf lists mentions in text order, each slicing its words", () => {
    const kim = mentionsOf("kim-jong-un");
    expect(kim[0]!.span.text).toBe("Kim Jong Un");
    for (let i = 1; i < kim.length; i++) expect(kim[i]!.span.start).toBeGreaterThan(kim[i - 1]!.span.start);
    for (const m of kim) expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });

  it("mentionsOf with includeGroups adds the plural mentions", () => {
    const own = mentionsOf("sergei-shoigu");
    const withGroups = mentionsOf("sergei-shoigu", { includeGroups: true });
    expect(withGroups.length).toBeGreaterThan(own.length);
    expect(withGroups.map((m) => m.span.text)).toEqual(expect.arrayContaining(["Kim and Shoigu", "their", "they"]));
  });

  it("mentionsOf throws a RangeError naming an unknown id", () => {
    expect(() => mentionsOf("nobody" as EntityId)).toThrow(new RangeError('mentionsOf: unknown entity id "nobody"'));
  });

  it("entitiesIn finds the entities of a sentence", () => {
    const ids = entitiesIn(article.sentences[0]!.span).map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining(["north-korean-state-media", "north-korea", "kim-jong-un", "russia", "sergei-shoigu"]),
    );
    expect(ids).not.toContain("vladimir-putin");
  });

  it("sentenceAt maps offsets to sentences and rejects offsets off the text", () => {
    expect(sentenceAt(0)?.id).toBe("s1");
    const s2 = article.sentences[1]!;
    expect(sentenceAt(s2.span.start)?.id).toBe("s2");
    expect(sentenceAt(s2.span.start - 1)).toBeUndefined(); // the space between s1 and s2
    expect(sentenceAt(text.length - 1)?.id).toBe(article.sentences.at(-1)!.id);
    expect(() => sentenceAt(text.length)).toThrow(RangeError);
    expect(() => sentenceAt(-1)).toThrow(RangeError);
    expect(() => sentenceAt(1.5)).toThrow(RangeError);
  });

  it("slice returns the words of a range and rejects a bad range", () => {
    expect(slice({ start: 0, end: 12 })).toBe("According to");
    expect(() => slice({ start: 5, end: 2 })).toThrow(
      "slice: expected integer offsets 0 <= start <= end <= 2709, got start=5, end=2",
    );
    expect(() => slice({ start: 0, end: 99999 })).toThrow(RangeError);
  });
});

describe("claim helpers on the shipped article", () => {
  it("claimsBy lists a source's claims and the author's own", () => {
    const kcna = claimsBy("kcna");
    expect(kcna.length).toBeGreaterThan(0);
    for (const c of kcna) expect(c.source).toEqual({ entityId: "kcna" });
    for (const c of claimsBy("author")) expect(c.source).toEqual({ author: true });
    expect(claimsBy("kcna").length + claimsBy("author").length).toBeLessThan(article.claims.length + 1);
  });

  it('sourceEntityId tells the author\'s voice from an entity whose id is "author"', () => {
    const byEntity = { source: { entityId: "author" } } as const;
    const byAuthor = { source: { author: true } } as const;
    expect([claimSourceId(byEntity), claimSourceId(byAuthor)]).toEqual(["author", "author"]);
    expect([sourceEntityId(byEntity), sourceEntityId(byAuthor)]).toEqual(["author", undefined]);
    expect(article.claims.map(sourceEntityId)).toEqual(
      article.claims.map((c) => (c.source as { entityId?: string }).entityId),
    );
  });

  it("claimsAbout and claimsIn agree with a scan of the claims", () => {
    expect(claimsAbout("military-parade")).toEqual(article.claims.filter((c) => c.about.includes("military-parade")));
    const p4 = article.paragraphs[3]!.span;
    expect(claimsIn(p4)).toEqual(article.claims.filter((c) => c.content.start < p4.end && p4.start < c.content.end));
  });

  it("quotes lists each verbatim stretch, which the text shows between curly quotes", () => {
    const all = quotes();
    expect(all.length).toBeGreaterThan(0);
    for (const q of all) {
      expect(text.slice(q.span.start, q.span.end)).toBe(q.span.text);
      expect(text.slice(0, q.span.start).lastIndexOf("“")).toBeGreaterThan(
        text.slice(0, q.span.start).lastIndexOf("”"),
      );
    }
    expect(all.map((q) => q.span.text)).toContain("hegemonic policy");
  });

  it("contradictions pairs the denial with the accusation, once", () => {
    const pairs = contradictions().map(([a, b]) => [a.source, b.source]);
    expect(pairs).toContainEqual([{ entityId: "north-korea" }, { entityId: "biden-administration" }]);
    expect(new Set(contradictions().map(([a, b]) => [a.id, b.id].sort().join()))).toHaveProperty(
      "size",
      contradictions().length,
    );
  });

  it("timeline is in chronological order", () => {
    const entries = timeline();
    expect(entries.length).toBe(article.times.length);
    const instants = entries.map((e) => e.startsAt).filter((t): t is number => t !== undefined);
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(entries[0]!.time.span.text).toBe("1950–1953");
  });
});

describe("createArticleIndex on a synthetic article with a non-BMP character", () => {
  const doc = parseArticle(syntheticArticle());
  const index = createArticleIndex(doc);

  it("uses UTF-16 offsets: the emoji counts two units before the first mention", () => {
    const [alice] = index.mentionsOf("alice");
    expect(alice!.span.start).toBe(3);
    expect(index.slice(alice!.span)).toBe("Alice");
    expect(index.sentenceAt(0)?.id).toBe("s1");
    expect(index.sentenceAt(1)?.id).toBe("s1"); // the emoji's second code unit
  });

  it("answers every helper", () => {
    expect(index.getEntity("paris")?.wikidata).toBe("Q90");
    expect(index.findEntity("alice ambar")?.id).toBe("alice");
    expect(index.findEntity("CAFE OWNERS")?.id).toBe("cafe-owners");
    expect(index.mentionsOf("bob", { includeGroups: true }).map((m) => m.span.text)).toEqual([
      "Alice met Bob",
      "Bob",
      "Bob",
    ]);
    expect(index.entitiesIn(doc.sentences[2]!.span).map((e) => e.id)).toEqual(["bob"]);
    expect(index.claimsBy("author").map((c) => c.id)).toEqual(["author-owners-disagreed"]);
    expect(index.claimsAbout("bob").map((c) => c.id)).toEqual(["alice-said-well", "bob-denied"]);
    expect(index.claimsIn(doc.paragraphs[1]!.span).map((c) => c.id)).toEqual(["bob-denied", "author-owners-disagreed"]);
    expect(index.quotes().map((q) => [q.source, q.span.text])).toEqual([["alice", "it went well."]]);
    expect(index.contradictions().map(([a, b]) => [a.id, b.id])).toEqual([["alice-said-well", "bob-denied"]]);
    expect(index.timeline().map((t) => [t.time.id, t.claims.map((c) => c.id)])).toEqual([
      ["monday", ["alice-said-well"]],
      ["jan-2", ["author-owners-disagreed"]],
    ]);
  });

  it("rejects unknown ids with a RangeError that names them", () => {
    expect(() => index.claimsBy("carol")).toThrow('claimsBy: unknown entity id "carol"');
    expect(() => index.claimsAbout("carol")).toThrow('claimsAbout: unknown entity id "carol"');
    expect(index.getEntity("carol")).toBeUndefined();
  });
});

// Type-level checks, verified by `npm run typecheck`: ids are literal unions.
export function typeChecks(): void {
  // @ts-expect-error a misspelt entity id is a type error
  getEntity("kcnaa");
  // @ts-expect-error claimsBy takes entity ids or "author"
  claimsBy("nobody");
  // @ts-expect-error the data is read-only
  article.entities[0]!.name = "x";
}
