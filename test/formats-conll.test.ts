import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import { toConll, toConll2012 } from "../src/formats/index.js";
import { tokenize } from "../src/formats/tokenize.js";
import type { ArticleOf } from "../src/types.js";
import { emojiArticle } from "./support/formats-articles.js";
import { sharedDir } from "./support/paths.js";
import { syntheticArticle } from "./support/synthetic.js";

const documents: [string, ArticleOf][] = [
  ["the shipped article", article],
  ["the synthetic article", syntheticArticle()],
  ["an article with non-BMP characters", emojiArticle()],
];

// Sentences of a CoNLL file: blocks separated by empty lines, comment lines dropped.
const blocks = (text: string) =>
  text
    .split(/\n\n/)
    .map((block) => block.split("\n").filter((line) => line !== "" && !line.startsWith("#")))
    .filter((block) => block.length > 0);

// Aligns tokens to a text: each token must follow the previous one after white space only.
function align(text: string, tokens: readonly string[], from = 0): { start: number; end: number }[] {
  let at = from;
  return tokens.map((token) => {
    while (/\s/.test(text[at] ?? "")) at++;
    expect(text.startsWith(token, at), `token ${JSON.stringify(token)} at ${at}`).toBe(true);
    at += token.length;
    return { start: at - token.length, end: at };
  });
}

describe("the tokenizer", () => {
  it("splits as documented", () => {
    const words = (text: string) => tokenize(text).map((t) => t.text);
    expect(words("the U.S.-led West")).toEqual(["the", "U.S.", "-", "led", "West"]);
    expect(words("North Korea’s state media")).toEqual(["North", "Korea", "’s", "state", "media"]);
    expect(words("by 9:50 p.m. (0700EST/1100 GMT)")).toEqual([
      "by",
      "9:50",
      "p.m.",
      "(",
      "0700EST",
      "/",
      "1100",
      "GMT",
      ")",
    ]);
    expect(words("the 1950–1953 Korean War.")).toEqual(["the", "1950", "–", "1953", "Korean", "War", "."]);
    expect(words("“warm and good letter”")).toEqual(["“", "warm", "and", "good", "letter", "”"]);
  });

  it("puts every annotation boundary of the shipped article on a token boundary without forcing", () => {
    const tokens = tokenize(article.text);
    const starts = new Set(tokens.map((t) => t.start));
    const ends = new Set(tokens.map((t) => t.end));
    const spans = [
      ...article.mentions.map((m) => [m.id, m.span] as const),
      ...article.times.map((t) => [t.id, t.span] as const),
      ...article.sentences.map((s) => [s.id, s.span] as const),
      ...article.claims.flatMap((c) => [
        [c.id, c.content] as const,
        ...(c.cue ? [[`${c.id} cue`, c.cue] as const] : []),
        ...c.quotes.map((q) => [`${c.id} quote`, q] as const),
      ]),
    ];
    const misaligned = spans
      .filter(([, s]) => !starts.has(s.start) || !ends.has(s.end))
      .map(([id, s]) => `${id}: ${s.text}`);
    expect(misaligned).toEqual([]);
  });
});

describe.each(documents)("toConll (IOB2) on %s", (_, doc) => {
  const sentences = blocks(toConll(doc)).map((block) => block.map((line) => line.split("\t") as [string, string]));

  it("has one block per sentence whose tokens rebuild the sentence", () => {
    expect(sentences.length).toBe(doc.sentences.length);
    sentences.forEach((tokens, i) => {
      const sentence = doc.sentences[i]!.span;
      const aligned = align(
        doc.text,
        tokens.map(([word]) => word),
        sentence.start,
      );
      expect(aligned.at(-1)!.end).toBe(sentence.end);
    });
  });

  it("uses valid IOB2 labels", () => {
    for (const tokens of sentences) {
      let previous = "O";
      for (const [word, label] of tokens) {
        expect(label, word).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
        if (label.startsWith("I-"))
          expect(previous.slice(2), `${word} ${label} after ${previous}`).toBe(label.slice(2));
        if (label.startsWith("I-")) expect(previous).not.toBe("O");
        previous = label;
      }
    }
  });
});

