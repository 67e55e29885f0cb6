/**
 * The `kim-shoigu-2023` command: show the annotated article, print its statistics.
 */
import { parseArgs } from "node:util";
import { article } from "./generated/article.js";
import { paletteFor } from "./cli/colour.js";
import { renderShow, renderStats } from "./cli/show.js";


const HELP = `Usage: kim-shoigu-2023 <command> [options]

Commands:
  show      the article paragraph by paragraph, entity mentions marked, claims listed
  stats     counts of what the dataset holds

Options:
  -h, --help     show this help
  -v, --version  print the package version

Colour is used only on a terminal, and never when NO_COLOR is set.`;

/** Runs the command line; returns the exit code. */
export function run(argv: string[], out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } },
    });
  } catch (error) {
    err.write(`kim-shoigu-2023: ${(error as Error).message}\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    out.write(`${article.schemaVersion}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    out.write(`${HELP}\n`);
    return 0;
  }
  if (rest.length > 0) {
    err.write(`kim-shoigu-2023: unexpected argument "${rest[0]}" for "${command}"\n`);
    return 2;
  }
  switch (command) {
    case "show":
      out.write(`${renderShow(article, paletteFor(out))}\n`);
      return 0;
    case "stats":
      out.write(`${renderStats(article)}\n`);
      return 0;
    default:
      err.write(`kim-shoigu-2023: unknown command "${command}"\n${HELP}\n`);
      return 2;
  }
}

process.exitCode = run(process.argv.slice(2));
