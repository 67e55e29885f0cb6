import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { overlapKinds } from "../src/formats/brat.js";
import { codePointConverter } from "../src/formats/code-points.js";
import { toConll } from "../src/formats/conll.js";
import { toConll2012 } from "../src/formats/conll2012.js";
import { toJsonLd } from "../src/formats/jsonld.js";
import { nest, writeNested, type Layered } from "../src/formats/nesting.js";
import { toSpacy } from "../src/formats/spacy.js";
import { sentenceTokens, tokenize } from "../src/formats/tokenize.js";
import type { AnnotatedArticle } from "../src/schema/index.js";
import { randomArticle } from "./support/random-article.js";
import {
  referenceCorefClusters,
  referenceEntitiesNamedIn,
  referenceNest,
  referenceOverlapKinds,
  referenceSentenceTokens,
  referenceSpacySentenceStarts,
  referenceTokenize,
  referenceToConll,
  referenceToConll2012,
  referenceWriteNested,
} from "./support/reference-algorithms.js";

// The exporters' fast paths against the simple scans they replaced (test/support/reference-algorithms.ts),
// on random inputs: the output must be exactly the same.

const randomArticles = fc.limitShrink(fc.gen(), 200).map((g) => randomArticle(g));
const OPTIONS = { seed: 7, numRuns: 300 };

/** Random annotations over a 60-unit text, with crossings, equal ranges and empty ones. */
const layered = fc
  .array(fc.record({ start: fc.nat(50), length: fc.nat(12), priority: fc.integer({ min: 0, max: 2 }) }), {
    maxLength: 40,
  })
  .map((items) =>
    items.map(
      ({ start, length, priority }, i): Layered<number> => ({ start, end: start + length, priority, value: i }),
    ),
  );

const marksOf = (doc: AnnotatedArticle): Layered<string>[] => [
  ...doc.mentions.map((m) => ({ ...m.span, priority: 1, value: m.id })),
  ...doc.claims.map((c) => ({ ...c.content, priority: 0, value: c.id })),
];

describe("fast paths give the output of the scans they replaced (fast-check)", () => {
  it("nest: random annotations and random articles", () => {
    fc.assert(
      fc.property(layered, (items) => {
        expect(nest(items)).toEqual(referenceNest(items));
      }),
      { ...OPTIONS, numRuns: 1000 },
    );
    fc.assert(
      fc.property(randomArticles, (doc) => {
        expect(nest(marksOf(doc))).toEqual(referenceNest(marksOf(doc)));
      }),
      OPTIONS,
    );
  });

  it("writeNested without recursion writes what the recursive writer wrote", () => {
    const text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const writer = {
      text: (t: string) => t,
      open: (p: { value: number; part: number }) => `[${p.value}.${p.part}`,
      close: () => "]",
    };
    fc.assert(
      fc.property(layered, fc.nat(20), (items, from) => {
        const inside = items.map((i) => ({ ...i, start: Math.max(i.start, from), end: Math.max(i.end, from) }));
        const forest = nest(inside);
        expect(writeNested(text, forest, writer, from)).toEqual(referenceWriteNested(text, forest, writer, from));
      }),
      { ...OPTIONS, numRuns: 1000 },
    );
  });

  it("tokenize: random texts with random boundaries", () => {
    const pieces = ["U.S.", "9:50", "Korea’s", "a", "bc", " ", "\n", "-", "“", "😀", "x𐐷y", "1,000", "p.m.", ".", "é"];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(texts, fc.array(fc.nat(120), { maxLength: 30 }), (text, boundaries) => {
        expect(tokenize(text, boundaries)).toEqual(referenceTokenize(text, boundaries));
      }),
      { ...OPTIONS, numRuns: 1000 },
    );
  });

  it("sentenceTokens, toConll2012 and toConll: random articles and the shipped one", () => {
    const same = (doc: AnnotatedArticle) => {
      expect(sentenceTokens(doc)).toEqual(referenceSentenceTokens(doc));
      expect(toConll2012(doc)).toBe(referenceToConll2012(doc));
      expect(toConll(doc)).toBe(referenceToConll(doc));
    };
    same(article as AnnotatedArticle);
    fc.assert(fc.property(randomArticles, same), OPTIONS);
  });

  it("overlapKinds: random non-empty spans", () => {
    const spans = fc.array(fc.record({ start: fc.nat(30), length: fc.integer({ min: 1, max: 10 }) }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(spans, (drawn) => {
        const list = drawn.map(({ start, length }) => ({ start, end: start + length }));
        expect([...overlapKinds(list)].sort()).toEqual([...referenceOverlapKinds(list)].sort());
      }),
      { ...OPTIONS, numRuns: 2000 },
    );
  });

  it("toSpacy: sentences and coreference clusters", () => {
    fc.assert(
      fc.property(randomArticles, (doc) => {
        const json = toSpacy(doc);
        const cp = codePointConverter(doc.text);
        // Code point offsets keep the order of the UTF-16 offsets they come from.
        const inCodePoints = {
          ...doc,
          sentences: doc.sentences.map((s) => ({ ...s, span: { ...s.span, start: cp(s.span.start) } })),
        };
        const starts = json.tokens.length === 0 ? [] : referenceSpacySentenceStarts(inCodePoints, json.tokens);
        const sents = starts.map((first, i) => ({
          start: json.tokens[first]!.start,
          end: json.tokens[(starts[i + 1] ?? json.tokens.length) - 1]!.end,
        }));
        expect(json.sents).toEqual(sents);
        const byId = new Map(doc.mentions.map((m) => [m.id, m]));
        const clusters = referenceCorefClusters(doc).map((ids) =>
          ids
            .map((id) => byId.get(id)!)
            .map((m) => ({ start: cp(m.span.start), end: cp(m.span.end), label: "", kb_id: m.entityId })),
        );
        const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) =>
          a.start - b.start || a.end - b.end;
        clusters.forEach((cluster, i) => expect(json.spans[`coref_clusters_${i + 1}`]).toEqual(cluster.sort(byStart)));
        expect(Object.keys(json.spans).filter((k) => k.startsWith("coref_clusters_"))).toHaveLength(clusters.length);
      }),
      OPTIONS,
    );
  });

  it("toJsonLd: the entities a title names, with names and titles of random words", () => {
    const words = [
      "Kim",
      "Kim Jong",
      "Jong",
      "Un",
      "é",
      "😀",
      "a😀",
      "U.S.",
      "(x)",
      "[y]",
      "$",
      "\\d",
      "North Korea’s",
      "-",
      " ",
    ];
    const title = fc
      .tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }), fc.constantFrom(" ", "", "-"))
      .map(([parts, separator]) => parts.join(separator));
    fc.assert(
      fc.property(
        randomArticles,
        title,
        fc.array(fc.constantFrom(...words.filter((w) => w.trim() !== "")), { maxLength: 8 }),
        (doc, text, names) => {
          doc.title.text = text;
          doc.entities.forEach((e, i) => {
            e.name = names[i] ?? e.name;
            e.aliases = names.slice(i + 1, i + 3);
          });
          const about = (toJsonLd(doc)["@graph"][0]!.about as { "@id": string }[]).map((ref) =>
            ref["@id"].split(":").at(-1),
          );
          expect(about).toEqual(referenceEntitiesNamedIn(text, doc.entities));
        },
      ),
      OPTIONS,
    );
  });
});
