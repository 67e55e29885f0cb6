/**
 * What the schemas say about their own fields: which are spans of the text, which are the ids of
 * a layer and which reference another layer. Everything that walks spans or checks references
 * (the integrity rules, the anchor form of data/, the compiler, the span walker, the narrowed id
 * types) derives from these marks, so adding a span or reference field is one edit.
 */
import * as z from "zod";
import { KebabIdSchema } from "./ids.js";
import type { SpanField } from "./walk.js";

/** The layers of an annotated article that have ids. */
export type Layer = "paragraph" | "sentence" | "entity" | "mention" | "claim" | "time" | "note";

/** The mark a field's schema carries. */
export type FieldMark =
  | { readonly kind: "span"; readonly role?: string }
  | { readonly kind: "id"; readonly layer: Layer }
  | { readonly kind: "ref"; readonly layer: Layer; readonly self?: (id: string) => string };

/** The marks, keyed by schema instance; zod's own metadata (JSON Schema) stays untouched. */
export const FIELD_MARKS = z.registry<FieldMark>();

/** The id field of a layer's items. */
export function idOf(layer: Layer, base: z.ZodString = KebabIdSchema): z.ZodString {
  return base.clone().register(FIELD_MARKS, { kind: "id", layer });
}

/**
 * A field holding the id of an item of `layer`; the integrity rules check that it resolves.
 *
 * @param self - For a reference within the same layer, the message when an item refers to itself.
 */
export function ref(layer: Layer, options: { base?: z.ZodString; self?: (id: string) => string } = {}): z.ZodString {
  const mark: FieldMark = options.self ? { kind: "ref", layer, self: options.self } : { kind: "ref", layer };
  return (options.base ?? KebabIdSchema).clone().register(FIELD_MARKS, mark);
}

/** Marks `schema` as a span (an object with `start` and `end`), optionally naming its role. */
export function markSpan<S extends z.ZodType>(schema: S, role?: string): S {
  FIELD_MARKS.add(schema, role === undefined ? { kind: "span" } : { kind: "span", role });
  return schema;
}

/** A marked field found in a schema: its path (`"*"` for every element of an array) and mark. */
export interface FieldInfo {
  readonly path: readonly string[];
  readonly mark: FieldMark;
}

/** Every marked field of `schema`, in shape order, outermost first. */
export function markedFields(schema: z.ZodType): FieldInfo[] {
  const found: FieldInfo[] = [];
  const visit = (s: z.ZodType, path: string[]) => {
    const mark = FIELD_MARKS.get(s);
    if (mark) found.push({ path, mark });
    if (mark?.kind === "span") return;
    const def = s.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[] };
    if (def.type === "optional" || def.type === "nullable") visit(def.innerType!, path);
    else if (def.type === "array") visit(def.element!, [...path, "*"]);
    else if (def.type === "union") for (const option of def.options!) visit(option, path);
    else if (s instanceof z.ZodObject)
      for (const [key, child] of Object.entries(s.shape)) visit(child as z.ZodType, [...path, key]);
  };
  visit(schema, []);
  // A union lists a field once per option that has it.
  return found.filter((f, i) => found.findIndex((g) => g.path.join(".") === f.path.join(".")) === i);
}

/** The id and reference fields of a schema as a tree: each leaf is the layer whose ids the field holds. */
export interface IdFieldTree {
  readonly [key: string]: Layer | IdFieldTree;
}

/**
 * The id and reference fields of `schema`, nested as the schema nests them (`"*"` for every
 * element of an array), in shape order. The compiler writes this tree of the article schema to
 * src/generated/id-fields.ts, from which src/types.ts narrows each field to its layer's id type.
 */
export function idFieldsOf(schema: z.ZodType): IdFieldTree {
  const tree: Record<string, Layer | IdFieldTree> = {};
  for (const { path, mark } of markedFields(schema)) {
    if (mark.kind === "span" || path.length === 0) continue;
    let node = tree;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, Layer | IdFieldTree>;
    node[path.at(-1)!] = mark.layer;
  }
  return tree;
}

/** The fields of one layer of an article: where its items live and which of their fields are marked. */
export interface LayerFields {
  readonly layer: Layer;
  /** The article field that lists the layer's items, e.g. `"claims"`. */
  readonly collection: string;
  /** Paths (inside one item) of its spans, with their roles. */
  readonly spans: readonly { readonly path: readonly string[]; readonly role: string }[];
  /** Paths (inside one item) of its references, with the layer each one points into. */
  readonly refs: readonly {
    readonly path: readonly string[];
    readonly layer: Layer;
    readonly self?: (id: string) => string;
  }[];
}

/** The layers of an article schema: every array field whose items have a marked id, in shape order. */
export function layersOf(articleShape: z.ZodObject): LayerFields[] {
  const layers: LayerFields[] = [];
  for (const [collection, field] of Object.entries(articleShape.shape)) {
    const element =
      (field as z.ZodType).def.type === "array" ? ((field as z.ZodArray).def.element as z.ZodType) : undefined;
    if (!(element instanceof z.ZodObject)) continue;
    const fields = markedFields(element);
    const id = fields.find((f) => f.mark.kind === "id" && f.path.join(".") === "id");
    if (id?.mark.kind !== "id") continue;
    const spans = fields.flatMap((f) =>
      f.mark.kind === "span" ? [{ path: f.path, role: f.mark.role ?? f.path[0]! }] : [],
    );
    const refs = fields.flatMap((f) =>
      f.mark.kind === "ref" ? [{ path: f.path, layer: f.mark.layer, ...(f.mark.self && { self: f.mark.self }) }] : [],
    );
    layers.push({ layer: id.mark.layer, collection, spans, refs });
  }
  return layers;
}

/**
 * The span fields of a schema whose fields are lists of items (an article, a predictions file),
 * as the zod-free walker takes them (see walk.ts). A span's role defaults to its field name.
 */
export function spanFieldsOf(schema: z.ZodObject): SpanField[] {
  return markedFields(schema).flatMap((f) =>
    f.mark.kind === "span" && f.path[1] === "*"
      ? [{ collection: f.path[0]!, path: f.path.slice(2), role: f.mark.role ?? f.path[2] ?? f.path[0]! }]
      : [],
  );
}
