/**
 * In-process costs: validating against parsing, helper calls on a built index, and how index
 * building grows with the size of the article.
 */
import { createArticleIndex } from "../../src/query/article-index.js";
import { parseArticle, safeParseArticle } from "../../src/schema/index.js";
import type { ArticleOf } from "../../src/types.js";
import { scaleArticle } from "./bench-synthetic.js";
import { callsPerSecond, median, medianMs, timeMs } from "./bench-stats.js";

export interface ParseCost {
  readonly iterations: number;
  readonly jsonParseMs: number;
  readonly parseArticleMs: number;
}

/** parseArticle (zod, every cross-field rule) against JSON.parse, on the same article. */
export function measureParseCost(doc: ArticleOf, iterations: number): ParseCost {
  const json = JSON.stringify(doc);
  const value: unknown = JSON.parse(json);
  return {
    iterations,
    jsonParseMs: medianMs(() => JSON.parse(json), iterations),
    parseArticleMs: medianMs(() => parseArticle(value), iterations),
  };
}

export interface HelperRate {
  readonly helper: string;
  readonly callsPerSecond: number;
}

/** Calls per second of the common helpers on an index built beforehand. */
export function measureHelperRates(doc: ArticleOf, callsPerBatch: number): HelperRate[] {
  const index = createArticleIndex(doc);
  const entityIds = doc.entities.map((e) => e.id);
  const paragraphs = doc.paragraphs.map((p) => p.span);
  // Offsets spread over the whole text, including the line breaks between paragraphs.
  const offsets = Array.from({ length: 997 }, (_, i) => Math.floor((i * doc.text.length) / 997));
  const pick = <T>(items: readonly T[], i: number): T => items[i % items.length]!;
  return [
    {
      helper: "getEntity(id)",
      callsPerSecond: callsPerSecond((i) => index.getEntity(pick(entityIds, i)), callsPerBatch),
    },
    {
      helper: "mentionsOf(id)",
      callsPerSecond: callsPerSecond((i) => index.mentionsOf(pick(entityIds, i)), callsPerBatch),
    },
    {
      helper: "claimsIn(paragraph span)",
      callsPerSecond: callsPerSecond((i) => index.claimsIn(pick(paragraphs, i)), callsPerBatch),
    },
    {
      helper: "sentenceAt(offset)",
      callsPerSecond: callsPerSecond((i) => index.sentenceAt(pick(offsets, i)) ?? null, callsPerBatch),
    },
  ];
}

export interface IndexBuildCost {
  readonly copies: number;
  readonly mentions: number;
  readonly entities: number;
  readonly buildMs: number;
  readonly microsecondsPerMention: number;
  /**
   * Reference for the same run: microseconds per entry to build a plain Map of the entities by
   * id, one of the maps the index holds. V8 Maps past about 4,000 entries cost several times
   * more per entry, which shows up in the index at 100x (4,500 entities).
   */
  readonly microsecondsPerEntityMapEntry: number;
}

/**
 * createArticleIndex on the article repeated 1x, 10x, 100x…; each scaled article is checked
 * against the schema first, so the figures are for valid input. Scales are measured in
 * interleaved rounds, each round indexing about `mentionsPerRound` mentions at every scale, so
 * a busy moment of the machine hits all scales alike.
 */
export function measureIndexBuilding(
  doc: ArticleOf,
  scales: readonly number[],
  mentionsPerRound: number,
  rounds: number,
): IndexBuildCost[] {
  const scaled = scales.map((copies) => {
    const article = scaleArticle(doc, copies);
    const check = safeParseArticle(article);
    if (!check.success)
      throw new Error(`the ${copies}x synthetic article is invalid: ${check.error.issues[0]?.message}`);
    const entityPairs = article.entities.map((e) => [e.id, e] as const);
    return {
      copies,
      article,
      entityPairs,
      repeats: Math.max(1, Math.round(mentionsPerRound / article.mentions.length)),
      buildMs: [] as number[],
      mapMs: [] as number[],
    };
  });
  const warmupRounds = 2;
  for (let round = 0; round < warmupRounds + rounds; round++) {
    for (const s of scaled) {
      const buildMs =
        timeMs(() => {
          for (let r = 0; r < s.repeats; r++) createArticleIndex(s.article);
        }) / s.repeats;
      const mapMs =
        timeMs(() => {
          for (let r = 0; r < s.repeats; r++) new Map(s.entityPairs);
        }) / s.repeats;
      if (round >= warmupRounds) {
        s.buildMs.push(buildMs);
        s.mapMs.push(mapMs);
      }
    }
  }
  return scaled.map((s) => {
    const buildMs = median(s.buildMs);
    return {
      copies: s.copies,
      mentions: s.article.mentions.length,
      entities: s.article.entities.length,
      buildMs,
      microsecondsPerMention: (buildMs * 1000) / s.article.mentions.length,
      microsecondsPerEntityMapEntry: (median(s.mapMs) * 1000) / s.article.entities.length,
    };
  });
}

/** Per-mention cost at scale `to` divided by that at scale `from`: about 1 when growth is linear. */
export function growthRatio(costs: readonly IndexBuildCost[], from: number, to: number): number {
  const at = (copies: number) => {
    const cost = costs.find((c) => c.copies === copies);
    if (!cost) throw new RangeError(`no index measurement at ${copies}x`);
    return cost.microsecondsPerMention;
  };
  return at(to) / at(from);
}

/** How long the in-process section measures each thing. */
export interface RuntimeOptions {
  readonly parseIterations: number;
  readonly helperCallsPerBatch: number;
  readonly indexScales: readonly number[];
  readonly indexMentionsPerRound: number;
  readonly indexRounds: number;
}

/** What the in-process section measures. */
export interface RuntimeCosts {
  readonly parse: ParseCost;
  readonly helpers: HelperRate[];
  readonly index: IndexBuildCost[];
  readonly indexGrowth: { readonly from1To100: number; readonly from100To1000: number };
}

/** Validation against parsing, the helpers' rates and index building, in that order. */
export function measureRuntime(doc: ArticleOf, options: RuntimeOptions): RuntimeCosts {
  const index = measureIndexBuilding(doc, options.indexScales, options.indexMentionsPerRound, options.indexRounds);
  return {
    parse: measureParseCost(doc, options.parseIterations),
    helpers: measureHelperRates(doc, options.helperCallsPerBatch),
    index,
    indexGrowth: { from1To100: growthRatio(index, 1, 100), from100To1000: growthRatio(index, 100, 1000) },
  };
}
