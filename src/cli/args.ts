/**
 * The command line's grammar: every option, which command takes which, and a parser that
 * refuses what a command does not take instead of ignoring it.
 */
import { util } from "./builtins.js";

interface OptionSpec {
  readonly type: "boolean" | "string";
  readonly short?: string;
  /** The value's placeholder in the usage, for string options. */
  readonly value?: string;
  readonly describe: string;
}

/** Every option of every command. */
export const OPTIONS = {
  help: { type: "boolean", short: "h", describe: "show this help" },
  version: { type: "boolean", short: "v", describe: "print the package version" },
  width: {
    type: "string",
    value: "N",
    describe: "wrap at N columns, 0 for none (default: the terminal's width; none in a pipe)",
  },
  out: {
    type: "string",
    short: "o",
    value: "PATH",
    describe: "write to PATH instead of standard output (- is standard output)",
  },
  force: {
    type: "boolean",
    describe: "replace a file already at the output PATH (a symbolic link is replaced, not followed)",
  },
  extensions: { type: "boolean", describe: "spacy only: add the `_` Doc extension attributes" },
  format: {
    type: "string",
    short: "f",
    value: "F",
    describe: "json (default), brat (.ann), spacy (Doc.to_json()) or conll2012",
  },
  json: { type: "boolean", describe: "print { mentions, coreference, attribution, times } as JSON, not a table" },
  errors: { type: "boolean", describe: 'also list the errors behind the scores (with --json: under "errors")' },
  html: {
    type: "string",
    value: "PATH",
    describe: "also write a page of the errors, gold and predictions side by side, to PATH",
  },
} as const satisfies Record<string, OptionSpec>;

/** An option's name, see {@link OPTIONS}. */
export type OptionName = keyof typeof OPTIONS;

interface CommandSpec {
  /** The positional arguments, as shown in the usage line. */
  readonly args: readonly string[];
  /** The options it takes besides --help. */
  readonly options: readonly OptionName[];
  readonly summary: string;
}

/** Every command, its arguments and the options it takes. */
export const COMMANDS = {
  show: { args: [], options: ["width"], summary: "the article paragraph by paragraph, mentions marked, claims listed" },
  stats: { args: [], options: ["width"], summary: "counts of what the dataset holds" },
  export: {
    args: ["<format>"],
    options: ["out", "force", "extensions"],
    summary: "print the dataset in a format, or write it",
  },
  validate: { args: ["<file>"], options: [], summary: "check an annotated article (JSON) against the schema" },
  score: {
    args: ["<file>"],
    options: ["format", "json", "errors", "html", "force"],
    summary: "score a system's predictions against the article",
  },
} as const satisfies Record<string, CommandSpec>;

/** A command's name, see {@link COMMANDS}. */
export type CommandName = keyof typeof COMMANDS;

export const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

/** Option values as given: `true` for a boolean option, the text for a string option. */
export type OptionValues = Partial<Record<OptionName, string | true>>;

/** A command line read without error. */
export interface Invocation {
  /** Undefined when no command was named (`--help`, `--version` or nothing). */
  readonly command: CommandName | undefined;
  readonly positionals: readonly string[];
  readonly values: OptionValues;
}

/** A command line that cannot run: the one-line reason, and the command it was for. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandName,
  ) {
    super(message);
  }
}

const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/**
 * Reads `argv` (without `node` and the script). Throws a {@link UsageError} for an unknown
 * command or option, an option the command does not take, an option given twice, a string
 * option without its value or a boolean one with a value.
 */
export function parseCommandLine(argv: readonly string[]): Invocation {
  // Not strict: the checks below name the command in every refusal, which parseArgs cannot.
  const { tokens } = util.parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const positionals = tokens.flatMap((t) => (t.kind === "positional" ? [t.value] : []));
  const [first, ...rest] = positionals;
  // `help <command>` is `<command> --help`.
  const named = first === "help" ? rest[0] : first;
  if (named !== undefined && !isCommand(named)) throw new UsageError(`unknown command "${named}"`);
  const command = named;
  const allowed: readonly string[] = command ? ["help", ...COMMANDS[command].options] : ["help", "version"];
  const values: OptionValues = {};
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!isOption(token.name)) {
      throw new UsageError(`unknown option ${token.rawName}${command ? ` for ${command}` : ""}`, command);
    }
    const spec: OptionSpec = OPTIONS[token.name];
    const canonical = `--${token.name}`;
    if (!allowed.includes(token.name)) {
      throw new UsageError(command ? `${command} does not take ${canonical}` : `${canonical} needs a command`, command);
    }
    if (values[token.name] !== undefined) throw new UsageError(`${canonical} is given twice`, command);
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw new UsageError(`${canonical} does not take a value`, command);
      values[token.name] = true;
    } else {
      // Nothing, an empty string or a following option (`--out --force`) is not a value.
      const value = token.value ?? "";
      if (value === "" || (!token.inlineValue && value.startsWith("-") && value !== "-")) {
        throw new UsageError(`${canonical} needs a value (${canonical} ${spec.value})`, command);
      }
      values[token.name] = value;
    }
  }
  if (first === "help") values.help = true;
  return { command, positionals: first === "help" ? rest.slice(1) : rest, values };
}

/**
 * The `--width` value: a whole number of columns, 0 for no wrapping, at least
 * {@link MIN_WIDTH} otherwise. Throws a {@link UsageError} for anything else.
 */
export function parseWidth(value: string, command: CommandName): number {
  const width = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (width === 0 || width >= MIN_WIDTH) return width;
  const expected = `0 (no wrapping) or a whole number of columns from ${MIN_WIDTH}`;
  throw new UsageError(`--width must be ${expected}, not "${value}"`, command);
}

/** The narrowest `--width`: room for the claim lines' indent and a few words. */
export const MIN_WIDTH = 20;
