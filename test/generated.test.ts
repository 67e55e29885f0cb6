import { describe, expect, it } from "vitest";
import { compileData, staleFiles } from "../scripts/compile-data.js";
import { repoRoot } from "./support/paths.js";

describe("src/generated", () => {
  it("is what data/ compiles to (run `npm run compile` after editing data/)", () => {
    expect(staleFiles(repoRoot)).toEqual([]);
  });

  it("declares the article with its narrowed type, not as a deep literal type", () => {
    const source = compileData(repoRoot)["src/generated/article.ts"]!;
    expect(source).toContain("export const article: Article = deepFreeze(data);");
    expect(source).toContain("as const satisfies Article;");
  });
});
