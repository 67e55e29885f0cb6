import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";

describe("the documentation site", () => {
  it("builds with TypeDoc, every export documented and every link valid (warnings are errors)", () => {
    const out = mkdtempSync(join(tmpdir(), "kim-shoigu-docs-"));
    try {
      const typedoc = join(repoRoot, "node_modules", "typedoc", "bin", "typedoc");
      execFileSync(process.execPath, [typedoc, "--options", "docs/typedoc.json", "--out", out], {
        cwd: repoRoot,
        stdio: "pipe",
      });
      expect(existsSync(join(out, "index.html"))).toBe(true);
      expect(existsSync(join(out, "documents"))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