describe("toConll on the shipped article", () => {
  const entities = blocks(toConll())
    .flatMap((block) => {
      const found: { label: string; words: string[] }[] = [];
      for (const [word, label] of block.map((line) => line.split("\t") as [string, string])) {
        if (label.startsWith("B-")) found.push({ label: label.slice(2), words: [word] });
        else if (label.startsWith("I-")) found.at(-1)!.words.push(word);
      }
      return found;
    })
    .map((e) => `${e.words.join(" ")}/${e.label}`);

  it("tags names, outermost first, and adjectival forms as MISC", () => {
    expect(entities.slice(0, 4)).toEqual(["North Korean/MISC", "Kim Jong Un/PER", "Russia/LOC", "Sergei Shoigu/PER"]);
    // "the Biden administration" is a nominal (common-noun head): only the name inside it is tagged.
    expect(entities).toContain("Biden/PER");
    expect(entities).not.toContain("Biden administration/ORG");
    expect(entities).toContain("Korean Central News Agency/ORG");
    expect(entities).toContain("Korean War/MISC");
    expect(entities).toContain("U.S./LOC");
  });

  it("leaves groups, nominals and pronouns untagged", () => {
    expect(entities).not.toContain("Kim and Shoigu/PER");
    expect(entities.filter((e) => e === "Kim/PER").length).toBe(
      article.mentions.filter((m) => m.span.text === "Kim").length,
    );
    expect(entities.some((e) => /^(his|him|he|they|their)\//.test(e))).toBe(false);
  });
});

// An independent reader of the CoNLL-2012 coreference column.
function readConll2012(text: string) {
  const lines = text.split("\n");
  expect(lines[0]).toMatch(/^#begin document \((.+)\); part 000$/);
  expect(lines.at(-2)).toBe("#end document");
  const tokens = lines.filter((l) => l !== "" && !l.startsWith("#")).map((l) => l.split("\t"));
  const open = new Map<string, number[]>();
  const mentions: { cluster: number; first: number; last: number }[] = [];
  tokens.forEach((columns, index) => {
    expect(columns.length).toBe(5);
    const cell = columns[4]!;
    if (cell === "-") return;
    for (const part of cell.split("|")) {
      const match = /^(\()?(\d+)(\))?$/.exec(part);
      expect(match, part).not.toBeNull();
      const [, opens, cluster, closes] = match!;
      if (opens) open.set(cluster!, [...(open.get(cluster!) ?? []), index]);
      if (closes) {
        const first = open.get(cluster!)?.pop();
        expect(first, `unbalanced ${part} at token ${index}`).toBeDefined();
        mentions.push({ cluster: Number(cluster), first: first!, last: index });
      }
    }
  });
  for (const [cluster, starts] of open) expect(starts, `cluster ${cluster} left open`).toEqual([]);
  return { tokens, mentions };
}

describe.each(documents)("toConll2012 on %s", (_, doc) => {
  const output = toConll2012(doc);
  const { tokens, mentions } = readConll2012(output);

  it("names the document and numbers words within sentences", () => {
    expect(output.split("\n")[0]).toBe(`#begin document (${doc.id}); part 000`);
    for (const block of blocks(output)) {
      block.forEach((line, i) => expect(line.split("\t").slice(0, 3)).toEqual([doc.id, "0", String(i)]));
    }
  });

  it("has balanced brackets and every mention, in its entity's cluster", () => {
    const words = align(
      doc.text,
      tokens.map((c) => c[3]!),
    );
    const rebuilt = mentions.map((m) => ({
      entityId: doc.entities[m.cluster]!.id,
      start: words[m.first]!.start,
      end: words[m.last]!.end,
    }));
    const key = (m: { entityId: string; start: number; end: number }) => `${m.entityId} ${m.start} ${m.end}`;
    expect(rebuilt.map(key).sort()).toEqual(doc.mentions.map((m) => key({ entityId: m.entityId, ...m.span })).sort());
  });
});

const scorer = join(sharedDir, "reference", "reference-coreference-scorers", "scorer.pl");
const hasPerl = (() => {
  try {
    execFileSync("perl", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!existsSync(scorer) || !hasPerl)("toConll2012 read by the CoNLL-2012 reference scorer (v8.01)", () => {
  const dir = mkdtempSync(join(tmpdir(), "conll2012-"));
  const score = (key: string, response: string) => {
    writeFileSync(join(dir, "key"), key);
    writeFileSync(join(dir, "response"), response);
    return execFileSync("perl", [scorer, "muc", join(dir, "key"), join(dir, "response")], { encoding: "utf8" });
  };

  it("finds all 100 mentions and scores the export against itself at 100%", () => {
    const output = toConll2012();
    const report = score(output, output);
    expect(report).toContain(`Total key mentions: ${article.mentions.length}`);
    expect(report).toMatch(/Coreference: Recall: \((\d+) \/ \1\) 100%\tPrecision: \((\d+) \/ \2\) 100%/);
    const links = article.mentions.length - new Set(article.mentions.map((m) => m.entityId)).size;
    expect(report).toContain(`Recall: (${links} / ${links})`);
  });

  it("notices a missing mention", () => {
    const withoutFirst = toConll2012({ ...article, mentions: article.mentions.slice(1) });
    expect(score(toConll2012(), withoutFirst)).toContain(`Total response mentions: ${article.mentions.length - 1}`);
  });
});
