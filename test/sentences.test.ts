import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { splitSentences } from "../scripts/lib/sentences.js";

// Each sentence of the article by its paragraph, first words and last words, read off the text
// by hand. The hard cases: "U.S.-led" and "p.m. (0700EST/1100 GMT)" are not ends; "9:50 p.m."
// at a paragraph end is; a sentence may end inside a closing quote (.” and ,”).
const EXPECTED: [paragraph: string, opens: string, closes: string][] = [
  ["p1", "According to state media on Thursday,", "regional security environment."],
  ["p1", "This shows North Korea’s support", "1950–1953 Korean War."],
  ["p2", "The highlight of the North Korean celebrations", "Chinese ruling party official."],
  ["p3", "The existence of a military parade", "by North Korea’s state media."],
  [
    "p3",
    "However, according to two South Korean",
    "(0700EST/1100 GMT) with warm-up activities and was still running strong by 9:50 p.m.",
  ],
  ["p4", "According to the North’s official", "international security environment.”"],
  [
    "p5",
    "Regarding the conflict in Ukraine,",
    "the “hegemonic policy” of the U.S.-led West obliged Moscow to use force to defend its security interests.",
  ],
  ["p5", "North Korea has denied", "accusations from the Biden administration."],
  ["p6", "According to KCNA, Shoigu gave Kim", "during their encounter."],
  ["p7", "The meeting will “further boost", "national defense and security,” according to the KCNA."],
  ["p8", "According to KCNA, Kim also took Shoigu", "the nation’s armed forces."],
  ["p8", "Kim and Shoigu were pictured", "mounted on launcher trucks."],
  ["p9", "The North is working to build", "had just undergone flight testing."],
  ["p9", "Along the way, Kim and Shoigu passed", "the North had not made public."],
];

describe("sentences", () => {
  it("are the hand-checked sentences of the article, in order", () => {
    expect(article.sentences.map((s) => s.paragraphId)).toEqual(EXPECTED.map(([p]) => p));
    article.sentences.forEach((sentence, i) => {
      const [, opens, closes] = EXPECTED[i]!;
      expect(sentence.span.text.startsWith(opens), `s${i + 1} opens with ${opens}`).toBe(true);
      expect(sentence.span.text.endsWith(closes), `s${i + 1} closes with ${closes}`).toBe(true);
    });
  });

  it("split on a capital after a period but not after an abbreviation or inside a token", () => {
    const text =
      "He left at 8 p.m. Then he came back. U.S. President Biden spoke. The U.S.-led West “agreed.” Then “no.”";
    const spans = splitSentences(text, { start: 0, end: text.length, text });
    expect(spans.map((s) => s.text)).toEqual([
      "He left at 8 p.m. Then he came back.",
      "U.S. President Biden spoke.",
      "The U.S.-led West “agreed.”",
      "Then “no.”",
    ]);
  });
});
