/** What the random-article and mutation arbitraries draw from: a typed drawer and the vocabularies. */
import type fc from "fast-check";

/** Draws one value of `arb` from a `fc.gen()` generator, typed. */
export const drawer =
  (g: fc.GeneratorValue) =>
  <T>(arb: fc.Arbitrary<T>): T =>
    g(() => arb);

// Words of random texts: ASCII, precomposed accents (already NFC), curly quotes, an en dash, and
// characters outside the BMP, which take two UTF-16 code units each, so offsets and code points differ.
export const WORDS = [
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
export const ENTITY_TYPES = [
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
export const MENTION_FORMS = ["name", "nominal", "pronoun", "adjectival", "metonym"] as const;
export const QUOTE_TYPES = ["direct", "partial", "indirect", "none"] as const;
export const FACTUALITIES = ["certain", "probable", "possible", "unknown"] as const;
export const POLARITIES = ["positive", "negative"] as const;
export const RELATION_TYPES = ["contradicts", "supports", "elaborates"] as const;
export const NOTE_KINDS = ["inconsistency", "ambiguity", "error"] as const;
export const TIME_VALUES = ["2024-01-02", "2023-07", "1953", "P3D", "2023-07-27T20:00+09:00", "2024-01-01/2024-01-03"];
