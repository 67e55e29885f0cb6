/** What the random-article and mutation arbitraries draw from: a typed drawer and the vocabularies. */
import type fc from "fast-check";
import { FactualitySchema, PolaritySchema, QuoteTypeSchema } from "../../src/schema/claim.js";
import { MentionFormSchema } from "../../src/schema/mention.js";
import { NoteKindSchema } from "../../src/schema/note.js";
import { ENTITY_TYPES as ALL_ENTITY_TYPES, CLAIM_RELATION_TYPES } from "../../src/schema/vocabulary.js";

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
// The closed vocabularies, read from the package. Random articles draw every entity type but
// "group"; the mutations (test/support/mutations.ts) add "group" to their values.
export const ENTITY_TYPES = ALL_ENTITY_TYPES.filter((type) => type !== "group");
export const MENTION_FORMS = MentionFormSchema.options;
export const QUOTE_TYPES = QuoteTypeSchema.options;
export const FACTUALITIES = FactualitySchema.options;
export const POLARITIES = PolaritySchema.options;
export const RELATION_TYPES = CLAIM_RELATION_TYPES;
export const NOTE_KINDS = NoteKindSchema.options;
export const TIME_VALUES = ["2024-01-02", "2023-07", "1953", "P3D", "2023-07-27T20:00+09:00", "2024-01-01/2024-01-03"];
