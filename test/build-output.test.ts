import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { createContext, runInContext } from "node:vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleConsumer, CONSUMER_IMPORTS, occurrences, PACKAGE_NAME } from "../scripts/lib/bench-bundle.js";
import { lazilyFrozen } from "../src/freeze.js";
import { article } from "../src/generated/article.js";
import { repoRoot } from "./support/paths.js";

// What the build makes of the sources: one copy of the data per module format, main-entry
// declarations free of zod, and consumer bundles that hold the data once and no zod locales.

const dist = join(repoRoot, "dist");
// Found once in every copy of the data and in no exported rendering (dist/files) of it.
const marker = article.textSha256;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

beforeAll(() => {
  if (!existsSync(join(dist, "index.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does)");
});

describe("copies of the article data in dist/", () => {
  it("are three: one shared ES chunk, one JSON file the CommonJS entries require, article.json", () => {
    const copies = filesUnder(dist)
      .filter((f) => /\.(js|cjs|json)$/.test(f) && readFileSync(f, "utf8").includes(marker))
      .map((f) => relative(dist, f))
      .sort();
    expect(copies).toHaveLength(3);
    expect(copies).toEqual(
      expect.arrayContaining([
        "article.json",
        expect.stringMatching(/^chunks\/article-data-[\w-]+\.json$/),
        expect.stringMatching(/^chunks\/chunk-[\w-]+\.js$/),
      ]),
    );
    for (const copy of copies) expect(occurrences(readFileSync(join(dist, copy), "utf8"), marker)).toBe(1);
  });
});

describe("the CommonJS entries", () => {
  const require = createRequire(join(dist, "index.cjs"));
  const all = ["./index.cjs", "./schema.cjs", "./formats.cjs", "./eval.cjs"].map((entry) => require(entry));
  const dataModules = Object.keys(require.cache).filter((path) =>
    /[\\/]chunks[\\/]article-data-[\w-]+\.json$/.test(path),
  );
  const deepFrozen = (value: unknown): boolean =>
    value === null || typeof value !== "object" || (Object.isFrozen(value) && Object.values(value).every(deepFrozen));

  it("load one data file, of which the main entry's article is the one lazily frozen view, deep-frozen once read", () => {
    expect(all.every((exports) => typeof exports === "object")).toBe(true);
    expect(dataModules).toHaveLength(1);
    const { article: required } = all[0] as { article: object };
    const data = require.cache[dataModules[0]!]!.exports as object;
    // The view every CommonJS file hands out (lazilyFrozen keeps it on the data it views).
    expect(lazilyFrozen(data)).toBe(required);
    expect(deepFrozen(required)).toBe(true);
  });

  it("has the ES entry's exports, the entry itself frozen", async () => {
    const imported = (await import(join(dist, "index.js"))) as Record<string, unknown>;
    const required = all[0] as Record<string, unknown>;
    expect(Object.keys(required).sort()).toEqual(Object.keys(imported).sort());
    for (const [name, value] of Object.entries(imported)) {
      if (typeof value === "function") expect(typeof required[name], name).toBe("function");
      else expect(required[name], name).toStrictEqual(value);
    }
    expect(Object.isFrozen(required)).toBe(true);
  });

  it("hand out the same data as the ES entries and the sources", async () => {
    const { article: imported } = (await import(join(dist, "index.js"))) as { article: unknown };
    expect((all[0] as { article: unknown }).article).toStrictEqual(imported);
    expect(imported).toStrictEqual(article);
  });

  it("read the data file as ASCII, so Node reads it as a one-byte string", () => {
    expect(readFileSync(dataModules[0]!, "latin1")).not.toMatch(/[^\t\n\r -~]/);
  });
});

describe("the CommonJS main entry, required in a fresh process", () => {
  // What it has loaded and frozen after `require`, after reading one layer, after one helper call.
  const probe = `
    const { relative } = require("node:path");
    const main = require(${JSON.stringify(join(dist, "index.cjs"))});
    const files = () => Object.keys(require.cache).map((p) => relative(${JSON.stringify(dist)}, p)).sort();
    const data = require.cache[Object.keys(require.cache).find((p) => p.endsWith(".json"))].exports;
    const frozen = () => Object.keys(data).filter((k) => typeof data[k] === "object" && Object.isFrozen(data[k]));
    const steps = { load: { files: files(), frozen: frozen() } };
    main.article.entities[0].name;
    steps.read = { files: files(), frozen: frozen() };
    steps.helper = { answer: main.getEntity("kcna").name, files: files() };
    console.log(JSON.stringify(steps));`;
  const steps = JSON.parse(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" })) as {
    load: { files: string[]; frozen: string[] };
    read: { files: string[]; frozen: string[] };
    helper: { answer: string; files: string[] };
  };
  const dataFile = expect.stringMatching(/^chunks\/article-data-[\w-]+\.json$/);

  it("opens only itself and the data, and freezes nothing, until asked", () => {
    expect(steps.load.files).toEqual([dataFile, "index.cjs"]);
    expect(steps.load.frozen).toEqual([]);
  });

  it("deep-freezes a layer when it is first read, and only that layer", () => {
    expect(steps.read.frozen).toEqual(["entities"]);
    expect(steps.read.files).toEqual(steps.load.files);
  });

  it("requires its query code on the first call of a helper", () => {
    expect(steps.helper.answer).toBe("Korean Central News Agency");
    expect(steps.helper.files).toEqual([...steps.load.files, "chunks/query.cjs"].sort());
  });

  it("bundles for a browser: its lazy `require` of the query code is one a bundler follows", async () => {
    const consumer = `const { article, getEntity } = require("${PACKAGE_NAME}");
globalThis.answer = [getEntity("kcna").name, article.paragraphs.length];`;
    const result = await build({
      stdin: { contents: consumer, resolveDir: repoRoot, loader: "js" },
      absWorkingDir: repoRoot,
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(Object.keys(result.metafile.inputs)).toEqual(
      expect.arrayContaining(["dist/index.cjs", "dist/chunks/query.cjs"]),
    );
    // A context without `require`: the bundle must hold everything it calls.
    const context = createContext({}) as { answer?: unknown };
    runInContext(new TextDecoder().decode(result.outputFiles[0]!.contents), context);
    expect(context.answer).toEqual(["Korean Central News Agency", article.paragraphs.length]);
  });
});

/** Every module specifier reachable from a declaration file through its relative imports. */
function declarationImports(entry: string): Set<string> {
  const specifiers = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)) {
      const specifier = m[1]!;
      specifiers.add(specifier);
      if (!specifier.startsWith(".")) continue;
      // `./x.js` in a .d.ts names ./x.d.ts; `./x.cjs` in a .d.cts names ./x.d.cts.
      visit(join(dirname(file), specifier.replace(/\.js$/, ".d.ts").replace(/\.cjs$/, ".d.cts")));
    }
  };
  visit(entry);
  return specifiers;
}

describe("the main entry's declarations", () => {
  it.each(["index.d.ts", "index.d.cts"])("%s reaches no zod module", (entry) => {
    const specifiers = [...declarationImports(join(dist, entry))];
    expect(specifiers.length, "the walk follows the shared declaration chunks").toBeGreaterThan(0);
    expect(specifiers.filter((s) => s === "zod" || s.startsWith("zod/"))).toEqual([]);
  });

  it("while /schema's do, so the walk above can find zod", () => {
    expect([...declarationImports(join(dist, "schema.d.ts"))]).toContain("zod");
  });
});

describe("consumer bundles (esbuild, from dist/ as a consumer resolves the package)", () => {
  it("of `article` and `toHtml` hold the data once: toHtml's default is the main entry's article", async () => {
    const bundle = await bundleConsumer(CONSUMER_IMPORTS.articleAndHtml, repoRoot, "dist");
    expect(bundle.code).toContain("toHtml");
    expect(occurrences(bundle.code, marker)).toBe(1);
  });

  it("count a second copy when there is one (article.json beside the article)", async () => {
    const source = `${CONSUMER_IMPORTS.article}\nexport { default as raw } from "${PACKAGE_NAME}/article.json";`;
    expect(occurrences((await bundleConsumer(source, repoRoot, "dist")).code, marker)).toBe(2);
  });

  // Modules esbuild reaches are listed even when tree shaking drops them: only kept code counts.
  // English is zod's default messages, which every import style keeps.
  const locales = (modules: readonly string[]) =>
    modules.filter((m) => /node_modules\/zod\/.*locales\//.test(m) && !m.endsWith("/locales/en.js"));

  it.each([
    ["`safeParseArticle` from /schema", CONSUMER_IMPORTS.safeParse],
    ["the whole of /eval", CONSUMER_IMPORTS.evaluation],
  ])("of %s pull in no zod locale but English", async (_name, source) => {
    for (const from of ["dist", "src"] as const) {
      const bundle = await bundleConsumer(source, repoRoot, from);
      expect(bundle.keptModules.some((m) => m.includes("node_modules/zod/"))).toBe(true);
      expect(locales(bundle.keptModules)).toEqual([]);
    }
  });

  it("while `import { z }` would pull them in, so the check above can fail", async () => {
    const bundle = await bundleConsumer(`import { z } from "zod";\nexport const s = z.string();`, repoRoot, "src");
    expect(locales(bundle.keptModules).length).toBeGreaterThan(0);
  });
});
