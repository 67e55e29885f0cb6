/**
 * Word wrapping for the terminal: lines as ranges of the text, so styles can be applied to each
 * line afterwards and escape codes never count towards the width.
 */

/** One output line: `text.slice(start, end)`, printed after `indent` spaces. */
export interface WrappedLine {
  readonly start: number;
  readonly end: number;
  readonly indent: number;
}

// Columns of a stretch of text: one per code point (the text is Latin script; a surrogate pair
// is one character on screen).
const columns = (text: string, start: number, end: number): number => {
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) n++;
  }
  return n;
};

// The offset `count` columns after `start`, never between the halves of a surrogate pair.
const advance = (text: string, start: number, count: number): number => {
  let i = start;
  for (let n = 0; n < count && i < text.length; n++) {
    const code = text.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
};

/**
 * Wraps `text` (one paragraph, no line breaks) at spaces so that no line is wider than `width`
 * columns; lines after the first are indented by `indent` (at most half the width). Spaces at
 * the start of the text are kept, spaces where a line breaks are dropped. A word wider than a whole line is cut
 * where the line ends, the only case of a break inside a word. `width` 0 means no wrapping.
 */
export function wrapLines(text: string, width: number, indent = 0): WrappedLine[] {
  if (width <= 0 || columns(text, 0, text.length) <= width) return [{ start: 0, end: text.length, indent: 0 }];
  const lines: WrappedLine[] = [];
  // Leave at least half the width for text after the indent.
  const hanging = Math.min(indent, Math.floor(width / 2));
  let lineStart = -1;
  let lineEnd = 0;
  let used = 0;
  const room = () => width - (lines.length === 0 ? 0 : hanging);
  const flush = () => {
    lines.push({ start: lineStart, end: lineEnd, indent: lines.length === 0 ? 0 : hanging });
    lineStart = -1;
    used = 0;
  };
  for (const match of text.matchAll(/[^ ]+/g)) {
    // Leading spaces belong to the first line (an indent the caller chose).
    let start = lines.length === 0 && lineStart < 0 ? 0 : match.index;
    const end = start + match[0].length;
    if (lineStart >= 0) {
      const extra = columns(text, lineEnd, end);
      if (used + extra <= room()) {
        lineEnd = end;
        used += extra;
        continue;
      }
      flush();
    }
    // The word starts a line; cut it while it is wider than a whole line.
    while (columns(text, start, end) > room()) {
      lineStart = start;
      lineEnd = advance(text, start, room());
      flush();
      start = lineEnd;
    }
    if (start < end) {
      lineStart = start;
      lineEnd = end;
      used = columns(text, start, end);
    }
  }
  if (lineStart >= 0) flush();
  return lines.length > 0 ? lines : [{ start: 0, end: 0, indent: 0 }];
}

/** A stretch of text and how to print it. */
export interface Piece {
  readonly text: string;
  readonly style?: (text: string) => string;
}

/**
 * Joins `pieces` into one paragraph, wraps it (see {@link wrapLines}) and styles each line's part
 * of every piece on its own, so a style never runs across a line break into the indent.
 */
export function wrapPieces(pieces: readonly Piece[], width: number, indent = 0): string {
  const text = pieces.map((p) => p.text).join("");
  const lines = wrapLines(text, width, indent);
  return lines
    .map((line) => {
      let out = " ".repeat(line.indent);
      let offset = 0;
      for (const piece of pieces) {
        const start = Math.max(offset, line.start);
        const end = Math.min(offset + piece.text.length, line.end);
        offset += piece.text.length;
        if (start >= end) continue;
        const part = text.slice(start, end);
        out += piece.style ? piece.style(part) : part;
      }
      return out;
    })
    .join("\n");
}
