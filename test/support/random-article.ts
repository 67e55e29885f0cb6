import { createHash } from "node:crypto";
import fc from "fast-check";
import type { AnnotatedArticle, Claim, Entity, Mention, Span, TimeExpression } from "../../src/schema/index.js";
import {
  drawer,
  ENTITY_TYPES,
  FACTUALITIES,
  MENTION_FORMS,
  NOTE_KINDS,
  POLARITIES,
  QUOTE_TYPES,
  RELATION_TYPES,
  TIME_VALUES,
  WORDS,
} from "./arbitrary-vocabulary.js";

/** The text skeleton: paragraphs of sentences of words, with every word's span. */
function buildText(draw: ReturnType<typeof drawer>) {
  const words: Span[] = [];
  const paragraphs: AnnotatedArticle["paragraphs"] = [];
  const sentences: AnnotatedArticle["sentences"] = [];
  let text = "";
  const paragraphCount = draw(fc.integer({ min: 1, max: 3 }));
  for (let p = 0; p < paragraphCount; p++) {
    if (p > 0) text += "\n";
    const paragraphStart = text.length;
    const sentenceCount = draw(fc.integer({ min: 1, max: 3 }));
    for (let s = 0; s < sentenceCount; s++) {
      if (s > 0) text += " ";
      const sentenceStart = text.length;
      draw(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })).forEach((word, w) => {
        if (w > 0) text += " ";
        words.push({ start: text.length, end: text.length + word.length, text: word });
        text += word;
      });
      text += ".";
      sentences.push({
        id: `s${sentences.length + 1}`,
        paragraphId: `p${p + 1}`,
        span: { start: sentenceStart, end: text.length, text: text.slice(sentenceStart) },
      });
    }
    paragraphs.push({
      id: `p${p + 1}`,
      span: { start: paragraphStart, end: text.length, text: text.slice(paragraphStart) },
    });
  }
  return { text, words, paragraphs, sentences };
}

/**
 * A random valid annotated article: 1–3 paragraphs of 1–3 sentences, entities (one of them
 * possibly a group), mentions of one or two words, claims with quotes, cues, sources, nesting and
 * relations, times with anchors, notes. Draw it inside a property from `fc.gen()`.
 */
