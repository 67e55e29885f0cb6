/**
 * Growth exponents of the exporters and the offset helpers: each is timed on the article
 * repeated 1×, 10× and 100× (synthetic articles from bench-synthetic.ts, each checked with
 * safeParseArticle first), and the exponent is the slope of log time over log size between
 * two scales: 1 for linear work, 2 for quadratic.
 */
import { toBrat } from "../../src/formats/brat.js";
import { toConll } from "../../src/formats/conll.js";
import { toConll2012 } from "../../src/formats/conll2012.js";
import { toHtml } from "../../src/formats/html.js";
import { toJsonLd } from "../../src/formats/jsonld.js";
import { nest } from "../../src/formats/nesting.js";
import { toSpacy } from "../../src/formats/spacy.js";
import { toText } from "../../src/formats/text.js";
import { articleTokens } from "../../src/formats/tokenize.js";
import { toWebAnnotations } from "../../src/formats/web-annotation.js";
import { createArticleIndex } from "../../src/query/article-index.js";
import { safeParseArticle } from "../../src/schema/index.js";
import type { ArticleOf } from "../../src/types.js";
import { scaleArticle } from "./bench-synthetic.js";
import { median, timeMs } from "./bench-stats.js";

/** One function measured at every scale. */
export interface GrowthCost {
  readonly name: string;
  /** Median milliseconds per call, one entry per scale, in the order of the scales. */
  readonly ms: readonly number[];
  /** Log-log slope between consecutive scales, one fewer than the scales. */
  readonly exponents: readonly number[];
  /** The largest slope: the figure the budget is checked against. */
  readonly worst: number;
  /** Whether the function's module is maintained outside the exporters being measured. */
  readonly note?: string;
}

/** The measured functions; each takes the article and does one full run of its work. */
const SUBJECTS: readonly { name: string; run: (doc: ArticleOf) => unknown; note?: string }[] = [
  { name: "toBrat", run: (doc) => toBrat(doc) },
  { name: "toConll", run: (doc) => toConll(doc) },
  { name: "toConll2012", run: (doc) => toConll2012(doc) },
  { name: "toSpacy", run: (doc) => toSpacy(doc) },
  { name: "toWebAnnotations", run: (doc) => toWebAnnotations(doc) },
  { name: "toText", run: (doc) => toText(doc) },
  { name: "toJsonLd", run: (doc) => toJsonLd(doc) },
  { name: "toHtml", run: (doc) => toHtml(doc) },
  { name: "articleTokens (tokenization)", run: (doc) => articleTokens(doc) },
  {
    name: "nest (mentions and claim contents)",
    run: (doc) => nest([...doc.mentions.map((m) => ({ ...m.span, priority: 1, value: m.id })), ...doc.claims.map((c) => ({ ...c.content, priority: 0, value: c.id }))]),
  },
  { name: "claimsIn + entitiesIn per sentence (index built beforehand)", run: perSentenceQueries },
];

// The index is built outside the timed loop by memoising it per article.
const indexes = new WeakMap<ArticleOf, ReturnType<typeof createArticleIndex>>();
function perSentenceQueries(doc: ArticleOf): number {
  let index = indexes.get(doc);
  if (!index) {
    index = createArticleIndex(doc);
    indexes.set(doc, index);
  }
  let found = 0;
  for (const s of doc.sentences) found += index.claimsIn(s.span).length + index.entitiesIn(s.span).length;
  return found;
}

/** The log-log slope between two (size, time) points. */
export const slope = (sizeA: number, msA: number, sizeB: number, msB: number): number => Math.log(msB / msA) / Math.log(sizeB / sizeA);

/**
 * Times every subject at every scale: calls are repeated until `minMs` has passed (at least
 * `minRuns`, one warm-up call first) and the median call is kept.
 */
export function measureGrowth(doc: ArticleOf, scales: readonly number[], minMs = 300, minRuns = 3): GrowthCost[] {
  const articles = scales.map((copies) => {
    const scaled = scaleArticle(doc, copies);
    const check = safeParseArticle(scaled);
    if (!check.success) throw new Error(`the ${copies}x synthetic article is invalid: ${check.error.issues[0]?.message}`);
    return scaled as ArticleOf;
  });
  return SUBJECTS.map(({ name, run, note }) => {
    const ms = articles.map((scaled) => {
      run(scaled);
      const times: number[] = [];
      const started = Date.now();
      while (times.length < minRuns || Date.now() - started < minMs) times.push(timeMs(() => run(scaled)));
      return median(times);
    });
    const exponents = ms.slice(1).map((t, i) => slope(scales[i]!, ms[i]!, scales[i + 1]!, t));
    return { name, ms, exponents, worst: Math.max(...exponents), ...(note ? { note } : {}) };
  });
}
