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
  /** Every module esbuild reached, relative to the repository root, whether or not tree shaking kept code of it. */
  readonly modules: readonly string[];
}

/** Bundles `source` as a consumer in the repository root would, resolving the package from `from`. */
export async function bundleConsumer(source: string, repoRoot: string, from: BundleFrom): Promise<ConsumerBundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: "js", sourcefile: "consumer.js" },
    absWorkingDir: repoRoot,
    alias: from === "src" ? { [PACKAGE_NAME]: "./src/index.ts" } : {},
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
  return {
    source,
    bytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    modules: Object.keys(result.metafile.inputs).filter((path) => path !== "consumer.js"),
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
} as const;
