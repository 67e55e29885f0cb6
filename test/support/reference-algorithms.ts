/**
 * The exporters' earlier algorithms, kept as references: simple scans per token, per piece and
 * per pair. The fast paths must give exactly their output.
 */
import { annotationBoundaries, type SentenceTokens, type Token } from "../../src/formats/tokenize.js";
import { conll2003Label, namedMentions } from "../../src/formats/named-entities.js";
import type { Layered, NestedWriter, Piece } from "../../src/formats/nesting.js";
import type { ArticleOf } from "../../src/types.js";

const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:]\p{N}+)+|(?<=[\p{L}\p{N}])['’][\p{L}\p{M}]+|[\p{L}\p{M}\p{N}]+|\S/gu;

// nesting.ts: every placed piece searched for each piece of a new range.
interface Cut {
  start: number;
  end: number;
  priority: number;
  order: number;
}

const crosses = (a: Cut, b: Cut) =>
  (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);

// Cuts a range at the boundaries of every placed piece it crosses, until nothing crosses.
function cutAgainst(range: Cut, placed: readonly Cut[]): Cut[] {
  let pieces = [range];
  for (let changed = true; changed; ) {
    changed = false;
    const next: Cut[] = [];
    for (const piece of pieces) {
      const crossing = placed.find((p) => crosses(p, piece));
      if (!crossing) {
        next.push(piece);
        continue;
      }
      changed = true;
      const cut = piece.start < crossing.start ? crossing.start : crossing.end;
      next.push({ ...piece, end: cut }, { ...piece, start: cut });
    }
    pieces = next;
  }
  return pieces;
}

export function referenceNest<T>(items: readonly Layered<T>[]): Piece<T>[] {
  const ranges = items
    .map((item, order) => ({ start: item.start, end: item.end, priority: item.priority, order }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => b.priority - a.priority || a.start - b.start || b.end - a.end || a.order - b.order);
  const placed: Cut[] = [];
  for (const range of ranges) placed.push(...cutAgainst(range, placed));

  const partsOf = new Map<number, Cut[]>();
  for (const piece of placed) partsOf.set(piece.order, [...(partsOf.get(piece.order) ?? []), piece]);
  for (const parts of partsOf.values()) parts.sort((a, b) => a.start - b.start);

  const ordered = [...placed].sort(
    (a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority || a.order - b.order,
  );
  const roots: Piece<T>[] = [];
  const stack: Piece<T>[] = [];
  for (const cut of ordered) {
    const parts = partsOf.get(cut.order)!;
    const piece: Piece<T> = {
      start: cut.start,
      end: cut.end,
      value: items[cut.order]!.value,
      part: parts.indexOf(cut),
      parts: parts.length,
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1]!.end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(piece);
    stack.push(piece);
  }
  return roots;
}

// nesting.ts: recursive writing.
export function referenceWriteNested<T>(
  text: string,
  roots: readonly Piece<T>[],
  writer: NestedWriter<T>,
  start = 0,
  end = text.length,
): string {
  const write = (pieces: readonly Piece<T>[], start: number, end: number): string => {
    let out = "";
    let at = start;
    for (const piece of pieces) {
      out += writer.text(text.slice(at, piece.start));
      out += writer.open(piece) + write(piece.children, piece.start, piece.end) + writer.close(piece);
      at = piece.end;
    }
    return out + writer.text(text.slice(at, end));
  };
  return write(roots, start, end);
}

// tokenize.ts: all cuts rescanned for each token; tokens filtered per sentence.
export function referenceTokenize(text: string, boundaries: Iterable<number> = []): Token[] {
  const cuts = [...new Set(boundaries)].sort((a, b) => a - b);
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    let pieceStart = start;
    for (const cut of cuts) {
      if (cut <= pieceStart) continue;
      if (cut >= end) break;
      tokens.push({ start: pieceStart, end: cut, text: text.slice(pieceStart, cut) });
      pieceStart = cut;
    }
    tokens.push({ start: pieceStart, end, text: text.slice(pieceStart, end) });
  }
  return tokens;
}

export function referenceSentenceTokens(doc: ArticleOf): SentenceTokens[] {
  const tokens = referenceTokenize(doc.text, annotationBoundaries(doc));
  return doc.sentences.map((sentence) => ({
    sentence,
    tokens: tokens.filter((t) => t.start >= sentence.span.start && t.end <= sentence.span.end),
  }));
}

// conll2012.ts: tokens scanned per mention, mentions filtered per token.
interface MentionTokens {
  readonly first: number;
  readonly last: number;
  readonly cluster: number;
}

// Token indices (over the whole document) of a span's first and last token.
function tokenRange(
  tokens: readonly Token[],
  span: { start: number; end: number },
): { first: number; last: number } | undefined {
  const first = tokens.findIndex((t) => t.end > span.start);
  let last = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i]!.start < span.end) {
      last = i;
      break;
    }
  }
  return first >= 0 && last >= first ? { first, last } : undefined;
}

