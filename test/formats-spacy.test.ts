import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { toSpacy, type SpacyDocJson } from "../src/formats/index.js";
import type { ArticleOf } from "../src/types.js";
import { emojiArticle } from "./support/formats-articles.js";
import { repoRoot } from "./support/paths.js";
import { syntheticArticle } from "./support/synthetic.js";

const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

// spacy.util.get_words_and_spaces, transcribed: the tokens spaCy rebuilds from the words and
// the text in Doc.from_json; from_json asserts they equal the exported tokens.
function spacyWords(words: readonly string[], text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let at = 0;
  for (const word of words.filter((w) => w.trim() !== "")) {
    const wordChars = Array.from(word);
    let found = at;
    while (chars.slice(found, found + wordChars.length).join("") !== word) found++;
    if (found > at) out.push(chars.slice(at, found).join(""));
    out.push(word);
    at = found + wordChars.length;
    if (chars[at] === " ") at++;
  }
  if (at < chars.length) out.push(chars.slice(at).join(""));
  return out;
}

describe.each([
  ["the shipped article", article as ArticleOf],
  ["the synthetic article", syntheticArticle() as ArticleOf],
  ["an article with non-BMP characters", emojiArticle() as ArticleOf],
])("toSpacy on %s", (_, doc) => {
  const json: SpacyDocJson = toSpacy(doc);

  it("has the shape of Doc.to_json()", () => {
    expect(Object.keys(json)).toEqual(["text", "ents", "sents", "tokens", "spans"]);
    expect(json.text).toBe(doc.text);
    for (const t of json.tokens) expect(Object.keys(t)).toEqual(["id", "start", "end"]);
    for (const e of json.ents) expect(Object.keys(e)).toEqual(["start", "end", "label"]);
    for (const s of json.sents) expect(Object.keys(s)).toEqual(["start", "end"]);
    for (const group of Object.values(json.spans))
      for (const s of group) expect(Object.keys(s)).toEqual(["start", "end", "label", "kb_id"]);
    json.tokens.forEach((t, i) => expect(t.id).toBe(i));
  });

  it("has tokens that tile the text as spaCy rebuilds them", () => {
    const words = json.tokens.map((t) => cpSlice(doc.text, t.start, t.end));
    expect(spacyWords(words, doc.text)).toEqual(words);
    for (const [a, b] of json.tokens.slice(1).map((t, i) => [json.tokens[i]!, t] as const))
      expect(b.start).toBeGreaterThanOrEqual(a.end);
  });

  it("has entities that are sorted, do not overlap and lie on token boundaries", () => {
    const starts = new Set(json.tokens.map((t) => t.start));
    const ends = new Set(json.tokens.map((t) => t.end));
    json.ents.forEach((e, i) => {
      expect(starts.has(e.start) && ends.has(e.end), JSON.stringify(e)).toBe(true);
      if (i > 0) expect(e.start).toBeGreaterThanOrEqual(json.ents[i - 1]!.end);
    });
    for (const group of Object.values(json.spans))
      for (const s of group) expect(starts.has(s.start) && ends.has(s.end)).toBe(true);
  });

  it("keeps every mention, nested ones included, in the mentions span group", () => {
    const mentions = json.spans["mentions"]!;
    expect(mentions.length).toBe(doc.mentions.length);
    const key = (entityId: string, text: string) => `${entityId}:${text}`;
    expect(mentions.map((s) => key(s.kb_id, cpSlice(doc.text, s.start, s.end))).sort()).toEqual(
      doc.mentions.map((m) => key(m.entityId, m.span.text)).sort(),
    );
  });

  it("has claim parts keyed by claim id and sentences covering the text", () => {
    expect(json.spans["claims"]!.map((s) => cpSlice(doc.text, s.start, s.end)).sort()).toEqual(
      doc.claims.map((c) => c.content.text).sort(),
    );
    expect(json.spans["claim-cues"]!.length).toBe(doc.claims.filter((c) => c.cue).length);
    expect(json.spans["claim-quotes"]!.length).toBe(doc.claims.reduce((n, c) => n + c.quotes.length, 0));
    expect(json.sents.length).toBe(doc.sentences.length);
    expect(json.sents[0]!.start).toBe(0);
    expect(json.sents.at(-1)!.end).toBe(json.tokens.at(-1)!.end);
    json.sents.forEach((s, i) => expect(cpSlice(doc.text, s.start, s.end).trim()).toBe(doc.sentences[i]!.span.text));
  });
});

describe("toSpacy and code points", () => {
  it("differs from UTF-16 offsets by the non-BMP characters before each span", () => {
    const doc = emojiArticle();
    const json = toSpacy(doc);
    const astralBefore = (offset: number) => Array.from(doc.text.slice(0, offset)).filter((c) => c.length === 2).length;
    for (const mention of doc.mentions) {
      const { start, end } = mention.span;
      expect(json.spans["mentions"]).toContainEqual(
        expect.objectContaining({
          kb_id: mention.entityId,
          start: start - astralBefore(start),
          end: end - astralBefore(end),
        }),
      );
    }
    expect(astralBefore(doc.mentions[1]!.span.start)).toBe(4); // 👩 🏽 🚀 🐍 before "Guido"
    expect(json.ents[0]).toEqual({ start: 5, end: 17, label: "PERSON" }); // "Ada Lovelace" after "👩🏽‍🚀 "
  });

  it("equals what spaCy 3.8 itself writes back after reading the export (see fixtures/spacy/SOURCE.md)", () => {
    const spacyOutput = JSON.parse(
      readFileSync(join(repoRoot, "test", "fixtures", "spacy", "emoji-article.spacy.json"), "utf8"),
    );
    expect(toSpacy(emojiArticle(), { extensions: true })).toEqual(spacyOutput);
  });

  it("labels entities OntoNotes-style on the shipped article", () => {
    const json = toSpacy();
    const ents = json.ents.map((e) => `${cpSlice(article.text, e.start, e.end)}/${e.label}`);
    expect(ents.slice(0, 4)).toEqual(["North Korean/NORP", "Kim Jong Un/PERSON", "Russia/GPE", "Sergei Shoigu/PERSON"]);
    expect(ents).toContain("Biden/PERSON");
    expect(Object.keys(json.spans).filter((k) => k.startsWith("coref_clusters_")).length).toBe(
      article.entities.filter((e) => article.mentions.filter((m) => m.entityId === e.id).length >= 2).length,
    );
  });
});
