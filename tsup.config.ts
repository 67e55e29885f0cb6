import { mkdirSync, writeFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { dataFromJsonFile, dataFromJsonString } from "./scripts/lib/json-data-plugin.js";
import { QUERY_CHUNK, requiredAtRuntime } from "./scripts/lib/runtime-require-plugin.js";

// Which source modules each ES chunk holds, for the test of what each CLI command loads
// (esbuild names the sources in a chunk only when it holds more than one). Kept out of dist.
const METAFILE = "node_modules/.cache/kim-shoigu-2023/metafile-esm.json";

// The library entries, each with its own declarations (.d.ts for ESM, .d.cts for CJS).
const LIBRARY = {
  index: "src/index.ts",
  schema: "src/schema/index.ts",
  formats: "src/formats/index.ts",
  eval: "src/eval/index.ts",
};

const common: Options = {
  dts: { entry: LIBRARY },
  sourcemap: false,
  target: "node20",
  treeshake: true,
  // One copy of the data and of every shared module: the entries import shared chunks, so a
  // bundle of the main entry and /formats holds one article, and `toHtml()`'s default is the
  // very `article` the main entry exports.
  splitting: true,
};

// CommonJS: `require` compiles every byte of JavaScript it loads, so the data is a JSON file
// beside the chunks (see scripts/lib/json-data-plugin.ts), which every CommonJS entry requires:
// Node's module cache hands them all the one object, and they all hand out one view of it. The
// main entry (src/main-commonjs.ts) is built on its own, without chunks, so that
// `require("kim-shoigu-2023")` opens two files (itself and the data) rather than four: each
// further module costs a cold process a good part of what parsing the data does. Its query code
// is a file of its own (dist/chunks/query.cjs), required on the first call of a helper.
const cjsOptions: Options["esbuildOptions"] = (options) => {
  options.chunkNames = "chunks/[name]-[hash]";
  options.assetNames = "chunks/[name]-[hash]";
};

export default defineConfig([
  {
    ...common,
    // The command line is built with the ES entries so that it shares their chunks (the data
    // among them) and loads each command's modules on demand.
    entry: { ...LIBRARY, cli: "src/cli.ts" },
    format: ["esm"],
    clean: true,
    esbuildOptions(options) {
      options.chunkNames = "chunks/[name]-[hash]";
      options.metafile = true;
    },
    esbuildPlugins: [
      dataFromJsonString(),
      {
        name: "write-metafile",
        setup(build) {
          build.onEnd((result) => {
            if (!result.metafile) return;
            mkdirSync(METAFILE.slice(0, METAFILE.lastIndexOf("/")), { recursive: true });
            writeFileSync(METAFILE, JSON.stringify(result.metafile));
          });
        },
      },
    ],
    plugins: [
      {
        // The shebang, and the executable mode, belong to the command line only.
        name: "cli-shebang",
        renderChunk(code, chunk) {
          if (chunk.type !== "chunk" || !chunk.path.endsWith("/cli.js")) return undefined;
          chunk.mode = 0o755;
          return { code: `#!/usr/bin/env node\n${code}` };
        },
      },
    ],
  },
  {
    ...common,
    // Writes the .d.cts of every library entry, the main entry's among them.
    dts: { entry: LIBRARY },
    entry: { schema: LIBRARY.schema, formats: LIBRARY.formats, eval: LIBRARY.eval },
    format: ["cjs"],
    esbuildOptions: cjsOptions,
    esbuildPlugins: [dataFromJsonFile()],
  },
  {
    ...common,
    // Declarations: the build above writes every entry's .d.cts, the main entry's from src/index.ts.
    dts: false,
    entry: { index: "src/main-commonjs.ts", "chunks/query": "src/query/commonjs-chunk.ts" },
    format: ["cjs"],
    splitting: false,
    // esbuild's own tree shaking: tsup's (rollup over an ES build) would turn the lazy `require` of
    // the query code into a shim that bundlers cannot follow.
    treeshake: false,
    esbuildOptions(options, context) {
      cjsOptions?.(options, context);
      // src/main-commonjs.ts is written with `import`s and sets `module.exports` itself.
      options.logOverride = { "commonjs-variable-in-esm": "silent" };
    },
    esbuildPlugins: [dataFromJsonFile({ required: true }), requiredAtRuntime(QUERY_CHUNK)],
  },
]);
