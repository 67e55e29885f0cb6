/**
 * The writer of brat's `.ann` lines for {@link toBrat}: numbers each kind of annotation from 1,
 * shares a text-bound annotation between the uses of one type and span, and cuts spans at line
 * breaks into fragments.
 * @module
 */
import type { Range } from "../schema/walk.js";
import { ChunkedText } from "./chunked-text.js";

/** Writes brat annotation lines, numbering each kind of annotation from 1. */
export class AnnWriter {
  private readonly out = new ChunkedText();
  /** Whether a normalization (`N`) line was written. */
  normalized = false;
  private readonly counters = new Map<string, number>();
  // The text-bound annotations written so far, found by their start: `lastAt` maps a start to
  // the last one starting there, each links to the one before it at the same start. Keyed by
  // the start alone, a small integer, so no key is made per span and nothing per character.
  private readonly lastAt = new Map<number, number>();
  private readonly boundType: string[] = [];
  private readonly boundEnd: number[] = [];
  private readonly boundId: string[] = [];
  private readonly boundBefore: number[] = [];
  readonly physical: { id: string; start: number; end: number }[] = [];

  constructor(
    private readonly text: string,
    private readonly toCodePoints: (offset: number) => number,
  ) {}

  /** The id of the text-bound annotation of this type and span written so far, if any. */
  private written(type: string, { start, end }: Range): string | undefined {
    for (let b = this.lastAt.get(start) ?? -1; b >= 0; b = this.boundBefore[b]!) {
      if (this.boundEnd[b] === end && this.boundType[b] === type) return this.boundId[b];
    }
    return undefined;
  }

  /** Writes a line and its line break. */
  push(line: string): void {
    this.out.add(line);
    this.out.add("\n");
  }

  /** The lines written, each ended by a line break (a lone one when there are none). */
  ann(): string {
    return this.out.join() || "\n";
  }

  nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}${n}`;
  }

  /** A text-bound annotation, shared with an earlier one of the same type and span. */
  textBound(type: string, span: Range, physical: boolean): string | undefined {
    const existing = this.written(type, span);
    if (existing) return existing;
    const first = this.fragmentStart(span.start, span.end);
    if (first === span.end) return undefined;
    const id = this.nextId("T");
    // Written part by part, the line's pieces are joined once, with the lines around them; the
    // words of the fragments follow all their offsets, so they are gathered in one pass with them.
    const { out } = this;
    out.add(id);
    out.add("\t");
    out.add(type);
    let words = "";
    for (let start = first, separator = " "; start < span.end; separator = ";") {
      const end = this.fragmentEnd(start, span.end);
      out.add(`${separator}${this.toCodePoints(start)} ${this.toCodePoints(end)}`);
      const fragment = this.text.slice(start, end);
      words = words === "" ? fragment : `${words} ${fragment}`;
      start = this.fragmentStart(end, span.end);
    }
    out.add("\t");
    out.add(words);
    out.add("\n");
    this.boundType.push(type);
    this.boundEnd.push(span.end);
    this.boundId.push(id);
    this.boundBefore.push(this.lastAt.get(span.start) ?? -1);
    this.lastAt.set(span.start, this.boundId.length - 1);
    if (physical) this.physical.push({ id, start: span.start, end: span.end });
    return id;
  }

  // A span is written as its pieces between line breaks: brat's .ann is line-based.
  private isBreak(offset: number): boolean {
    const c = this.text.charCodeAt(offset);
    return c === 10 || c === 13; // "\n", "\r"
  }

  /** Where the next piece starts at or after `offset`: past any line breaks, at most `end`. */
  private fragmentStart(offset: number, end: number): number {
    while (offset < end && this.isBreak(offset)) offset++;
    return offset;
  }

  /** Where the piece starting at `offset` ends: at the next line break, at most `end`. */
  private fragmentEnd(offset: number, end: number): number {
    while (offset < end && !this.isBreak(offset)) offset++;
    return offset;
  }
}
