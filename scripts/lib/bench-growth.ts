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
import { fixed, median } from "./bench-stats.js";

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
  {
    name: "toHtml",
    run: (doc) => toHtml(doc),
    note:
      "nesting is linear; the page's own sections still filter the claims per mention, " +
      "the marks per paragraph and the mentions per entity",
  },
  { name: "articleTokens (tokenization)", run: (doc) => articleTokens(doc) },
  {
    name: "nest (mentions and claim contents)",
    run: (doc) =>
      nest([
        ...doc.mentions.map((m) => ({ ...m.span, priority: 1, value: m.id })),
        ...doc.claims.map((c) => ({ ...c.content, priority: 0, value: c.id })),
      ]),
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
export const slope = (sizeA: number, msA: number, sizeB: number, msB: number): number =>
  Math.log(msB / msA) / Math.log(sizeB / sizeA);

/** How long to measure each subject at each scale. */
export interface GrowthOptions {
  /** CPU milliseconds of one batch of calls… */
  readonly minMs: number;
  /** …and how many batches; the median batch's time per call is kept. */
  readonly minRuns: number;
  /** Only the subject of this name, or whose name starts with it and a space; all by default. */
  readonly only?: string;
}

// CPU milliseconds of this process (every thread, the garbage collector's included): on a
// machine shared with other work this moves far less than wall time does.
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * CPU milliseconds per call of `work`: the median over batches, each batch repeating the call
 * until `options.minMs` of CPU time (and five calls' worth) have passed, after one warm-up call
 * that compiles the code.
 * A warm-up call of over a second is kept as the only measurement (the compile is then a small
 * share of it, and repeating would take minutes).
 */
function cpuMsPerCall(work: () => unknown, options: GrowthOptions): number {
  const before = cpuNow();
  work();
  const first = cpuNow() - before;
  if (first > 1000) return first;
  // At least five calls a batch, so a collection of the whole heap is spread over several calls
  // in every batch rather than landing on one short batch.
  const batchMs = Math.max(options.minMs, 5 * first);
  const perCall: number[] = [];
  for (let batch = 0; batch < options.minRuns; batch++) {
    const start = cpuNow();
    let calls = 0;
    do {
      work();
      calls++;
    } while (cpuNow() - start < batchMs);
    perCall.push((cpuNow() - start) / calls);
  }
  return median(perCall);
}

/** Times every subject at every scale, in CPU milliseconds per call. */
export function measureGrowth(doc: ArticleOf, scales: readonly number[], options: GrowthOptions): GrowthCost[] {
  const articles = scales.map((copies) => {
    const scaled = scaleArticle(doc, copies);
    const check = safeParseArticle(scaled);
    if (!check.success) {
      throw new Error(`the ${copies}x synthetic article is invalid: ${check.error.issues[0]?.message}`);
    }
    return scaled as ArticleOf;
  });
  const { only } = options;
  const subjects = SUBJECTS.filter(({ name }) => only === undefined || name === only || name.startsWith(`${only} `));
  return subjects.map(({ name, run, note }) => {
    const ms = articles.map((scaled) => cpuMsPerCall(() => run(scaled), options));
    const exponents = ms.slice(1).map((t, i) => slope(scales[i]!, ms[i]!, scales[i + 1]!, t));
    return { name, ms, exponents, worst: Math.max(...exponents), ...(note ? { note } : {}) };
  });
}

/** The growth section of docs/performance.md: a table of every subject and what it means. */
export function renderGrowthSection(costs: readonly GrowthCost[], scales: readonly number[], limit: number): string {
  const exponents = scales.slice(1).map((s, i) => `exponent ${scales[i]}×→${s}×`);
  const header = ["function", ...scales.map((s) => `ms at ${s}×`), ...exponents, "result"];
  const rows = costs.map((c) => [
    `\`${c.name}\`${c.note ? ` (${c.note})` : ""}`,
    ...c.ms.map((ms) => fixed(ms, 3)),
    ...c.exponents.map((e) => fixed(e)),
    c.worst <= limit ? "pass" : "**FAIL**",
  ]);
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const table = [line(header), line(header.map(() => "---")), ...rows.map(line)];
  return `## Growth with the size of the article

Each function on the article repeated ${scales.map((s) => `${s}×`).join(", ")} (the synthetic articles of
the index-building section, each passing \`safeParseArticle\` first), in CPU milliseconds per call
(the process's own CPU time, which other work on a shared machine disturbs far less than wall
time): the median of batches of calls, after a warm-up call. The exponent is the slope of log
time over log size between two scales: 1.00 is linear, 2.00 quadratic. The budget is an exponent
of at most ${fixed(limit)} between every two scales; the 1× figures are fractions of a millisecond, so
their slope is the noisier one. Between 10× and 100× even work that is constant per item rises
somewhat faster than the size (\`toWebAnnotations\`, which does a fixed amount of work per
annotation, is an example): at 100× the article takes about 9 MB of heap and the Web Annotations
export about 25 MB, which fit the CPU caches less well, and the garbage collector traces a larger
heap, more so when other processes share the cores.

${table.join("\n")}
`;
}
