import { createHash } from "node:crypto";
import type { AnnotatedArticle } from "../../src/schema/index.js";

// Offsets of the n-th occurrence (1-based) of `words` in `text`.
function spanOf(text: string, words: string, occurrence = 1) {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" (occurrence ${occurrence}) is not in the text`);
  return { start, end: start + words.length, text: words };
}

// One paragraph per line, one sentence per paragraph.
function skeleton(
  id: string,
  title: string,
  text: string,
): Omit<AnnotatedArticle, "entities" | "mentions" | "claims" | "times" | "notes"> {
  const paragraphs: AnnotatedArticle["paragraphs"] = [];
  let start = 0;
  for (const [i, line] of text.split("\n").entries()) {
    paragraphs.push({ id: `p${i + 1}`, span: { start, end: start + line.length, text: line } });
    start += line.length + 1;
  }
  return {
    id,
    schemaVersion: "1.0.0",
    language: "en",
    title: { text: title, editorial: true },
    text,
    textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
    provenance: { summary: "Written by hand for the format tests.", inferences: [] },
    published: { date: "2024-02-29", basis: "stated", explanation: "Invented." },
    paragraphs,
    sentences: paragraphs.map((p, i) => ({ id: `s${i + 1}`, paragraphId: p.id, span: p.span })),
  };
}

/**
 * An article whose mentions follow characters outside the Basic Multilingual Plane: an
 * astronaut emoji ZWJ sequence (4 code points, 7 UTF-16 units), a snake, and a word in
 * mathematical Fraktur letters inside a quote.
 */
export function emojiArticle(): AnnotatedArticle {
  const text = "👩🏽‍🚀 Ada Lovelace met 🐍 Guido in Zürich.\nAda said “𝔘𝔫𝔦𝔠𝔬𝔡𝔢 is hard” but Guido denied it.";
  const s = (words: string, occurrence = 1) => spanOf(text, words, occurrence);
  return {
    ...skeleton("emoji-article", "Ada meets Guido 🐍", text),
    entities: [
      {
        id: "ada-lovelace",
        type: "person",
        name: "Ada Lovelace",
        aliases: ["Ada"],
        description: "Met Guido.",
        wikidata: "Q7259",
      },
      { id: "guido", type: "person", name: "Guido", aliases: [], description: "Denied it." },
      { id: "zurich", type: "city", name: "Zürich", aliases: [], description: "Where they met.", wikidata: "Q72" },
    ],
    mentions: [
      { id: "ada-lovelace@1", entityId: "ada-lovelace", span: s("Ada Lovelace"), form: "name" },
      { id: "guido@1", entityId: "guido", span: s("Guido"), form: "name" },
      { id: "zurich@1", entityId: "zurich", span: s("Zürich"), form: "name" },
      { id: "ada-lovelace@2", entityId: "ada-lovelace", span: s("Ada", 2), form: "name" },
      { id: "guido@2", entityId: "guido", span: s("Guido", 2), form: "name" },
    ],
    claims: [
      {
        id: "ada-unicode-hard",
        content: s("“𝔘𝔫𝔦𝔠𝔬𝔡𝔢 is hard”"),
        source: { entityId: "ada-lovelace" },
        sourceMention: "ada-lovelace@2",
        cue: s("said"),
        quote: "direct",
        quotes: [s("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 is hard")],
        factuality: "certain",
        polarity: "positive",
        about: [],
        relations: [{ type: "contradicts", target: "guido-denied" }],
      },
      {
        id: "guido-denied",
        content: s("it"),
        source: { entityId: "guido" },
        sourceMention: "guido@2",
        cue: s("denied"),
        quote: "indirect",
        quotes: [],
        factuality: "certain",
        polarity: "negative",
        about: [],
        relations: [{ type: "contradicts", target: "ada-unicode-hard" }],
      },
    ],
    times: [],
    notes: [],
  };
}

/** XSS test vectors (after the OWASP filter evasion cheat sheet) placed in every text field the HTML page shows. */
export const XSS_VECTORS = [
  "<script>alert(1)</script>",
  `"><img src=x onerror=alert(1)>`,
  "javascript:alert(1)",
  "'onmouseover='alert(1)",
  "</style><script>alert(2)</script>",
  "<svg/onload=alert(3)>",
  "</title><iframe src=javascript:alert(4)>",
  "&lt;script&gt;",
] as const;

/** A valid article whose text, title, entity names and descriptions and claim are made of XSS vectors. */
export function xssArticle(): AnnotatedArticle {
  const [script, img, js, mouse, style, svg, title, entity] = XSS_VECTORS;
  const text = `Mallory wrote ${script} and ${img} here.\nEve said ${js} then ${mouse} and ${style}, ${svg} ${entity}.`;
  const s = (words: string, occurrence = 1) => spanOf(text, words, occurrence);
  return {
    ...skeleton("xss-article", `${title} ${script}`, text),
    provenance: { summary: `${style} ${img}`, inferences: [] },
    entities: [
      { id: "mallory", type: "person", name: `Mallory ${script}`, aliases: ["Mallory"], description: img },
      { id: "eve", type: "organization", name: `Eve ${mouse}`, aliases: ["Eve"], description: `${style} ${js}` },
      { id: "payload", type: "other", name: svg, aliases: [], description: title },
    ],
    mentions: [
      { id: "mallory@1", entityId: "mallory", span: s("Mallory"), form: "name" },
      { id: "payload@1", entityId: "payload", span: s(script), form: "nominal" },
      { id: "payload@2", entityId: "payload", span: s(img), form: "nominal" },
      { id: "eve@1", entityId: "eve", span: s("Eve"), form: "name" },
      { id: "payload@3", entityId: "payload", span: s(svg), form: "nominal" },
    ],
    claims: [
      {
        id: "eve-said",
        content: s(`${js} then ${mouse}`),
        source: { entityId: "eve" },
        sourceMention: "eve@1",
        cue: s("said"),
        quote: "partial",
        quotes: [s(js)],
        factuality: "possible",
        polarity: "positive",
        about: ["payload"],
        relations: [{ type: "contradicts", target: "author-wrote" }],
        comment: script,
      },
      {
        id: "author-wrote",
        content: s(`wrote ${script} and ${img}`),
        source: { author: true },
        quote: "none",
        quotes: [],
        factuality: "certain",
        polarity: "negative",
        about: ["mallory"],
        relations: [{ type: "contradicts", target: "eve-said" }],
      },
    ],
    times: [],
    notes: [{ id: "note", span: s(entity), kind: "error", message: script }],
  };
}
