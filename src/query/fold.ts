// Curly quotes and dashes typed as their plain equivalents, so "Russia's" finds "Russia’s".
const PLAIN_EQUIVALENTS: Record<string, string> = {
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "–": "-",
  "—": "-",
};

/**
 * Folds a name for lookup: case-insensitive, accent-insensitive, curly quotes and dashes as plain
 * ones, runs of white space as one space.
 */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’‚‛“”„–—]/g, (c) => PLAIN_EQUIVALENTS[c] ?? c)
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
