/**
 * The CommonJS build's form of the data. src/generated/article.ts holds the article as an object
 * literal, which an ES-module bundler keeps (smallest in a consumer's bundle, checked in place by
 * its type). `require` instead compiles every byte of JavaScript it loads, and V8 parses JSON
 * several times faster than it compiles the same object literal: so this esbuild plugin hands the
 * CommonJS build the generated module with its data moved to a JSON file beside the chunks,
 * which the module `require`s and deep-freezes (docs/performance.md measures the forms). The file
 * is minified and ASCII, non-ASCII characters written as JSON `\u` escapes, so Node reads it as a
 * one-byte string. It is not among the package's exports: only the package's own code loads it,
 * so no caller shares (or mutates before it is frozen) the object the main entry hands out.
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

const DATA_MODULE = `import { deepFreeze } from "../freeze.js";
import type { Article } from "../types.js";
import data from "${DATA_FILE}";

export const article: Article = deepFreeze(data as Article);
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
      const contents = DATA_MODULE.replace(`import data from "${DATA_FILE}";\n`, "").replace(
        "deepFreeze(data as Article)",
        `deepFreeze(JSON.parse(${JSON.stringify(json)}) as Article)`,
      );
      return { contents, loader: "ts" };
    });
  },
});

/**
 * esbuild plugin: src/generated/article.ts loads its data from a JSON file that the build writes
 * (esbuild's `copy` loader, under the build's `assetNames`) and `require`s by its relative path.
 */
export const dataFromJsonFile = (): Plugin => ({
  name: "data-from-json-file",
  setup(build) {
    build.onLoad({ filter: GENERATED_ARTICLE }, () => ({ contents: DATA_MODULE, loader: "ts" }));
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
