/**
 * An adapter from compromise to the evaluation kit's predictions format. It runs the library on
 * the text and converts its output:
 *
 * - Mentions: `people()` (type person), `places()` (country or city when compromise tags a word
 *   Country or City, otherwise untyped) and `organizations()` (organization), each match with
 *   the offsets compromise reports, less a possessive ’s and trailing punctuation, which
 *   compromise counts into the match ("Russia’s", "Pyongyang,"), and which the annotation leaves
 *   out. A match found twice (as a place and an organisation) is kept once.
 * - Coreference: compromise links pronouns to their antecedents (`pronouns().refersTo()`); a
 *   pronoun joins the cluster of the mention its antecedent overlaps. Otherwise mentions with the
 *   same words share a cluster (exact string match).
 * - No claims and no times.
 */
import nlp from "compromise";
import type { EntityType } from "../src/schema/entity.js";
import type { PredictedMention, Predictions } from "../src/eval/predictions.js";

interface Match {
  readonly offset: { readonly start: number; readonly length: number };
  readonly terms: readonly { readonly tags: readonly string[] }[];
}
// The parts of compromise's views this adapter uses (its types vary by view).
interface View {
  json(options: object): unknown;
}
interface PronounView extends View {
  forEach(callback: (pronoun: PronounView) => void): void;
  refersTo(): View;
}

// The offsets without a possessive and trailing punctuation.
function trimmed(text: string, start: number, end: number): [number, number] {
  let e = end;
  for (;;) {
    const before = e;
    while (e > start && /[.,;:!?)”"]/u.test(text[e - 1]!)) e--;
    if (/[’']s$/u.test(text.slice(start, e))) e -= 2;
    if (e === before) return [start, e];
  }
}

const placeType = (m: Match): EntityType | undefined => {
  const tags = new Set(m.terms.flatMap((t) => t.tags));
  return tags.has("Country") ? "country" : tags.has("City") ? "city" : undefined;
};

/**
 * Runs compromise on a text and returns its predictions.
 *
 * @param text - The article text.
 * @returns Mentions with types and clusters; no claims, no times.
 */
export function compromisePredictions(text: string): Predictions {
  const doc = nlp(text);
  const found = new Map<string, PredictedMention>();
  const add = (view: View, type: (m: Match) => EntityType | undefined) => {
    for (const m of view.json({ offset: true, terms: { tags: true } }) as Match[]) {
      const [start, end] = trimmed(text, m.offset.start, m.offset.start + m.offset.length);
      const key = `${start}-${end}`;
      if (end <= start || found.has(key)) continue;
      const t = type(m);
      found.set(key, {
        start,
        end,
        text: text.slice(start, end),
        ...(t ? { type: t } : {}),
        cluster: text.slice(start, end),
      });
    }
  };
  add(doc.people(), () => "person");
  add(doc.places(), placeType);
  add(doc.organizations(), () => "organization");
  const names = [...found.values()];
  (doc.pronouns() as unknown as PronounView).forEach((pronoun) => {
    const [p] = pronoun.json({ offset: true }) as Match[];
    const [antecedent] = pronoun.refersTo().json({ offset: true }) as Match[];
    if (!p || !antecedent) return;
    const [s, e] = trimmed(text, p.offset.start, p.offset.start + p.offset.length);
    const a = antecedent.offset;
    const target = names.find((n) => n.start < a.start + a.length && a.start < n.end);
    if (target && e > s) found.set(`${s}-${e}`, { start: s, end: e, text: text.slice(s, e), cluster: target.cluster! });
  });
  const mentions = [...found.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions };
}
