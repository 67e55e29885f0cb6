import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ts from "typescript";

// The schema.org vocabulary as schema-dts declares it (generated from schema.org's own
// definitions): for each type its supertypes and the properties it may carry (the domain), for
// each property the types its values may have (the range). Read from the package's .d.ts with
// the TypeScript parser, so the check below depends on schema.org's definitions, not on ours:
//   interface ClaimBase extends CreativeWorkBase {
//     "appearance"?: SchemaValue<CreativeWork | IdReference, "appearance">; }
//   export interface ClaimLeaf extends ClaimBase { "@type": "Claim"; }
//   export type CreativeWork = CreativeWorkLeaf | Article | Claim | … | string;

/** What schema.org says about its types and properties. */
export interface Vocabulary {
  /** Whether `type` is a schema.org type (a class or a data type). */
  isType(type: string): boolean;
  /** Whether `type` is `ancestor` or one of its subtypes. */
  isA(type: string, ancestor: string): boolean;
  /** The range of `property` on a node of `type`, or undefined when `type` is outside its domain. */
  range(type: string, property: string): readonly string[] | undefined;
}

/** The data types whose values are literals (strings, numbers, booleans). */
export const DATA_TYPES = ["Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean"];

const names = (node: ts.TypeNode): string[] =>
  ts.isUnionTypeNode(node)
    ? node.types.flatMap(names)
    : ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)
      ? [node.typeName.text]
      : [];

export function loadVocabulary(): Vocabulary {
  const path = createRequire(import.meta.url).resolve("schema-dts/dist/schema.d.ts");
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, false);
  const baseOfType = new Map<string, string>(); // "Claim" → "ClaimBase"
  const parents = new Map<string, string[]>(); // "ClaimBase" → ["CreativeWorkBase"]
  const properties = new Map<string, Map<string, string[]>>(); // "ClaimBase" → appearance → ["CreativeWork"]
  const members = new Map<string, string[]>(); // "CreativeWork" → ["CreativeWorkLeaf", "Article", …]
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const name = statement.name.text;
      const bases = (statement.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(source)));
      if (name.endsWith("Base")) {
        parents.set(
          name,
          bases.filter((b) => b.endsWith("Base")),
        );
        const props = new Map<string, string[]>();
        for (const member of statement.members) {
          if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
          const value = member.type;
          const range = ts.isTypeReferenceNode(value) && value.typeArguments?.[0] ? names(value.typeArguments[0]) : [];
          props.set(
            member.name.text,
            range.filter((r) => r !== "IdReference"),
          );
        }
        properties.set(name, props);
      } else if (name.endsWith("Leaf")) {
        const typeMember = statement.members.find(
          (m) => ts.isPropertySignature(m) && m.name.getText(source) === '"@type"',
        );
        const literal = typeMember && ts.isPropertySignature(typeMember) && typeMember.type;
        if (literal && ts.isLiteralTypeNode(literal) && ts.isStringLiteral(literal.literal) && bases[0]) {
          baseOfType.set(literal.literal.text, bases[0]);
        }
      }
    } else if (ts.isTypeAliasDeclaration(statement) && !statement.typeParameters) {
      members.set(statement.name.text, names(statement.type));
    }
  }
  const isA = (type: string, ancestor: string, seen = new Set<string>()): boolean => {
    if (type === ancestor || type === `${ancestor}Leaf`) return true;
    if (seen.has(ancestor)) return false;
    seen.add(ancestor);
    return (members.get(ancestor) ?? []).some((m) => isA(type, m, seen));
  };
  const propertyRange = (base: string, property: string): string[] | undefined =>
    properties.get(base)?.get(property) ??
    (parents.get(base) ?? []).map((p) => propertyRange(p, property)).find((r) => r !== undefined);
  return {
    isType: (type) => baseOfType.has(type) || DATA_TYPES.includes(type),
    isA,
    range: (type, property) => {
      const base = baseOfType.get(type);
      return base === undefined ? undefined : propertyRange(base, property);
    },
  };
}
