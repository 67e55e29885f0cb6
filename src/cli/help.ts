/** The command line's help: an overview, and each command's own usage. */
import { COMMANDS, type CommandName, MIN_WIDTH, OPTIONS, type OptionName } from "./args.js";
import { EXPORT_FORMATS } from "./export-formats.js";
import { MAX_INPUT_BYTES, MAX_PROBLEMS_SHOWN } from "./limits.js";
import { wrapPieces } from "./wrap.js";

const NAME = "kim-shoigu-2023";
const NO_BREAK = "\u00a0";
const MIB_LIMIT = MAX_INPUT_BYTES / 2 ** 20;

/** What each command does and its limits, beyond its one-line summary; wrapped when printed. */
const DETAILS: Record<CommandName, string> = {
  show:
    "Prints the article paragraph by paragraph with every outermost entity mention marked [words]{entity}, " +
    "each paragraph followed by its claims and their sources, then the summary of `stats`. " +
    "Lines wrap at spaces to the terminal's width; in a pipe they are not wrapped unless --width N is given " +
    `(0 for no wrapping, else at least ${MIN_WIDTH} columns). Each entity of a paragraph has its own colour.`,
  stats: `Prints counts of the entities, mentions, claims, times and notes, by kind; --width as for show.`,
  export:
    "Prints the dataset in a format, or writes it to --out PATH. An existing file is never replaced " +
    "without --force, a symbolic link is never followed, and a file is written whole or not at all " +
    "(to a temporary file in the same folder, then renamed). With --out DIR, brat writes four files " +
    "into DIR (created if missing): all of them or none.",
  validate:
    "Checks an annotated article in JSON against the schema and every cross-field rule, and prints each " +
    `problem as file: path: message (the first ${MAX_PROBLEMS_SHOWN}, then how many more). ` +
    `Files over ${MIB_LIMIT} MiB are refused unread.`,
  score:
    "Scores predictions against the article: recall, precision and F1 of the mentions, coreference " +
    "(MUC, B³, CEAF, BLANC, CoNLL), claims and times. " +
    `Files over ${MIB_LIMIT} MiB are refused unread. ` +
    // The scorers' own limits (src/eval/limits.ts), stated here without loading the scorers.
    "At most 100,000 items per layer are scored, and a coreference alignment larger than the " +
    "evaluate guide's limits is refused (exit 1, cannot score) rather than left to run. " +
    "--html writes its page as export writes a file: never over an existing one without --force.",
};

const EXIT_CODES: Record<CommandName, string> = {
  show: "0 printed, 2 wrong usage",
  stats: "0 printed, 2 wrong usage",
  export: "0 written, 2 wrong usage or the file cannot be written",
  validate: "0 valid, 1 invalid, 2 wrong usage or the file cannot be read or is not JSON",
  score: "0 scored, 1 invalid predictions or too large to score, 2 wrong usage or the file cannot be read",
};

// Help is wrapped to a fixed width that fits any terminal, so it reads the same in a pipe.
const HELP_WIDTH = 80;
const COLUMN = 22;

const wrapped = (text: string, indent = 0) => wrapPieces([{ text }], HELP_WIDTH, indent);

const optionLine = (name: OptionName) => {
  const spec: { short?: string; value?: string; describe: string } = OPTIONS[name];
  const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.value ? ` ${spec.value}` : ""}`;
  return wrapped(`  ${flag.padEnd(COLUMN - 2)}${spec.describe}`, COLUMN);
};

const formatLines = () =>
  Object.entries(EXPORT_FORMATS).map(([name, text]) => wrapped(`  ${name.padEnd(16)}${text}`, 18));

/** The usage line of a command, e.g. `kim-shoigu-2023 export <format> [--out PATH] [--force]`. */
export function usageLine(command: CommandName, spaceInItem = " "): string {
  const { args, options } = COMMANDS[command];
  const optional = options.map((name) => {
    const spec: { describe: string; value?: string } = OPTIONS[name];
    return `[--${name}${spec.value ? `${spaceInItem}${spec.value}` : ""}]`;
  });
  return [NAME, command, ...args, ...optional].join(" ");
}

/** `<command> --help`: the command's usage, what it does, its options and exit codes. */
export function commandHelp(command: CommandName): string {
  const options: readonly OptionName[] = [...COMMANDS[command].options, "help"];
  return [
    // A no-break space keeps `[--html PATH]` on one line; it is a plain space once wrapped.
    wrapped(`Usage: ${usageLine(command, NO_BREAK)}`, "Usage: ".length).replaceAll(NO_BREAK, " "),
    "",
    wrapped(DETAILS[command]),
    "",
    "Options:",
    ...options.map(optionLine),
    ...(command === "export" ? ["", "Formats:", ...formatLines()] : []),
    "",
    wrapped(`Exit status: ${EXIT_CODES[command]}.`),
  ].join("\n");
}

/** `--help`: every command in one line each. */
export function overviewHelp(): string {
  const commands = Object.entries(COMMANDS).map(([name, spec]) => {
    return wrapped(`  ${[name, ...spec.args].join(" ").padEnd(COLUMN - 2)}${spec.summary}`, COLUMN);
  });
  return [
    `Usage: ${NAME} <command> [options]`,
    "",
    "Commands:",
    ...commands,
    "",
    "Options:",
    optionLine("help"),
    optionLine("version"),
    "",
    wrapped(
      `Run \`${NAME} <command> --help\` (or \`${NAME} help <command>\`) for a command's options; ` +
        "an option a command does not take is an error (exit status 2). " +
        "Colour is used only on a terminal, never when NO_COLOR is set or TERM is dumb.",
    ),
  ].join("\n");
}
