import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { type BundleFrom, bundleConsumer, CONSUMER_IMPORTS, forbiddenModules } from "../scripts/lib/bench-bundle.js";
import { repoRoot } from "./support/paths.js";

// What installing the package brings onto a user's machine, and into a user's bundle.
// (`npm audit` is not run here: the registry's audit endpoint cannot be reached from CI.)

interface PackageJson {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bundleDependencies?: unknown;
  bundledDependencies?: unknown;
  scripts?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as PackageJson;

describe("package.json", () => {
  it("has exactly one runtime dependency, zod", () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(["zod"]);
    for (const field of [
      "peerDependencies",
      "optionalDependencies",
      "bundleDependencies",
      "bundledDependencies",
    ] as const) {
      expect(pkg[field], field).toBeUndefined();
    }
  });

  it("runs nothing on install", () => {
    // The scripts npm runs when the package is installed (prepare also for git installs).
    const lifecycle = ["preinstall", "install", "postinstall", "preprepare", "prepare", "postprepare"];
    expect(Object.keys(pkg.scripts ?? {}).filter((name) => lifecycle.includes(name))).toEqual([]);
  });
});

describe("the packed tarball", () => {
  const [report] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  ) as [{ files: { path: string; size: number }[] }];
  const files = report.files.map((f) => f.path);

  it("holds only dist/, the guides in docs/ with their images, README.md, LICENSE, CHANGELOG.md, CITATION.cff and package.json", () => {
    const guide = (path: string) => /^docs\/[a-z-]+\.md$/.test(path) || /^docs\/images\/[a-z-]+\.png$/.test(path);
    const allowed = (path: string) =>
      path.startsWith("dist/") ||
      guide(path) ||
      ["README.md", "LICENSE", "CHANGELOG.md", "CITATION.cff", "package.json"].includes(path);
    expect(files.filter((path) => !allowed(path))).toEqual([]);
  });

  it("holds the entry points, the raw data and the documents a user reads", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "LICENSE",
        "dist/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/cli.js",
        "dist/article.json",
        "dist/schema.json",
      ]),
    );
  });

  // An image is part of the page that shows it; links to the sources (examples/, scripts/) point
  // into the repository, which a package does not hold.
  it("holds every image its Markdown files show, each under 150 KB", () => {
    const shown = files
      .filter((path) => path.endsWith(".md"))
      .flatMap((page) =>
        [...readFileSync(join(repoRoot, page), "utf8").matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)]
          .map(([, target]) => target!)
          .filter((target) => !/^[a-z]+:/.test(target))
          .map((target) => posix.normalize(posix.join(posix.dirname(page), target))),
      );
    expect(shown.length, "the guides show screenshots").toBeGreaterThanOrEqual(2);
    expect(shown.filter((path) => !files.includes(path))).toEqual([]);
    const sizes = report.files.filter((f) => shown.includes(f.path)).map((f) => [f.path, f.size]);
    expect(sizes.filter(([, size]) => Number(size) >= 150_000)).toEqual([]);
  });
});

describe("a consumer's bundle of the main entry (esbuild metafile)", () => {
  // `src`: the package name aliased to src/index.ts, so the metafile names every module reached;
  // `dist`: resolved through package.json `exports` to the built files, as a consumer resolves it.
  const cases: [string, string, BundleFrom][] = [
    ["import { article }", CONSUMER_IMPORTS.article, "src"],
    ["import { article }", CONSUMER_IMPORTS.article, "dist"],
    ["import { getEntity }", CONSUMER_IMPORTS.helperOnly, "src"],
    ["import { getEntity }", CONSUMER_IMPORTS.helperOnly, "dist"],
  ];

  it.each(cases)("of `%s` from %s has no zod and nothing from src/formats or src/eval", async (_name, source, from) => {
    const bundle = await bundleConsumer(source, repoRoot, from);
    expect(bundle.modules.length, "the metafile lists the modules reached").toBeGreaterThan(0);
    expect(forbiddenModules(bundle)).toEqual([]);
  });

  it("from src reaches the generated data and the query helpers: the check above looks at real modules", async () => {
    const bundle = await bundleConsumer(CONSUMER_IMPORTS.helperOnly, repoRoot, "src");
    expect(bundle.modules).toEqual(
      expect.arrayContaining(["src/index.ts", "src/generated/article.ts", "src/query/article-index.ts"]),
    );
  });

  it("the check itself flags zod, the exporters and the scorers when they are imported", async () => {
    const source = ["schema/index.ts", "formats/index.ts", "eval/index.ts"]
      .map((entry) => `export * from "./src/${entry}";`)
      .join("\n");
    const flagged = forbiddenModules(await bundleConsumer(source, repoRoot, "src")).join("\n");
    for (const rule of ["(zod)", "(src/formats)", "(src/eval)"]) expect(flagged).toContain(rule);
  });
});
