import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "../src/index.js";
import { repoRoot } from "./support/paths.js";

describe("versions", () => {
  it("the article's schemaVersion is the package version", () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(article.schemaVersion).toBe(version);
  });

  it("engines declares Node 20 and later", () => {
    const { engines } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      engines: { node: string };
    };
    expect(engines.node).toBe(">=20");
  });
});
