/** How `validate` reports an invalid article: bounded, however many problems there are. */
import { type IssueLike, issueLines } from "../schema/issues.js";
import { MAX_PROBLEMS_SHOWN } from "./limits.js";

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/**
 * The report of an invalid file for standard error: the first {@link MAX_PROBLEMS_SHOWN}
 * problems as `file: path: message`, then how many more there are, then the total, so that
 * 440,000 problems print 102 lines rather than 70 MB.
 */
export function problemReport(file: string, problems: readonly IssueLike[]): string {
  const shown = issueLines(problems.slice(0, MAX_PROBLEMS_SHOWN)).map((line) => `${file}: ${line}`);
  const rest = problems.length - shown.length;
  if (rest > 0) shown.push(`… and ${plural(rest, "more problem")} (only the first ${MAX_PROBLEMS_SHOWN} are listed)`);
  return `${shown.join("\n")}\n${plural(problems.length, "problem")} found\n`;
}
