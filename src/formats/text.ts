/**
 * Plain text with bracketed inline markup.
 *
 * Notation:
 * - `[words]{entity-id}` marks a mention of an entity: `[Kim Jong Un]{kim-jong-un}`. Mentions
 *   nest: `[the conflict in [Ukraine]{ukraine}]{war-in-ukraine}`.
 * - `⟦words⟧{claim-id}` marks the content of a claim:
 *   `⟦[Kim Jong Un]{kim-jong-un} met with …⟧{state-media-kim-met-shoigu}`. Contents shared by
 *   several claims carry their ids comma-separated: `⟦…⟧{claim-a,claim-b}`. A content that
 *   crosses a mention or another claim is written in pieces, each closed with the same id.
 * - A backslash escapes a literal `\`, `[`, `]`, `{`, `}`, `⟦` or `⟧` of the text, so the
 *   markup can be parsed back unambiguously.
 * - Paragraphs stay separated by the text's own line breaks.
 * @module
 */
import { article } from "../generated/article.js";
import type { ArticleOf } from "../types.js";
import { nest, writeNested, type Layered } from "./nesting.js";

/** Options of {@link toText}. */
export interface TextOptions {
  /** Mark mentions with `[…]{entity-id}`; true by default. */
  readonly mentions?: boolean;
  /** Mark claim contents with `⟦…⟧{claim-id}`; true by default. */
  readonly claims?: boolean;
}

/** What a piece is marked with: its brackets, closed by the id. */
interface Mark {
  readonly open: string;
  readonly close: string;
}

const escapeMarkup = (text: string) => text.replace(/[\\[\]{}⟦⟧]/g, (c) => `\\${c}`);

/**
 * Renders the article as plain text with mentions and claim contents bracketed.
 *
 * @param doc - The article; the shipped one by default.
 * @param options - Which layers to mark.
 * @returns The marked-up text.
 * @example
 * ```ts
 * import { toText } from "kim-shoigu-2023/formats";
 * toText().slice(0, 80); // "According to [state media]{north-korean-state-media} on Thursday, ⟦[North Korean]…"
 * ```
 */
export function toText(doc: ArticleOf = article, options: TextOptions = {}): string {
  const marks: Layered<Mark>[] = [];
  if (options.mentions !== false) {
    // One mark per entity, shared by its mentions, so that a long text makes no closing per piece.
    const byEntity = new Map<string, Mark>();
    for (const { span, entityId } of doc.mentions) {
      let value = byEntity.get(entityId);
      if (value === undefined) byEntity.set(entityId, (value = { open: "[", close: `]{${entityId}}` }));
      marks.push({ start: span.start, end: span.end, priority: 1, value });
    }
  }
  if (options.claims !== false) {
    const contents = new Map<string, { start: number; end: number; ids: string[] }>();
    for (const c of doc.claims) {
      const key = `${c.content.start} ${c.content.end}`;
      const entry = contents.get(key) ?? { start: c.content.start, end: c.content.end, ids: [] };
      entry.ids.push(c.id);
      contents.set(key, entry);
    }
    for (const { start, end, ids } of contents.values())
      marks.push({ start, end, priority: 0, value: { open: "⟦", close: `⟧{${ids.join(",")}}` } });
  }
  return writeNested(doc.text, nest(marks), {
    text: escapeMarkup,
    open: (piece) => piece.value.open,
    close: (piece) => piece.value.close,
  });
}
