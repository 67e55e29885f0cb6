import { safeParseArticle } from "../schema/parse.js";
import { type CommandResult, readJsonInput } from "./io.js";
import { problemReport } from "./problems.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * `validate <file.json>`: checks any annotated article against the schema and its cross-field
 * rules. Exit 0 when valid; 1 with each problem as `path: message` (the first 100, then a count
 * of the rest); 2 when the file cannot be read or is not JSON.
 */
export function validateCommand(path: string): CommandResult {
  const read = readJsonInput(path);
  if (!read.ok) return read.result;
  // Never throws: input nested deeper than the stack allows is an issue at the root.
  const result = safeParseArticle(read.value);
  if (result.success) {
    const a = result.data;
    const counts = [
      plural(a.entities.length, "entity", "entities"),
      plural(a.mentions.length, "mention"),
      plural(a.claims.length, "claim"),
      plural(a.times.length, "time"),
      plural(a.notes.length, "note"),
    ];
    return { code: 0, stdout: `${path}: valid annotated article "${a.id}" (${counts.join(", ")})\n`, stderr: "" };
  }
  return { code: 1, stdout: "", stderr: problemReport(path, result.error.issues) };
}
