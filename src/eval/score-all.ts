import { article as shippedArticle } from "../generated/article.js";
import type { ArticleOf } from "../types.js";
import { type AttributionScores, scoreAttribution } from "./attribution.js";
import type { CorefScores } from "./coreference.js";
import { scoreCoreference } from "./coreference-score.js";
import { type MentionScores, scoreMentions } from "./mentions.js";
import { scoreTimes, type TimeScores } from "./times.js";
import { checkPredictions } from "./validate.js";
import type { Predictions } from "./predictions.js";
import { findErrors, type ScoreErrors } from "./errors/index.js";

/** Every score of a set of predictions. */
export interface AllScores {
  readonly mentions: MentionScores;
  readonly coreference: CorefScores;
  readonly attribution: AttributionScores;
  readonly times: TimeScores;
}

/**
 * Validates predictions and scores every layer against an article (default: the shipped one).
 *
 * @param input - Predictions in the evaluation kit's JSON format (or a loader's output).
 * @param doc - The gold article.
 * @returns `{ mentions, coreference, attribution, times }`.
 * @throws PredictionsError listing every problem of invalid predictions.
 * @example
 * ```ts
 * import { scoreAll } from "kim-shoigu-2023/eval";
 * const scores = scoreAll(JSON.parse(fs.readFileSync("predictions.json", "utf8")));
 * console.log(scores.coreference.conll.f1);
 * ```
 */
export function scoreAll(input: unknown, doc: ArticleOf = shippedArticle): AllScores {
  return scoreChecked(checkPredictions(input, doc), doc);
}

// Every layer's scores of predictions that checkPredictions has accepted.
function scoreChecked(predictions: Predictions, doc: ArticleOf): AllScores {
  return {
    mentions: scoreMentions(predictions, doc),
    coreference: scoreCoreference(predictions, doc),
    attribution: scoreAttribution(predictions, doc),
    times: scoreTimes(predictions, doc),
  };
}

/** Every score of a set of predictions, and the errors behind them. */
export interface AllScoresWithErrors extends AllScores {
  readonly errors: ScoreErrors;
}

/**
 * {@link scoreAll} with the errors behind the scores (see `findErrors`): validates the
 * predictions once, then scores and lists the errors of every layer.
 *
 * @param input - Predictions in the evaluation kit's JSON format (or a loader's output).
 * @param doc - The gold article.
 * @returns `{ mentions, coreference, attribution, times, errors }`.
 * @throws PredictionsError listing every problem of invalid predictions.
 * @example
 * ```ts
 * import { scoreAllWithErrors } from "kim-shoigu-2023/eval";
 * const { mentions, errors } = scoreAllWithErrors({ mentions: [{ start: 58, end: 66, text: "Kim Jong" }] });
 * console.log(mentions.overlap.recall, errors.mentions.boundary[0]?.gold.text); // 0.01 "Kim Jong Un"
 * ```
 */
export function scoreAllWithErrors(input: unknown, doc: ArticleOf = shippedArticle): AllScoresWithErrors {
  const predictions = checkPredictions(input, doc);
  return { ...scoreChecked(predictions, doc), errors: findErrors(predictions, doc) };
}
