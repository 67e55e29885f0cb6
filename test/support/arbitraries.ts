import { createHash } from "node:crypto";
import fc from "fast-check";
import type { AnnotatedArticle, Claim, Entity, Mention, Span, TimeExpression } from "../../src/schema/index.js";

/** Draws one value of `arb` from a `fc.gen()` generator, typed. */
const drawer =
  (g: fc.GeneratorValue) =>
  <T>(arb: fc.Arbitrary<T>): T =>
    g(() => arb);

// Words of random texts: ASCII, precomposed accents (already NFC), curly quotes, an en dash, and
// characters outside the BMP, which take two UTF-16 code units each, so offsets and code points differ.
const WORDS = [
  "alpha",
  "Bob",
  "met",
  "the",
  "café",
  "Ünal",
  "“quoted”",
  "it’s",
  "–",
  "😀",
  "𝒳yz",
  "a𐐷b",
  "naïve",
  "🇰🇵",
  "x",
];
const ENTITY_TYPES = [
  "person",
  "organization",
  "country",
  "city",
  "region",
  "event",
  "weapon",
  "document",
  "other",
] as const;
const MENTION_FORMS = ["name", "nominal", "pronoun", "adjectival", "metonym"] as const;
const QUOTE_TYPES = ["direct", "partial", "indirect", "none"] as const;
const FACTUALITIES = ["certain", "probable", "possible", "unknown"] as const;
const POLARITIES = ["positive", "negative"] as const;
const RELATION_TYPES = ["contradicts", "supports", "elaborates"] as const;
const NOTE_KINDS = ["inconsistency", "ambiguity", "error"] as const;
const TIME_VALUES = ["2024-01-02", "2023-07", "1953", "P3D", "2023-07-27T20:00+09:00", "2024-01-01/2024-01-03"];

/** The text skeleton: paragraphs of sentences of words, with every word's span. */
function buildText(draw: ReturnType<typeof drawer>) {
  const words: Span[] = [];
  const paragraphs: AnnotatedArticle["paragraphs"] = [];
  const sentences: AnnotatedArticle["sentences"] = [];
  let text = "";
  const paragraphCount = draw(fc.integer({ min: 1, max: 3 }));
  for (let p = 0; p < paragraphCount; p++) {
    if (p > 0) text += "\n";
    const paragraphStart = text.length;
    const sentenceCount = draw(fc.integer({ min: 1, max: 3 }));
    for (let s = 0; s < sentenceCount; s++) {
      if (s > 0) text += " ";
      const sentenceStart = text.length;
      draw(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })).forEach((word, w) => {
        if (w > 0) text += " ";
        words.push({ start: text.length, end: text.length + word.length, text: word });
        text += word;
      });
      text += ".";
      sentences.push({
        id: `s${sentences.length + 1}`,
        paragraphId: `p${p + 1}`,
        span: { start: sentenceStart, end: text.length, text: text.slice(sentenceStart) },
      });
    }
    paragraphs.push({
      id: `p${p + 1}`,
      span: { start: paragraphStart, end: text.length, text: text.slice(paragraphStart) },
    });
  }
  return { text, words, paragraphs, sentences };
}

/**
 * A random valid annotated article: 1–3 paragraphs of 1–3 sentences, entities (one of them
 * possibly a group), mentions of one or two words, claims with quotes, cues, sources, nesting and
 * relations, times with anchors, notes. Draw it inside a property from `fc.gen()`.
 */
