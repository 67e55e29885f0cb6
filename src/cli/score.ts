import { article } from "../generated/article.js";
import type { PRF } from "../eval/prf.js";
import { Conll2012ParseError } from "../eval/parse-conll2012.js";
import { loadBrat } from "../eval/load-brat.js";
import { loadConll2012 } from "../eval/load-conll2012.js";
import { loadSpacy } from "../eval/load-spacy.js";
import type { ScoreErrors } from "../eval/errors/index.js";
import { errorsAsText } from "../eval/errors/text.js";
import { toErrorHtml } from "../eval/errors/page.js";
import { type AllScores, scoreAll, scoreAllWithErrors } from "../eval/score-all.js";
import { ScoringLimitError } from "../eval/limits.js";
import { PredictionsError } from "../eval/validate.js";
import { type CommandResult, readJsonInput, readTextInput } from "./io.js";
import { WriteRefusal, writeFileSafely } from "./write-file.js";

/** The prediction formats `score` reads. */
export const SCORE_FORMATS = ["json", "brat", "spacy", "conll2012"] as const;
/** A prediction format, see {@link SCORE_FORMATS}. */
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

// How each format is read (as JSON or as text) and turned into predictions.
const LOADERS: Record<ScoreFormat, { reads: "json" | "text"; load: (input: never) => unknown }> = {
  json: { reads: "json", load: (value: unknown) => value },
  spacy: { reads: "json", load: (value: unknown) => loadSpacy(value, article) },
  brat: { reads: "text", load: (text: string) => loadBrat(text, article) },
  conll2012: { reads: "text", load: (text: string) => loadConll2012(text, article) },
};

// Loads predictions in any of the formats; a format error becomes exit 1 with its message.
function load(
  path: string,
  format: ScoreFormat,
): { ok: true; predictions: unknown } | { ok: false; result: CommandResult } {
  const loader = LOADERS[format];
  const read = loader.reads === "json" ? readJsonInput(path) : readTextInput(path);
  if (!read.ok) return read;
  const input = "value" in read ? read.value : read.text;
  try {
    return { ok: true, predictions: (loader.load as (input: unknown) => unknown)(input) };
  } catch (error) {
    if (error instanceof Conll2012ParseError)
      return { ok: false, result: { code: 1, stdout: "", stderr: `kim-shoigu-2023: ${path}: ${error.message}\n` } };
    if (error instanceof PredictionsError) return { ok: false, result: invalid(path, error) };
    throw error;
  }
}

const invalid = (path: string, error: PredictionsError): CommandResult => ({
  code: 1,
  stdout: "",
  stderr: `${error.problems.map((p) => `${path}: ${p}`).join("\n")}\n`,
});

const pct = (x: number) => (Number.isNaN(x) ? "   n/a" : (100 * x).toFixed(1).padStart(6));
const prfRow = (label: string, s: PRF) => `${label.padEnd(28)}${pct(s.recall)}${pct(s.precision)}${pct(s.f1)}`;

/** The scores as a readable table: recall, precision and F1 in percent. */
export function renderScoreTable(s: AllScores): string {
  const a = s.attribution;
  const label = (name: string, l: { compared: number; accuracy: number; kappa: number }) =>
    `${name.padEnd(28)}accuracy ${l.compared ? pct(l.accuracy) : "   n/a"}  ` +
    `kappa ${Number.isNaN(l.kappa) ? "n/a" : l.kappa.toFixed(3)}  (${l.compared} compared)`;
  return [
    `${"".padEnd(28)}${"R".padStart(6)}${"P".padStart(6)}${"F1".padStart(6)}`,
    prfRow("mentions (exact)", s.mentions.exact),
    prfRow("mentions (overlap)", s.mentions.overlap),
    prfRow("coreference MUC", s.coreference.muc),
    prfRow("coreference B³", s.coreference.bcub),
    prfRow("coreference CEAF-m", s.coreference.ceafm),
    prfRow("coreference CEAF-e", s.coreference.ceafe),
    prfRow("coreference BLANC", s.coreference.blanc),
    `${"coreference CoNLL".padEnd(28)}${"".padStart(12)}${pct(s.coreference.conll.f1)}`,
    prfRow("claim source (exact)", a.source.exact),
    prfRow("claim cue (exact)", a.cue.exact),
    prfRow("claim content (exact)", a.content.exact),
    prfRow("claim content (overlap)", a.content.overlap),
    label("claim factuality", a.factuality),
    label("claim polarity", a.polarity),
    label("claim quote type", a.quote),
    prfRow("times (exact)", s.times.exact),
    `${"time values".padEnd(28)}accuracy ${s.times.valuesCompared ? pct(s.times.valueAccuracy) : "   n/a"}  ` +
      `(${s.times.valuesCompared} compared)`,
  ].join("\n");
}

/** The scores as JSON: `{ mentions, coreference: { muc, bcub, ceafm, ceafe, blanc, conll }, attribution, times }`. */
export function scoresAsJson(s: AllScores & { readonly errors?: ScoreErrors }): string {
  return JSON.stringify(
    s,
    (_key, value: unknown) => (typeof value === "number" && Number.isNaN(value) ? null : value),
    2,
  );
}

/** Options of `score`. */
export interface ScoreOptions {
  /** Also list the errors behind the scores (under `errors` with `json`). */
  readonly errors?: boolean;
  /** Also write the error page to this path. */
  readonly html?: string;
  /** Replace an existing file at `html`. */
  readonly force?: boolean;
}

/**
 * `score <file> [--format …] [--json] [--errors] [--html out.html]`: scores predictions against
 * the article. Exit 0 with the scores; 1 for invalid predictions (each problem listed); 2 for
 * unreadable input or an error page that cannot be written.
 */
export function scoreCommand(
  path: string,
  format: ScoreFormat,
  json: boolean,
  options: ScoreOptions = {},
): CommandResult {
  const loaded = load(path, format);
  if (!loaded.ok) return loaded.result;
  let scores: AllScores;
  let errors: ScoreErrors | undefined;
  try {
    // The error lists cost a second pass over every layer: computed only when asked for.
    if (options.errors === true || options.html !== undefined) {
      ({ errors, ...scores } = scoreAllWithErrors(loaded.predictions));
    } else scores = scoreAll(loaded.predictions);
  } catch (error) {
    if (error instanceof PredictionsError) return invalid(path, error);
    // The coreference metrics refuse a response that repeats mentions too often, as the reference scorer does;
    // a problem too large to solve within the documented limits is refused, not mislabelled. Anything else is a bug.
    if (error instanceof ScoringLimitError) {
      const label = error.limit === "repeated-mentions" ? "invalid predictions" : "cannot score";
      return { code: 1, stdout: "", stderr: `kim-shoigu-2023: ${path}: ${label}: ${error.message}\n` };
    }
    throw error;
  }
  let stderr = "";
  if (options.html !== undefined) {
    try {
      const page = toErrorHtml(loaded.predictions, article, { title: `Errors of ${path}` });
      writeFileSafely(options.html, page, { force: options.force === true });
      stderr = `wrote ${options.html}\n`;
    } catch (error) {
      if (!(error instanceof WriteRefusal)) throw error;
      return { code: 2, stdout: "", stderr: `kim-shoigu-2023: ${error.message}\n` };
    }
  }
  const stdout = json
    ? scoresAsJson(options.errors && errors ? { ...scores, errors } : scores)
    : [renderScoreTable(scores), ...(options.errors && errors ? ["", errorsAsText(errors)] : [])].join("\n");
  return { code: 0, stdout: `${stdout}\n`, stderr };
}