// The coreference cell of one token: openings (longest mention first), one-token mentions,
// then closings (latest-opened first), so that nested brackets read left to right.
function corefCell(index: number, mentions: readonly MentionTokens[]): string {
  const opening = mentions.filter((m) => m.first === index && m.last > index).sort((a, b) => b.last - a.last);
  const single = mentions.filter((m) => m.first === index && m.last === index);
  const closing = mentions.filter((m) => m.last === index && m.first < index).sort((a, b) => b.first - a.first);
  const parts = [
    ...opening.map((m) => `(${m.cluster}`),
    ...single.map((m) => `(${m.cluster})`),
    ...closing.map((m) => `${m.cluster})`),
  ];
  return parts.length > 0 ? parts.join("|") : "-";
}

export function referenceToConll2012(doc: ArticleOf): string {
  const sentences = referenceSentenceTokens(doc);
  const tokens = sentences.flatMap((s) => s.tokens);
  const clusterOf = new Map(doc.entities.map((e, index) => [e.id, index]));
  const mentions: MentionTokens[] = [];
  for (const mention of doc.mentions) {
    const range = tokenRange(tokens, mention.span);
    const cluster = clusterOf.get(mention.entityId);
    if (range && cluster !== undefined) mentions.push({ ...range, cluster });
  }
  const lines = [`#begin document (${doc.id}); part 000`];
  let index = 0;
  for (const { tokens: sentence } of sentences) {
    if (sentence.length === 0) continue;
    sentence.forEach((token, wordNumber) => {
      lines.push([doc.id, "0", String(wordNumber), token.text, corefCell(index, mentions)].join("\t"));
      index++;
    });
    lines.push("");
  }
  lines.push("#end document");
  return `${lines.join("\n")}\n`;
}

// conll.ts: named mentions searched per token.
export function referenceToConll(doc: ArticleOf): string {
  const named = namedMentions(doc);
  const blocks = referenceSentenceTokens(doc).map(({ tokens }) =>
    tokens
      .map((token) => {
        const entity = named.find(({ mention }) => mention.span.start <= token.start && token.end <= mention.span.end);
        if (!entity) return `${token.text}\tO`;
        const position = token.start === entity.mention.span.start ? "B" : "I";
        return `${token.text}\t${position}-${conll2003Label(entity)}`;
      })
      .join("\n"),
  );
  return `${blocks.filter((block) => block !== "").join("\n\n")}\n`;
}

// brat.ts: every pair of spans compared.
export function referenceOverlapKinds(spans: readonly { start: number; end: number }[]): Set<string> {
  const kinds = new Set<string>();
  for (const a of spans) {
    for (const b of spans) {
      if (a === b || a.end <= b.start || b.end <= a.start) continue;
      if (a.start === b.start && a.end === b.end) kinds.add("equal");
      else if ((a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)) kinds.add("contain");
      else kinds.add("cross");
    }
  }
  return kinds;
}

// spacy.ts: tokens scanned per sentence, mentions filtered per entity.
export function referenceSpacySentenceStarts(doc: ArticleOf, tokens: readonly { start: number }[]): number[] {
  return [
    ...new Set([0, ...doc.sentences.map((s) => tokens.findIndex((t) => t.start >= s.span.start)).filter((i) => i > 0)]),
  ].sort((a, b) => a - b);
}

export function referenceCorefClusters(doc: ArticleOf): string[][] {
  return doc.entities
    .map((e) => doc.mentions.filter((m) => m.entityId === e.id).map((m) => m.id))
    .filter((ids) => ids.length >= 2);
}

// jsonld.ts: one regular expression per name.
export function referenceEntitiesNamedIn(title: string, entities: ArticleOf["entities"]): string[] {
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return entities
    .filter((e) =>
      [e.name, ...e.aliases].some((name) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "u").test(title),
      ),
    )
    .map((e) => e.id);
}
