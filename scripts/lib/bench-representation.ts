/**
 * The ways src/generated/article.ts can hold the data, measured side by side on the whole main
 * entry: an object literal, a JSON string parsed once, or a lazily frozen object (each layer
 * parsed and frozen on first access). Each candidate is src/index.ts bundled as tsup builds it,
 * with the generated module swapped for that form, imported in fresh processes (ES modules,
 * interleaved) against an empty ES module and an ES module that JSON.parses the same data; and
 * bundled as a consumer's `{ article }`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { CONSUMER_IMPORTS, PACKAGE_NAME } from "./bench-bundle.js";
import { interleaved, medianTiming, timeLoad, type Timing } from "./bench-process.js";

export interface RepresentationCost {
  readonly name: string;
  /** Median milliseconds to import the candidate main entry, timed inside the child, net of an empty ES module. */
  readonly netImportMs: number;
  /** The same, then reading every field of the article once (the lazy form pays its parsing here). */
  readonly netImportAndReadMs: number;
  /** Bytes of a consumer's minified bundle of `{ article }`. */
  readonly articleBundleBytes: number;
}

export interface Representations {
  readonly runs: number;
  /** Importing an ES module that JSON.parses the same (minified) data, net of an empty ES module. */
  readonly jsonParseNetMs: number;
  readonly candidates: readonly RepresentationCost[];
}

/** The generated module's body in each form; every form hands out the data deep-frozen. */
export function representationModules(minifiedJson: string): Record<string, string> {
  const head = `import { deepFreeze } from "../freeze.js";\n`;
  const fields = Object.keys(JSON.parse(minifiedJson) as object);
  const parts = Object.fromEntries(fields.map((f) => [f, JSON.stringify((JSON.parse(minifiedJson) as never)[f])]));
  return {
    "object literal": `${head}export const article = deepFreeze(${minifiedJson});\n`,
    "JSON string parsed once": `${head}export const article = deepFreeze(JSON.parse(${JSON.stringify(minifiedJson)}));`,
    "lazily frozen object": `${head}const parts = ${JSON.stringify(parts)};\nconst cache = {};\n
export const article = Object.freeze(Object.defineProperties({}, Object.fromEntries(Object.keys(parts).map((k) => [k, {
  enumerable: true,
  get: () => (cache[k] ??= deepFreeze(JSON.parse(parts[k]))),
}]))));\n`,
  };
}

const swapGeneratedArticle = (contents: string): Plugin => ({
  name: "swap-generated-article",
  setup(b) {
    b.onLoad({ filter: /src[\\/]generated[\\/]article\.ts$/ }, () => ({ contents, loader: "ts" }));
  },
});

/** Builds every candidate and measures each `runs` times in fresh processes, interleaved. */
export async function measureRepresentations(
  repoRoot: string,
  minifiedJson: string,
  timer: string,
  runs: number,
): Promise<Representations> {
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-repr-"));
  try {
    const empty = join(scratch, "empty.mjs");
    writeFileSync(empty, "");
    const jsonFile = join(scratch, "article.json");
    writeFileSync(jsonFile, minifiedJson);
    const jsonReader = join(scratch, "read-json.mjs");
    writeFileSync(
      jsonReader,
      `import { readFileSync } from "node:fs";\n` +
        `export const data = JSON.parse(readFileSync(${JSON.stringify(jsonFile)}, "utf8"));\n`,
    );
    const candidates = await Promise.all(
      Object.entries(representationModules(minifiedJson)).map(async ([name, module], i) => {
        const file = join(scratch, `index-${i}.mjs`);
        const plugins = [swapGeneratedArticle(module)];
        // The main entry as tsup builds it: bundled, not minified, ESM for Node 20.
        await build({
          entryPoints: [join(repoRoot, "src", "index.ts")],
          outfile: file,
          bundle: true,
          format: "esm",
          platform: "node",
          target: "node20",
          plugins,
          logLevel: "silent",
        });
        const reader = join(scratch, `read-${i}.mjs`);
        writeFileSync(reader, `import { article } from ${JSON.stringify(file)};\nJSON.stringify(article);\n`);
        const consumer = await build({
          stdin: { contents: CONSUMER_IMPORTS.article, resolveDir: repoRoot, loader: "js" },
          absWorkingDir: repoRoot,
          alias: { [PACKAGE_NAME]: "./src/index.ts" },
          bundle: true,
          minify: true,
          platform: "neutral",
          format: "esm",
          write: false,
          plugins,
          logLevel: "silent",
        });
        return { name, file, reader, articleBundleBytes: consumer.outputFiles?.[0]?.contents.byteLength ?? NaN };
      }),
    );
    const targets: Record<string, string> = { empty, jsonReader };
    for (const [i, c] of candidates.entries()) {
      targets[`import-${i}`] = c.file;
      targets[`read-${i}`] = c.reader;
    }
    const samples = interleaved(Object.keys(targets), runs, (name) => timeLoad(timer, targets[name]!));
    const ms = (name: string) => medianTiming(samples[name] as Timing[]).inProcessMs;
    const emptyMs = ms("empty");
    return {
      runs,
      jsonParseNetMs: ms("jsonReader") - emptyMs,
      candidates: candidates.map((c, i) => ({
        name: c.name,
        netImportMs: ms(`import-${i}`) - emptyMs,
        netImportAndReadMs: ms(`read-${i}`) - emptyMs,
        articleBundleBytes: c.articleBundleBytes,
      })),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
