import type { Predictions } from "../../src/eval/predictions.js";
import type { Range } from "../../src/schema/walk.js";

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every
 * machine, so the bootstrap intervals in the datasheet are reproducible to the last digit.
 *
 * @returns A function giving numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `replicates` resamples, each a list of `count` unit indices drawn with replacement. */
export function resampleIndices(count: number, replicates: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: replicates }, () => Array.from({ length: count }, () => Math.floor(random() * count)));
}

/**
 * The percentile interval of bootstrap estimates, with the definition of R's `quantile` type 7
 * (linear interpolation between order statistics). Undefined estimates (`NaN`) are left out.
 *
 * @returns `[low, high]` for the central `level` share, or `[NaN, NaN]` without estimates.
 */
export function percentileInterval(estimates: readonly number[], level = 0.95): [number, number] {
  const sorted = estimates.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return [Number.NaN, Number.NaN];
  const quantile = (q: number) => {
    const h = (sorted.length - 1) * q;
    const lo = Math.floor(h);
    return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!);
  };
  return [quantile((1 - level) / 2), quantile(1 - (1 - level) / 2)];
}

/**
 * An annotation restricted to a resample of sentences: the items of the `i`-th drawn sentence
 * (those starting in it) are shifted by `i · textLength`, so a sentence drawn twice contributes
 * two distinct copies of its items. The k-th draw of a sentence belongs to the k-th copy of the
 * document: its cluster labels get the suffix `~k` (none for the first), so chains link the
 * first draws of different sentences but never a copy to its original, and a resample drawing
 * every sentence twice scores like two copies of the article (as a corpus is scored). Without
 * this, a duplicated singleton would become a two-mention chain and shift the link-based MUC.
 * Scored against a reference resampled with the same draw over `text.repeat(draw.length)`.
 */
export function resampleBySentence(
  p: Predictions,
  sentences: readonly Range[],
  draw: readonly number[],
  textLength: number,
): Predictions {
  const sentenceOf = (start: number) => {
    const index = sentences.findIndex((s) => s.start <= start && start < s.end);
    if (index < 0) throw new Error(`no sentence contains offset ${start}`);
    return index;
  };
  const shift = <T extends Range>(item: T, by: number): T => ({ ...item, start: item.start + by, end: item.end + by });
  const pick = <T>(
    items: readonly T[] | undefined,
    startOf: (item: T) => number,
    move: (item: T, by: number, copy: number) => T,
  ) => {
    if (!items) return undefined;
    const bySentence = sentences.map(() => [] as T[]);
    for (const item of items) bySentence[sentenceOf(startOf(item))]!.push(item);
    const seen = new Map<number, number>();
    return draw.flatMap((s, i) => {
      const copy = seen.get(s) ?? 0;
      seen.set(s, copy + 1);
      return bySentence[s]!.map((item) => move(item, i * textLength, copy));
    });
  };
  const out: Predictions = {};
  const mentions = pick(
    p.mentions,
    (m) => m.start,
    (m, by, copy) => {
      const moved = shift(m, by);
      return copy === 0 || m.cluster === undefined ? moved : { ...moved, cluster: `${m.cluster}~${copy}` };
    },
  );
  const times = pick(p.times, (t) => t.start, shift);
  // A claim moves with the sentence of its content; its source must be in that sentence, or the
  // shifted source would not be the shifted mention (a resample may leave the mention out).
  for (const c of p.claims ?? []) {
    if (c.source && sentenceOf(c.source.start) !== sentenceOf(c.content.start)) {
      throw new Error(`claim source ${c.source.start}-${c.source.end} is not in its content's sentence`);
    }
  }
  const claims = pick(
    p.claims,
    (c) => c.content.start,
    (c, by) => ({
      ...c,
      content: shift(c.content, by),
      ...(c.source ? { source: shift(c.source, by) } : {}),
      ...(c.cue ? { cue: shift(c.cue, by) } : {}),
    }),
  );
  if (mentions) out.mentions = mentions;
  if (claims) out.claims = claims;
  if (times) out.times = times;
  return out;
}