export function randomArticle(g: fc.GeneratorValue): AnnotatedArticle {
  const draw = drawer(g);
  const { text, words, paragraphs, sentences } = buildText(draw);
  const spanOfWords = (first: number, last: number): Span => {
    const { start } = words[first]!;
    const { end } = words[last]!;
    return { start, end, text: text.slice(start, end) };
  };
  const wordIndex = (min = 0, max = words.length - 1) => draw(fc.integer({ min, max }));
  /** First and last word of a run of up to `maxWords` words. */
  const wordRun = (maxWords: number): [number, number] => {
    const first = wordIndex();
    return [first, Math.min(words.length - 1, first + draw(fc.integer({ min: 0, max: maxWords - 1 })))];
  };
  const some = <T>(items: readonly T[], maxLength = items.length): T[] => draw(fc.subarray([...items], { maxLength }));
  const oneOf = <T>(items: readonly T[]): T => draw(fc.constantFrom(...items));

  const plainIds = Array.from({ length: draw(fc.integer({ min: 1, max: 4 })) }, (_, k) => `e${k}`);
  const entities: Entity[] = plainIds.map((id) => ({
    id,
    type: oneOf(ENTITY_TYPES),
    name: `Entity ${id}`,
    aliases: some(WORDS, 2),
    description: "Generated.",
  }));
  if (plainIds.length > 1 && draw(fc.boolean())) {
    entities.push({
      id: "group",
      type: "group",
      name: "The group",
      aliases: [],
      description: "Generated.",
      members: draw(fc.subarray(plainIds, { minLength: 1 })),
    });
  }
  const entityIds = entities.map((e) => e.id);

  // Distinct first words keep every (entity, span) pair unique, as the schema requires.
  const mentionCount = new Map<string, number>();
  const mentions: Mention[] = draw(
    fc.uniqueArray(fc.integer({ min: 0, max: words.length - 1 }), { maxLength: 10 }),
  ).map((first) => {
    const entityId = oneOf(entityIds);
    const n = (mentionCount.get(entityId) ?? 0) + 1;
    mentionCount.set(entityId, n);
    const last = Math.min(words.length - 1, first + draw(fc.integer({ min: 0, max: 1 })));
    return { id: `${entityId}@${n}`, entityId, span: spanOfWords(first, last), form: oneOf(MENTION_FORMS) };
  });

  const timeIds = Array.from({ length: draw(fc.integer({ min: 0, max: 2 })) }, (_, k) => `t${k}`);
  const times: TimeExpression[] = timeIds.map((id, k) => {
    // Anchors point to earlier times only, so they never form a cycle, which the schema rejects.
    const others = timeIds.slice(0, k);
    const time: TimeExpression = {
      id,
      span: spanOfWords(...wordRun(2)),
      type: "date",
      value: oneOf(TIME_VALUES),
      basis: "Generated.",
    };
    if (others.length > 0 && draw(fc.boolean())) time.anchor = oneOf(others);
    return time;
  });

  const claimIds = Array.from({ length: draw(fc.integer({ min: 0, max: 4 })) }, (_, k) => `c${k}`);
  const claims: Claim[] = claimIds.map((id, k) => {
    const [first, last] = wordRun(6);
    const byEntity = draw(fc.boolean());
    const sourceId = oneOf(entityIds);
    const sourceMentions = mentions.filter((m) => m.entityId === sourceId);
    const others = claimIds.filter((other) => other !== id);
    const claim: Claim = {
      id,
      content: spanOfWords(first, last),
      source: byEntity ? { entityId: sourceId } : { author: true },
      quote: oneOf(QUOTE_TYPES),
      // Quotes lie inside the content, as the schema requires.
      quotes: draw(fc.uniqueArray(fc.integer({ min: first, max: last }), { maxLength: 2 })).map((q) =>
        spanOfWords(q, Math.min(last, q + draw(fc.integer({ min: 0, max: 1 })))),
      ),
      factuality: oneOf(FACTUALITIES),
      polarity: oneOf(POLARITIES),
      about: some(entityIds),
      relations:
        others.length === 0
          ? []
          : draw(
              fc.array(fc.record({ type: fc.constantFrom(...RELATION_TYPES), target: fc.constantFrom(...others) }), {
                maxLength: 2,
              }),
            ),
    };
    if (byEntity && sourceMentions.length > 0 && draw(fc.boolean())) claim.sourceMention = oneOf(sourceMentions).id;
    if (draw(fc.boolean())) claim.cue = spanOfWords(...wordRun(2));
    if (timeIds.length > 0 && draw(fc.boolean())) claim.times = some(timeIds);
    // Nested in an earlier claim only, so nesting never forms a cycle, which the schema rejects.
    if (k > 0 && draw(fc.boolean())) claim.nestedIn = oneOf(claimIds.slice(0, k));
    return claim;
  });

  const notes = Array.from({ length: draw(fc.integer({ min: 0, max: 2 })) }, (_, k) => ({
    id: `n${k}`,
    span: spanOfWords(...wordRun(3)),
    kind: oneOf(NOTE_KINDS),
    message: "Generated.",
  }));

  return {
    id: "random-article",
    schemaVersion: "1.0.0",
    language: "en",
    title: { text: "A random article", editorial: true },
    text,
    textSha256: createHash("sha256").update(text, "utf8").digest("hex"),
    provenance: { summary: "Generated by fast-check.", inferences: [] },
    published: { date: "2024-01-02", basis: "inferred", explanation: "Generated." },
    paragraphs,
    sentences,
    entities,
    mentions,
    claims,
    times,
    notes,
  };
}
