import { describe, expect, it } from "vitest";
import {
  goldAsPredictions,
  loadBrat,
  loadConll2012,
  loadSpacy,
  scoreAll,
  scoreAllWithErrors,
} from "../src/eval/index.js";
import { toBrat, toConll2012, toJsonLd, toSpacy, toTables, toWebAnnotations } from "../src/formats/index.js";
import {
  article,
  claimsAbout,
  claimsBy,
  claimsIn,
  contradictions,
  createArticleIndex,
  type EntityId,
  entitiesIn,
  findEntity,
  getEntity,
  mentionsOf,
  quotes,
  timeline,
} from "../src/index.js";

const SHIPPED = JSON.stringify(article);

// Every function that returns objects built from the article, called with what it needs.
const KIM = "kim-jong-un" as EntityId;
const FIRST_PARAGRAPH = article.paragraphs[0]!.span;
const CALLS: Record<string, () => unknown> = {
  getEntity: () => getEntity(KIM),
  findEntity: () => findEntity("Kim Jong Un"),
  mentionsOf: () => mentionsOf(KIM),
  entitiesIn: () => entitiesIn(FIRST_PARAGRAPH),
  claimsBy: () => claimsBy("author"),
  claimsAbout: () => claimsAbout(KIM),
  claimsIn: () => claimsIn(FIRST_PARAGRAPH),
  quotes: () => quotes(),
  contradictions: () => contradictions(),
  timeline: () => timeline(),
  "createArticleIndex().mentionsOf": () => createArticleIndex(article).mentionsOf(KIM),
  toJsonLd: () => toJsonLd(),
  toWebAnnotations: () => toWebAnnotations(),
  toSpacy: () => toSpacy(),
  toTables: () => toTables(),
  toBrat: () => toBrat(),
  loadBrat: () => loadBrat(toBrat().ann, article),
  loadSpacy: () => loadSpacy(toSpacy(), article),
  loadConll2012: () => loadConll2012(toConll2012(), article),
  goldAsPredictions: () => goldAsPredictions(article),
  scoreAll: () => scoreAll(goldAsPredictions(article)),
  scoreAllWithErrors: () => scoreAllWithErrors(goldAsPredictions(article)),
};

/** Every object and array reachable from `value`, each once. */
function reachable(value: unknown, seen = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || seen.has(value)) return seen;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) reachable((value as Record<PropertyKey, unknown>)[key], seen);
  return seen;
}

/** Overwrites every property of every reachable object that lets itself be written, and grows every array. */
function vandalise(value: unknown): void {
  // Collected first: overwriting as we walk would hide what lies below.
  for (const target of reachable(value)) {
    for (const key of Reflect.ownKeys(target)) {
      if (!(Array.isArray(target) && key === "length")) Reflect.set(target, key, "vandalised");
    }
    if (Array.isArray(target) && !Object.isFrozen(target)) Reflect.apply(Array.prototype.push, target, ["extra"]);
  }
}

describe("values handed to a caller", () => {
  it.each(Object.keys(CALLS))("%s: nothing done to one result reaches the next call's", (name) => {
    const call = CALLS[name]!;
    const expected = JSON.stringify(call());
    vandalise(call());
    expect(JSON.stringify(call())).toBe(expected);
    // Nor the shipped article, which results may share frozen parts of.
    expect(JSON.stringify(article)).toBe(SHIPPED);
  });

  it("the vandal reaches what it should: a fresh object loses every field", () => {
    const fresh = { a: [1, { b: 2 }], c: { d: "x" } };
    vandalise(fresh);
    expect(fresh).toEqual({ a: "vandalised", c: "vandalised" });
  });
});
