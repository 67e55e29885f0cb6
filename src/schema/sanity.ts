import type * as z from "zod";
import type { ArticleShapeSchema } from "./article.js";
import type { Path, SpanLike } from "./walk.js";

type ArticleShape = z.infer<typeof ArticleShapeSchema>;
type Report = (path: Path, message: string) => void;

/**
 * Rules for what no exporter can represent and what cannot be true: a span boundary between
 * the two halves of a surrogate pair (code point offsets, as brat, spaCy and Web Annotations
 * count them, have no such position), a time value that is no real calendar date or clock
 * time, a range that ends before it starts, and chains of `nestedIn`, `partOf`, `memberOf` or
 * `anchor` that lead back to where they started. Each violation is reported at its path.
 *
 * @param article - The article, already of the right shape.
 * @param report - Receives the path and message of each violation.
 * @param spans - Every span of the article with its path.
 */
export function checkArticleSanity(article: ArticleShape, report: Report, spans: Iterable<[Path, SpanLike]>): void {
  checkCodePointBoundaries(article.text, spans, report);
  article.times.forEach((t, i) => {
    const problem = timeValueProblem(t.value);
    if (problem) report(["times", i, "value"], `${JSON.stringify(t.value)} ${problem}`);
  });
  reportCycles(article.claims, (c) => c.nestedIn, "claims", "nestedIn", report);
  reportCycles(article.entities, (e) => e.partOf, "entities", "partOf", report);
  reportCycles(article.entities, (e) => e.memberOf, "entities", "memberOf", report);
  reportCycles(article.times, (t) => t.anchor, "times", "anchor", report);
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

function checkCodePointBoundaries(text: string, spans: Iterable<[Path, SpanLike]>, report: Report): void {
  for (const [path, span] of spans) {
    for (const field of ["start", "end"] as const) {
      const offset = span[field];
      // Offsets outside the text are reported by the span rules.
      if (!(offset > 0 && offset < text.length)) continue;
      if (isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))) {
        const message = `${field} ${offset} splits a surrogate pair: a span must start and end between code points`;
        report([...path, field], message);
      }
    }
  }
}

const POINT = new RegExp(
  String.raw`^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2})` +
    String.raw`(?:T(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2}))?` +
    String.raw`(?:Z|(?<sign>[+-])(?<offsetHours>\d{2}):(?<offsetMinutes>\d{2}))?)?)?)?$`,
);

/** The numeric fields of one point of a time value, or `undefined` for another form. */
function fieldsOf(point: string) {
  const groups = POINT.exec(point)?.groups;
  if (!groups) return undefined;
  const number = (name: string) => (groups[name] === undefined ? undefined : Number(groups[name]));
  return {
    text: groups as Record<string, string | undefined>,
    year: number("year")!,
    month: number("month"),
    day: number("day"),
    hour: number("hour"),
    minute: number("minute"),
    second: number("second"),
    /** The UTC offset in minutes, east positive. */
    offset: (groups.sign === "-" ? -1 : 1) * ((number("offsetHours") ?? 0) * 60 + (number("offsetMinutes") ?? 0)),
  };
}

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (year: number, month: number) =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Why one point of a time value is not a real date or time, or `undefined` when it is. */
function pointProblem(point: string): string | undefined {
  const f = fieldsOf(point);
  if (!f) return undefined; // the value pattern of the schema reports the form
  if (f.month !== undefined && (f.month < 1 || f.month > 12)) {
    return `has month ${f.text.month}: months run from 01 to 12`;
  }
  if (f.day !== undefined && (f.day < 1 || f.day > daysIn(f.year, f.month!))) {
    return `has day ${f.text.day}, which ${f.text.year}-${f.text.month} does not have`;
  }
  if (f.hour !== undefined && f.hour > 23) return `has hour ${f.text.hour}: hours run from 00 to 23`;
  if (f.minute !== undefined && f.minute > 59) return `has minute ${f.text.minute}: minutes run from 00 to 59`;
  if (f.second !== undefined && f.second > 59) return `has second ${f.text.second}: seconds run from 00 to 59`;
  if (Number(f.text.offsetMinutes ?? 0) > 59 || f.offset < -12 * 60 || f.offset > 14 * 60) {
    return "has a UTC offset that no clock uses (offsets run from -12:00 to +14:00, minutes from 00 to 59)";
  }
  return undefined;
}

/** The instant a valid point starts at, in milliseconds, for comparing the two ends of a range. */
function startOf(point: string): number {
  const f = fieldsOf(point)!;
  // setUTCFullYear, because Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const local = new Date(0);
  local.setUTCFullYear(f.year, (f.month ?? 1) - 1, f.day ?? 1);
  local.setUTCHours(f.hour ?? 0, f.minute ?? 0, f.second ?? 0, 0);
  return local.getTime() - f.offset * 60_000;
}

/**
 * Why a time value is not a real date, time or range, or `undefined` when it is (durations and
 * values of another form are left to the schema's pattern).
 */
export function timeValueProblem(value: string): string | undefined {
  if (value.startsWith("P")) return undefined;
  const points = value.split("/");
  for (const point of points) {
    const problem = pointProblem(point);
    if (problem) return points.length > 1 ? `${problem} (in ${JSON.stringify(point)})` : problem;
  }
  const [from, to] = points;
  if (points.length === 2 && POINT.test(from!) && POINT.test(to!) && startOf(to!) < startOf(from!)) {
    return "is a range that ends before it starts";
  }
  return undefined;
}

/**
 * Reports each cycle of a one-valued reference (every item points to at most one other) once,
 * at the member of the cycle that comes first in its collection. A reference to the item
 * itself is reported by the reference rules and not again here.
 */
function reportCycles<T extends { id: string }>(
  items: readonly T[],
  next: (item: T) => string | undefined,
  collection: string,
  field: string,
  report: Report,
): void {
  const indexOf = new Map<string, number>();
  items.forEach((item, i) => {
    if (!indexOf.has(item.id)) indexOf.set(item.id, i);
  });
  // 0 not seen, 1 on the current walk, 2 done.
  const state = new Uint8Array(items.length);
  for (let from = 0; from < items.length; from++) {
    const walk: number[] = [];
    let at: number | undefined = from;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      const target = next(items[at]!);
      at = target === undefined ? undefined : indexOf.get(target);
    }
    if (at !== undefined && state[at] === 1) {
      const cycle = walk.slice(walk.indexOf(at));
      if (cycle.length > 1) {
        const first = cycle.reduce((a, b) => Math.min(a, b));
        const rotated = [...cycle.slice(cycle.indexOf(first)), first].map((i) => items[i]!.id);
        const chain = rotated.map((id) => JSON.stringify(id)).join(" → ");
        report([collection, first, field], `${field} forms a cycle: ${chain}`);
      }
    }
    for (const i of walk) state[i] = 2;
  }
}
