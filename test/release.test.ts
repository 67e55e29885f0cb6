import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";

// The release flow on a copy of the repository: `changeset version` consumes the pending
// changesets into CHANGELOG.md and bumps the version, and recompiling the data carries the new
// version into the article's schemaVersion.
describe("the release flow", () => {
  const work = mkdtempSync(join(tmpdir(), "kim-shoigu-release-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("turns the pending changesets into CHANGELOG.md, a new version, and a matching schemaVersion", () => {
    for (const entry of ["package.json", ".changeset", "data", "scripts", "src", "tsconfig.json"])
      cpSync(join(repoRoot, entry), join(work, entry), { recursive: true });
    symlinkSync(join(repoRoot, "node_modules"), join(work, "node_modules"), "dir");
    const pending = readdirSync(join(work, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(pending.length).toBeGreaterThan(0);
    const before = JSON.parse(readFileSync(join(work, "package.json"), "utf8")).version as string;

    execFileSync(process.execPath, [join(work, "node_modules", "@changesets", "cli", "bin.js"), "version"], {
      cwd: work,
      stdio: "pipe",
    });
    const after = JSON.parse(readFileSync(join(work, "package.json"), "utf8")).version as string;
    expect(after).not.toBe(before);
    const changelog = readFileSync(join(work, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`## ${after}`);
    for (const file of pending) {
      const body = readFileSync(join(repoRoot, ".changeset", file), "utf8")
        .split("---")
        .at(-1)!
        .trim();
      expect(changelog).toContain(body.split("\n")[0]!);
    }

    execFileSync(process.execPath, [join(work, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/compile-data.ts"], {
      cwd: work,
      stdio: "pipe",
    });
    expect(readFileSync(join(work, "src", "generated", "article.ts"), "utf8")).toContain(`"schemaVersion": "${after}"`);
  }, 120_000);
});
