/**
 * What a consumer's bundler makes of an import from this package: esbuild, bundled and
 * minified, platform neutral, ESM. Shared by the benchmark and by test/supply-chain.test.ts.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The package name a consumer imports. */
export const PACKAGE_NAME = "kim-shoigu-2023";

/**
 * Where the package name resolves: `dist` through package.json `exports` as a consumer
 * resolves it (the built files), `src` to src/index.ts, so the metafile names every module.
 */
export type BundleFrom = "dist" | "src";

/** One consumer bundle. */
export interface ConsumerBundle {
  /** The consumer's code, e.g. `export { article } from "kim-shoigu-2023";`. */
  readonly source: string;
  /** Bytes of the minified bundle. */
  readonly bytes: number;
  /** Bytes of the minified bundle after gzip (node:zlib defaults). */
  readonly gzipBytes: number;
  /** The minified code itself. */
  readonly code: string;
  /** Every module esbuild reached, relative to the repository root, whether or not tree shaking kept code of it. */
  readonly modules: readonly string[];
  /** The modules tree shaking kept code of. */
  readonly keptModules: readonly string[];
  /** Bytes each kept module contributes to the bundle, by path. */
  readonly bytesByModule: Readonly<Record<string, number>>;
}

// The package's entries in src/, for bundles whose metafile should name every source module.
const SRC_ALIASES = {
  [PACKAGE_NAME]: "./src/index.ts",
  [`${PACKAGE_NAME}/schema`]: "./src/schema/index.ts",
  [`${PACKAGE_NAME}/formats`]: "./src/formats/index.ts",
  [`${PACKAGE_NAME}/eval`]: "./src/eval/index.ts",
};

/** Bundles `source` as a consumer in the repository root would, resolving the package from `from`. */
export async function bundleConsumer(source: string, repoRoot: string, from: BundleFrom): Promise<ConsumerBundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: "js", sourcefile: "consumer.js" },
    absWorkingDir: repoRoot,
    alias: from === "src" ? SRC_ALIASES : {},
    bundle: true,
    minify: true,
    platform: "neutral",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles?.[0]?.contents;
  if (!code || !result.metafile) throw new Error("esbuild returned no bundle or no metafile");
  const bytesByModule: Record<string, number> = {};
  for (const output of Object.values(result.metafile.outputs))
    for (const [path, input] of Object.entries(output.inputs))
      if (input.bytesInOutput > 0) bytesByModule[path] = (bytesByModule[path] ?? 0) + input.bytesInOutput;
  return {
    source,
    bytes: code.byteLength,
    code: new TextDecoder().decode(code),
    gzipBytes: gzipSync(code).byteLength,
    modules: Object.keys(result.metafile.inputs).filter((path) => path !== "consumer.js"),
    keptModules: Object.keys(bytesByModule),
    bytesByModule,
  };
}

// What the main entry must never pull in: the schema library, and the exporters and scorers
// that only /formats, /eval and the CLI need.
const FORBIDDEN_MODULES: readonly { what: string; pattern: RegExp }[] = [
  { what: "zod", pattern: /(^|\/)node_modules\/zod\// },
  { what: "src/formats", pattern: /^src\/formats\// },
  { what: "src/eval", pattern: /^src\/eval\// },
];

/** The modules of a bundle that the main entry must not pull in, each with the rule it breaks. */
export function forbiddenModules(bundle: ConsumerBundle): string[] {
  return bundle.modules.flatMap((path) =>
    FORBIDDEN_MODULES.filter((rule) => rule.pattern.test(path)).map((rule) => `${path} (${rule.what})`),
  );
}

/** The consumer imports whose bundles the budgets are about. */
export const CONSUMER_IMPORTS = {
  article: `export { article } from "${PACKAGE_NAME}";`,
  helperOnly: `export { getEntity } from "${PACKAGE_NAME}";`,
  articleAndHtml: `export { article } from "${PACKAGE_NAME}";\nexport { toHtml } from "${PACKAGE_NAME}/formats";`,
  safeParse: `export { safeParseArticle } from "${PACKAGE_NAME}/schema";`,
  evaluation: `export * from "${PACKAGE_NAME}/eval";`,
} as const;

/** How many times `marker` (a string found once in each copy of the data) occurs in a bundle. */
export const occurrences = (code: string, marker: string): number => code.split(marker).length - 1;
