/**
 * The CommonJS build's form of the data. src/generated/article.ts holds the article as an object
 * literal, which an ES-module bundler keeps (smallest in a consumer's bundle, checked in place by
 * its type). `require` instead compiles every byte of JavaScript it loads, and V8 parses JSON
 * several times faster than it compiles the same object literal: so this esbuild plugin hands the
 * CommonJS build the generated module with its data moved to a JSON file beside the chunks,
 * which the module `require`s and hands out behind a view that deep-freezes each layer on its
 * first read (docs/performance.md measures the forms). The file is minified and ASCII, non-ASCII
 * characters written as JSON `\u` escapes, so Node reads it as a one-byte string. It is not among
 * the package's exports: only the package's own code loads it, and it hands out only the view,
 * so no caller holds (or mutates before it is frozen) the parsed object itself.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";

const GENERATED_ARTICLE = /[\\/]src[\\/]generated[\\/]article\.ts$/;
const LITERAL = /\nconst data = (\{[\s\S]*\}) as const satisfies Article;\n/;
const DATA_FILE = "kim-shoigu-2023:article-data.json";
const NAMESPACE = "article-data";

/** `json` with every character outside ASCII written as a `\uXXXX` escape (valid inside JSON strings). */
export const asciiJson = (json: string): string =>
  json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The data of the generated module's source as minified ASCII JSON. */
export function dataJson(generatedSource: string, file = "src/generated/article.ts"): string {
  const literal = LITERAL.exec(generatedSource)?.[1];
  if (literal === undefined) throw new Error(`${file}: no \`const data = {…} as const satisfies Article;\` to move`);
  return asciiJson(JSON.stringify(JSON.parse(literal)));
}

// The CommonJS data module: the parsed file behind a lazily frozen view (src/freeze.ts), which
// every CommonJS file that requires the data shares; or, for the benchmark's comparison, the
// parsed file itself, deep-frozen at load. An `import` of the file, for builds that tsup
// tree-shakes through an ES build (there a `require` would become a shim bundlers cannot follow);
// a `require`, for builds esbuild writes as CommonJS itself, where an `import` would copy the
// parsed object's fields into an ES namespace at every load.
const cjsDataModule = (
  freeze: "lazilyFrozen" | "deepFreeze",
  read: "import" | "require",
) => `import { ${freeze} } from "../freeze.js";
import type { Article } from "../types.js";
${read === "import" ? `import data from "${DATA_FILE}";` : `const data: unknown = require("${DATA_FILE}");`}

export const article: Article = ${freeze}(data as Article);
`;

// The ES data module: the one ES chunk that holds the data is the only module that parses it.
const esDataModule = (json: string) => `import { deepFreeze } from "../freeze.js";
import type { Article } from "../types.js";

export const article: Article = deepFreeze(JSON.parse(${JSON.stringify(json)}) as Article);
`;

/**
 * esbuild plugin for the ES build: src/generated/article.ts holds its data as `JSON.parse` of one
 * ASCII string, which works wherever the module does (bundlers, browsers) and compiles faster than
 * the literal.
 */
export const dataFromJsonString = (): Plugin => ({
  name: "data-from-json-string",
  setup(build) {
    build.onLoad({ filter: GENERATED_ARTICLE }, (args) => {
      const json = dataJson(readFileSync(args.path, "utf8"), args.path);
      return { contents: esDataModule(json), loader: "ts" };
    });
  },
});

/** How the CommonJS data module reads and freezes its file. */
export interface JsonFileOptions {
  /** Deep-freeze the whole article at load rather than each layer on first read (the benchmark's comparison). */
  readonly freezeAtLoad?: boolean;
  /** `require` the file: for builds esbuild writes as CommonJS itself, without tsup's tree shaking. */
  readonly required?: boolean;
}

/**
 * esbuild plugin: src/generated/article.ts loads its data from a JSON file that the build writes
 * (esbuild's `copy` loader, under the build's `assetNames`) and `require`s by its relative path.
 */
export const dataFromJsonFile = ({ freezeAtLoad = false, required = false }: JsonFileOptions = {}): Plugin => ({
  name: "data-from-json-file",
  setup(build) {
    const contents = cjsDataModule(freezeAtLoad ? "deepFreeze" : "lazilyFrozen", required ? "require" : "import");
    build.onLoad({ filter: GENERATED_ARTICLE }, () => ({ contents, loader: "ts" }));
    build.onResolve({ filter: new RegExp(`^${DATA_FILE}$`) }, (args) => ({
      path: "article-data.json",
      namespace: NAMESPACE,
      pluginData: args.importer,
    }));
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
      const generated = args.pluginData as string;
      return { contents: dataJson(readFileSync(generated, "utf8"), generated), loader: "copy" };
    });
  },
});
