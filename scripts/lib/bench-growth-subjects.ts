/**
 * What the growth benchmark times: the exporters, tokenization, nesting and the offset queries on
 * an article; the evaluation kit's loaders on the exporters' output of that article; and its
 * scorers with the article's gold as the key and a perturbed copy of it as the response. Each
 * subject prepares its input from the article outside the timing and returns the timed call.
 */
import {
  findErrors,
  goldAsPredictions,
  loadBrat,
  loadConll2012,
  loadSpacy,
  type Predictions,
  parseConll2012,
  scoreAll,
  scoreAllWithErrors,
  scoreAttribution,
  scoreClusters,
  scoreCoreference,
  scoreMentions,
  scoreTimes,
} from "../../src/eval/index.js";
import { goldClusters, predictedClusters } from "../../src/eval/coreference-score.js";
import { toBrat } from "../../src/formats/brat.js";
import { toConll } from "../../src/formats/conll.js";
import { toConll2012 } from "../../src/formats/conll2012.js";
import { toHtml } from "../../src/formats/html.js";
import { toJsonLd } from "../../src/formats/jsonld.js";
import { nest } from "../../src/formats/nesting.js";
import { toSpacy } from "../../src/formats/spacy.js";
import { toTables } from "../../src/formats/tables.js";
import { toText } from "../../src/formats/text.js";
import { articleTokens } from "../../src/formats/tokenize.js";
import { toWebAnnotations } from "../../src/formats/web-annotation.js";
import { createArticleIndex } from "../../src/query/article-index.js";
import type { ArticleOf } from "../../src/types.js";

/** One timed function: `prepare` builds its input from the article and returns the call to time. */
export interface GrowthSubject {
  readonly name: string;
  /** `reference`: linear by construction, timed for comparison and not part of the budget. */
  readonly group: "exporters and queries" | "loaders" | "scorers" | "reference";
  readonly prepare: (doc: ArticleOf) => () => unknown;
}

/** `text` dropped: a shifted span no longer has the gold's words. */
const shifted = <S extends { start: number; end: number; text?: string }>(span: S, by: number): S => {
  const { text: _text, ...offsets } = span;
  return { ...offsets, end: Math.max(offsets.start + 1, offsets.end + by) } as S;
};

// The copy of a scaled article an id belongs to (bench-synthetic.ts suffixes ids with -x2, -x3, …).
const copyOf = (id: string | undefined) => /-x\d+$/.exec(id ?? "")?.[0] ?? "";

/**
 * The gold as a system's output with errors of every kind, spread evenly over the article (so the
 * same share of each copy of a scaled article): mentions missed, cut short and put in the
 * previous mention's cluster (within one copy, so that clusters linked by the errors stay as
 * large at every scale); claims missed, cut short and labelled otherwise; times missed and given
 * another value.
 */
export function perturbed(gold: Predictions): Predictions {
  const mentions = (gold.mentions ?? []).filter((_, i) => i % 10 !== 3);
  return {
    ...gold,
    mentions: mentions.map((m, i) => {
      const cut = i % 7 === 2 ? shifted(m, -1) : m;
      const previous = mentions[i - 1]?.cluster;
      const cluster = i % 6 === 5 && copyOf(previous) === copyOf(m.cluster) ? previous : m.cluster;
      return { ...cut, ...(cluster !== undefined && { cluster }) };
    }),
    claims: (gold.claims ?? [])
      .filter((_, i) => i % 9 !== 4)
      .map((c, i) => ({
        ...c,
        content: i % 5 === 1 ? shifted(c.content, -1) : c.content,
        factuality: i % 4 === 0 ? (c.factuality === "certain" ? "probable" : "certain") : c.factuality,
      })),
    times: (gold.times ?? [])
      .filter((_, i) => i % 8 !== 5)
      .map((t, i) => (i % 3 === 0 ? { ...t, value: t.value === "2023-07-27" ? "2023-07-26" : "2023-07-27" } : t)),
  };
}

const exporter = (name: string, run: (doc: ArticleOf) => unknown): GrowthSubject => ({
  name,
  group: "exporters and queries",
  prepare: (doc) => () => run(doc),
});

