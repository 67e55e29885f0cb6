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
  // The text-bound annotations written so far, found by their start: `lastAt[start]` is the last
  // one starting there (-1 for none), each links to the one before it at the same start. No key
  // is made per span: a string key was a string per span, a number key a heap number per span
  // once the text is longer than about 46,000 characters (the square of its length past 2^31).
  private readonly lastAt: Int32Array;
  private readonly boundType: string[] = [];
  private readonly boundEnd: number[] = [];
  private readonly boundId: string[] = [];
  private readonly boundBefore: number[] = [];
  readonly physical: { id: string; start: number; end: number }[] = [];

  constructor(
    private readonly text: string,
    private readonly toCodePoints: (offset: number) => number,
  ) {
    this.lastAt = new Int32Array(text.length + 1).fill(-1);
  }

  /** The id of the text-bound annotation of this type and span written so far, if any. */
  private written(type: string, { start, end }: Range): string | undefined {
    for (let b = this.lastAt[start] ?? -1; b >= 0; b = this.boundBefore[b]!) {
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
    const fragments = this.fragments(span);
    if (fragments.length === 0) return undefined;
    const id = this.nextId("T");
    const offsets = fragments.map((f) => `${this.toCodePoints(f.start)} ${this.toCodePoints(f.end)}`).join(";");
    const text = fragments.map((f) => this.text.slice(f.start, f.end)).join(" ");
    this.push(`${id}\t${type} ${offsets}\t${text}`);
    this.boundType.push(type);
    this.boundEnd.push(span.end);
    this.boundId.push(id);
    this.boundBefore.push(this.lastAt[span.start]!);
    this.lastAt[span.start] = this.boundId.length - 1;
    if (physical) this.physical.push({ id, start: span.start, end: span.end });
    return id;
  }

  // The pieces of a span between line breaks: brat's .ann is line-based.
  private fragments(span: Range): Range[] {
    const fragments: Range[] = [];
    let start = span.start;
    for (let i = span.start; i <= span.end; i++) {
      if (i === span.end || this.text[i] === "\n" || this.text[i] === "\r") {
        if (i > start) fragments.push({ start, end: i });
        start = i + 1;
      }
    }
    return fragments;
  }
}
