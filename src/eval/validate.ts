import type { ArticleOf } from "../types.js";
import { MAX_PREDICTED_ITEMS } from "./limits.js";
import { LocatedError } from "../errors.js";
import { spanFieldsOf } from "../schema/fields.js";
import { issueLines } from "../schema/issues.js";
import { type Path, spansOf } from "../schema/walk.js";
import { type Predictions, PredictionsSchema } from "./predictions.js";

/**
 * Raised for invalid predictions; `problems` lists each one as `path: message`, and `location`
 * is the path of the first.
 */
export class PredictionsError extends LocatedError {
  override name = "PredictionsError";
  constructor(readonly problems: readonly string[]) {
    const count = `${problems.length} problem${problems.length === 1 ? "" : "s"}`;
    super(`invalid predictions (${count}):\n${problems.map((p) => `  ${p}`).join("\n")}`, locationOf(problems[0]));
  }
}

const locationOf = (problem: string | undefined) =>
  problem?.slice(0, Math.max(0, problem.indexOf(": "))) || "(predictions)";

// The span fields of the predictions format, as its schema marks them.
const PREDICTED_SPANS = spanFieldsOf(PredictionsSchema);

/** `mentions.0.span` style paths as `mentions[0].span`. */
const formatPath = (path: Path) =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");

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
    throw new PredictionsError(issueLines(parsed.error.issues));
  }
  const predictions = parsed.data;
  const problems: string[] = [];
  if (predictions.textSha256 !== undefined && predictions.textSha256 !== doc.textSha256) {
    problems.push(
      `textSha256: ${predictions.textSha256} is not the article's (${doc.textSha256}); ` +
        "the offsets refer to another text",
    );
  }
  for (const { path: at, span } of spansOf(predictions, PREDICTED_SPANS)) {
    const path = formatPath(at);
    if (span.start > span.end) problems.push(`${path}: start ${span.start} is after end ${span.end}`);
    else if (span.end > doc.text.length)
      problems.push(`${path}: end ${span.end} is past the end of the text (length ${doc.text.length})`);
    else if (span.text !== undefined && doc.text.slice(span.start, span.end) !== span.text) {
      problems.push(
        `${path}: text ${JSON.stringify(span.text)} is not the text at ${span.start}-${span.end}: ` +
          JSON.stringify(doc.text.slice(span.start, span.end)),
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
