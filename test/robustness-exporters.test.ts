import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toBrat } from "../src/formats/brat.js";
import { toConll } from "../src/formats/conll.js";
import { toConll2012 } from "../src/formats/conll2012.js";
import { toHtml } from "../src/formats/html.js";
import { toJsonLd } from "../src/formats/jsonld.js";
import { toSpacy } from "../src/formats/spacy.js";
import { toText } from "../src/formats/text.js";
import { toWebAnnotations } from "../src/formats/web-annotation.js";
import type { AnnotatedArticle } from "../src/schema/index.js";
import { safeParseArticle } from "../src/schema/index.js";
import { randomArticle } from "./support/random-article.js";

// What the schema accepts, every exporter must accept; what no exporter can represent (a span
// boundary inside a surrogate pair) and what cannot be true (no such date, a chain of
// references leading back to its start) the schema must reject at the offending field.
// Each case's badness is decided here independently of src/schema/sanity.ts.

const EXPORTERS = { toBrat, toSpacy, toWebAnnotations, toHtml, toText, toConll, toConll2012, toJsonLd } as const;
type Path = (string | number)[];

function exportAll(doc: AnnotatedArticle): void {
  for (const [name, exporter] of Object.entries(EXPORTERS)) {
    try {
      exporter(doc);
    } catch (error) {
      throw new Error(`${name} threw on an article the schema accepted: ${String(error)}`);
    }
  }
}

const splitsPair = (text: string, offset: number) =>
  /[\uD800-\uDBFF]$/.test(text.slice(0, offset)) && /^[\uDC00-\uDFFF]/.test(text.slice(offset));

// A calendar date is real when the Date it makes shows the same year, month and day again.
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The items from which following `next` comes back after two or more steps. */
function onLongCycles(ids: readonly string[], next: ReadonlyMap<string, string>): number[] {
  return ids.flatMap((start, index) => {
    let at = next.get(start);
    for (let step = 1; step <= ids.length && at !== undefined; step++) {
      if (at === start) return step > 1 ? [index] : [];
      at = next.get(at);
    }
    return [];
  });
}

interface Case {
  readonly doc: AnnotatedArticle;
  /** Where the schema must report a problem, when the edit made the article invalid. */
  readonly mustReject?: { readonly anyOf: readonly Path[]; readonly why: string };
}

type Edit = (g: fc.GeneratorValue, doc: AnnotatedArticle) => Case["mustReject"];
const int = (g: fc.GeneratorValue, min: number, max: number) => g(() => fc.integer({ min, max }));

const EDITS: Record<string, Edit> = {
  // A mention moved to any offsets of the text, its text sliced to match.
  anySpan(g, doc) {
    if (doc.mentions.length === 0) return undefined;
    const i = int(g, 0, doc.mentions.length - 1);
    const start = int(g, 0, doc.text.length);
    const end = int(g, start, Math.min(doc.text.length, start + 8));
    const mention = doc.mentions[i]!;
    mention.span = { start, end, text: doc.text.slice(start, end) };
    if (splitsPair(doc.text, start))
      return { anyOf: [["mentions", i, "span", "start"]], why: "start splits a surrogate pair" };
    if (splitsPair(doc.text, end))
      return { anyOf: [["mentions", i, "span", "end"]], why: "end splits a surrogate pair" };
    return undefined;
  },
  // A time value of the date or date-time form with any digits.
  anyDate(g, doc) {
    if (doc.times.length === 0) return undefined;
    const i = int(g, 0, doc.times.length - 1);
    const [year, month, day, hour, minute] = [
      int(g, 1000, 9999),
      int(g, 0, 99),
      int(g, 0, 99),
      int(g, 0, 30),
      int(g, 0, 70),
    ];
    const two = (n: number) => String(n).padStart(2, "0");
    const withTime = g(() => fc.boolean());
    doc.times[i]!.value = `${year}-${two(month)}-${two(day)}${withTime ? `T${two(hour)}:${two(minute)}Z` : ""}`;
    const real = isRealDate(year, month, day) && (!withTime || (hour < 24 && minute < 60));
    return real ? undefined : { anyOf: [["times", i, "value"]], why: `${doc.times[i]!.value} is no real date or time` };
  },
  // nestedIn, anchor, partOf or memberOf drawn at random among the items, cycles included.
  anyChain(g, doc) {
    const kinds = [
      ["claims", "nestedIn"],
      ["times", "anchor"],
      ["entities", "partOf"],
      ["entities", "memberOf"],
    ] as const;
    const [collection, field] = g(() => fc.constantFrom(...kinds));
    const items = doc[collection] as { id: string; [key: string]: unknown }[];
    if (items.length < 2) return undefined;
    const next = new Map<string, string>();
    items.forEach((item) => {
      delete item[field];
      if (!g(() => fc.boolean())) return;
      // Never the item itself: self-references are rejected by the reference rules already.
      const others = items.filter((other) => other !== item);
      const target = others[int(g, 0, others.length - 1)]!.id;
      item[field] = target;
      next.set(item.id, target);
    });
    const onCycles = onLongCycles(
      items.map((item) => item.id),
      next,
    );
    if (onCycles.length === 0) return undefined;
    return { anyOf: onCycles.map((i) => [collection, i, field]), why: `${field} forms a cycle` };
  },
};