export function randomArticle(g: fc.GeneratorValue): AnnotatedArticle {
  const draw = drawer(g);
  const { text, words, paragraphs, sentences } = buildText(draw);
  const spanOfWords = (first: number, last: number): Span => {
    const { start } = words[first]!;
    const { end } = words[last]!;
    return { start, end, text: text.slice(start, end) };
  };
  const wordIndex = (min = 0, max = words.length - 1) => draw(fc.integer({ min, max }));
  /** First and last word of a run of up to `maxWords` words. */
  const wordRun = (maxWords: number): [number, number] => {
    const first = wordIndex();
    return [first, Math.min(words.length - 1, first + draw(fc.integer({ min: 0, max: maxWords - 1 })))];
  };
  const some = <T>(items: readonly T[], maxLength = items.length): T[] => draw(fc.subarray([...items], { maxLength }));
  const oneOf = <T>(items: readonly T[]): T => draw(fc.constantFrom(...items));

  const plainIds = Array.from({ length: draw(fc.integer({ min: 1, max: 4 })) }, (_, k) => `e${k}`);
  const entities: Entity[] = plainIds.map((id) => ({
    id,
    type: oneOf(ENTITY_TYPES),
    name: `Entity ${id}`,
    aliases: some(WORDS, 2),
    description: "Generated.",
  }));
  if (plainIds.length > 1 && draw(fc.boolean())) {
    entities.push({
      id: "group",
      type: "group",
      name: "The group",
      aliases: [],
      description: "Generated.",
      members: draw(fc.subarray(plainIds, { minLength: 1 })),
    });
  }
  const entityIds = entities.map((e) => e.id);

  // Distinct first words keep every (entity, span) pair unique, as the schema requires.
  const mentionCount = new Map<string, number>();
  const mentions: Mention[] = draw(
    fc.uniqueArray(fc.integer({ min: 0, max: words.length - 1 }), { maxLength: 10 }),
  ).map((first) => {
    const entityId = oneOf(entityIds);
    const n = (mentionCount.get(entityId) ?? 0) + 1;
    mentionCount.set(entityId, n);
    const last = Math.min(words.length - 1, first + draw(fc.integer({ min: 0, max: 1 })));
    return { id: `${entityId}@${n}`, entityId, span: spanOfWords(first, last), form: oneOf(MENTION_FORMS) };
  });

  const timeIds = Array.from({ length: draw(fc.integer({ min: 0, max: 2 })) }, (_, k) => `t${k}`);
  const times: TimeExpression[] = timeIds.map((id, k) => {
    // Anchors point to earlier times only, so they never form a cycle, which the schema rejects.
    const others = timeIds.slice(0, k);
    const time: TimeExpression = {
      id,
      span: spanOfWords(...wordRun(2)),
      type: "date",
      value: oneOf(TIME_VALUES),
      basis: "Generated.",
    };
    if (others.length > 0 && draw(fc.boolean())) time.anchor = oneOf(others);
    return time;
  });

  const claimIds = Array.from({ length: draw(fc.integer({ min: 0, max: 4 })) }, (_, k) => `c${k}`);
  const claims: Claim[] = claimIds.map((id, k) => {
    const [first, last] = wordRun(6);
    const byEntity = draw(fc.boolean());
    const sourceId = oneOf(entityIds);
    const sourceMentions = mentions.filter((m) => m.entityId === sourceId);
    const others = claimIds.filter((other) => other !== id);
    const claim: Claim = {
      id,
      content: spanOfWords(first, last),
      source: byEntity ? { entityId: sourceId } : { author: true },
      quote: oneOf(QUOTE_TYPES),
      // Quotes lie inside the content, as the schema requires.
      quotes: draw(fc.uniqueArray(fc.integer({ min: first, max: last }), { maxLength: 2 })).map((q) =>
        spanOfWords(q, Math.min(last, q + draw(fc.integer({ min: 0, max: 1 })))),
      ),
      factuality: oneOf(FACTUALITIES),
      polarity: oneOf(POLARITIES),
      about: some(entityIds),
      relations:
        others.length === 0
          ? []
          : draw(
              fc.array(fc.record({ type: fc.constantFrom(...RELATION_TYPES), target: fc.constantFrom(...others) }), {
                maxLength: 2,
              }),
            ),
    };
    if (byEntity && sourceMentions.length > 0 && draw(fc.boolean())) claim.sourceMention = oneOf(sourceMentions).id;
    if (draw(fc.boolean())) claim.cue = spanOfWords(...wordRun(2));
    if (timeIds.length > 0 && draw(fc.boolean())) claim.times = some(timeIds);
    // Nested in an earlier claim only, so nesting never forms a cycle, which the schema rejects.
    if (k > 0 && draw(fc.boolean())) claim.nestedIn = oneOf(claimIds.slice(0, k));
    return claim;
  });

  const notes = Array.from({ length: draw(fc.integer({ min: 0, max: 2 })) }, (_, k) => ({
    id: `n${k}`,
    span: spanOfWords(...wordRun(3)),
    kind: oneOf(NOTE_KINDS),
    message: "Generated.",
  }));

  return {
    id: "random-article",
    schemaVersion: "1.0.0",
    language: "en",
    title: { text: "A random article", editorial: true },
    text,
    textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
    provenance: { summary: "Generated by fast-check.", inferences: [] },
    published: { date: "2024-01-02", basis: "inferred", explanation: "Generated." },
    paragraphs,
    sentences,
    entities,
    mentions,
    claims,
    times,
    notes,
  };
}

