import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { articleJsonSchema, safeParseArticle } from "../src/schema/index.js";
import { goldAsPredictions } from "../src/eval/gold.js";
import { predictionsJsonSchema } from "../src/eval/predictions.js";
import { repoRoot } from "./support/paths.js";

// The JSON Schema is generated from the zod schemas; here an independent validator (ajv, draft
// 2020-12) checks the shipped data against it and rejects broken copies.
const schema = articleJsonSchema();
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const copy = () => JSON.parse(JSON.stringify(article)) as Record<string, any>;
const errorsOf = (data: unknown) =>
  validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);

describe("the JSON Schema (kim-shoigu-2023/schema.json)", () => {
  it("is draft 2020-12 and is what the package ships", () => {
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    const shipped = join(repoRoot, "dist", "schema.json");
    expect(existsSync(shipped), "npm test builds dist/ before the tests").toBe(true);
    expect(JSON.parse(readFileSync(shipped, "utf8"))).toEqual(schema);
    expect(JSON.parse(readFileSync(join(repoRoot, "dist", "article.json"), "utf8"))).toEqual(copy());
  });

  it("accepts the shipped article", () => {
    expect(errorsOf(copy())).toEqual([]);
  });

  it("rejects broken copies, naming the field", () => {
    const wrongEnum = copy();
    wrongEnum.claims[0].factuality = "likely";
    expect(errorsOf(wrongEnum)).toContainEqual(
      expect.stringMatching(/^\/claims\/0\/factuality must be equal to one of the allowed values$/),
    );

    const missing = copy();
    delete missing.textSha256;
    expect(errorsOf(missing)).toContainEqual(" must have required property 'textSha256'");

    const extra = copy();
    extra.mentions[0].confidence = 0.9;
    expect(errorsOf(extra)).toContainEqual("/mentions/0 must NOT have additional properties");

    const wrongType = copy();
    wrongType.mentions[0].span.start = "58";
    expect(errorsOf(wrongType)).toContainEqual("/mentions/0/span/start must be integer");

    const badId = copy();
    badId.entities[0].id = "Kim Jong Un";
    expect(errorsOf(badId)).toContainEqual(expect.stringMatching(/^\/entities\/0\/id must match pattern/));
  });

  it("leaves the cross-field rules to parseArticle: a shifted offset passes the JSON Schema, not zod", () => {
    const shifted = copy();
    shifted.mentions[0].span.start += 1;
    expect(errorsOf(shifted)).toEqual([]);
    expect(safeParseArticle(shifted).success).toBe(false);
  });
});

describe("the predictions JSON Schema (kim-shoigu-2023/predictions.schema.json)", () => {
  const validatePredictions = ajv.compile(predictionsJsonSchema());

  it("is shipped and accepts the second annotation and the gold annotation as predictions", () => {
    expect(JSON.parse(readFileSync(join(repoRoot, "dist", "predictions.schema.json"), "utf8"))).toEqual(
      predictionsJsonSchema(),
    );
    const second = JSON.parse(readFileSync(join(repoRoot, "data", "agreement", "second-annotation.json"), "utf8"));
    expect(validatePredictions(second), JSON.stringify(validatePredictions.errors)).toBe(true);
    expect(validatePredictions(JSON.parse(JSON.stringify(goldAsPredictions(article))))).toBe(true);
  });

  it("rejects unknown labels and keys", () => {
    expect(validatePredictions({ mentions: [{ start: 0, end: 3, type: "planet" }] })).toBe(false);
    expect(validatePredictions({ claims: [{ content: { start: 0, end: 3 }, factuality: "likely" }] })).toBe(false);
    expect(validatePredictions({ entities: [] })).toBe(false);
  });
});
