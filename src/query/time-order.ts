/**
 * The instant an ISO 8601 value starts at, in milliseconds since the epoch, for ordering a
 * timeline: a date or year starts at its UTC midnight, a range at its first point; a duration
 * has no position and gives `undefined`.
 */
export function startInstant(value: string): number | undefined {
  if (value.startsWith("P")) return undefined;
  const first = value.split("/")[0]!;
  const padded = /^\d{4}$/.test(first) ? `${first}-01-01` : /^\d{4}-\d{2}$/.test(first) ? `${first}-01` : first;
  const ms = Date.parse(padded);
  return Number.isNaN(ms) ? undefined : ms;
}
