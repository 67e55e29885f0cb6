/**
 * spaCy export: the JSON that spaCy's `Doc.to_json()` produces (and `Doc.from_json()` reads)
 * for a Doc holding the article's tokens, sentences, named entities and span groups.
 *
 * Shape (spaCy v3 `DocJSONSchema`): `text`; `ents` `[{start, end, label}]`; `sents`
 * `[{start, end}]`; `tokens` `[{id, start, end}]`; `spans` `{group: [{start, end, label, kb_id}]}`;
 * `_` (the Doc's custom attributes). Every offset is a character offset in Unicode code points
 * (Python string indices).
 * - Tokens come from the package's tokenizer. Where white space between two tokens is anything but one
 *   space after the first, spaCy keeps it as a token of its own (`"\n"` between paragraphs);
 *   so does this export, exactly as `spacy.util.get_words_and_spaces` would rebuild it, so that
 *   `Doc.from_json` accepts the tokens unchanged.
 * - `sents`: spaCy sentences run from a sentence's first token to the next sentence's first
 *   token, so a white-space token between paragraphs ends the sentence before it.
 * - `ents`: the flat named-entity layer of {@link namedMentions}, with OntoNotes labels
 *   ({@link ontonotesLabel}); spaCy forbids overlapping entities, so nested mentions are only in:
 * - `spans`: `mentions` (every mention; label the entity type, kb_id the entity id),
 *   `claims` (contents), `claim-sources` (source mentions), `claim-cues`, `claim-quotes`
 *   (label the role, kb_id the claim id), `times` (label the time type, kb_id the time id),
 *   and one `coref_clusters_<n>` group per entity with two or more mentions (kb_id the entity
 *   id), the span-group naming of spaCy's coreference component.
 * - `_` (only with `{ extensions: true }`): the Doc extension attributes `article` (the id),
 *   `entities`, `claims` and `times` with the values spans cannot carry (entity names and
 *   Wikidata items, claim sources, factuality, polarity, quote type, relations, ISO 8601 time
 *   values). Off by default because `Doc.from_json` cannot register extensions itself: register
 *   them first (`Doc.set_extension("claims", default=None)` and so on), then load.
 * @module
 */
import { article } from "../generated/article.js";
import { claimSourceId, groupBy } from "../query/collections.js";
import { TIMEX3_TYPES } from "../schema/vocabulary.js";
import { firstIndexWhere } from "../sorted-search.js";
import type { ArticleOf } from "../types.js";
import { codePointConverter } from "./code-points.js";
import { namedMentions, ontonotesLabel } from "./named-entities.js";
import { articleTokens, type Token } from "./tokenize.js";

/** A span of a spaCy span group. */
export interface SpacySpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly kb_id: string;
}

/** The JSON of a spaCy `Doc`, as `Doc.to_json()` writes it. */
export interface SpacyDocJson {
  readonly text: string;
  readonly ents: readonly { readonly start: number; readonly end: number; readonly label: string }[];
  readonly sents: readonly { readonly start: number; readonly end: number }[];
  readonly tokens: readonly { readonly id: number; readonly start: number; readonly end: number }[];
  readonly spans: Readonly<Record<string, readonly SpacySpan[]>>;
  /** Doc extension attributes; present only with `{ extensions: true }`. */
  readonly _?: Readonly<Record<string, unknown>>;
}

/** Options of {@link toSpacy}. */
export interface SpacyOptions {
  /**
   * Add the `_` Doc extension attributes `article`, `entities`, `claims`, `times`; false by
   * default, since spaCy can load them only after they are registered with `Doc.set_extension`.
   */
  readonly extensions?: boolean;
}

