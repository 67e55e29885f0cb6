import type { ArticleOf } from "../types.js";
import { MAX_PREDICTED_ITEMS } from "./limits.js";
import { type Predictions, PredictionsSchema } from "./predictions.js";

/** Raised for invalid predictions; `problems` lists each one as `path: message`. */
export class PredictionsError extends Error {
  override name = "PredictionsError";
  constructor(readonly problems: readonly string[]) {
    super(
      `invalid predictions (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems
        .map((p) => `  ${p}`)
        .join("\n")}`
    );
  }
}

interface SpanLike {
  start: number;
  end: number;
  text?: string | undefined;
}

function* spansOf(predictions: Predictions): Generator<[string, SpanLike]> {
  for (const [i, m] of (predictions.mentions ?? []).entries()) yield [`mentions[${i}]`, m];
  for (const [i, c] of (predictions.claims ?? []).entries()) {
    if (c.source) yield [`claims[${i}].source`, c.source];
    if (c.cue) yield [`claims[${i}].cue`, c.cue];
    yield [`claims[${i}].content`, c.content];
  }
  for (const [i, t] of (predictions.times ?? []).entries()) yield [`times[${i}]`, t];
}

/**
 * Validates predictions against their format and against the article's text: offsets inside
 * the text, start not after end, `text` (when given) equal to the text at the offsets, and
 * `textSha256` (when given) equal to the article's. Each layer may hold at most
 * `MAX_PREDICTED_ITEMS` items; longer lists are refused before anything else is checked.
 *
 * @param input - Parsed JSON of any shape.
 * @param doc - The article the offsets refer to.
 * @returns The predictions, typed.
 * @throws PredictionsError listing every problem, with its path.
 * @example
 * ```ts
 * import { checkPredictions } from "kim-shoigu-2023/eval";
 * import { article } from "kim-shoigu-2023";
 * checkPredictions({ mentions: [{ start: 58, end: 69 }] }, article);
 * ```
 */
export function checkPredictions(input: unknown, doc: ArticleOf): Predictions {
  const tooLong = oversizedLayers(input);
  if (tooLong.length > 0) throw new PredictionsError(tooLong);
  const parsed = PredictionsSchema.safeParse(input);
  if (!parsed.success) {
    throw new PredictionsError(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    );
  }
  const predictions = parsed.data;
  const problems: string[] = [];
  if (predictions.textSha256 !== undefined && predictions.textSha256 !== doc.textSha256) {
    problems.push(
      `textSha256: ${predictions.textSha256} is not the article's (${doc.textSha256}); ` +
        "the offsets refer to another text"
    );
  }
  for (const [path, span] of spansOf(predictions)) {
    if (span.start > span.end) problems.push(`${path}: start ${span.start} is after end ${span.end}`);
    else if (span.end > doc.text.length)
      problems.push(`${path}: end ${span.end} is past the end of the text (length ${doc.text.length})`);
    else if (span.text !== undefined && doc.text.slice(span.start, span.end) !== span.text) {
      problems.push(
        `${path}: text ${JSON.stringify(span.text)} is not the text at ${span.start}-${span.end}: ${JSON.stringify(
          doc.text.slice(span.start, span.end)
        )}`
      );
    }
  }
  if (problems.length > 0) throw new PredictionsError(problems);
  return predictions;
}

/** The layers with more than {@link MAX_PREDICTED_ITEMS} items, as problems. */
function oversizedLayers(input: unknown): string[] {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return [];
  const layers = input as Record<string, unknown>;
  return (["mentions", "claims", "times"] as const).flatMap((layer) => {
    const items = Object.hasOwn(layers, layer) ? layers[layer] : undefined;
    return Array.isArray(items) && items.length > MAX_PREDICTED_ITEMS
      ? [`${layer}: ${items.length} items, more than the ${MAX_PREDICTED_ITEMS} that are scored`]
      : [];
  });
}
