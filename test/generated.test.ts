import { describe, expect, it } from "vitest";
import { compileData, staleFiles } from "../scripts/compile-data.js";
import { repoRoot } from "./support/paths.js";

describe("src/generated", () => {
  it("is what data/ compiles to (run `npm run compile` after editing data/)", () => {
    expect(staleFiles(repoRoot)).toEqual([]);
  });

  it("declares the article with its narrowed type, parsed once from a JSON string", () => {
    const source = compileData(repoRoot)["src/generated/article.ts"]!;
    expect(source).toContain("export const article: Article = deepFreeze(JSON.parse(");
    expect(source).not.toContain("as const");
  });
});
