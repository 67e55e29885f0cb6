/**
 * HTML escaping for text and attribute values.
 * @module
 */

const REPLACEMENTS: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes a string for use as HTML text or as a quoted attribute value: `&`, `<`, `>`, `"`
 * and `'` become character references, so the value can neither close its element or
 * attribute nor open a tag. Attribute values must still be quoted by the caller.
 *
 * @param value - Any string.
 * @returns The escaped string.
 * @example
 * ```ts
 * escapeHtml(`"><img src=x onerror=alert(1)>`); // "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
 * ```
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => REPLACEMENTS[c]!);
}
