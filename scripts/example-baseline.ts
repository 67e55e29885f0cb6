/**
 * An example system for the evaluation kit: a small rule-based baseline that tags entity
 * mentions, links them into coreference chains and finds attributions, from the article text
 * alone. It shows the predictions format end to end and gives a floor to compare real
 * systems with; it is deliberately naive (see docs/evaluate.md for its scores).
 *
 *   npx tsx scripts/example-baseline.ts out.json   write the predictions to out.json
 *   npx tsx scripts/example-baseline.ts            print them
 *   node dist/cli.js score out.json                score them
 * What it does:
 * - Mentions: runs of capitalised words ("Kim Jong Un", "Korean Central News Agency", "U.S."),
 *   without sentence-initial function words, titles, weekdays and months, split around a small
 *   gazetteer of demonyms ("North Korean", "Russian", …) that are tagged as mentions of their
 *   country; a lower-case organisation head after a name joins it ("Biden administration");
 *   and the pronouns he, him, his, she, her, they, them, their, its. Types come from small
 *   gazetteers of countries and cities and from keywords (Agency, Party → organization;
 *   War → event); an all-capital acronym is an organization; anything else is a person.
 * - Coreference: each mention joins the chain of the nearest preceding compatible mention: the
 *   same name, a name one of whose words it is ("Shoigu" → "Sergei Shoigu"), a name whose
 *   initials it is ("KCNA"), the country of a demonym; he/him/his/she/her the nearest person,
 *   they/them/their/its the nearest mention that is not a person. Everything else starts a chain.
 * - Attribution: the cues "according to", "claiming", "denied" and "said". The source is the
 *   nearest entity mention on the side the source stands (after "according to", before a verb),
 *   or the words up to the next comma when there is none; the content is the rest of the clause.
 *   Polarity is negative after "denied"; the quote type follows the curly quotes in the content;
 *   factuality is always "certain" (the majority label).
 *
 * It reads nothing but the text: {@link baseline} takes a string, and the command line passes
 * it `article.text` (a user of the package writes `import { article } from "kim-shoigu-2023"`).
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { article } from "../src/index.js";
import type { EntityType } from "../src/schema/entity.js";
import type { PredictedClaim, PredictedMention, PredictedSpan, Predictions } from "../src/eval/predictions.js";
import {
  CALENDAR,
  CITIES,
  COUNTRIES,
  DEMONYMS,
  EVENT_WORDS,
  FUNCTION_WORDS,
  ORGANIZATION_HEADS,
  ORGANIZATION_WORDS,
  NAME_RUN,
  PRONOUN_PATTERN,
  PRONOUNS,
  SINGULAR_PRONOUNS,
  TITLES,
} from "./lib/baseline-words.js";

interface Found {
  start: number;
  end: number;
  type: EntityType;
  /** What the mention is: a name, a demonym (adjectival) or a pronoun. */
  kind: "name" | "adjectival" | "pronoun";
  /** For demonyms: the country they name. */
  country?: string;
}

function typeOfName(name: string): EntityType {
  const words = name.split(" ");
  if (COUNTRIES.has(name)) return "country";
  if (CITIES.has(name)) return "city";
  if (words.some((w) => ORGANIZATION_WORDS.has(w)) || ORGANIZATION_HEADS.some((h) => name.endsWith(` ${h}`)))
    return "organization";
  if (words.some((w) => EVENT_WORDS.has(w))) return "event";
  if (/^\p{Lu}{2,}$/u.test(name)) return "organization";
  return "person";
}

