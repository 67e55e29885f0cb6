/** ANSI styles, applied only when the output is a terminal and NO_COLOR is unset. */
export interface Palette {
  entity(text: string, colourIndex: number): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ENTITY_COLOURS = [31, 32, 33, 34, 35, 36, 91, 92, 93, 94, 95, 96];

const ansi = (code: number | string, text: string) => `\u001b[${code}m${text}\u001b[0m`;

const colourPalette: Palette = {
  entity: (text, i) => ansi(ENTITY_COLOURS[i % ENTITY_COLOURS.length]!, text),
  dim: (text) => ansi(2, text),
  bold: (text) => ansi(1, text),
};

const plainPalette: Palette = { entity: (text) => text, dim: (text) => text, bold: (text) => text };

/** The palette for a stream: colour on a TTY unless NO_COLOR is set (https://no-color.org). */
export function paletteFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Palette {
  const noColor = env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "";
  return stream.isTTY && !noColor ? colourPalette : plainPalette;
}
