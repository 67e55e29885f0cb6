import { describe, expect, it } from "vitest";
import * as main from "../src/index.js";
import { type ArticleIndex, createArticleIndex } from "../src/query/article-index.js";
import { frozenGroups, frozenList } from "../src/freeze.js";

type Answer = () => unknown;
type Attack = (value: unknown) => void;

const list = (value: unknown) => value as unknown[];
// Each attack is something a careless caller might do to a returned list or entry.
const listAttacks: [string, Attack][] = [
  ["reverse()", (v) => list(v).reverse()],
  ["length = 0", (v) => (list(v).length = 0)],
  ["push()", (v) => list(v).push(null)],
  ["element assignment", (v) => (list(v)[0] = null)],
  ["sort()", (v) => list(v).sort(() => -1)],
];

/** Every helper answer as a list, from the index `helpers`, with args that give a non-empty answer. */
function answers(helpers: ArticleIndex | typeof main): [string, Answer][] {
  const sentence = main.article.sentences[0]!.span;
  const paragraph = main.article.paragraphs[3]!.span;
  return [
    ["mentionsOf", () => helpers.mentionsOf("kim-jong-un")],
    ["mentionsOf with groups", () => helpers.mentionsOf("kim-jong-un", { includeGroups: true })],
    ["mentionsOf of an entity without mentions", () => helpers.mentionsOf(entityWithoutMentions())],
    ["entitiesIn", () => helpers.entitiesIn(sentence)],
    ["claimsBy", () => helpers.claimsBy("kcna")],
    ["claimsBy author", () => helpers.claimsBy("author")],
    ["claimsAbout", () => helpers.claimsAbout("military-parade")],
    ["claimsIn", () => helpers.claimsIn(paragraph)],
    ["quotes", () => helpers.quotes()],
    ["contradictions", () => helpers.contradictions()],
    ["a contradiction pair", () => helpers.contradictions()[0]],
    ["timeline", () => helpers.timeline()],
    ["a timeline entry's claims", () => helpers.timeline().find((t) => t.claims.length > 0)!.claims],
  ];
}

function entityWithoutMentions(): "kim-jong-un" {
  const mentioned = new Set(main.article.mentions.map((m) => m.entityId));
  const found = main.article.entities.find((e) => !mentioned.has(e.id));
  // Fall back to a mentioned entity so the answer is still checked when every entity has mentions.
  return (found?.id ?? "kim-jong-un") as "kim-jong-un";
}

const entryAttacks: [string, Answer, Attack][] = [
  ["a quoted stretch's source", () => main.quotes()[0], (q) => ((q as { source: string }).source = "x")],
  ["a timeline entry's claims", () => main.timeline()[0], (t) => ((t as { claims: unknown }).claims = [])],
  ["a timeline entry's instant", () => main.timeline()[0], (t) => ((t as { startsAt: unknown }).startsAt = 0)],
];

describe.each([
  ["the main entry's helpers", main as ArticleIndex | typeof main],
  ["createArticleIndex over an unfrozen copy", createArticleIndex(structuredClone(main.article))],
])("%s hand out frozen answers", (_name, helpers) => {
  for (const [helper, answer] of answers(helpers)) {
    it.each(listAttacks)(`${helper}: %s throws and leaves the next answer unchanged`, (_attack, attack) => {
      const first = answer();
      const before = JSON.stringify(first);
      expect(Array.isArray(first)).toBe(true);
      // The same attack on a plain copy shows whether it would change anything (reversing one item does not).
      const copy = [...list(first)];
      attack(copy);
      if (JSON.stringify(copy) !== before) expect(() => attack(first)).toThrow(TypeError);
      else expect(() => attack(first)).not.toThrow();
      expect(JSON.stringify(answer())).toBe(before);
    });
  }
});

describe("entries the helpers build are frozen", () => {
  it.each(entryAttacks)("writing %s throws and leaves the next answer unchanged", (_what, answer, attack) => {
    const before = JSON.stringify(answer());
    expect(() => attack(answer())).toThrow(TypeError);
    expect(JSON.stringify(answer())).toBe(before);
  });

  it("getEntity, findEntity and sentenceAt hand out the deep-frozen data itself", () => {
    const kim = main.getEntity("kim-jong-un")!;
    expect(() => ((kim as { name: string }).name = "x")).toThrow(TypeError);
    expect(() => (kim.aliases as string[]).push("x")).toThrow(TypeError);
    expect(main.findEntity("Kim Jong Un")?.name).toBe("Kim Jong Un");
    const sentence = main.sentenceAt(0)!;
    expect(() => ((sentence.span as { start: number }).start = 5)).toThrow(TypeError);
    expect(main.sentenceAt(0)?.span.start).toBe(0);
  });
});

describe("the freezing helpers", () => {
  it("frozenList freezes the list it is given", () => {
    const items = frozenList([3, 1, 2]);
    expect(() => (items as number[]).sort()).toThrow(TypeError);
    expect(items).toEqual([3, 1, 2]);
  });

  it("frozenGroups freezes every group of a map", () => {
    const groups = frozenGroups(
      new Map([
        ["a", [1, 2]],
        ["b", [3]],
      ]),
    );
    for (const key of ["a", "b"]) expect(() => (groups.get(key) as number[]).push(9)).toThrow(TypeError);
    expect([...groups.entries()]).toEqual([
      ["a", [1, 2]],
      ["b", [3]],
    ]);
  });
});
