/** ANSI styles, applied only on a terminal that shows colour, and never when NO_COLOR is set. */
export interface Palette {
  entity(text: string, colourIndex: number): string;
  dim(text: string): string;
  bold(text: string): string;
}

// The 12 foreground colours every colour terminal has (normal and bright, without black, white
// and grey), then 256-colour cube entries far enough apart to tell from each other and from them.
const BASIC_COLOURS = ["31", "32", "33", "34", "35", "36", "91", "92", "93", "94", "95", "96"];
const CUBE_COLOURS = [208, 129, 34, 172, 63, 161, 43, 136, 99, 203, 71, 31, 214, 170, 106, 38].map((n) => `38;5;${n}`);
const ENTITY_COLOURS = [...BASIC_COLOURS, ...CUBE_COLOURS];

/** How many entity colours there are: up to this many entities in a paragraph get one each. */
export const ENTITY_COLOUR_COUNT = ENTITY_COLOURS.length;

const ansi = (code: number | string, text: string) => `\u001b[${code}m${text}\u001b[0m`;

const colourPalette: Palette = {
  entity: (text, i) => ansi(ENTITY_COLOURS[i % ENTITY_COLOURS.length]!, text),
  dim: (text) => ansi(2, text),
  bold: (text) => ansi(1, text),
};

const plainPalette: Palette = { entity: (text) => text, dim: (text) => text, bold: (text) => text };

/**
 * The palette for a stream: colour on a TTY, unless NO_COLOR is set (https://no-color.org) or
 * the terminal is `TERM=dumb`, which shows escape codes as text.
 */
export function paletteFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Palette {
  const noColor = env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "";
  return stream.isTTY && !noColor && env["TERM"] !== "dumb" ? colourPalette : plainPalette;
}

/**
 * A colour index for each entity of a paragraph, distinct within it. `entityIds` are the
 * paragraph's entities in order of appearance; each takes its `preferred` basic colour (the same
 * for the entity in every paragraph) when no earlier entity of the paragraph has it, else the
 * next free basic colour, and only when all 12 are taken a 256-colour one. Distinct for up to
 * {@link ENTITY_COLOUR_COUNT} entities; beyond that colours repeat.
 */
export function assignColours(entityIds: readonly string[], preferred: (id: string) => number): Map<string, number> {
  const assigned = new Map<string, number>();
  const taken = new Set<number>();
  const basic = BASIC_COLOURS.length;
  for (const id of entityIds) {
    if (assigned.has(id)) continue;
    const start = preferred(id) % basic;
    const basicFromStart = Array.from({ length: basic }, (_, k) => (start + k) % basic);
    const candidates = [...basicFromStart, ...CUBE_COLOURS.map((_, k) => basic + k)];
    // Once every colour is taken, repeat the preferred one.
    const colour = candidates.find((c) => !taken.has(c)) ?? start;
    assigned.set(id, colour);
    taken.add(colour);
  }
  return assigned;
}
