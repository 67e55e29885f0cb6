import { pairClaims } from "../../src/eval/claim-pairing.js";
import { goldAsPredictions } from "../../src/eval/gold.js";
import { matchSpans } from "../../src/eval/matching.js";
import type { PredictedClaim, Predictions } from "../../src/eval/predictions.js";
import { scoreTimes } from "../../src/eval/times.js";
import { sameOffsets } from "../../src/query/collections.js";
import type { Range } from "../../src/schema/walk.js";
import type { ArticleOf } from "../../src/types.js";
import type { BlindAnnotation } from "./blind-annotations.js";
import { mentionFindings } from "./item-agreement.js";

/** One point where at least two blind annotators depart from the gold, as logged for adjudication. */
export interface MajorityDisagreement {
  readonly layer: "mentions" | "coreference" | "claims" | "times";
  /** What the gold has. */
  readonly first: string;
  /** What the departing annotators have, naming them. */
  readonly second: string;
}

const MAJORITY = 2;
const show = (s: Range, text: string) => `"${text.slice(s.start, s.end)}" (${s.start}-${s.end})`;
const same = (a: Range | null | undefined, b: Range | null | undefined) =>
  (!a && !b) || (!!a && !!b && sameOffsets(a, b));
const who = (ids: readonly string[]) => `(${ids.join(", ")})`;
const jaccard = (a: Range, b: Range) => {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
};
/** The span of `spans` closest to `span` (highest Jaccard; the first on ties). */
const closest = (span: Range, spans: readonly Range[]) =>
  spans.reduce((best, s) => (jaccard(span, s) > jaccard(span, best) ? s : best), spans[0]!);

/** Groups what the departing annotators have by its description, so a shared alternative is named once. */
function alternatives(entries: readonly (readonly [string, string])[]): string {
  const by = new Map<string, string[]>();
  for (const [id, what] of entries) by.set(what, [...(by.get(what) ?? []), id]);
  return [...by].map(([what, ids]) => `${what} ${who(ids)}`).join("; ");
}

function mentionDisagreements(doc: ArticleOf, blind: readonly BlindAnnotation[]): MajorityDisagreement[] {
  const out: MajorityDisagreement[] = [];
  const findings = blind.map((a) => mentionFindings(doc, a.predictions));
  const mentionsOf = (a: number) => blind[a]!.predictions.mentions ?? [];
  doc.mentions.forEach((m, g) => {
    const first = `${show(m.span, doc.text)} ${m.id}`;
    const missing = blind.flatMap((a, i) => (findings[i]![g]!.overlap ? [] : [a.id]));
    if (missing.length >= MAJORITY)
      out.push({ layer: "mentions", first, second: `no overlapping mention ${who(missing)}` });
    // Named by the annotator's closest overlapping span (highest Jaccard), which is what they
    // marked for it even when the one-to-one pairing chose an equally overlapping longer span.
    const other = blind.flatMap((a, i) => {
      const f = findings[i]![g]!;
      return f.overlap && !f.exact ? [[a.id, show(closest(m.span, mentionsOf(i)), doc.text)] as const] : [];
    });
    if (other.length >= MAJORITY) out.push({ layer: "mentions", first, second: alternatives(other) });
    const elsewhere = blind.flatMap((a, i) => (findings[i]![g]!.overlap && !findings[i]![g]!.sameChain ? [a.id] : []));
    if (elsewhere.length >= MAJORITY) {
      out.push({
        layer: "coreference",
        first: `${first} in the chain of ${m.entityId}`,
        second: `in a chain not aligned with it ${who(elsewhere)}`,
      });
    }
  });
  out.push(
    ...extras(
      "mentions",
      doc,
      blind,
      (p) => p.mentions ?? [],
      (a, i) => {
        const paired = new Set(findings[i]!.flatMap((f) => (f.partner === undefined ? [] : [f.partner])));
        return mentionsOf(a).flatMap((_, q) => (paired.has(q) ? [] : [q]));
      },
    ),
  );
  return out;
}

/** Items of at least two annotators that pair with no gold item but with each other (same span). */
function extras<T extends Range>(
  layer: "mentions" | "times",
  doc: ArticleOf,
  blind: readonly BlindAnnotation[],
  items: (p: Predictions) => readonly T[],
  unpaired: (annotator: number, i: number) => number[],
): MajorityDisagreement[] {
  const by = new Map<string, { span: T; ids: string[] }>();
  blind.forEach((a, i) => {
    for (const q of unpaired(i, i)) {
      const span = items(a.predictions)[q]!;
      const k = `${span.start}-${span.end}`;
      by.set(k, { span, ids: [...(by.get(k)?.ids ?? []), a.id] });
    }
  });
  return [...by.values()]
    .filter(({ ids }) => ids.length >= MAJORITY)
    .map(({ span, ids }) => ({ layer, first: "—", second: `${show(span, doc.text)} ${who(ids)}` }));
}

const describeClaim = (c: PredictedClaim, text: string) =>
  `${show(c.content, text)}; source ${c.source ? show(c.source, text) : "author"}; cue ${
    c.cue ? show(c.cue, text) : "none"
  }`;

