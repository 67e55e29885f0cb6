import { describe, expect, it } from "vitest";
import * as eval_ from "../src/eval/index.js";
import * as formats from "../src/formats/index.js";
import * as main from "../src/index.js";
import * as schema from "../src/schema/index.js";

// The runtime surface of each entry, written out so that growing it is a deliberate edit here.
const expected: Record<string, readonly string[]> = {
  "kim-shoigu-2023": [
    "article",
    "claimSourceId",
    "claims",
    "claimsAbout",
    "claimsBy",
    "claimsIn",
    "contradictions",
    "createArticleIndex",
    "entities",
    "entitiesIn",
    "findEntity",
    "getEntity",
    "mentions",
    "mentionsOf",
    "notes",
    "quotes",
    "sentenceAt",
    "slice",
    "textSha256",
    "timeline",
    "times",
  ],
  "kim-shoigu-2023/schema": [
    "AnnotatedArticleSchema",
    "ClaimSchema",
    "ENTITY_TYPES",
    "EditorialNoteSchema",
    "EntitySchema",
    "MentionSchema",
    "SpanSchema",
    "TimeExpressionSchema",
    "articleJsonSchema",
    "parseArticle",
    "safeParseArticle",
  ],
  "kim-shoigu-2023/formats": [
    "codePointConverter",
    "toBrat",
    "toCodePointOffset",
    "toConll",
    "toConll2012",
    "toCsv",
    "toHtml",
    "toJsonLd",
    "toJsonl",
    "toSpacy",
    "toTables",
    "toText",
    "toWebAnnotations",
    "utf16Converter",
  ],
  "kim-shoigu-2023/eval": [
    "Conll2012ParseError",
    "ScoringLimitError",
    "errorsAsText",
    "findErrors",
    "scoreAllWithErrors",
    "toErrorHtml",
    "PredictionsError",
    "PredictionsSchema",
    "checkPredictions",
    "goldAsPredictions",
    "krippendorffAlpha",
    "loadBrat",
    "loadConll2012",
    "loadSpacy",
    "parseConll2012",
    "predictionsJsonSchema",
    "scoreAll",
    "scoreAttribution",
    "scoreClusters",
    "scoreCoreference",
    "scoreDocuments",
    "scoreMentions",
    "scoreSoftLabels",
    "scoreTimes",
  ],
};

const modules: Record<string, object> = {
  "kim-shoigu-2023": main,
  "kim-shoigu-2023/schema": schema,
  "kim-shoigu-2023/formats": formats,
  "kim-shoigu-2023/eval": eval_,
};

describe("the public surface", () => {
  it.each(Object.keys(expected))("%s exports exactly its listed names", (entry) => {
    expect(Object.keys(modules[entry]!).sort()).toEqual([...expected[entry]!].sort());
  });

  it("stays within 70 runtime exports across the four entries", () => {
    const total = Object.values(modules).reduce((sum, m) => sum + Object.keys(m).length, 0);
    expect(total).toBeLessThanOrEqual(70);
  });

  it("exports no value under two names or from two entries", () => {
    const seen = new Map<unknown, string>();
    const clashes: string[] = [];
    for (const [entry, m] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(m)) {
        const first = seen.get(value);
        if (first !== undefined) clashes.push(`${entry}.${name} = ${first}`);
        else seen.set(value, `${entry}.${name}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