// ---------------------------------------------------------------------------------------------
// Mutations: one random way to break an article, applied in place, with the path of the field
// it broke, so a test can demand that the schema names that field.

type Path = (string | number)[];

/** One mutation applied to an article. */
export interface Mutation {
  readonly kind: MutationKind;
  /** What was changed, for failure messages. */
  readonly description: string;
  /** The mutated field: at least one issue's path must start with it. */
  readonly path: Path;
  /** True when an issue must be at exactly `path` (an extra key is reported on its object). */
  readonly exact?: boolean;
}

export const MUTATION_KINDS = [
  "shift",
  "negative",
  "fractional",
  "non-bmp",
  "non-nfc",
  "dangling",
  "duplicate",
  "enum",
  "extra-key",
  "wrong-type",
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** Every value reachable from `root` with its path, `root` itself first. */
function locations(root: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const here = [{ path, value: root }];
  if (root === null || typeof root !== "object") return here;
  return [
    ...here,
    ...Object.entries(root).flatMap(([key, child]) =>
      locations(child, [...path, Array.isArray(root) ? Number(key) : key]),
    ),
  ];
}

/** The path with array indices as `*`, e.g. `claims.*.relations.*.target`. */
const pattern = (path: Path) => path.map((p) => (typeof p === "number" ? "*" : p)).join(".");
const kindOf = (value: unknown) => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value);

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = path
    .slice(0, -1)
    .reduce((node: unknown, key) => (node as Record<string | number, unknown>)[key], root);
  (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
}

const ENUMS: Record<string, readonly string[]> = {
  "entities.*.type": [...ENTITY_TYPES, "group"],
  "mentions.*.form": MENTION_FORMS,
  "claims.*.quote": QUOTE_TYPES,
  "claims.*.factuality": FACTUALITIES,
  "claims.*.polarity": POLARITIES,
  "claims.*.relations.*.type": RELATION_TYPES,
  "times.*.type": ["date", "time", "duration", "range"],
  "notes.*.kind": NOTE_KINDS,
  "published.basis": ["stated", "inferred"],
};

// Fields holding the id of another item, and what a dangling id looks like there.
const REFERENCES: Record<string, (unknownId: string) => string> = {
  "mentions.*.entityId": (id) => id,
  "claims.*.source.entityId": (id) => id,
  "claims.*.sourceMention": (id) => `${id}@1`,
  "claims.*.about.*": (id) => id,
  "claims.*.times.*": (id) => id,
  "claims.*.nestedIn": (id) => id,
  "claims.*.relations.*.target": (id) => id,
  "times.*.anchor": (id) => id,
  "entities.*.partOf": (id) => id,
  "entities.*.memberOf": (id) => id,
  "entities.*.members.*": (id) => id,
  "sentences.*.paragraphId": (id) => id,
};

const COLLECTIONS = ["paragraphs", "sentences", "entities", "mentions", "claims", "times", "notes"] as const;
const NON_BMP = ["😀", "𝒳", "𐐷", "🇰🇵", "\u{10FFFD}"];
const isSpan = (value: unknown): value is Span =>
  kindOf(value) === "object" && ["start", "end", "text"].every((key) => key in (value as object));

/**
 * Breaks `doc` in place in one way of the given kind: shifted, negative or fractional offsets, a
 * non-BMP character in a span's text, non-NFC text, a dangling reference, a duplicate id, a wrong
 * enum value, an extra key, or a value of the wrong type. Returns `undefined` when the draw
 * happens to change nothing (a span shifted onto the same characters elsewhere).
 */
