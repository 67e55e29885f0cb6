/**
 * The command line's shared I/O: what a command returns, and reading an input file with every
 * failure turned into one line and exit code 2.
 */
import { readFileSync, statSync } from "node:fs";

/** What a CLI command prints and its exit code. */
export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Files larger than this are refused before reading, to keep memory bounded. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** A refusal to read an input: one line on standard error, exit code 2. */
const fail = (message: string) => ({
  ok: false as const,
  result: { code: 2, stdout: "", stderr: `kim-shoigu-2023: ${message}\n` },
});

/**
 * Reads a UTF-8 text file, or explains in one line why it cannot (exit code 2).
 * `refusal` ends the message for an empty or non-UTF-8 file (", not JSON").
 */
export function readTextInput(
  path: string,
  refusal = "",
): { ok: true; text: string } | { ok: false; result: CommandResult } {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return fail(`cannot read ${path}: not a file`);
    if (stat.size > MAX_INPUT_BYTES)
      return fail(`cannot read ${path}: ${stat.size} bytes is more than the ${MAX_INPUT_BYTES}-byte limit`);
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
export function readJsonInput(path: string): { ok: true; value: unknown } | { ok: false; result: CommandResult } {
  const read = readTextInput(path, ", not JSON");
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.text) };
  } catch (error) {
    return fail(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}
