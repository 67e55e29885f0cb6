/**
 * Parser of the CoNLL-2012 coreference format, as read by the reference scorer
 * (conll/reference-coreference-scorers v8.01, `GetCoreference` in lib/CorScorer.pm).
 * @module
 */

import { LocatedError } from "../errors.js";
import { mentionKey } from "./mention-key.js";

/** One `#begin document … #end document` block, with its coreference chains. */
export interface Conll2012Document {
  /** Everything after `#begin document ` on the begin line, e.g. `(nw/xinhua/00/chtb_0009); part 000`. */
  readonly name: string;
  /**
   * The coreference chains: mention keys `"start-end"` (first and last token, inclusive, counted from 0). Chains are in
   * order of first appearance of their entity number, mentions in the order they are closed,
   * exactly as the reference scorer builds them.
   */
  readonly clusters: readonly (readonly string[])[];
  /** Number of token lines in the document (blank lines are not tokens). */
  readonly tokenCount: number;
  /** 1-based line number of the `#begin document` line. */
  readonly beginLine: number;
  /** 1-based line number of the `#end document` line; every non-blank line between is a token. */
  readonly endLine: number;
}

/**
 * A malformed CoNLL-2012 input; `line` is the 1-based line number the problem was found on, and
 * `location` reads `CoNLL-2012 line <line>`.
 */
export class Conll2012ParseError extends LocatedError {
  /** 1-based line number of the offending line. */
  readonly line: number;

  /**
   * @param line - 1-based line number of the offending line.
   * @param problem - What is wrong, without the line number (it is prefixed).
   */
  constructor(line: number, problem: string) {
    super(`CoNLL-2012 line ${line}: ${problem}`);
    this.name = "Conll2012ParseError";
    this.line = line;
  }
}

/**
 * Parses CoNLL-2012 coreference annotations into documents of mention clusters.
 *
 * The coreference annotation is the last tab-separated column of each token line (trailing
 * empty columns are ignored, as Perl's `split` does); lines without any tab are split on
 * whitespace instead. The column holds `-` or `_` (no mention) or any combination of
 * `(N` (a mention of entity N starts), `N)` (ends) and `(N)` (a one-token mention), optionally
 * joined by `|`. Like the reference scorer it reads one-token mentions first, then starts, then
 * ends, pairs an end with the latest open start of the same entity, and discards double
 * antecedents such as `(1+2)`.
 *
 * Unlike the reference scorer, which silently ignores what it does not understand, this
 * parser rejects malformed input: a mention end without a start, mentions still open at
 * `#end document`, a document without `#end document`, a nested `#begin document`, an
 * unnamed or duplicated document, a token line outside any document, and an annotation
 * column with anything besides the forms above.
 *
 * @param text - The whole file content (`\n` or `\r\n` line endings).
 * @returns The documents, in file order.
 * @throws {Conll2012ParseError} On malformed input; the message names the line.
 * @example
 * ```ts
 * const [doc] = parseConll2012(
 *   "#begin document (d); part 000\n" +
 *   "d\t0\t0\tJohn\t(0)\n" +
 *   "d\t0\t1\tsaw\t-\n" +
 *   "d\t0\t2\thimself\t(0)\n" +
 *   "#end document\n",
 * );
 * // doc.clusters = [["0-0", "2-2"]]
 * ```
 */
export function parseConll2012(text: string): Conll2012Document[] {
  return parseConll2012Lines(text.split("\n"));
}

