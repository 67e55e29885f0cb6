import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TABLE_NAMES, toTables } from "../src/formats/index.js";
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

describe("docs/formats.md", () => {
  const formats = readFileSync(join(repoRoot, "docs", "formats.md"), "utf8");

  it("documents every column of every flat table, in order, with its type and description", () => {
    for (const name of TABLE_NAMES) {
      const section = formats.split(`\n#### \`${name}\`\n`)[1]?.split("\n#")[0] ?? "";
      const documented = [...section.matchAll(/^\| `([a-z_]+)` \| ([^|]+) \| (yes|no) \| (.+) \|$/gm)].map((m) => ({
        name: m[1],
        type: m[2]!.trim() === "JSON array" ? "json" : m[2]!.trim(),
        nullable: m[3] === "yes",
        description: m[4],
      }));
      expect(documented, name).toEqual(toTables()[name].columns.map((c) => ({ ...c })));
    }
  });
});
