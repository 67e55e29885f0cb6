import fc from "fast-check";
import { FactualitySchema, QuoteTypeSchema } from "../../src/schema/claim.js";
import { ENTITY_TYPES } from "../../src/schema/vocabulary.js";
import { goldAsPredictions } from "../../src/eval/gold.js";
import type { Predictions } from "../../src/eval/predictions.js";
import { article } from "../../src/index.js";

/** Predictions with every layer present, as `goldAsPredictions` returns them. */
export type FullPredictions = Predictions & Required<Pick<Predictions, "mentions" | "claims" | "times">>;

const FACTUALITIES = FactualitySchema.options;
const QUOTES = QuoteTypeSchema.options;

/** The kinds of damage {@link damage} applies to a copy of the gold. */
export const DAMAGE_KINDS = [
  "drop-mention",
  "shift-mention",
  "add-mention",
  "retype-mention",
  "recluster",
  "uncluster",
  "drop-claim",
  "shift-claim-part",
  "drop-claim-part",
  "add-claim",
  "relabel-claim",
  "swap-claim-sources",
  "drop-time",
  "shift-time",
  "add-time",
  "revalue-time",
] as const;

const clampSpan = (start: number, end: number, length: number) => {
  const s = Math.max(0, Math.min(start, length));
  return { start: s, end: Math.max(s, Math.min(end, length)) };
};

/**
 * Applies 1–12 random damages to `p` in place: dropped, shifted, added and retyped mentions,
 * clusters changed, claims and their parts dropped or shifted, sources of two claims swapped,
 * labels changed, times dropped, shifted, added or given another value. Offsets stay inside the text; no `text` is kept on a
 * changed span, so the predictions stay valid.
 */
export function damage(g: fc.GeneratorValue, p: FullPredictions, textLength: number): string[] {
  const draw = <T>(arb: fc.Arbitrary<T>): T => g(() => arb);
  const index = (n: number) => draw(fc.integer({ min: 0, max: n - 1 }));
  const shift = () => draw(fc.integer({ min: -6, max: 6 }));
  const span = () => {
    const start = draw(fc.integer({ min: 0, max: textLength }));
    return clampSpan(start, start + draw(fc.integer({ min: 0, max: 40 })), textLength);
  };
  const moved = (s: { start: number; end: number }) => clampSpan(s.start + shift(), s.end + shift(), textLength);
  const applied: string[] = [];
  for (let n = draw(fc.integer({ min: 1, max: 12 })); n > 0; n--) {
    const kind = draw(fc.constantFrom(...DAMAGE_KINDS));
    const { mentions: m, claims: c, times: t } = p;
    if (kind.endsWith("mention") || kind.includes("cluster")) {
      if (kind === "add-mention")
        m.push({ ...span(), ...(draw(fc.boolean()) ? { type: draw(fc.constantFrom(...ENTITY_TYPES)) } : {}) });
      if (m.length === 0) continue;
      const i = index(m.length);
      if (kind === "drop-mention") m.splice(i, 1);
      if (kind === "shift-mention") m[i] = { ...m[i]!, ...moved(m[i]!), text: undefined };
      if (kind === "retype-mention") m[i]!.type = draw(fc.constantFrom(...ENTITY_TYPES));
      if (kind === "recluster") m[i]!.cluster = draw(fc.constantFrom("x", "y", m[index(m.length)]!.cluster ?? "z"));
      if (kind === "uncluster") delete m[i]!.cluster;
    } else if (kind.includes("claim")) {
      if (kind === "add-claim") c.push({ content: span(), ...(draw(fc.boolean()) ? { cue: span() } : {}) });
      if (c.length === 0) continue;
      const claim = c[index(c.length)]!;
      const part = draw(fc.constantFrom("source", "cue", "content" as const));
      if (kind === "drop-claim") c.splice(c.indexOf(claim), 1);
      if (kind === "shift-claim-part" && claim[part]) claim[part] = moved(claim[part]);
      if (kind === "drop-claim-part" && part !== "content") claim[part] = draw(fc.boolean()) ? null : span();
      if (kind === "swap-claim-sources") {
        const other = c[index(c.length)]!;
        [claim.source, other.source] = [other.source, claim.source];
      }
      if (kind === "relabel-claim") {
        claim.factuality = draw(fc.constantFrom(...FACTUALITIES));
        claim.quote = draw(fc.constantFrom(...QUOTES));
        if (draw(fc.boolean())) claim.polarity = claim.polarity === "negative" ? "positive" : "negative";
        if (draw(fc.boolean())) delete claim.factuality;
      }
    } else {
      if (kind === "add-time") t.push({ ...span(), ...(draw(fc.boolean()) ? { value: "2023-07-28" } : {}) });
      if (t.length === 0) continue;
      const i = index(t.length);
      if (kind === "drop-time") t.splice(i, 1);
      if (kind === "shift-time") t[i] = { ...t[i]!, ...moved(t[i]!), text: undefined };
      if (kind === "revalue-time") t[i]!.value = draw(fc.constantFrom("2023-07-28", "P1D", t[i]!.value ?? "2023"));
    }
    applied.push(kind);
  }
  return applied;
}

/** A copy of the gold with one error of most kinds the lists name (see test/cli-score-errors.test.ts). */
export function everyKindOfError(): FullPredictions {
  const p = structuredClone(goldAsPredictions(article)) as FullPredictions;
  p.mentions.splice(
    p.mentions.findIndex((m) => m.text === "the isolated nation"),
    1,
  );
  const kim = p.mentions.find((m) => m.text === "Kim Jong Un")!;
  Object.assign(kim, { end: kim.end - 3, text: "Kim Jong" });
  p.mentions.find((m) => m.text === "Pyongyang")!.type = "country";
  const warm = article.text.indexOf("warm-up");
  p.mentions.push({ start: warm, end: warm + 4, text: "warm" });
  for (const m of p.mentions) if (m.cluster === "sergei-shoigu") m.cluster = "russia";
  // The first claim replaced by one in words no gold claim covers: one missed, one spurious.
  const along = article.text.indexOf("Along the way");
  p.claims[0] = { content: { start: along, end: along + 13 } };
  p.claims[1]!.factuality = p.claims[1]!.factuality === "certain" ? "possible" : "certain";
  p.times.splice(0, 1);
  p.times[0]!.value = "1999-01-01";
  return p;
}