/** {@link parseConll2012} of a file already split at `"\n"`, for a caller that reads the lines too. */
export function parseConll2012Lines(lines: readonly string[]): Conll2012Document[] {
  const documents: Conll2012Document[] = [];
  const beginLineOfName = new Map<string, number>();
  let current: DocumentBuilder | undefined;

  const count = lines.at(-1) === "" ? lines.length - 1 : lines.length; // the final newline starts no line
  for (let index = 0; index < count; index++) {
    const rawLine = lines[index]!;
    const lineNumber = index + 1;
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;

    if (current === undefined) {
      const name = parseBeginLine(line, lineNumber);
      if (name !== undefined) {
        const earlier = beginLineOfName.get(name);
        if (earlier !== undefined) {
          throw new Conll2012ParseError(lineNumber, `document "${name}" was already begun at line ${earlier}`);
        }
        beginLineOfName.set(name, lineNumber);
        current = new DocumentBuilder(name, lineNumber);
      } else if (END_DOCUMENT.test(line)) {
        throw new Conll2012ParseError(lineNumber, "#end document without a matching #begin document");
      } else if (line.trim() !== "" && !line.startsWith("#")) {
        throw new Conll2012ParseError(lineNumber, "token line outside any #begin document … #end document block");
      }
      continue;
    }

    if (line.trim() === "") continue; // sentence separators are not tokens
    if (END_DOCUMENT.test(line)) {
      documents.push(current.finish(lineNumber));
      current = undefined;
    } else if (BEGIN_DOCUMENT_START.test(line)) {
      throw new Conll2012ParseError(
        lineNumber,
        `#begin document inside document "${current.name}" (begun at line ${current.beginLine}); ` +
          "#end document is missing",
      );
    } else {
      current.addToken(lastColumn(line), lineNumber);
    }
  }

  if (current !== undefined) {
    throw new Conll2012ParseError(current.beginLine, `document "${current.name}" has no #end document`);
  }
  return documents;
}

/** The scorer's patterns: `^#\s*begin document (.*?)$` and `#\s*end document` (unanchored). */
const BEGIN_DOCUMENT = /^#\s*begin document (.*)$/;
const BEGIN_DOCUMENT_START = /^#\s*begin document\b/;
const END_DOCUMENT = /#\s*end document/;

/** Returns the document name of a begin line, or `undefined` for any other line. */
function parseBeginLine(line: string, lineNumber: number): string | undefined {
  const match = BEGIN_DOCUMENT.exec(line);
  if (match) return match[1] ?? "";
  if (BEGIN_DOCUMENT_START.test(line)) {
    throw new Conll2012ParseError(lineNumber, "#begin document without a document name");
  }
  return undefined;
}

/** The annotation column: the last non-empty tab-separated field, or the last whitespace-separated one. */
function lastColumn(line: string): string {
  if (!line.includes("\t")) return line.trim().split(/\s+/).at(-1) ?? "";
  // Read from the line's end: splitting the line would make a string of every column.
  let end = line.length;
  while (end > 0 && line[end - 1] === "\t") end--;
  return line.slice(line.lastIndexOf("\t", end - 1) + 1, end);
}

// Patterns applied, in this order, by the reference scorer; each match is removed in turn.
const DOUBLE_ANTECEDENT = /\((\d+\+\d)\)/;
const ONE_TOKEN_MENTION = /\((\d+)\)/;
const MENTION_START = /\((\d+)/;
const MENTION_END = /(\d+)\)/;
/** One `|`-separated part of a regular column: `(N)`, `(N`, `N)`, or no mention. */
const SIMPLE_PART = /^(?:\((\d+)\)|\((\d+)|(\d+)\)|[_-]*)$/;
/** The longest column read by repeated removal (quadratic in its length). */
const MAX_IRREGULAR_COLUMN = 1000;
/** What may remain of an annotation column once all mentions are taken out. */
const NO_MENTION_LEFTOVER = /^[\s|_-]*$/;

/** An open mention: where it starts, and on which line (for error messages). */
interface OpenMention {
  readonly startToken: number;
  readonly line: number;
}

/** Accumulates the chains of one document, token line by token line. */
class DocumentBuilder {
  private readonly chainIndexOfEntity = new Map<string, number>();
  private readonly chains: string[][] = [];
  private readonly openMentions = new Map<number, OpenMention[]>();
  private tokenCount = 0;
  readonly name: string;
  readonly beginLine: number;

  constructor(name: string, beginLine: number) {
    this.name = name;
    this.beginLine = beginLine;
  }

