import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { repoRoot } from "./paths.js";

/** The vendored W3C Web Annotation test schemas (see test/fixtures/web-annotation/SOURCE.md). */
export const webAnnotationFixtures = join(repoRoot, "test", "fixtures", "web-annotation");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * What to do with keywords beside a `$ref`: draft-04 ignores them ("ignore"), Ajv 8 applies
 * them ("apply"). The tests run both readings.
 */
export type RefSiblings = "ignore" | "apply";

// The schemas are JSON Schema draft-04, which Ajv 8 no longer reads. Rewrite the draft-04
// idioms they use into draft-07: the root `id` becomes `$id`, the draft-04 `$schema`
// declarations are dropped, a boolean `exclusiveMinimum` becomes a number, and (for the
// faithful reading) keywords beside a `$ref` are dropped as draft-04 ignores them.
function toDraft07(value: Json, refSiblings: RefSiblings, isRoot = true): Json {
  if (Array.isArray(value)) return value.map((v) => toDraft07(v, refSiblings, false));
  if (value === null || typeof value !== "object") return value;
  const out: { [key: string]: Json } = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "$schema") continue;
    if (isRoot && key === "id") out["$id"] = child;
    else
      out[key] =
        key === "properties" || key === "definitions"
          ? mapValues(child, refSiblings)
          : toDraft07(child, refSiblings, false);
  }
  if (out["exclusiveMinimum"] === true && typeof out["minimum"] === "number") {
    out["exclusiveMinimum"] = out["minimum"];
    delete out["minimum"];
  }
  if (refSiblings === "ignore" && !isRoot && typeof out["$ref"] === "string") return { $ref: out["$ref"] };
  return out;
}

// Under `properties` and `definitions` the keys are names, not keywords: keep them, convert the values.
function mapValues(value: Json, refSiblings: RefSiblings): Json {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDraft07(v, refSiblings, false)]));
}

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Json;

/** One assertion of a W3C test: a schema and whether a conforming object must be valid against it. */
export interface Assertion {
  readonly file: string;
  readonly title: string;
  readonly expectValid: boolean;
  readonly validate: ValidateFunction;
}

/** Loads the definitions and compiles the assertions listed by one `*.test` file of the W3C suite. */
export function loadAssertions(testFile: string, refSiblings: RefSiblings = "ignore"): Assertion[] {
  // Unknown keywords are the suite's own metadata (assertionType, expectedResult, …), hence strict: false.
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS; under NodeNext its function is the `default` property.
  addFormats.default(ajv);
  const definitions = join(webAnnotationFixtures, "definitions");
  for (const name of readdirSync(definitions).filter((n) => n.endsWith(".json")))
    ajv.addSchema(toDraft07(readJson(join(definitions, name)), refSiblings) as object);
  const test = readJson(join(webAnnotationFixtures, testFile)) as { assertions: string[] };
  return test.assertions.map((file) => {
    const schema = toDraft07(readJson(join(webAnnotationFixtures, file)), refSiblings) as {
      title?: string;
      expectedResult?: string;
    };
    return {
      file: relative(webAnnotationFixtures, join(webAnnotationFixtures, file)),
      title: schema.title ?? file,
      expectValid: schema.expectedResult !== "invalid",
      validate: ajv.compile(schema),
    };
  });
}

/** The assertions an object fails: those whose result differs from the expected one. */
export function failedAssertions(assertions: readonly Assertion[], value: unknown): string[] {
  return assertions.filter((a) => a.validate(value) !== a.expectValid).map((a) => `${a.file}: ${a.title}`);
}
