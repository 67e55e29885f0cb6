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
// Built from the keys rather than written as a literal: the build escapes the non-ASCII keys of a
// string, not of a regular expression literal, and one non-ASCII character makes the whole chunk
// a two-byte string that Node reads and compiles more slowly.
const CURLY = new RegExp(`[${Object.keys(PLAIN_EQUIVALENTS).join("")}]`, "g");

/**
 * Folds a name for lookup: case-insensitive, accent-insensitive, curly quotes and dashes as plain
 * ones, runs of white space as one space.
 */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(CURLY, (c) => PLAIN_EQUIVALENTS[c] ?? c)
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
