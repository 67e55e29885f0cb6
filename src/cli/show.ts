import { claimSourceId } from "../query/collections.js";
import type { ArticleOf } from "../types.js";
import type { Palette } from "./colour.js";

interface Marked {
  start: number;
  end: number;
  label: string;
  colourIndex: number;
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
 * The article paragraph by paragraph, every outermost entity mention marked `[words]{entity}`,
 * each paragraph followed by its claims with their sources, then a summary of the dataset.
 */
export function renderShow(doc: ArticleOf, palette: Palette): string {
  const colourOf = new Map(doc.entities.map((e, i) => [e.id, i]));
  const lines: string[] = [
    palette.bold(doc.title.text) + palette.dim(doc.title.editorial ? "  (descriptive title)" : ""),
    "",
  ];
  for (const paragraph of doc.paragraphs) {
    const { start, end } = paragraph.span;
    const marks = outermost(
      doc.mentions
        .filter((m) => m.span.start >= start && m.span.end <= end)
        .map((m) => ({
          start: m.span.start,
          end: m.span.end,
          label: m.entityId,
          colourIndex: colourOf.get(m.entityId) ?? 0,
        })),
    );
    let cursor = start;
    let out = "";
    for (const mark of marks) {
      out += doc.text.slice(cursor, mark.start);
      out +=
        palette.entity(`[${doc.text.slice(mark.start, mark.end)}]`, mark.colourIndex) + palette.dim(`{${mark.label}}`);
      cursor = mark.end;
    }
    out += doc.text.slice(cursor, end);
    lines.push(`${palette.bold(`¶${paragraph.id.slice(1)}`)} ${out}`);
    for (const claim of doc.claims.filter((c) => c.content.start >= start && c.content.end <= end)) {
      const source = claimSourceId(claim);
      const hedge = claim.factuality === "certain" ? "" : `, ${claim.factuality}`;
      const negated = claim.polarity === "negative" ? ", negative" : "";
      lines.push(palette.dim(`    ▸ ${source}${hedge}${negated}: `) + claim.content.text);
    }
    lines.push("");
  }
  lines.push(renderStats(doc));
  return lines.join("\n");
}

/** A short summary of what the article holds. */
export function renderStats(doc: ArticleOf): string {
  const count = <T>(items: readonly T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(", ");
  };
  return [
    `${doc.id}: ${doc.text.length} characters (UTF-16), ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences`,
    `entities  ${doc.entities.length}${doc.entities.length ? ` (${count(doc.entities, (e) => e.type)})` : ""}`,
    `mentions  ${doc.mentions.length}${doc.mentions.length ? ` (${count(doc.mentions, (m) => m.form)})` : ""}`,
    `claims    ${doc.claims.length}${doc.claims.length ? ` (${count(doc.claims, claimSourceId)})` : ""}`,
    `times     ${doc.times.length}`,
    `notes     ${doc.notes.length}`,
    `published ${doc.published.date} (${doc.published.basis})`,
  ].join("\n");
}