/** Splits a run of capitalised words into names, demonyms and nothing. */
function namesInRun(text: string, runStart: number, run: string): Found[] {
  const found: Found[] = [];
  const words = [...run.matchAll(/\S+/gu)].map((m) => ({
    word: m[0],
    start: runStart + m.index,
    end: runStart + m.index + m[0].length,
  }));
  let current: typeof words = [];
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0]!.start;
    let end = current.at(-1)!.end;
    // "Biden administration": a lower-case organisation head right after the name joins it.
    const head = ORGANIZATION_HEADS.find(
      (h) => text.startsWith(` ${h}`, end) && !/[\p{L}]/u.test(text[end + h.length + 1] ?? ""),
    );
    if (head) end += head.length + 1;
    const name = text.slice(start, end);
    found.push({ start, end, type: typeOfName(name), kind: "name" });
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]!.word} ${words[i + 1]!.word}` : "";
    const demonym = DEMONYMS.has(two) ? two : DEMONYMS.has(words[i]!.word) ? words[i]!.word : undefined;
    if (demonym !== undefined && !COUNTRIES.has(two)) {
      flush();
      const last = demonym === two ? words[i + 1]! : words[i]!;
      found.push({
        start: words[i]!.start,
        end: last.end,
        type: "country",
        kind: "adjectival",
        country: DEMONYMS.get(demonym)!,
      });
      if (demonym === two) i++;
      continue;
    }
    const word = words[i]!.word;
    // A capitalised pronoun ("His", "They") is found as a pronoun, never as a name.
    if (
      (current.length === 0 && FUNCTION_WORDS.has(word)) ||
      TITLES.has(word) ||
      CALENDAR.has(word) ||
      PRONOUNS.has(word.toLowerCase())
    ) {
      flush();
      continue;
    }
    current.push(words[i]!);
  }
  flush();
  return found;
}

/** Every mention the rules find, in text order. */
function findMentions(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(NAME_RUN)) found.push(...namesInRun(text, match.index, match[0]));
  for (const match of text.matchAll(PRONOUN_PATTERN)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: "person", kind: "pronoun" });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

const initials = (name: string) =>
  name
    .split(" ")
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");

/** Links each mention to the nearest preceding compatible one; returns a cluster label per mention. */
function linkMentions(text: string, found: Found[]): string[] {
  const clusters: string[] = [];
  const nameOf = (m: Found) => (m.kind === "adjectival" ? m.country! : text.slice(m.start, m.end));
  found.forEach((mention, i) => {
    const name = nameOf(mention);
    const pronoun = text.slice(mention.start, mention.end).toLowerCase();
    let antecedent = -1;
    for (let j = i - 1; j >= 0 && antecedent < 0; j--) {
      const candidate = found[j]!;
      if (candidate.kind === "pronoun") continue;
      const other = nameOf(candidate);
      const compatible =
        mention.kind === "pronoun"
          ? SINGULAR_PRONOUNS.has(pronoun) === (candidate.type === "person")
          : other === name ||
            (!name.includes(" ") && other.split(" ").includes(name)) ||
            (/^\p{Lu}{2,}$/u.test(name) && initials(other) === name);
      if (compatible) antecedent = j;
    }
    if (antecedent >= 0) {
      clusters.push(clusters[antecedent]!);
      if (mention.kind !== "adjectival") mention.type = found[antecedent]!.type;
    } else {
      clusters.push(`c${i + 1}`);
    }
  });
  return clusters;
}

interface Sentence {
  start: number;
  end: number;
}

/** Naive sentences: a full stop, ? or ! (and a closing quote) before white space and a capital. */
function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?][”"]?(?=\s+[\p{Lu}“"]|\s*$)|\n/gu;
  for (const match of text.matchAll(boundary)) {
    // "U.S." and "p.m." end in an abbreviation, not a sentence.
    if (match[0] !== "\n" && /(?:^|[^\p{L}])\p{L}\.\p{L}$/u.test(text.slice(Math.max(0, match.index - 4), match.index)))
      continue;
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim() !== "") sentences.push({ start, end });
    start = end;
  }
  if (start < text.length && text.slice(start).trim() !== "") sentences.push({ start, end: text.length });
  return sentences.map((s) => trim(text, s));
}

function trim(text: string, span: Sentence): Sentence {
  let { start, end } = span;
  while (start < end && /[\s,;:]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  // A final full stop ends the sentence, not the claim (a stop inside a closing quotation stays).
  if (end > start && /[.!?]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

const CUES = /\b(?:according to|claiming|denied|said)\b/giu;

function spanOf(text: string, span: { start: number; end: number }): PredictedSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** Attributions from cue phrases, each with the nearest entity mention as its source. */
function findClaims(text: string, mentions: readonly Found[]): PredictedClaim[] {
  const claims: PredictedClaim[] = [];
  const sentences = sentencesOf(text);
  const entityMentions = mentions.filter((m) => m.kind !== "pronoun");
  for (const match of text.matchAll(CUES)) {
    const cue = { start: match.index, end: match.index + match[0].length };
    const sentence = sentences.find((s) => s.start <= cue.start && cue.end <= s.end);
    if (!sentence) continue;
    const nextComma = (from: number) => {
      const at = text.indexOf(",", from);
      return at < 0 || at > sentence.end ? sentence.end : at;
    };
    let source: { start: number; end: number } | undefined;
    let content: { start: number; end: number };
    if (match[0].toLowerCase() === "according to") {
      // The source follows the cue, up to the next comma.
      const phraseEnd = nextComma(cue.end);
      source =
        entityMentions.find((m) => m.start >= cue.end && m.end <= phraseEnd) ??
        trim(text, { start: cue.end, end: phraseEnd });
      // "According to X, content." — or, when the phrase ends the sentence, "Content, according to X."
      const before = text.lastIndexOf(",", cue.start);
      content =
        phraseEnd < sentence.end || before < sentence.start
          ? { start: phraseEnd + 1, end: sentence.end }
          : { start: sentence.start, end: before };
    } else {
      // The source precedes the verb; the content runs from after it (and "that") to the next comma.
      source = [...entityMentions].reverse().find((m) => m.end <= cue.start && m.start >= sentence.start);
      let start = cue.end;
      const that = /^\s+that\b/u.exec(text.slice(start));
      if (that) start += that[0].length;
      content = { start, end: nextComma(start) };
    }
    content = trim(text, content);
    if (content.end <= content.start) continue;
    const words = text.slice(content.start, content.end);
    const quoted = /“[^”]*”/u.test(words);
    const whollyQuoted = /^“[^”]*”[.,]?$/u.test(words);
    claims.push({
      source: source && source.end > source.start ? spanOf(text, source) : null,
      cue: spanOf(text, cue),
      content: spanOf(text, content),
      factuality: "certain",
      polarity: match[0].toLowerCase() === "denied" ? "negative" : "positive",
      quote: whollyQuoted ? "direct" : quoted ? "partial" : "indirect",
    });
  }
  return claims;
}

/**
 * Runs the baseline on a text.
 *
 * @param text - The article text; nothing else is read.
 * @returns Predictions in the evaluation kit's JSON format, offsets in UTF-16 code units.
 * @example
 * ```ts
 * baseline("Ada Lovelace met Charles Babbage. He said …").mentions;
 * ```
 */
export function baseline(text: string): Predictions {
  const found = findMentions(text);
  const clusters = linkMentions(text, found);
  const mentions: PredictedMention[] = found.map((m, i) => ({
    ...spanOf(text, m),
    type: m.type,
    cluster: clusters[i]!,
  }));
  return {
    textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
    mentions,
    claims: findClaims(text, found),
  };
}

function main(): void {
  const json = `${JSON.stringify(baseline(article.text), null, 2)}\n`;
  const out = process.argv[2];
  if (out === undefined) process.stdout.write(json);
  else {
    writeFileSync(out, json);
    console.error(`wrote ${out}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