export function mutateArticle(g: fc.GeneratorValue, doc: AnnotatedArticle, kind: MutationKind): Mutation | undefined {
  const draw = drawer(g);
  const all = locations(doc);
  const pick = <T>(items: readonly T[]): T => items[draw(fc.integer({ min: 0, max: items.length - 1 }))]!;
  const spans = all.filter(({ value }) => isSpan(value)) as { path: Path; value: Span }[];

  switch (kind) {
    case "shift": {
      const { path, value: span } = pick(spans);
      const delta = draw(fc.integer({ min: -40, max: 40 })) || 1;
      const which = draw(fc.constantFrom("both", "start", "end"));
      const start = which === "end" ? span.start : span.start + delta;
      const end = which === "start" ? span.end : span.end + delta;
      if (start >= 0 && start <= end && end <= doc.text.length && doc.text.slice(start, end) === span.text)
        return undefined;
      Object.assign(span, { start, end });
      return { kind, description: `${pattern(path)}: ${which} shifted by ${delta}`, path };
    }
    case "negative":
    case "fractional": {
      const { path, value: span } = pick(spans);
      const field = draw(fc.constantFrom("start", "end"));
      span[field] =
        kind === "negative"
          ? -draw(fc.integer({ min: 1, max: 10_000 }))
          : span[field] + draw(fc.double({ min: 0.001, max: 0.999, noNaN: true }));
      return { kind, description: `${pattern(path)}.${field} = ${span[field]}`, path: [...path, field] };
    }
    case "non-bmp": {
      const { path, value: span } = pick(spans);
      const at = draw(fc.integer({ min: 0, max: span.text.length }));
      const char = draw(fc.constantFrom(...NON_BMP));
      span.text = span.text.slice(0, at) + char + span.text.slice(at);
      return { kind, description: `${pattern(path)}.text: ${JSON.stringify(char)} inserted at ${at}`, path };
    }
    case "non-nfc": {
      // "e" + COMBINING ACUTE ACCENT is "é" decomposed; two code units replace two, so no offset moves.
      const at = draw(fc.integer({ min: 0, max: doc.text.length - 2 }));
      doc.text = `${doc.text.slice(0, at)}e\u0301${doc.text.slice(at + 2)}`;
      return { kind, description: `text: decomposed é at ${at}`, path: ["text"] };
    }
    case "dangling": {
      // Optional references are also added where absent, so every claim and time can dangle.
      const present = all.filter(({ path }) => pattern(path) in REFERENCES).map(({ path }) => path);
      const added = [
        ...doc.claims.map((_, i): Path => ["claims", i, "nestedIn"]),
        ...doc.times.map((_, i): Path => ["times", i, "anchor"]),
      ];
      const path = pick([...present, ...added]);
      const existing = new Set(all.map(({ value }) => value).filter((value) => typeof value === "string"));
      let unknownId = `zz-${draw(fc.stringMatching(/^[a-z0-9]{1,8}$/))}`;
      while (existing.has(unknownId)) unknownId += "-x";
      const value = REFERENCES[pattern(path)]!(unknownId);
      setAt(doc, path, value);
      return { kind, description: `${pattern(path)} = ${value}`, path };
    }
    case "duplicate": {
      // The later item takes the earlier one's id: the schema reports the later one.
      const name = draw(fc.constantFrom(...COLLECTIONS.filter((c) => doc[c].length >= 2)));
      const items: { id: string }[] = doc[name];
      const [first, later] = draw(
        fc.uniqueArray(fc.integer({ min: 0, max: items.length - 1 }), { minLength: 2, maxLength: 2 }),
      ).sort((a, b) => a - b);
      items[later!]!.id = items[first!]!.id;
      return { kind, description: `${name}[${later}].id = ${name}[${first}].id`, path: [name, later!, "id"] };
    }
    case "enum": {
      const { path } = pick(all.filter(({ path }) => pattern(path) in ENUMS));
      let value = draw(fc.string({ maxLength: 12 }));
      if (ENUMS[pattern(path)]!.includes(value)) value += "!";
      setAt(doc, path, value);
      return { kind, description: `${pattern(path)} = ${JSON.stringify(value)}`, path };
    }
    case "extra-key": {
      const { path, value } = pick(all.filter(({ value }) => kindOf(value) === "object"));
      let key = draw(fc.stringMatching(/^[A-Za-z_$][\w$]{0,10}$/));
      while (key in (value as object)) key += "X"; // also steps around __proto__ and the like
      (value as Record<string, unknown>)[key] = draw(fc.jsonValue({ maxDepth: 1 }));
      return { kind, description: `${pattern(path) || "(root)"}.${key} added`, path, exact: true };
    }
    case "wrong-type": {
      const { path, value } = pick(all.filter(({ path }) => path.length > 0));
      const anyValue = fc.oneof(
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.nat(), { maxLength: 2 }),
        fc.dictionary(fc.string(), fc.nat(), { maxKeys: 2 }),
      );
      const replacement = draw(anyValue.filter((candidate) => kindOf(candidate) !== kindOf(value)));
      setAt(doc, path, replacement);
      return { kind, description: `${pattern(path)} (${kindOf(value)}) = ${JSON.stringify(replacement)}`, path };
    }
  }
}
