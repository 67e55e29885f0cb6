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

/** Markup that is already safe: written by this package, or escaped on the way in. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What {@link html} interpolates: safe markup as is, text escaped, lists item by item, nothing for absent values. */
export type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/**
 * A tagged template that escapes every interpolated value unless it is {@link SafeHtml}, so
 * markup is escaped by construction: forgetting to escape a value is not possible.
 *
 * @example
 * ```ts
 * html`<b title="${"a\"b"}">${"<i>"}</b>`.markup; // '<b title="a&quot;b">&lt;i&gt;</b>'
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
  let markup = strings[0]!;
  for (let i = 0; i < values.length; i++) markup += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(markup);
}

/** Safe markup items joined by a separator written in the source (never a value). */
export const joinHtml = (items: readonly SafeHtml[], separator: "\n" | " " | "" | ","): SafeHtml =>
  new SafeHtml(items.map((item) => item.markup).join(separator));

/** Marks a constant of this package's own markup (a style sheet, a script) as safe. */
export const trustedConstant = (markup: string): SafeHtml => new SafeHtml(markup);
