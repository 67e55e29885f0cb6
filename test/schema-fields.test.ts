import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { resolveSpans } from "../scripts/lib/build-article.js";
import { anchorFormOf } from "../scripts/lib/data-files.js";
import { renderFields, renderIdFields } from "../scripts/lib/render-generated.js";
import { marksOf } from "../src/formats/html-view.js";
import { annotationBoundaries } from "../src/formats/tokenize.js";
import { PredictedClaimSchema, PredictedSpanSchema, PredictionsSchema } from "../src/eval/predictions.js";
import { SPAN_FIELDS } from "../src/generated/fields.js";
import { article } from "../src/index.js";
import { ArticleShapeSchema } from "../src/schema/article.js";
import { ClaimSchema } from "../src/schema/claim.js";
import { type IdFieldTree, idFieldsOf, layersOf, ref, spanFieldsOf } from "../src/schema/fields.js";
import { articleIntegrity } from "../src/schema/integrity.js";
import { spanAs } from "../src/schema/span.js";
import type { ArticleOf } from "../src/types.js";
import { repoRoot } from "./support/paths.js";

// One edit: a claim schema with one more span field and one more reference field.
const ExtendedClaimSchema = ClaimSchema.extend({
  evidence: spanAs("evidence").optional(),
  witness: ref("entity").optional(),
});
const ExtendedShape = ArticleShapeSchema.extend({ claims: z.array(ExtendedClaimSchema) });
const ExtendedArticleSchema = ExtendedShape.superRefine(articleIntegrity(layersOf(ExtendedShape)));
const fields = spanFieldsOf(ExtendedShape);

const sentence = article.sentences[0]!.span;
function extendedArticle(evidence: { start: number; end: number; text: string }, witness: string) {
  const doc = structuredClone(article) as unknown as { claims: Record<string, unknown>[] };
  doc.claims[0] = { ...doc.claims[0], evidence, witness };
  return doc;
}

// Type-checks `source` next to a generated id-field table `table`, in a folder inside the
// repository so that it resolves src/; returns the compiler's messages.
function typecheckWithIdFields(table: string, source: string): string[] {
  mkdirSync(join(repoRoot, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, ".tmp", "id-fields-"));
  try {
    writeFileSync(join(dir, "id-fields.ts"), table);
    writeFileSync(join(dir, "check.ts"), source);
    const program = ts.createProgram([join(dir, "check.ts")], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a span or reference field added to the schema is picked up by every consumer", () => {
  it("the derived span fields list it, and the generated field list would carry it", () => {
    expect(fields).toContainEqual({ collection: "claims", path: ["evidence"], role: "evidence" });
    expect(SPAN_FIELDS).toEqual(spanFieldsOf(ArticleShapeSchema));
    expect(SPAN_FIELDS.some((f) => f.path.includes("evidence"))).toBe(false);
    expect(renderFields(fields)).toContain('"evidence"');
  });

  it("the integrity rules check its offsets against the text and resolve its reference", () => {
    expect(ExtendedArticleSchema.safeParse(extendedArticle({ ...sentence }, "kim-jong-un")).success).toBe(true);
    const bad = ExtendedArticleSchema.safeParse(extendedArticle({ ...sentence, text: "not the text" }, "nobody"));
    const issues = bad.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues).toContainEqual(
      expect.stringMatching(/^claims\.0\.evidence\.text: span text "not the text" does not match/),
    );
    expect(issues).toContain('claims.0.witness: unknown entity id "nobody"');
    const outside = ExtendedArticleSchema.safeParse(
      extendedArticle({ start: 0, end: 99_999, text: "" }, "kim-jong-un"),
    );
    expect(outside.error!.issues.map((i) => i.path.join("."))).toContain("claims.0.evidence.end");
  });

  it("the data/ form of the schema takes an anchor for it, and the compiler resolves it", () => {
    const form = anchorFormOf(ExtendedClaimSchema);
    const { evidence: _e, witness: _w, cue: _c, ...claim } = extendedArticle({ ...sentence }, "kim-jong-un").claims[0]!;
    const anchored = {
      ...claim,
      content: "According to",
      quotes: [],
      evidence: "According to",
      sourceMention: "North Korean state media",
    };
    expect(form.safeParse(anchored).success).toBe(true);
    expect(form.safeParse({ ...anchored, evidence: { start: 0, end: 12, text: "According to" } }).success).toBe(false);
    const seen: string[] = [];
    const resolved = resolveSpans({ evidence: "According to" }, "claims", fields, (field, anchor) => {
      seen.push(field);
      return { anchor };
    });
    expect(seen).toEqual(["evidence"]);
    expect(resolved).toEqual({ evidence: { anchor: "According to" } });
  });

  it("the tokenizer splits at its boundaries and the HTML page marks it", () => {
    const doc = extendedArticle(
      { start: 3, end: 7, text: article.text.slice(3, 7) },
      "kim-jong-un",
    ) as unknown as ArticleOf;
    expect(annotationBoundaries(doc, fields)).toEqual(expect.arrayContaining([3, 7]));
    expect(annotationBoundaries(doc)).not.toContain(3);
    const marks = marksOf(doc, new Set(), fields).filter(
      (m) => m.value.kind === "claim" && m.value.role === "evidence",
    );
    expect(marks.map((m) => [m.start, m.end])).toEqual([[3, 7]]);
  });

  it("the generated id-field table carries its reference, and the narrowed claim type takes it up", () => {
    const tree = idFieldsOf(ExtendedShape);
    const shipped = idFieldsOf(ArticleShapeSchema);
    const claim = (shipped["claims"] as IdFieldTree)["*"] as IdFieldTree;
    expect(tree).toEqual({ ...shipped, claims: { "*": { ...claim, witness: "entity" } } });
    expect(renderIdFields(tree)).toContain('"witness": "entity"');
    // The claim type narrowed with the generated table: the witness must be an entity id of the article.
    const check = `import type { Claim } from "../../src/schema/model.js";
import type { Narrowed, ShippedIds } from "../../src/types.js";
import type { ArticleIdFields } from "./id-fields.js";
type Extended = Narrowed<Claim & { witness?: string }, ArticleIdFields["claims"]["*"], ShippedIds>;
export const known: Extended["witness"] = "kim-jong-un";
// @ts-expect-error not an entity of the article
export const unknown: Extended["witness"] = "nobody";
`;
    expect(typecheckWithIdFields(renderIdFields(tree), check)).toEqual([]);
    // The same check against the shipped table, which lacks the field: the witness is any string.
    expect(typecheckWithIdFields(renderIdFields(idFieldsOf(ArticleShapeSchema)), check)).toEqual([
      "Unused '@ts-expect-error' directive.",
    ]);
  });

  it("the predictions check derives its spans from the predictions schema the same way", () => {
    const extended = PredictionsSchema.extend({
      claims: z.array(PredictedClaimSchema.extend({ evidence: PredictedSpanSchema.optional() })).optional(),
    });
    expect(spanFieldsOf(extended)).toContainEqual({ collection: "claims", path: ["evidence"], role: "evidence" });
    expect(spanFieldsOf(PredictionsSchema).map((f) => `${f.collection}:${f.path.join(".")}`)).toEqual([
      "mentions:",
      "claims:source",
      "claims:cue",
      "claims:content",
      "times:",
    ]);
  });
});
