import fc from "fast-check";
import type { AnnotatedArticle, Span } from "../../src/schema/index.js";
import {
  drawer,
  ENTITY_TYPES,
  FACTUALITIES,
  MENTION_FORMS,
  NOTE_KINDS,
  POLARITIES,
  QUOTE_TYPES,
  RELATION_TYPES,
} from "./arbitrary-vocabulary.js";

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
