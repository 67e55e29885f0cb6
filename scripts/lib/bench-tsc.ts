/**
 * What type-checking a consumer of the main entry costs: `tsc` on a file that imports it
 * against `tsc` on a trivial file (and, for reference, the same consumer of a minimal typed
 * package), with skipLibCheck on and off, each a fresh process,
 * interleaved, timed by the CPU time the process used (which a busy machine disturbs far less
 * than wall time). The package resolves through package.json `exports` as a consumer's does (a
 * link to the repository, whose `exports` point into dist/).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_NAME } from "./bench-bundle.js";
import { interleaved, runNode } from "./bench-process.js";
import { median } from "./bench-stats.js";

export interface TscCost {
  readonly skipLibCheck: boolean;
  /** Median CPU milliseconds (user and system) of the `tsc --noEmit` process on the trivial consumer. */
  readonly trivialMs: number;
  /** The same on the consumer of the main entry. */
  readonly consumerMs: number;
  /**
   * The same consumer of a minimal typed package (one interface, one constant, one function): what
   * checking any import costs tsc beyond a file that imports nothing.
   */
  readonly minimalMs: number;
}

export interface TscCosts {
  readonly runs: number;
  readonly costs: readonly TscCost[];
  /** Declaration files of zod the consumer's program loads (none when the main entry is zod-free). */
  readonly zodFiles: readonly string[];
}

const CONSUMER = `import { article, getEntity, type Article } from "${PACKAGE_NAME}";
const doc: Article = article;
export const name: string | undefined = getEntity("kcna")?.name ?? doc.id;
`;
const TRIVIAL = `export const name: string = "kcna";\n`;
const MINIMAL_PACKAGE = "minimal-typed-package";
const MINIMAL_DECLARATIONS = `export interface Article { readonly id: string; readonly text: string }
export declare const article: Article;
export declare function getEntity(id: "kcna" | "kim-jong-un"): { readonly name: string } | undefined;
`;

// Preloaded into each tsc process: its CPU time, written as the last line of stderr at exit.
const CPU_REPORTER = `process.on("exit", () => {
  const c = process.cpuUsage();
  process.stderr.write("\\ncpu-ms " + (c.user + c.system) / 1000 + "\\n");
});
`;
const cpuMsOf = (stderr: string): number => {
  const ms = Number(/cpu-ms (\S+)\n$/.exec(stderr)?.[1]);
  if (!Number.isFinite(ms)) throw new Error(`tsc printed no CPU time: ${stderr.slice(-200)}`);
  return ms;
};

export function measureTsc(repoRoot: string, runs: number): TscCosts {
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-tsc-"));
  try {
    mkdirSync(join(scratch, "node_modules"));
    symlinkSync(repoRoot, join(scratch, "node_modules", PACKAGE_NAME), "dir");
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    writeFileSync(join(scratch, "consumer.ts"), CONSUMER);
    writeFileSync(join(scratch, "trivial.ts"), TRIVIAL);
    writeFileSync(join(scratch, "minimal.ts"), CONSUMER.replace(PACKAGE_NAME, MINIMAL_PACKAGE));
    const minimal = join(scratch, "node_modules", MINIMAL_PACKAGE);
    mkdirSync(minimal);
    writeFileSync(join(minimal, "index.d.ts"), MINIMAL_DECLARATIONS);
    writeFileSync(
      join(minimal, "package.json"),
      JSON.stringify({ name: MINIMAL_PACKAGE, type: "module", exports: { ".": { types: "./index.d.ts" } } }),
    );
    const reporter = join(scratch, "cpu-reporter.cjs");
    writeFileSync(reporter, CPU_REPORTER);
    const tsc = createRequire(join(repoRoot, "package.json")).resolve("typescript/bin/tsc");
    const configs: Record<string, string> = {};
    for (const file of ["consumer", "trivial", "minimal"])
      for (const skip of [true, false]) {
        const name = `${file}-${skip}`;
        const compilerOptions = { strict: true, module: "NodeNext", target: "ES2022", noEmit: true, types: [] };
        writeFileSync(
          join(scratch, `${name}.json`),
          JSON.stringify({ compilerOptions: { ...compilerOptions, skipLibCheck: skip }, files: [`${file}.ts`] }),
        );
        configs[name] = join(scratch, `${name}.json`);
      }
    const listed = runNode([tsc, "-p", configs["consumer-true"]!, "--listFilesOnly"], { cwd: scratch }).stdout;
    const zodFiles = listed.split("\n").filter((f) => /[\\/]node_modules[\\/]zod[\\/]/.test(f));
    const samples = interleaved(Object.keys(configs), runs, (name) =>
      cpuMsOf(runNode(["--require", reporter, tsc, "-p", configs[name]!], { cwd: scratch }).stderr),
    );
    const ms = (name: string) => median(samples[name]!);
    return {
      runs,
      zodFiles,
      costs: [true, false].map((skip) => ({
        skipLibCheck: skip,
        trivialMs: ms(`trivial-${skip}`),
        consumerMs: ms(`consumer-${skip}`),
        minimalMs: ms(`minimal-${skip}`),
      })),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
