/**
 * The `kim-shoigu-2023` command. Each command loads only what it uses: the data, zod, the
 * exporters and the scorers are imported on demand, so `--version` and `--help` load none of
 * them and `show` and `stats` only the data.
 */
import { createRequire } from "node:module";
import { type CommandName, type Invocation, parseCommandLine, parseWidth, UsageError } from "./cli/args.js";
import { isExportFormat } from "./cli/export-formats.js";
import { commandHelp, overviewHelp, usageLine } from "./cli/help.js";
import type { CommandResult } from "./cli/io.js";
import { type Output, processOutput } from "./cli/output.js";

/** Where a command writes: standard output and standard error. */
export interface Streams {
  readonly out: Output;
  readonly err: Output;
}

const NAME = "kim-shoigu-2023";

function usage(message: string, command?: CommandName): never {
  throw new UsageError(message, command);
}

function expectArguments(invocation: Invocation, command: CommandName, count: number): readonly string[] {
  if (invocation.positionals.length !== count) usage(`usage: ${usageLine(command)}`, command);
  return invocation.positionals;
}

// Wrapping width: --width, else the terminal's width, else none (a pipe).
function widthFor(invocation: Invocation, command: CommandName, out: Output): number {
  const given = invocation.values.width;
  if (typeof given === "string") return parseWidth(given, command);
  return out.isTTY && out.columns > 0 ? out.columns : 0;
}

async function dispatch(invocation: Invocation, { out }: Streams): Promise<CommandResult> {
  const { command, values } = invocation;
  const printed = (text: string): CommandResult => ({ code: 0, stdout: `${text}\n`, stderr: "" });
  if (command === undefined) {
    // The package version, which is the data's schemaVersion (test/version.test.ts), read without
    // loading the data; package.json is one folder up from both src/ and dist/.
    if (values.version) {
      const manifest = createRequire(import.meta.url)("../package.json") as { version: string };
      return printed(manifest.version);
    }
    return printed(overviewHelp());
  }
  if (values.help) return printed(commandHelp(command));
  switch (command) {
    case "show":
    case "stats": {
      expectArguments(invocation, command, 0);
      const width = widthFor(invocation, command, out);
      const { showCommand } = await import("./cli/show-command.js");
      return printed(showCommand(command, width, out));
    }
    case "export": {
      const [format] = expectArguments(invocation, command, 1) as [string];
      if (!isExportFormat(format)) usage(`unknown format "${format}"`, command);
      if (values.extensions && format !== "spacy") {
        usage(`export ${format} does not take --extensions (only spacy does)`, command);
      }
      const target = { out: values.out as string | undefined, force: values.force === true };
      if (target.force && (target.out === undefined || target.out === "-")) usage("--force needs --out PATH", command);
      const { exportCommand } = await import("./cli/export.js");
      return exportCommand(format, target, { extensions: values.extensions === true });
    }
    case "validate": {
      const [file] = expectArguments(invocation, command, 1) as [string];
      const { validateCommand } = await import("./cli/validate.js");
      return validateCommand(file);
    }
    case "score": {
      const [file] = expectArguments(invocation, command, 1) as [string];
      const { SCORE_FORMATS, scoreCommand } = await import("./cli/score.js");
      const format = (values.format as string | undefined) ?? "json";
      if (!(SCORE_FORMATS as readonly string[]).includes(format)) {
        usage(`unknown format "${format}" (expected ${SCORE_FORMATS.join(", ")})`, command);
      }
      const html = values.html as string | undefined;
      // Standard output has the scores: the page needs a file of its own.
      if (html === "-") usage("--html needs a file path (standard output has the scores)", command);
      if (values.force && html === undefined) usage("--force needs --html PATH", command);
      const options = {
        errors: values.errors === true,
        force: values.force === true,
        ...(html === undefined ? {} : { html }),
      };
      return scoreCommand(file, format as (typeof SCORE_FORMATS)[number], values.json === true, options);
    }
  }
}

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], streams: Streams): Promise<number> {
  let result: CommandResult;
  try {
    result = await dispatch(parseCommandLine(argv), streams);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const hint = error.command ? `${NAME} ${error.command} --help` : `${NAME} --help`;
    result = { code: 2, stdout: "", stderr: `${NAME}: ${error.message} (see ${hint})\n` };
  }
  streams.out.write(result.stdout);
  streams.err.write(result.stderr);
  return result.code;
}

// A reader that stops early (`show | head`) closes the pipe: stop quietly, as `cat` does. Any
// other failure to write the output is one line and exit code 2, never a stack trace.
const err = processOutput(2, () => process.exit(2));
const out = processOutput(1, (error) => {
  if (error.code !== "EPIPE") err.write(`${NAME}: cannot write to standard output: ${error.code ?? error.message}\n`);
  process.exit(error.code === "EPIPE" ? 0 : 2);
});

process.exitCode = await run(process.argv.slice(2), { out, err });
