/**
 * The `kim-shoigu-2023` command: show the annotated article, print its statistics.
 */
import { parseArgs } from "node:util";
import { article } from "./generated/article.js";
import { paletteFor } from "./cli/colour.js";
import { renderShow, renderStats } from "./cli/show.js";
import { EXPORT_FORMATS, exportCommand, isExportFormat } from "./cli/export.js";
import { SCORE_FORMATS, type ScoreFormat, scoreCommand } from "./cli/score.js";
import type { CommandResult } from "./cli/io.js";
import { validateCommand } from "./cli/validate.js";

const HELP = `Usage: kim-shoigu-2023 <command> [options]

Commands:
  show                the article paragraph by paragraph, entity mentions marked, claims listed
  stats               counts of what the dataset holds
  export <format>     print the dataset in a format, or write it with --out PATH:
${Object.entries(EXPORT_FORMATS)
  .map(([name, f]) => `      ${name.padEnd(16)}${f.describe}`)
  .join("\n")}
  validate <file>     check an annotated article (JSON) against the schema: exit 0 valid,
                      1 invalid (each problem as path: message), 2 unreadable or not JSON
  score <file>        score a system's predictions against the article: a table of recall,
                      precision and F1; exit 1 for invalid predictions, 2 for unreadable input
      -f, --format F  json (default), brat (.ann), spacy (Doc.to_json()) or conll2012
      --json          print { mentions, coreference, attribution, times } as JSON
      --errors        also list the errors behind the scores (with --json: under "errors")
      --html PATH     also write a page of the errors, gold and predictions side by side

Options:
  -h, --help     show this help
  -v, --version  print the package version

Colour is used only on a terminal, and never when NO_COLOR is set.`;

/** Runs the command line; returns the exit code. */
export function run(
  argv: string[],
  out: NodeJS.WriteStream = process.stdout,
  err: NodeJS.WriteStream = process.stderr,
): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        format: { type: "string", short: "f" },
        json: { type: "boolean" },
        out: { type: "string", short: "o" },
        extensions: { type: "boolean" },
        errors: { type: "boolean" },
        html: { type: "string" },
      },
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
  const emit = (result: CommandResult) => {
    out.write(result.stdout);
    err.write(result.stderr);
    return result.code;
  };
  const expectArguments = (count: number, usage: string): boolean => {
    if (rest.length === count) return true;
    err.write(`kim-shoigu-2023: usage: kim-shoigu-2023 ${usage}\n`);
    return false;
  };
  switch (command) {
    case "score": {
      const usage = "score <file> [--format json|brat|spacy|conll2012] [--json] [--errors] [--html out.html]";
      if (!expectArguments(1, usage)) return 2;
      const format = values.format ?? "json";
      if (!(SCORE_FORMATS as readonly string[]).includes(format)) {
        err.write(`kim-shoigu-2023: unknown format "${format}" (expected ${SCORE_FORMATS.join(", ")})\n`);
        return 2;
      }
      const options = { errors: values.errors === true, ...(values.html === undefined ? {} : { html: values.html }) };
      return emit(scoreCommand(rest[0]!, format as ScoreFormat, values.json === true, options));
    }
    case "export": {
      if (!expectArguments(1, "export <format> [--out path]")) return 2;
      const format = rest[0]!;
      if (!isExportFormat(format)) {
        err.write(`kim-shoigu-2023: unknown format "${format}" (expected ${Object.keys(EXPORT_FORMATS).join(", ")})\n`);
        return 2;
      }
      return emit(exportCommand(format, values.out, { extensions: values.extensions === true }));
    }
    case "validate":
      return expectArguments(1, "validate <file.json>") ? emit(validateCommand(rest[0]!)) : 2;
    case "show":
      if (!expectArguments(0, "show")) return 2;
      out.write(`${renderShow(article, paletteFor(out))}\n`);
      return 0;
    case "stats":
      if (!expectArguments(0, "stats")) return 2;
      out.write(`${renderStats(article)}\n`);
      return 0;
    default:
      err.write(`kim-shoigu-2023: unknown command "${command}"\n${HELP}\n`);
      return 2;
  }
}

process.exitCode = run(process.argv.slice(2));
