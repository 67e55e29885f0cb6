/**
 * The ways the built main entry can hold the data, measured side by side for each module format:
 * an object literal, a JSON string parsed once, a lazily frozen object (ES modules: each layer
 * parsed and frozen on first access) or a JSON file beside the code (CommonJS, which `require`
 * reads as Node reads any JSON), deep-frozen at load or each layer on its first read. Each
 * candidate is that format's main entry (src/index.ts, src/main-commonjs.ts) bundled as one file
 * with the generated module in that form, loaded in fresh processes (interleaved) against an
 * empty module and a module that JSON.parses the same data; the ES candidates are also bundled
 * as a consumer's `{ article }`.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { CONSUMER_IMPORTS, PACKAGE_NAME } from "./bench-bundle.js";
import { interleaved, medianTiming, timeLoad, type Timing } from "./bench-process.js";
import { dataFromJsonFile, dataFromJsonString } from "./json-data-plugin.js";
import { QUERY_CHUNK, requiredAtRuntime } from "./runtime-require-plugin.js";

export type ModuleFormat = "esm" | "cjs";

export interface RepresentationCost {
  readonly name: string;
  /** Median CPU milliseconds to load the candidate main entry, timed inside the child, net of an empty module. */
  readonly netLoadMs: number;
  /** The same, then reading every field of the article once (the lazy form pays its parsing here). */
  readonly netLoadAndReadMs: number;
  /** Bytes of the files the candidate loads (its code, and its JSON file if any). */
  readonly loadedBytes: number;
  /** ES modules: bytes of a consumer's minified bundle of `{ article }`. */
  readonly articleBundleBytes?: number;
}

export interface Representations {
  readonly format: ModuleFormat;
  readonly runs: number;
  /** Loading a module of the same format that JSON.parses the same (minified) data, net of an empty one. */
  readonly jsonParseNetMs: number;
  readonly candidates: readonly RepresentationCost[];
}

/**
 * The candidates for `format`, each as the esbuild plugins that put the generated module in that
 * form (the object literal is the module as generated); every form hands out the data
 * deep-frozen. The JSON string and the JSON file are the builds' own plugins.
 */
function candidates(minifiedJson: string, format: ModuleFormat): Record<string, Plugin[]> {
  const data = JSON.parse(minifiedJson) as Record<string, unknown>;
  const parts = Object.fromEntries(Object.keys(data).map((f) => [f, JSON.stringify(data[f])]));
  const lazy = `import { deepFreeze } from "../freeze.js";
const parts = ${JSON.stringify(parts)};
const cache = {};
export const article = Object.freeze(Object.defineProperties({}, Object.fromEntries(Object.keys(parts).map((k) => [k, {
  enumerable: true,
  get: () => (cache[k] ??= deepFreeze(JSON.parse(parts[k]))),
}]))));
`;
  const common = { "object literal": [], "JSON string parsed once": [dataFromJsonString()] };
  return format === "cjs"
    ? {
        ...common,
        "JSON file, required": [dataFromJsonFile({ freezeAtLoad: true, required: true })],
        "JSON file, required, each layer frozen on first read": [dataFromJsonFile({ required: true })],
      }
    : { ...common, "lazily frozen object": [swapGeneratedArticle(lazy)] };
}

// Each format's main entry, as the package builds it: the CommonJS one requires its query code
// on the first call of a helper, which loading and reading `article` never makes.
const ENTRY: Record<ModuleFormat, string> = { esm: "index.ts", cjs: "main-commonjs.ts" };

const swapGeneratedArticle = (contents: string): Plugin => ({
  name: "swap-generated-article",
  setup(b) {
    b.onLoad({ filter: /src[\\/]generated[\\/]article\.ts$/ }, () => ({ contents, loader: "ts" }));
  },
});

const bytesUnder = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? bytesUnder(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

/** Builds every candidate of `format` and measures each `runs` times in fresh processes, interleaved. */
export async function measureRepresentations(
  repoRoot: string,
  minifiedJson: string,
  timers: { esm: string; cjs: string },
  format: ModuleFormat,
  runs: number,
): Promise<Representations> {
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-repr-"));
  const ext = format === "esm" ? "mjs" : "cjs";
  try {
    const file = (name: string, contents: string) => {
      writeFileSync(join(scratch, name), contents);
      return join(scratch, name);
    };
    const jsonFile = file("article.json", minifiedJson);
    const jsonReader =
      format === "esm"
        ? file("read-json.mjs", `import { readFileSync } from "node:fs";\n` + readJson("export const data =", jsonFile))
        : file("read-json.cjs", readJson(`module.exports =`, jsonFile, `require("node:fs").`));
    const built = await Promise.all(
      Object.entries(candidates(minifiedJson, format)).map(async ([name, plugins], i) => {
        const dir = join(scratch, `candidate-${i}`);
        // The main entry bundled into one file for Node 20, as tsup builds it, not minified.
        const entry = join(dir, `index.${ext}`);
        await build({
          entryPoints: [join(repoRoot, "src", ENTRY[format])],
          outfile: entry,
          bundle: true,
          format,
          platform: "node",
          target: "node20",
          plugins: [...plugins, requiredAtRuntime(QUERY_CHUNK)],
          logLevel: "silent",
        });
        const loadedBytes = bytesUnder(dir);
        const reader =
          format === "esm"
            ? file(`read-${i}.mjs`, `import { article } from ${JSON.stringify(entry)};\nJSON.stringify(article);\n`)
            : file(`read-${i}.cjs`, `JSON.stringify(require(${JSON.stringify(entry)}).article);\n`);
        return {
          name,
          entry,
          reader,
          loadedBytes,
          articleBundleBytes: format === "esm" ? await consumerBundleBytes(repoRoot, plugins) : undefined,
        };
      }),
    );
    const targets: Record<string, string> = { empty: file(`empty.${ext}`, ""), jsonReader };
    for (const [i, c] of built.entries()) {
      targets[`load-${i}`] = c.entry;
      targets[`read-${i}`] = c.reader;
    }
    const samples = interleaved(Object.keys(targets), runs, (name) => timeLoad(timers[format], targets[name]!));
    const ms = (name: string) => medianTiming(samples[name] as Timing[]).inProcessMs;
    const emptyMs = ms("empty");
    return {
      format,
      runs,
      jsonParseNetMs: ms("jsonReader") - emptyMs,
      candidates: built.map((c, i) => ({
        name: c.name,
        netLoadMs: ms(`load-${i}`) - emptyMs,
        netLoadAndReadMs: ms(`read-${i}`) - emptyMs,
        loadedBytes: c.loadedBytes,
        ...(c.articleBundleBytes !== undefined && { articleBundleBytes: c.articleBundleBytes }),
      })),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Bytes of a consumer's minified ES bundle of `{ article }` with the generated module swapped by `plugins`. */
async function consumerBundleBytes(repoRoot: string, plugins: Plugin[]): Promise<number | undefined> {
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
  return consumer.outputFiles?.[0]?.contents.byteLength;
}

/** A statement reading and parsing `path`; `fs` is how the module reaches node:fs. */
const readJson = (assignTo: string, path: string, fs = "") =>
  `${assignTo} JSON.parse(${fs}readFileSync(${JSON.stringify(path)}, "utf8"));\n`;