const cases: fc.Arbitrary<Case> = fc.limitShrink(fc.gen(), 100).map((g) => {
  const doc = randomArticle(g);
  const names = g(() => fc.subarray(Object.keys(EDITS), { minLength: 1 }));
  let mustReject: Case["mustReject"];
  for (const name of names) mustReject = EDITS[name]!(g, doc) ?? mustReject;
  return { doc, ...(mustReject ? { mustReject } : {}) };
});

const startsWith = (path: readonly PropertyKey[], prefix: Path) => prefix.every((key, i) => path[i] === key);

describe("what the schema accepts, every exporter accepts (fast-check)", () => {
  it("random articles with spans at any offsets, any date digits and random reference chains", () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(cases, ({ doc, mustReject }) => {
        const result = safeParseArticle(doc);
        if (mustReject) {
          expect(result.success, mustReject.why).toBe(false);
          const paths = result.error!.issues.map((issue) => issue.path);
          const named = paths.some((path) => mustReject.anyOf.some((prefix) => startsWith(path, prefix)));
          expect(named, `${mustReject.why}: ${JSON.stringify(paths)}`).toBe(true);
          rejected++;
        }
        if (result.success) {
          exportAll(result.data);
          accepted++;
        }
      }),
      { seed: 5, numRuns: 400 },
    );
    // Both branches must actually be exercised for the property to mean anything.
    expect(accepted).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(50);
  });

  it("names the surrogate pair, the date and the cycle in its messages", () => {
    const doc = minimalArticle("😀 w");
    doc.notes = [
      { id: "n1", span: { start: 1, end: 2, text: doc.text.slice(1, 2) }, kind: "error", message: "Generated." },
    ];
    doc.times = [
      { id: "t1", span: { start: 3, end: 4, text: "w" }, type: "date", value: "9999-99-99", basis: "Generated." },
    ];
    doc.entities.push({ id: "f", type: "other", name: "F", aliases: [], description: "Generated.", partOf: "e" });
    doc.entities[0]!.partOf = "f";
    const messages = (safeParseArticle(doc).error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "notes.0.span.start: start 1 splits a surrogate pair: a span must start and end between code points",
      'times.0.value: "9999-99-99" has month 99: months run from 01 to 12',
      'entities.0.partOf: partOf forms a cycle: "e" → "f" → "e"',
    ]);
  });
});

/** A valid article of one paragraph and one sentence holding the whole text, one entity "e". */
function minimalArticle(text: string): AnnotatedArticle {
  return {
    id: "minimal",
    schemaVersion: "1.0.0",
    language: "en",
    title: { text: "Minimal", editorial: true },
    text,
    textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
    provenance: { summary: "Generated.", inferences: [] },
    published: { date: "2024-01-02", basis: "inferred", explanation: "Generated." },
    paragraphs: [{ id: "p1", span: { start: 0, end: text.length, text } }],
    sentences: [{ id: "s1", paragraphId: "p1", span: { start: 0, end: text.length, text } }],
    entities: [{ id: "e", type: "other", name: "E", aliases: [], description: "Generated." }],
    mentions: [],
    claims: [],
    times: [],
    notes: [],
  };
}

describe("deep nesting", () => {
  it("5,000 nested mentions are accepted by the schema and by every exporter, toHtml and toText included", () => {
    const depth = 5000;
    const text = Array.from({ length: depth }, () => "w").join(" ");
    const mentions = Array.from({ length: depth }, (_, i) => {
      const end = 2 * i + 1;
      return {
        id: `e@${i + 1}`,
        entityId: "e",
        span: { start: 0, end, text: text.slice(0, end) },
        form: "nominal" as const,
      };
    });
    const doc = { ...minimalArticle(text), mentions };
    expect(safeParseArticle(doc).error?.issues ?? []).toEqual([]);
    exportAll(doc);
    expect(toText(doc).match(/\[/g)).toHaveLength(depth);
    expect(toHtml(doc).match(/<span class="mention/g)).toHaveLength(depth);
  });
});
