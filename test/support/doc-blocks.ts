/** A fenced code block of a guide, with the output the guide shows under it. */
export interface DocBlock {
  /** The guide's file name, e.g. `getting-started.md`. */
  readonly guide: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
  /** The fence's info string: `ts`, `sh`, `python`, … (empty when none). */
  readonly lang: string;
  /** The block's content, ending with a line feed. */
  readonly code: string;
  /** Whether an HTML comment `<!-- skip -->` stands right above the fence. */
  readonly skipMarked: boolean;
  /** The content of the block after `prints:`, ending with a line feed; absent when none follows. */
  readonly prints?: string;
}

const FENCE = /^(\s*)```(\S*)\s*$/;

/** Reads a fenced block opening at `lines[start]`, as `{ indent, lang, code, end }` (`end`: the closing line). */
function fencedAt(lines: readonly string[], start: number, guide: string) {
  const open = FENCE.exec(lines[start]!)!;
  const indent = open[1]!;
  let end = start + 1;
  while (end < lines.length && lines[end]!.trim() !== "```") end++;
  if (end === lines.length) throw new Error(`${guide}:${start + 1}: code block never closed`);
  const body = lines.slice(start + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
  return { indent, lang: open[2]!, code: body.length ? `${body.join("\n")}\n` : "", end };
}

const nextNonBlank = (lines: readonly string[], from: number) => {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  return i;
};

/**
 * Every top-level fenced block of a guide, in order. A block is an example when the next
 * non-blank line after it is `prints:` and a fenced block follows; that block is its `prints`
 * and is not listed on its own. A `prints:` anywhere else is an error, so none goes unchecked.
 */
export function docBlocks(markdown: string, guide: string): DocBlock[] {
  const lines = markdown.split("\n");
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === "prints:") throw new Error(`${guide}:${i + 1}: "prints:" follows no code block`);
    if (!FENCE.test(lines[i]!)) continue;
    const block = fencedAt(lines, i, guide);
    const line = i + 1;
    const skipMarked = lines[i - 1]?.trim() === "<!-- skip -->";
    i = block.end;
    if (block.indent !== "") continue;
    const after = nextNonBlank(lines, i + 1);
    if (lines[after] !== "prints:") {
      blocks.push({ guide, line, lang: block.lang, code: block.code, skipMarked });
      continue;
    }
    const output = nextNonBlank(lines, after + 1);
    if (!FENCE.test(lines[output] ?? "")) throw new Error(`${guide}:${after + 1}: "prints:" without a code block`);
    const printed = fencedAt(lines, output, guide);
    blocks.push({ guide, line, lang: block.lang, code: block.code, skipMarked, prints: printed.code });
    i = printed.end;
  }
  return blocks;
}
