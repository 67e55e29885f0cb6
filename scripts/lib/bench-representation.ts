/**
 * The two ways src/generated/article.ts can hold the data, measured side by side on the whole
 * main entry: an object literal, or a JSON string parsed once. Each candidate is src/index.ts
 * bundled as tsup builds it, with the generated module swapped for that form (both deep-frozen),
 * then imported in fresh processes, interleaved; and bundled as a consumer's `{ article }`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { CONSUMER_IMPORTS, PACKAGE_NAME } from "./bench-bundle.js";
import { median } from "./bench-stats.js";

export interface RepresentationCost {
  readonly name: string;
  /** Median milliseconds to import the candidate main entry, timed inside the child. */
  readonly importMs: number;
  /** Median milliseconds from spawn to exit. */
  readonly wallMs: number;
  /** Bytes of a consumer's minified bundle of `{ article }`. */
  readonly articleBundleBytes: number;
}

/** The generated module's body in each form; both keep the data deep-frozen. */
export function representationModules(minifiedJson: string): Record<string, string> {
  const head = `import { deepFreeze } from "../freeze.js";\n`;
  return {
    "object literal": `${head}export const article = deepFreeze(${minifiedJson});\n`,
    "JSON string parsed once": `${head}export const article = deepFreeze(JSON.parse(${JSON.stringify(minifiedJson)}));\n`,
  };
}

const swapGeneratedArticle = (contents: string): Plugin => ({
  name: "swap-generated-article",
  setup(b) {
    b.onLoad({ filter: /src[\\/]generated[\\/]article\.ts$/ }, () => ({ contents, loader: "ts" }));
  },
});

function importOnce(file: string): { wallMs: number; inProcessMs: number } {
  const script = `const t0 = performance.now(); import(${JSON.stringify(file)}).then(() => process.stdout.write(String(performance.now() - t0)));`;
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`benchmark child failed: ${child.stderr}`);
  return { wallMs, inProcessMs: Number(child.stdout) };
}

/** Builds both candidates and measures each `runs` times in fresh processes, interleaved. */
export async function measureRepresentations(
  repoRoot: string,
  minifiedJson: string,
  runs: number,
): Promise<RepresentationCost[]> {
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-repr-"));
  try {
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
        return {
          name,
          file,
          articleBundleBytes: consumer.outputFiles?.[0]?.contents.byteLength ?? NaN,
          samples: [] as { wallMs: number; inProcessMs: number }[],
        };
      }),
    );
    for (let round = 0; round < runs; round++) {
      for (let k = 0; k < candidates.length; k++) {
        const candidate = candidates[(round + k) % candidates.length]!;
        candidate.samples.push(importOnce(candidate.file));
      }
    }
    return candidates.map(({ name, articleBundleBytes, samples }) => ({
      name,
      importMs: median(samples.map((s) => s.inProcessMs)),
      wallMs: median(samples.map((s) => s.wallMs)),
      articleBundleBytes,
    }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
