/**
 * What type-checking a consumer of the main entry costs: `tsc` on a file that imports it
 * against `tsc` on a trivial file, with skipLibCheck on and off, each a fresh process,
 * interleaved. The package resolves through package.json `exports` as a consumer's does (a
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
  /** Median wall milliseconds of `tsc --noEmit` on the trivial consumer. */
  readonly trivialMs: number;
  /** The same on the consumer of the main entry. */
  readonly consumerMs: number;
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

export function measureTsc(repoRoot: string, runs: number): TscCosts {
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-tsc-"));
  try {
    mkdirSync(join(scratch, "node_modules"));
    symlinkSync(repoRoot, join(scratch, "node_modules", PACKAGE_NAME), "dir");
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    writeFileSync(join(scratch, "consumer.ts"), CONSUMER);
    writeFileSync(join(scratch, "trivial.ts"), TRIVIAL);
    const tsc = createRequire(join(repoRoot, "package.json")).resolve("typescript/bin/tsc");
    const configs: Record<string, string> = {};
    for (const file of ["consumer", "trivial"])
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
      runNode([tsc, "-p", configs[name]!], { cwd: scratch }),
    );
    const ms = (name: string) => median(samples[name]!.map((s) => s.wallMs));
    return {
      runs,
      zodFiles,
      costs: [true, false].map((skip) => ({
        skipLibCheck: skip,
        trivialMs: ms(`trivial-${skip}`),
        consumerMs: ms(`consumer-${skip}`),
      })),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
