import { readFileSync, statSync } from "node:fs";
import { safeParseArticle } from "../schema/parse.js";
import { problemReport } from "./problems.js";

/** What a CLI command prints and its exit code. */
export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Files larger than this are refused before reading, to keep memory bounded. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const fail = (message: string) => ({ ok: false as const, result: { code: 2, stdout: "", stderr: `kim-shoigu-2023: ${message}\n` } });

/**
 * Reads a UTF-8 text file, or explains in one line why it cannot (exit code 2).
 * `refusal` ends the message for an empty or non-UTF-8 file (", not JSON").
 */
export function readTextFile(path: string, refusal = ""): { ok: true; text: string } | { ok: false; result: CommandResult } {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return fail(`cannot read ${path}: not a file`);
    if (stat.size > MAX_INPUT_BYTES) return fail(`cannot read ${path}: ${stat.size} bytes is more than the ${MAX_INPUT_BYTES}-byte limit`);
    bytes = readFileSync(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return fail(`cannot read ${path}: ${code ?? message}`);
  }
  if (bytes.length === 0) return fail(`${path} is empty${refusal}`);
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return fail(`${path} is not UTF-8 text${refusal}`);
  }
}

/** Reads and parses a JSON file, or explains in one line why it cannot (exit code 2). */
export function readJsonFile(path: string): { ok: true; value: unknown } | { ok: false; result: CommandResult } {
  const read = readTextFile(path, ", not JSON");
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.text) };
  } catch (error) {
    return fail(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * `validate <file.json>`: checks any annotated article against the schema and its cross-field
 * rules. Exit 0 when valid; 1 with each problem as `path: message` (the first 100, then a count
 * of the rest); 2 when the file cannot be read or is not JSON.
 */
export function validateCommand(path: string): CommandResult {
  const read = readJsonFile(path);
  if (!read.ok) return read.result;
  // Never throws: input nested deeper than the stack allows is an issue at the root.
  const result = safeParseArticle(read.value);
  if (result.success) {
    const a = result.data;
    const counts = [plural(a.entities.length, "entity", "entities"), plural(a.mentions.length, "mention"), plural(a.claims.length, "claim"), plural(a.times.length, "time"), plural(a.notes.length, "note")];
    return { code: 0, stdout: `${path}: valid annotated article "${a.id}" (${counts.join(", ")})\n`, stderr: "" };
  }
  return { code: 1, stdout: "", stderr: problemReport(path, result.error.issues) };
}