  /** Reads the annotation column of the next token. */
  addToken(column: string, lineNumber: number): void {
    const token = this.tokenCount++;
    if (column === "_") return;

    if (this.addSimpleColumn(column, token, lineNumber)) return;
    if (column.length > MAX_IRREGULAR_COLUMN) {
      throw new Conll2012ParseError(
        lineNumber,
        `coreference annotation of ${column.length} characters that is not a "|"-separated list ` +
          `of (N, N) and (N) (at most ${MAX_IRREGULAR_COLUMN} characters are read otherwise)`,
      );
    }
    let rest = column;
    const takeAll = (pattern: RegExp, onMatch: (entity: string) => void): void => {
      // Remove one match at a time, as Perl's `while (s/…//)` does: removal may join text.
      for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
        rest = rest.slice(0, match.index) + rest.slice(match.index + match[0].length);
        onMatch(match[1] ?? "");
      }
    };

    takeAll(DOUBLE_ANTECEDENT, () => {});
    takeAll(ONE_TOKEN_MENTION, (entity) => {
      this.chainOf(entity).push(mentionKey(token, token));
    });
    takeAll(MENTION_START, (entity) => this.open(entity, token, lineNumber));
    takeAll(MENTION_END, (entity) => this.close(entity, token, lineNumber));

    if (!NO_MENTION_LEFTOVER.test(rest)) {
      throw new Conll2012ParseError(
        lineNumber,
        `unrecognised coreference annotation "${column}" (left over: "${rest.trim()}")`,
      );
    }
  }

  /**
   * Reads a column that is a `|`-separated list of `(N)`, `(N`, `N)`, `-` and `_` in one pass.
   * No removal can join two parts across a `|`, so taking one-token mentions, then starts, then
   * ends, each left to right, is what the scorer's repeated removals do. Returns false for any
   * other column, which the general (quadratic) reading handles.
   */
  private addSimpleColumn(column: string, token: number, lineNumber: number): boolean {
    const parts = column.split("|").map((part) => SIMPLE_PART.exec(part.trim()));
    if (parts.some((part) => part === null)) return false;
    const matched = parts as RegExpExecArray[];
    for (const part of matched) if (part[1] !== undefined) this.chainOf(part[1]).push(mentionKey(token, token));
    for (const part of matched) if (part[2] !== undefined) this.open(part[2], token, lineNumber);
    for (const part of matched) if (part[3] !== undefined) this.close(part[3], token, lineNumber);
    return true;
  }

  private open(entity: string, token: number, lineNumber: number): void {
    const chain = this.chainIndex(entity);
    const open = this.openMentions.get(chain) ?? [];
    open.push({ startToken: token, line: lineNumber });
    this.openMentions.set(chain, open);
  }

  private close(entity: string, token: number, lineNumber: number): void {
    const chain = this.chainIndex(entity);
    const start = this.openMentions.get(chain)?.pop();
    if (start === undefined) {
      throw new Conll2012ParseError(
        lineNumber,
        `mention of entity ${entity} ends at token ${token} but was never started`,
      );
    }
    this.chainOf(entity).push(mentionKey(start.startToken, token));
  }

  /** Checks that every mention was closed, and returns the document. */
  finish(endLine: number): Conll2012Document {
    for (const [chain, open] of this.openMentions) {
      const first = open[0];
      if (first !== undefined) {
        const entity = [...this.chainIndexOfEntity].find(([, index]) => index === chain)?.[0];
        throw new Conll2012ParseError(
          first.line,
          `mention of entity ${entity ?? "?"} starts at token ${
            first.startToken
          } but is not closed before #end document (line ${endLine})`,
        );
      }
    }
    return {
      name: this.name,
      clusters: this.chains,
      tokenCount: this.tokenCount,
      beginLine: this.beginLine,
      endLine,
    };
  }

  /** Chain number of an entity label, allocated on first sight (the scorer's `GetIndex`). */
  private chainIndex(entity: string): number {
    let index = this.chainIndexOfEntity.get(entity);
    if (index === undefined) {
      index = this.chains.length;
      this.chainIndexOfEntity.set(entity, index);
      this.chains.push([]);
    }
    return index;
  }

  private chainOf(entity: string): string[] {
    const chain = this.chains[this.chainIndex(entity)];
    if (chain === undefined) throw new Error("internal error: missing chain");
    return chain;
  }
}
