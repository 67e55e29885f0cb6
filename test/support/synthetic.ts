import { createHash } from "node:crypto";
import type { AnnotatedArticle } from "../../src/schema/index.js";

const span = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the synthetic text`);
  return { start, end: start + words.length, text: words };
};

/**
 * A small valid article built by hand: two paragraphs, a non-BMP emoji before the first
 * mention (so UTF-16 and code-point offsets differ), a group, a quote, a contradiction and
 * two times.
 */
export function syntheticArticle(): AnnotatedArticle {
  const text =
    "🚀 Alice met Bob in Paris on Monday. She said “it went well.”\nBob denied it. Café owners disagreed on 2024-01-02.";
  const p1 = text.slice(0, text.indexOf("\n"));
  const p2Start = text.indexOf("\n") + 1;
  return {
    id: "synthetic",
    schemaVersion: "1.0.0",
    language: "en",
    title: { text: "A synthetic article", editorial: true },
    text,
    textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
    provenance: { summary: "Built by hand for tests.", inferences: [] },
    published: { date: "2024-01-02", basis: "stated", explanation: "The text states it." },
    paragraphs: [
      { id: "p1", span: { start: 0, end: p1.length, text: p1 } },
      { id: "p2", span: { start: p2Start, end: text.length, text: text.slice(p2Start) } },
    ],
    sentences: [
      { id: "s1", paragraphId: "p1", span: span(text, "🚀 Alice met Bob in Paris on Monday.") },
      { id: "s2", paragraphId: "p1", span: span(text, "She said “it went well.”") },
      { id: "s3", paragraphId: "p2", span: span(text, "Bob denied it.") },
      { id: "s4", paragraphId: "p2", span: span(text, "Café owners disagreed on 2024-01-02.") },
    ],
    entities: [
      { id: "alice", type: "person", name: "Alice Ámbar", aliases: ["Alice"], description: "Met Bob." },
      { id: "bob", type: "person", name: "Bob", aliases: [], description: "Denied it." },
      { id: "paris", type: "city", name: "Paris", aliases: [], description: "Where they met.", wikidata: "Q90" },
      {
        id: "alice-and-bob",
        type: "group",
        name: "Alice and Bob",
        aliases: [],
        description: "Both.",
        members: ["alice", "bob"],
      },
      { id: "cafe-owners", type: "group", name: "café owners", aliases: [], description: "Disagreed." },
    ],
    mentions: [
      { id: "alice@1", entityId: "alice", span: span(text, "Alice"), form: "name" },
      { id: "bob@1", entityId: "bob", span: span(text, "Bob"), form: "name" },
      { id: "paris@1", entityId: "paris", span: span(text, "Paris"), form: "name" },
      { id: "alice@2", entityId: "alice", span: span(text, "She"), form: "pronoun" },
      { id: "bob@2", entityId: "bob", span: span(text, "Bob", p2Start), form: "name" },
      { id: "alice-and-bob@1", entityId: "alice-and-bob", span: span(text, "Alice met Bob"), form: "name" },
      { id: "cafe-owners@1", entityId: "cafe-owners", span: span(text, "Café owners"), form: "nominal" },
    ],
    claims: [
      {
        id: "alice-said-well",
        content: span(text, "“it went well.”"),
        source: { entityId: "alice" },
        sourceMention: "alice@2",
        cue: span(text, "said"),
        quote: "direct",
        quotes: [span(text, "it went well.")],
        factuality: "certain",
        polarity: "positive",
        about: ["alice", "bob"],
        times: ["monday"],
        relations: [{ type: "contradicts", target: "bob-denied" }],
      },
      {
        id: "bob-denied",
        content: span(text, "it", p2Start),
        source: { entityId: "bob" },
        sourceMention: "bob@2",
        cue: span(text, "denied"),
        quote: "indirect",
        quotes: [],
        factuality: "certain",
        polarity: "negative",
        about: ["bob"],
        relations: [{ type: "contradicts", target: "alice-said-well" }],
      },
      {
        id: "author-owners-disagreed",
        content: span(text, "Café owners disagreed on 2024-01-02"),
        source: { author: true },
        quote: "none",
        quotes: [],
        factuality: "certain",
        polarity: "positive",
        about: ["cafe-owners"],
        times: ["jan-2"],
        relations: [],
      },
    ],
    times: [
      {
        id: "monday",
        span: span(text, "Monday"),
        type: "date",
        value: "2024-01-01",
        anchor: "jan-2",
        basis: "The Monday before 2 January 2024.",
      },
      { id: "jan-2", span: span(text, "2024-01-02"), type: "date", value: "2024-01-02", basis: "Stated." },
    ],
    notes: [
      {
        id: "vague-it",
        span: span(text, "it", p2Start),
        kind: "ambiguity",
        message: "“it” is the meeting going well.",
      },
    ],
  };
}
