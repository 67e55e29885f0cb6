import { escapeHtml as e } from "../../formats/escape-html.js";

/** What a mark on the page flags: the `data-error` values. */
export type MarkKind = "missed" | "spurious" | "boundary" | "type";

/** One span to draw in a column of the page. */
export interface PageSpan {
  readonly start: number;
  readonly end: number;
  /** `mention`, `claim` or `time`. */
  readonly layer: "mention" | "claim" | "time";
  /** The error the span shows, with the id of its entry in the error list. */
  readonly error?: { readonly kind: MarkKind; readonly ref: string };
}

const order = (a: PageSpan, b: PageSpan) => a.start - b.start || b.end - a.end;

function open(span: PageSpan, first: boolean): string {
  const layer = `class="${span.layer}"`;
  if (!span.error) return `<span ${layer}>`;
  const { kind, ref } = span.error;
  // Only the first piece of a span is a tab stop; a span cut by a crossing one has several.
  const focus = first ? ` tabindex="0" aria-describedby="${e(ref)}"` : "";
  return `<mark ${layer} data-error="${kind}" data-ref="${e(ref)}"${focus}>`;
}
const close = (span: PageSpan) => (span.error ? "</mark>" : "</span>");

/**
 * The HTML of `text[from, to)` with the spans drawn over it. Spans may nest or cross: at every
 * boundary the open elements are closed down to what the next stretch shares with them and the
 * rest reopened, so a crossing span becomes several pieces of one mark. Empty spans become empty
 * marks at their offset (at `to` only when `last`). Everything from the text is escaped.
 */
export function drawSpans(text: string, from: number, to: number, spans: readonly PageSpan[], last = false): string {
  const inside = spans
    .filter((s) => (s.end > from && s.start < to) || (s.start === s.end && s.start >= from && (s.start < to || last)))
    .map((s): PageSpan => {
      const start = Math.max(s.start, from);
      const end = Math.min(s.end, to);
      // Clipped, written out rather than spread, so that the pieces share one hidden class.
      return start === s.start && end === s.end ? s : { start, end, layer: s.layer, error: s.error };
    });
  const ranged = inside.filter((s) => s.start < s.end).sort(order);
  const empty = inside.filter((s) => s.start === s.end);
  const points = [...new Set([from, to, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const at = (spans: readonly PageSpan[]) => {
    const byStart = new Map<number, PageSpan[]>();
    for (const s of spans) {
      const list = byStart.get(s.start);
      if (list) list.push(s);
      else byStart.set(s.start, [s]);
    }
    return byStart;
  };
  const [startingAt, emptyAt] = [at(ranged), at(empty)];
  const opened = new Set<PageSpan>();
  const stack: PageSpan[] = [];
  // A sweep over the boundaries: `active` holds the spans covering the stretch after `point`.
  let active: PageSpan[] = [];
  let html = "";
  for (const [i, point] of points.entries()) {
    const next = points[i + 1];
    const starting = startingAt.get(point);
    active = active.filter((s) => s.end > point);
    if (starting) active = [...active, ...starting].sort(order);
    const covering = next === undefined ? [] : active;
    let keep = 0;
    while (keep < stack.length && stack[keep] === covering[keep]) keep++;
    while (stack.length > keep) html += close(stack.pop()!);
    for (const s of emptyAt.get(point) ?? []) html += `${open(s, true)}${close(s)}`;
    for (const s of covering.slice(keep)) {
      html += open(s, !opened.has(s));
      opened.add(s);
      stack.push(s);
    }
    if (next !== undefined) html += e(text.slice(point, next));
  }
  return html;
}

/**
 * The spans {@link drawSpans} draws in each stretch `[cuts[i], cuts[i + 1])` of ascending `cuts`,
 * in their given order: those that overlap the stretch, and the empty ones at an offset of it
 * (at the last cut too for the last stretch). One sweep over the spans sorted by start, so
 * drawing every stretch of a page is linear in it rather than a pass over every span per stretch.
 */
export function spansByStretch(spans: readonly PageSpan[], cuts: readonly number[]): PageSpan[][] {
  const sorted = spans.map((span, i) => ({ span, i })).sort((a, b) => a.span.start - b.span.start || a.i - b.i);
  const stretches: PageSpan[][] = [];
  let next = 0;
  let open: { span: PageSpan; i: number }[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    const last = k + 2 === cuts.length;
    while (next < sorted.length && (sorted[next]!.span.start < to || (last && sorted[next]!.span.start === to)))
      open.push(sorted[next++]!);
    open = open.filter(({ span }) => span.end > from || (span.start === span.end && span.start >= from));
    const inStretch = open.filter(({ span }) => span.start < to || (last && span.start === span.end));
    stretches.push(inStretch.sort((a, b) => a.i - b.i).map(({ span }) => span));
  }
  return stretches;
}