function claimDisagreements(doc: ArticleOf, blind: readonly BlindAnnotation[]): MajorityDisagreement[] {
  const out: MajorityDisagreement[] = [];
  const gold = goldAsPredictions(doc).claims!;
  const partners = blind.map(
    (a) => new Map(pairClaims(gold, a.predictions.claims ?? []).map((p) => [p.gold, p.predicted])),
  );
  const claimOf = (i: number, g: number) => {
    const q = partners[i]!.get(g);
    return q === undefined ? undefined : blind[i]!.predictions.claims![q]!;
  };
  doc.claims.forEach((claim, g) => {
    const first = `${claim.id}: ${describeClaim(gold[g]!, doc.text)}`;
    const missing = blind.flatMap((a, i) => (claimOf(i, g) ? [] : [a.id]));
    if (missing.length >= MAJORITY)
      out.push({
        layer: "claims",
        first,
        second: `no claim with overlapping content and the same source ${who(missing)}`,
      });
    for (const part of ["content", "source", "cue"] as const) {
      const other = blind.flatMap((a, i) => {
        const c = claimOf(i, g);
        if (!c || same(c[part], gold[g]![part])) return [];
        return [[a.id, `${part} ${c[part] ? show(c[part], doc.text) : "none"}`] as const];
      });
      if (other.length >= MAJORITY)
        out.push({ layer: "claims", first: `${first} (${part})`, second: alternatives(other) });
    }
    for (const label of ["factuality", "polarity", "quote"] as const) {
      const other = blind.flatMap((a, i) => {
        const value = claimOf(i, g)?.[label];
        return value !== undefined && value !== claim[label] ? [[a.id, `${label} ${value}`] as const] : [];
      });
      if (other.length >= MAJORITY)
        out.push({ layer: "claims", first: `${claim.id}: ${label} ${claim[label]}`, second: alternatives(other) });
    }
  });
  // Claims of at least two annotators that pair with no gold claim but with each other.
  const leftovers = blind.map((a, i) => {
    const used = new Set(partners[i]!.values());
    return (a.predictions.claims ?? []).filter((_, q) => !used.has(q));
  });
  const seen = new Set<string>();
  leftovers.forEach((mine, i) => {
    for (const c of mine) {
      const ids = [blind[i]!.id];
      leftovers.forEach((theirs, j) => {
        if (j !== i && pairClaims([c], theirs).length > 0) ids.push(blind[j]!.id);
      });
      const what = describeClaim(c, doc.text);
      if (ids.length >= MAJORITY && !seen.has(ids.slice().sort().join())) {
        ids.forEach((id) => seen.add([id, ...ids.filter((x) => x !== id)].sort().join()));
        out.push({
          layer: "claims",
          first: "—",
          second: `${what}, ${c.factuality}, ${c.polarity}, ${c.quote} ${who(ids.slice().sort())}`,
        });
      }
    }
  });
  return out;
}

function timeDisagreements(doc: ArticleOf, blind: readonly BlindAnnotation[]): MajorityDisagreement[] {
  const out: MajorityDisagreement[] = [];
  const spans = doc.times.map((t) => t.span);
  const pairs = blind.map(
    (a) => new Map(matchSpans(spans, a.predictions.times ?? [], "overlap").map((p) => [p.gold, p.predicted])),
  );
  doc.times.forEach((t, g) => {
    const first = `${show(t.span, doc.text)} = ${t.value}`;
    const theirs = blind.map((a, i) => {
      const q = pairs[i]!.get(g);
      return q === undefined ? undefined : a.predictions.times![q]!;
    });
    const missing = blind.flatMap((a, i) => (theirs[i] ? [] : [a.id]));
    if (missing.length >= MAJORITY)
      out.push({ layer: "times", first, second: `no overlapping time expression ${who(missing)}` });
    const other = blind.flatMap((a, i) =>
      theirs[i] && !same(theirs[i], t.span) ? [[a.id, `span ${show(theirs[i]!, doc.text)}`] as const] : [],
    );
    if (other.length >= MAJORITY) out.push({ layer: "times", first, second: alternatives(other) });
    // The kit's value comparison (equal strings, or date-times naming the same instant).
    const alone = { ...doc, times: [t] } as ArticleOf;
    const values = blind.flatMap((a, i) => {
      const p = theirs[i];
      if (!p?.value || scoreTimes({ times: [p] }, alone).valueAccuracy === 1) return [];
      return [[a.id, `value ${p.value}`] as const];
    });
    if (values.length >= MAJORITY) out.push({ layer: "times", first, second: alternatives(values) });
  });
  out.push(
    ...extras(
      "times",
      doc,
      blind,
      (p) => p.times ?? [],
      (i) => {
        const used = new Set(pairs[i]!.values());
        return (blind[i]!.predictions.times ?? []).flatMap((_, q) => (used.has(q) ? [] : [q]));
      },
    ),
  );
  return out;
}

/**
 * Every point where a majority (at least two) of the blind annotators departs from the gold:
 * an item they did not find, a different span, chain or label, or an item they share that the
 * gold lacks. Each is to be decided in data/agreement/adjudication.json.
 */
export function majorityDisagreements(doc: ArticleOf, blind: readonly BlindAnnotation[]): MajorityDisagreement[] {
  return [...mentionDisagreements(doc, blind), ...claimDisagreements(doc, blind), ...timeDisagreements(doc, blind)];
}
