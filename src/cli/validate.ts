import { issueLines } from "../schema/issues.js";
import { safeParseArticle } from "../schema/parse.js";
import { type CommandResult, readJsonInput } from "./io.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * `validate <file.json>`: checks any annotated article against the schema and its cross-field
 * rules. Exit 0 when valid; 1 with each problem as `path: message`; 2 when the file cannot be
 * read or is not JSON.
 */
export function validateCommand(path: string): CommandResult {
  const read = readJsonInput(path);
  if (!read.ok) return read.result;
  let result;
  try {
    result = safeParseArticle(read.value);
  } catch (error) {
    // Input nested deeper than the stack allows: report it, never a stack trace.
    return { code: 2, stdout: "", stderr: `kim-shoigu-2023: ${path} cannot be checked: ${(error as Error).message}\n` };
  }
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
  const lines = issueLines(result.error.issues).map((line) => `${path}: ${line}`);
  return { code: 1, stdout: "", stderr: `${lines.join("\n")}\n${plural(lines.length, "problem")} found\n` };
}
