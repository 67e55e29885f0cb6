/**
 * Walks the fields the schema marks (see fields.ts) without loading zod, so that exporters and
 * scorers can follow the same field lists as the schema's own rules.
 */

/** A path to a value inside an article, as zod reports issue paths. */
export type Path = (string | number)[];

/**
 * Offsets of a stretch of text, half-open `[start, end)` in UTF-16 code units: the one name for
 * `{ start, end }` across the package (a span of the data adds its `text`).
 */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A range that may carry the text it covers, as spans and predicted spans do. */
export type SpanLike = Range & { readonly text?: string | undefined };

/** One span field of a layer: the article field listing the items, the path inside one item, its role. */
export interface SpanField {
  readonly collection: string;
  readonly path: readonly string[];
  readonly role: string;
}

/** The values at `path` inside `value`, `"*"` standing for every element of an array; absent values are skipped. */
export function valuesAt(value: unknown, path: readonly string[], at: Path = []): [Path, unknown][] {
  const found: [Path, unknown][] = [];
  const visit = (v: unknown, depth: number, where: Path) => {
    if (v === undefined || v === null) return;
    if (depth === path.length) {
      found.push([where, v]);
      return;
    }
    const key = path[depth]!;
    if (key === "*") {
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) visit(v[i], depth + 1, [...where, i]);
    } else if (typeof v === "object" && Object.hasOwn(v, key)) {
      visit((v as Record<string, unknown>)[key], depth + 1, [...where, key]);
    }
  };
  visit(value, 0, at);
  return found;
}

/**
 * Every span of an article with its path and role: item by item in the order of `fields`'
 * collections, each item's spans in field order.
 *
 * @param doc - An article (or any object with the collections `fields` names).
 * @param fields - The span fields, e.g. `SPAN_FIELDS` of src/generated/fields.ts.
 * @param collections - Only these collections (all when omitted).
 */
export function* spansOf(
  doc: object,
  fields: readonly SpanField[],
  collections?: readonly string[],
): Generator<{ path: Path; span: SpanLike; role: string; collection: string }> {
  const order = [...new Set(fields.map((f) => f.collection))].filter((c) => !collections || collections.includes(c));
  for (const collection of order) {
    const items = (doc as Record<string, unknown>)[collection];
    if (!Array.isArray(items)) continue;
    const own = fields.filter((f) => f.collection === collection);
    for (const [i, item] of items.entries()) {
      for (const field of own) {
        for (const [path, span] of valuesAt(item, field.path, [collection, i])) {
          yield { path, span: span as SpanLike, role: field.role, collection };
        }
      }
    }
  }
}
