/**
 * An adapter from wink-nlp, with its English lite model wink-eng-lite-web-model, to the
 * evaluation kit's predictions format. It runs the library on the text and converts its output;
 * the only choices of its own are how to read that output as mentions and clusters:
 *
 * - Times: the model's entities of type DATE, TIME and DURATION ("Thursday", "around 8 p.m.",
 *   "1950–1953") become time expressions of type date, time and duration, without a value (the
 *   model gives none). Its other entity types (CARDINAL, ORDINAL, MONEY, PERCENT, …) are numbers,
 *   not entities of the annotation.
 * - Mentions: the lite model recognises no names (it has no PERSON or ORG entities), so mentions
 *   are the runs of tokens its part-of-speech tagger tags PROPN, within one of its sentences and
 *   outside its time entities. They carry no type.
 * - Coreference: mentions with the same words share a cluster (exact string match); the library
 *   resolves no coreference.
 *
 * Offsets come from the tokens: each token's preceding spaces and its value, which the library
 * keeps, so they add up to the text (checked).
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { PredictedMention, PredictedTime, Predictions } from "../src/eval/predictions.js";

const TIME_TYPES: Record<string, PredictedTime["type"]> = { DATE: "date", TIME: "time", DURATION: "duration" };

/**
 * Runs wink-nlp on a text and returns its predictions.
 *
 * @param text - The article text.
 * @returns Mentions (with clusters) and times; no claims.
 */
export function winkPredictions(text: string): Predictions {
  const nlp = winkNLP(model);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += spaces[i]!.length;
    starts.push(offset);
    offset += value.length;
  });
  const ends = values.map((value, i) => starts[i]! + value.length);
  if (values.some((value, i) => text.slice(starts[i], ends[i]) !== value))
    throw new Error("wink-nlp tokens do not add up to the text");

  const times: PredictedTime[] = [];
  const inTime = new Set<number>();
  const entities = doc.entities();
  const spans = entities.out(its.span) as unknown as [number, number][];
  const types = entities.out(its.type) as string[];
  spans.forEach(([first, last], i) => {
    const type = TIME_TYPES[types[i]!];
    if (!type) return;
    for (let t = first; t <= last; t++) inTime.add(t);
    times.push({ start: starts[first]!, end: ends[last]!, text: text.slice(starts[first], ends[last]), type });
  });

  const mentions: PredictedMention[] = [];
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of sentenceSpans) {
    let run: number[] = [];
    const flush = () => {
      if (run.length > 0) {
        const [start, end] = [starts[run[0]!]!, ends[run[run.length - 1]!]!];
        mentions.push({ start, end, text: text.slice(start, end), cluster: text.slice(start, end) });
      }
      run = [];
    };
    for (let t = first; t <= last; t++) {
      if (pos[t] === "PROPN" && !inTime.has(t)) run.push(t);
      else flush();
    }
    flush();
  }
  return { mentions, times };
}
