import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { nonMentions } from "./support/shipped-data.js";
import { repoRoot } from "./support/paths.js";

/**
 * Words that refer to an entity without being one of its names or aliases, which the
 * alias-based coverage test cannot see: pronouns, demonyms and other adjectives of reference,
 * and common nouns the article uses for its entities. The guidelines list the same words
 * (section 2, reference words).
 */
const REFERENCE_WORDS = [
  "he",
  "him",
  "his",
  "its",
  "their",
  "they",
  "This",
  "Korean",
  "Russian",
  "Chinese",
  "national",
  "nation",
  "capital",
  "countries",
  "Moscow",
  "West",
  "state media",
] as const;

const { text, mentions } = article;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const occurrences = (word: string) =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "gu"))].map((m) => ({
    start: m.index,
    end: m.index + word.length,
  }));
const covers = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;
const PRONOUNS = new Set(["he", "him", "his", "its", "their", "they", "This"]);

describe("reference words", () => {
  it("are, at every occurrence, inside a mention or listed in data/non-mentions.json with a reason", () => {
    const missing = REFERENCE_WORDS.flatMap((word) =>
      occurrences(word)
        .filter((o) => !mentions.some((m) => covers(m.span, o)) && !nonMentions.some((n) => covers(n.span, o)))
        .map((o) => `"${word}" at ${o.start}`),
    );
    expect(missing).toEqual([]);
  });

  it("occur in the text (the list names no word the article lacks)", () => {
    expect(REFERENCE_WORDS.filter((w) => occurrences(w).length === 0)).toEqual([]);
  });

  it("that are pronouns are pronoun mentions of exactly the word", () => {
    for (const word of PRONOUNS) {
      for (const o of occurrences(word)) {
        const m = mentions.find((x) => x.span.start === o.start && x.span.end === o.end);
        expect(m?.form, `"${word}" at ${o.start}`).toBe("pronoun");
      }
    }
  });

  it("are the list the guidelines give", () => {
    const guidelines = readFileSync(join(repoRoot, "docs", "annotation-guidelines.md"), "utf8");
    const line = guidelines.split("\n").find((l) => l.startsWith("**Reference words**"));
    expect(line, "the guidelines have a **Reference words** line").toBeDefined();
    const listed = [...line!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(listed).toEqual([...REFERENCE_WORDS]);
  });
});