const loader = <T>(name: string, exported: (doc: ArticleOf) => T, load: (input: T, doc: ArticleOf) => unknown) => ({
  name,
  group: "loaders" as const,
  prepare: (doc: ArticleOf) => {
    const input = exported(doc);
    return () => load(input, doc);
  },
});

/**
 * A system's output as it reaches a scorer: parsed from JSON text. (As built here, by spreads,
 * every object would have a hidden class of its own, which no file a system writes gives.)
 */
const asRead = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const scorer = (name: string, score: (response: Predictions, doc: ArticleOf) => unknown): GrowthSubject => ({
  name,
  group: "scorers",
  prepare: (doc) => {
    const response = asRead(perturbed(goldAsPredictions(doc)));
    return () => score(response, doc);
  },
});

/** Every subject, in the order of the report. */
export const GROWTH_SUBJECTS: readonly GrowthSubject[] = [
  // One pass over the article making a string as long as it: what linear work costs at each size.
  { name: "JSON.stringify (linear reference)", group: "reference", prepare: (doc) => () => JSON.stringify(doc) },
  // One pass over the article's JSON text making an object for every object of it: what linear
  // work that returns as many objects as the article holds costs at each size.
  {
    name: "JSON.parse (linear reference)",
    group: "reference",
    prepare: (doc) => {
      const json = JSON.stringify(doc);
      return () => JSON.parse(json);
    },
  },
  exporter("toBrat", toBrat),
  exporter("toConll", toConll),
  exporter("toConll2012", toConll2012),
  exporter("toSpacy", toSpacy),
  exporter("toWebAnnotations", toWebAnnotations),
  exporter("toText", toText),
  exporter("toJsonLd", toJsonLd),
  exporter("toHtml", toHtml),
  exporter("toTables", toTables),
  exporter("articleTokens (tokenization)", articleTokens),
  {
    name: "nest (mentions and claim contents)",
    group: "exporters and queries",
    prepare: (doc) => {
      // Written out, as the exporters give them (see "Code" in CONTRIBUTING.md).
      const items = [
        ...doc.mentions.map(({ span: { start, end }, id }) => ({ start, end, priority: 1, value: id })),
        ...doc.claims.map(({ content: { start, end }, id }) => ({ start, end, priority: 0, value: id })),
      ];
      return () => nest(items);
    },
  },
  {
    name: "claimsIn + entitiesIn per sentence (index built beforehand)",
    group: "exporters and queries",
    prepare: (doc) => {
      const index = createArticleIndex(doc);
      return () => {
        let found = 0;
        for (const s of doc.sentences) found += index.claimsIn(s.span).length + index.entitiesIn(s.span).length;
        return found;
      };
    },
  },
  // A file a system wrote is text (or JSON text), so the loaders get what the exporters write.
  loader("loadBrat (of toBrat)", (doc) => toBrat(doc).ann, loadBrat),
  loader(
    "parseConll2012 (of toConll2012)",
    (doc) => toConll2012(doc),
    (text) => parseConll2012(text),
  ),
  loader("loadConll2012 (of toConll2012)", (doc) => toConll2012(doc), loadConll2012),
  loader(
    "loadSpacy (of toSpacy, as JSON text)",
    (doc) => JSON.stringify(toSpacy(doc)),
    (json, doc) => loadSpacy(JSON.parse(json), doc),
  ),
  scorer("scoreMentions", scoreMentions),
  scorer("scoreCoreference", scoreCoreference),
  {
    name: "scoreClusters (gold clusters against the response's)",
    group: "scorers",
    prepare: (doc) => {
      const key = goldClusters(doc);
      const response = predictedClusters(asRead(perturbed(goldAsPredictions(doc))));
      return () => scoreClusters(key, response);
    },
  },
  scorer("scoreAttribution", scoreAttribution),
  scorer("scoreTimes", scoreTimes),
  scorer("findErrors", findErrors),
  scorer("scoreAll (checks the input first)", scoreAll),
  scorer("scoreAllWithErrors", scoreAllWithErrors),
];
