import type { ClaimRef, ErrorSpan, ScoreErrors } from "./types.js";

const WIDTH = 36;

// A long text shortened in its middle, so that both its ends stay readable.
const shorten = (text: string, max = 60) =>
  text.length <= max
    ? text
    : `${text.slice(0, max / 2 - 1).trimEnd()} … ${text.slice(text.length - max / 2 + 2).trimStart()}`;
const quoted = (span: ErrorSpan | null) => (span ? `“${shorten(span.text)}”` : "none");

/** The span in its sentence, bracketed, with up to WIDTH characters of context each side. */
export function inContext(span: ErrorSpan): string {
  const sentence = span.sentence;
  if (!sentence) return `[${shorten(span.text)}]`;
  const before = sentence.text.slice(0, Math.max(0, span.start - sentence.start));
  const after = sentence.text.slice(Math.max(0, span.end - sentence.start));
  const left = before.length > WIDTH ? `…${before.slice(before.length - WIDTH)}` : before;
  const right = after.length > WIDTH ? `${after.slice(0, WIDTH)}…` : after;
  return `${sentence.id}: ${left}[${shorten(span.text)}]${right}`.replace(/\n/g, " ");
}

const claimName = (c: ClaimRef) => (c.claimId === undefined ? `claims[${c.index}]` : c.claimId);
const section = (title: string, counts: Record<string, number>, lines: string[]) => [
  `${title}: ${Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ")}`,
  ...lines.map((line) => `  ${line}`),
];

/**
 * The errors as readable text, grouped by layer, every span shown bracketed in its sentence.
 *
 * @param errors - The errors of `findErrors` or `scoreAllWithErrors`.
 * @returns Lines of text, without a final newline.
 * @example
 * ```ts
 * import { errorsAsText, scoreAllWithErrors } from "kim-shoigu-2023/eval";
 * console.log(errorsAsText(scoreAllWithErrors({ mentions: [{ start: 58, end: 66 }] }).errors));
 * ```
 */
export function errorsAsText(errors: ScoreErrors): string {
  const { mentions: m, coreference: k, claims: c, times: t } = errors;
  const mentionLines = [
    ...m.missed.map(({ gold }) => `missed    ${quoted(gold)} (${gold.type}, ${gold.entityId})  ${inContext(gold)}`),
    ...m.spurious.map(({ predicted: p }) => `spurious  ${quoted(p)}${p.type ? ` (${p.type})` : ""}  ${inContext(p)}`),
    ...m.boundary.flatMap(({ gold, predicted }) => [
      `boundary  gold ${quoted(gold)}, predicted ${quoted(predicted)} (${gold.entityId})`,
      `            gold       ${inContext(gold)}`,
      `            predicted  ${inContext(predicted)}`,
    ]),
    ...m.type.map(
      ({ gold, predicted }) =>
        `type      ${quoted(gold)} gold ${gold.type}, predicted ${predicted.type}  ${inContext(gold)}`,
    ),
  ];
  const texts = (spans: readonly ErrorSpan[]) => spans.map((s) => quoted(s)).join(", ");
  const corefLines = [
    ...k.split.map(
      ({ entityId, clusters }) =>
        `split     ${entityId} over ${clusters.length} clusters: ${clusters
          .map((p) => `${p.cluster ?? "(no cluster)"} ${texts(p.mentions)}`)
          .join("; ")}`,
    ),
    ...k.merged.map(
      ({ cluster, chains }) =>
        `merged    cluster ${cluster} joins ${chains.map((ch) => `${ch.entityId} ${texts(ch.mentions)}`).join("; ")}`,
    ),
  ];
  const claimLines = [
    ...c.missed.map(
      ({ gold }) =>
        `missed    ${claimName(gold)} source ${quoted(gold.source)}, cue ${quoted(gold.cue)}  ${inContext(
          gold.content,
        )}`,
    ),
    ...c.spurious.map(
      ({ predicted: p }) =>
        `spurious  ${claimName(p)} source ${quoted(p.source)}, cue ${quoted(p.cue)}  ${inContext(p.content)}`,
    ),
    ...c.boundary.map(
      ({ part, gold, predicted, goldClaim }) =>
        `${part.padEnd(8)}  ${claimName(goldClaim)} gold ${quoted(gold)}, predicted ${quoted(predicted)}  ${inContext(
          gold ?? predicted!,
        )}`,
    ),
    ...c.labels.map(
      ({ label, gold, predicted, goldClaim }) =>
        `${label.padEnd(8)}  ${claimName(goldClaim)} gold ${gold}, predicted ${predicted}  ${inContext(
          goldClaim.content,
        )}`,
    ),
  ];
  const timeLines = [
    ...t.missed.map(({ gold }) => `missed    ${quoted(gold)} ${gold.value}  ${inContext(gold)}`),
    ...t.spurious.map(({ predicted: p }) => `spurious  ${quoted(p)}${p.value ? ` ${p.value}` : ""}  ${inContext(p)}`),
    ...t.value.map(
      ({ gold, predicted }) =>
        `value     ${quoted(gold)} gold ${gold.value}, predicted ${predicted.value}  ${inContext(gold)}`,
    ),
  ];
  return [
    ...section(
      "Mentions",
      { missed: m.missed.length, spurious: m.spurious.length, boundary: m.boundary.length, type: m.type.length },
      mentionLines,
    ),
    ...section("Coreference", { split: k.split.length, merged: k.merged.length }, corefLines),
    ...section(
      "Claims",
      { missed: c.missed.length, spurious: c.spurious.length, boundary: c.boundary.length, labels: c.labels.length },
      claimLines,
    ),
    ...section("Times", { missed: t.missed.length, spurious: t.spurious.length, value: t.value.length }, timeLines),
  ].join("\n");
}
