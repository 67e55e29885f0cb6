import { claimSourceId } from "../query/collections.js";
import type { ArticleOf } from "../types.js";
import { assignColours, type Palette } from "./colour.js";
import { type Piece, wrapPieces } from "./wrap.js";

/** How `show` and `stats` lay out their text. */
export interface Layout {
  readonly palette: Palette;
  /** Columns to wrap at; 0 for no wrapping. */
  readonly width: number;
}

interface Marked {
  start: number;
  end: number;
  entityId: string;
}

// Outermost mentions only: a nested mention ("Russia" in a longer nominal) is named in the label
// list of its sentence rather than bracketed inside another bracket.
function outermost(marks: Marked[]): Marked[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Marked[] = [];
  for (const mark of sorted) {
    const last = kept.at(-1);
    if (!last || mark.start >= last.end) kept.push(mark);
  }
  return kept;
}

/**
 * The marked entities of one paragraph, outermost mentions only, and a colour for each: distinct
 * within the paragraph, and the entity's usual colour (its place in the entity list) when free.
 */
export function paragraphMarks(doc: ArticleOf, span: { start: number; end: number }) {
  const inside = doc.mentions.filter((m) => m.span.start >= span.start && m.span.end <= span.end);
  const marks = outermost(inside.map((m) => ({ start: m.span.start, end: m.span.end, entityId: m.entityId })));
  const order = new Map(doc.entities.map((e, i) => [e.id as string, i]));
  const colours = assignColours(
    marks.map((m) => m.entityId),
    (id) => order.get(id) ?? 0,
  );
  return { marks, colours };
}

const CLAIM_INDENT = "    ";

/**
 * The article paragraph by paragraph, every outermost entity mention marked `[words]{entity}`,
 * each paragraph followed by its claims with their sources, then a summary of the dataset;
 * wrapped at word boundaries to `layout.width`.
 */
export function renderShow(doc: ArticleOf, layout: Layout): string {
  const { palette, width } = layout;
  const title: Piece[] = [{ text: doc.title.text, style: palette.bold }];
  if (doc.title.editorial) title.push({ text: "  (descriptive title)", style: palette.dim });
  const lines: string[] = [wrapPieces(title, width), ""];
  for (const paragraph of doc.paragraphs) {
    const { start, end } = paragraph.span;
    const { marks, colours } = paragraphMarks(doc, paragraph.span);
    const label = `¶${paragraph.id.slice(1)} `;
    const pieces: Piece[] = [{ text: label, style: palette.bold }];
    let cursor = start;
    for (const mark of marks) {
      pieces.push({ text: doc.text.slice(cursor, mark.start) });
      const colour = colours.get(mark.entityId)!;
      pieces.push({ text: `[${doc.text.slice(mark.start, mark.end)}]`, style: (text) => palette.entity(text, colour) });
      pieces.push({ text: `{${mark.entityId}}`, style: palette.dim });
      cursor = mark.end;
    }
    pieces.push({ text: doc.text.slice(cursor, end) });
    lines.push(wrapPieces(pieces, width, label.length));
    for (const claim of doc.claims.filter((c) => c.content.start >= start && c.content.end <= end)) {
      const hedge = claim.factuality === "certain" ? "" : `, ${claim.factuality}`;
      const negated = claim.polarity === "negative" ? ", negative" : "";
      const head = `${CLAIM_INDENT}▸ ${claimSourceId(claim)}${hedge}${negated}: `;
      const pieces = [{ text: head, style: palette.dim }, { text: claim.content.text }];
      lines.push(wrapPieces(pieces, width, CLAIM_INDENT.length + 2));
    }
    lines.push("");
  }
  lines.push(renderStats(doc, width));
  return lines.join("\n");
}

/** A short summary of what the article holds, wrapped to `width` columns (0: not wrapped). */
export function renderStats(doc: ArticleOf, width = 0): string {
  const count = <T>(items: readonly T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(", ");
  };
  const { paragraphs, sentences, entities, mentions, claims } = doc;
  const rows: [string, string][] = [
    [
      `${doc.id}: `,
      `${doc.text.length} characters (UTF-16), ${paragraphs.length} paragraphs, ${sentences.length} sentences`,
    ],
    ["entities  ", `${entities.length}${entities.length ? ` (${count(entities, (e) => e.type)})` : ""}`],
    ["mentions  ", `${mentions.length}${mentions.length ? ` (${count(mentions, (m) => m.form)})` : ""}`],
    ["claims    ", `${claims.length}${claims.length ? ` (${count(claims, claimSourceId)})` : ""}`],
    ["times     ", `${doc.times.length}`],
    ["notes     ", `${doc.notes.length}`],
    ["published ", `${doc.published.date} (${doc.published.basis})`],
  ];
  // Continuation lines start under the figures, past the row's label.
  return rows.map(([label, value]) => wrapPieces([{ text: label + value }], width, label.length)).join("\n");
}