// Adds the white-space tokens spaCy keeps: everything between two words except one space
// directly after the first (spacy.util.get_words_and_spaces).
function withWhitespaceTokens(text: string, words: readonly Token[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const gap = (end: number) => {
    if (end > at) tokens.push({ start: at, end, text: text.slice(at, end) });
  };
  for (const word of words) {
    gap(word.start);
    tokens.push(word);
    at = word.end;
    if (text[at] === " ") at++;
  }
  gap(text.length);
  return tokens;
}

/**
 * Exports the article as the JSON of a spaCy `Doc` (`Doc(nlp.vocab).from_json(json)` loads it).
 *
 * @param doc - The article; the shipped one by default.
 * @param options - Whether to add the `_` extension attributes.
 * @returns The `Doc.to_json()`-shaped object, offsets in code points.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { toSpacy } from "kim-shoigu-2023/formats";
 * writeFileSync("article.spacy.json", JSON.stringify(toSpacy()));
 * // Python: Doc(nlp.vocab).from_json(json.load(open("article.spacy.json")))
 * ```
 */
export function toSpacy(doc: ArticleOf = article, options: SpacyOptions = {}): SpacyDocJson {
  const cp = codePointConverter(doc.text);
  const tokens = withWhitespaceTokens(doc.text, articleTokens(doc));

  // The index of each sentence's first token (tokens ascend), -1 for a sentence after every token.
  const firstTokenOf = (start: number) => {
    const index = firstIndexWhere(tokens, (t) => t.start >= start);
    return index < tokens.length ? index : -1;
  };
  const firstTokens = doc.sentences.map((s) => firstTokenOf(s.span.start)).filter((i) => i > 0);
  const sentenceStarts = [...new Set([0, ...firstTokens])].sort((a, b) => a - b);
  const sents =
    tokens.length === 0
      ? []
      : sentenceStarts.map((first, i) => {
          const last = (sentenceStarts[i + 1] ?? tokens.length) - 1;
          return { start: cp(tokens[first]!.start), end: cp(tokens[last]!.end) };
        });

  const span = (range: { start: number; end: number }, label: string, kbId: string): SpacySpan => ({
    start: cp(range.start),
    end: cp(range.end),
    label,
    kb_id: kbId,
  });
  const byStart = (a: SpacySpan, b: SpacySpan) => a.start - b.start || a.end - b.end;
  const entityType = new Map(doc.entities.map((e) => [e.id, e.type]));
  const mentionsById = new Map(doc.mentions.map((m) => [m.id, m]));

  const spans: Record<string, SpacySpan[]> = {
    mentions: doc.mentions.map((m) => span(m.span, entityType.get(m.entityId) ?? "", m.entityId)).sort(byStart),
    claims: doc.claims.map((c) => span(c.content, "content", c.id)).sort(byStart),
    "claim-sources": doc.claims
      .flatMap((c) => {
        const mention = c.sourceMention ? mentionsById.get(c.sourceMention) : undefined;
        return mention ? [span(mention.span, "source", c.id)] : [];
      })
      .sort(byStart),
    "claim-cues": doc.claims.flatMap((c) => (c.cue ? [span(c.cue, "cue", c.id)] : [])).sort(byStart),
    "claim-quotes": doc.claims.flatMap((c) => c.quotes.map((q) => span(q, "quote", c.id))).sort(byStart),
    times: doc.times.map((t) => span(t.span, t.type, t.id)).sort(byStart),
  };
  const mentionsOfEntity = groupBy(doc.mentions, (m) => [m.entityId]);
  let cluster = 0;
  for (const entity of doc.entities) {
    const members = mentionsOfEntity.get(entity.id) ?? [];
    if (members.length >= 2)
      spans[`coref_clusters_${++cluster}`] = members.map((m) => span(m.span, "", entity.id)).sort(byStart);
  }

  return {
    text: doc.text,
    ents: namedMentions(doc).map((named) => ({
      start: cp(named.mention.span.start),
      end: cp(named.mention.span.end),
      label: ontonotesLabel(named),
    })),
    sents,
    tokens: tokens.map((t, id) => ({ id, start: cp(t.start), end: cp(t.end) })),
    spans,
    ...(options.extensions ? { _: extensionsOf(doc) } : {}),
  };
}

// A range is a TIMEX3 DURATION between the two dates of its value.
const timex3Points = (type: string, value: string) => {
  const [beginPoint, endPoint] = value.split("/");
  return type === "range" ? { beginPoint, endPoint } : {};
};

// The values spans cannot carry, as Doc extension attributes.
function extensionsOf(doc: ArticleOf): Record<string, unknown> {
  return {
    article: doc.id,
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      ...(e.wikidata ? { wikidata: e.wikidata } : {}),
    })),
    claims: doc.claims.map((c) => ({
      id: c.id,
      source: claimSourceId(c),
      factuality: c.factuality,
      polarity: c.polarity,
      quote: c.quote,
      about: [...c.about],
      relations: c.relations.map((r) => ({
        type: r.type,
        target: r.target,
        ...(r.inferred ? { inferred: true } : {}),
      })),
      ...(c.nestedIn ? { nestedIn: c.nestedIn } : {}),
    })),
    times: doc.times.map((t) => ({
      id: t.id,
      type: t.type,
      timex3: TIMEX3_TYPES[t.type],
      ...timex3Points(t.type, t.value),
      value: t.value,
      ...(t.literal ? { literal: t.literal } : {}),
    })),
  };
}
