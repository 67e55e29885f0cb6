/**
 * Fresh-process load time: the main entry against reading and JSON.parse-ing the same data.
 * Each variant runs in its own `node -e` process, interleaved round by round so that a slow
 * moment of the machine hits every variant alike.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./bench-stats.js";

/** One variant's medians over all its runs. */
export interface LoadTime {
  readonly label: string;
  /** Spawn to exit, as the user waits for it (includes Node's own start-up). */
  readonly wallMs: number;
  /** Inside the child, from the first line of the script to the data being loaded. */
  readonly inProcessMs: number;
}

export interface LoadTimes {
  readonly runs: number;
  readonly mainEntry: LoadTime;
  /** The CommonJS build of the main entry, as `require("kim-shoigu-2023")` loads it. */
  readonly requireMainEntry: LoadTime;
  /** The budget's baseline: a CommonJS `-e` script that reads dist/article.json and JSON.parses it. */
  readonly jsonParse: LoadTime;
  /** The same read and parse from an ES module, so it pays the ESM loader's start-up as the main entry does. */
  readonly jsonParseEsm: LoadTime;
  /** `node -e 0`: Node's start-up alone, the floor under every other figure. */
  readonly emptyNode: LoadTime;
}

// The child times its own work and prints the milliseconds; `body` is an expression whose value
// (or promise) is the loaded data.
const timedScript = (body: string) =>
  `const t0 = performance.now(); Promise.resolve().then(() => ${body}).then(() => process.stdout.write(String(performance.now() - t0)));`;

function runOnce(script: string): { wallMs: number; inProcessMs: number } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`benchmark child failed (${child.status ?? child.signal}): ${child.stderr}`);
  return { wallMs, inProcessMs: Number(child.stdout) };
}

/** Measures every variant `runs` times, interleaved, and returns the medians. */
export function measureLoadTimes(distDir: string, runs: number): LoadTimes {
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-"));
  try {
    const articleJson = JSON.stringify(join(distDir, "article.json"));
    const esmReader = join(scratch, "read-json.mjs");
    writeFileSync(
      esmReader,
      `import { readFileSync } from "node:fs";\nexport const data = JSON.parse(readFileSync(${articleJson}, "utf8"));\n`,
    );
    const variants = {
      mainEntry: {
        label: "import main entry (dist/index.js)",
        script: timedScript(`import(${JSON.stringify(join(distDir, "index.js"))})`),
      },
      requireMainEntry: {
        label: "require main entry (dist/index.cjs)",
        script: timedScript(`require(${JSON.stringify(join(distDir, "index.cjs"))})`),
      },
      jsonParse: {
        label: "read + JSON.parse dist/article.json (CommonJS -e)",
        script: timedScript(`JSON.parse(require("node:fs").readFileSync(${articleJson}, "utf8"))`),
      },
      jsonParseEsm: {
        label: "read + JSON.parse dist/article.json (from an ES module)",
        script: timedScript(`import(${JSON.stringify(esmReader)})`),
      },
      emptyNode: { label: "node -e with nothing to load", script: timedScript("0") },
    };
    const names = Object.keys(variants) as (keyof typeof variants)[];
    const samples = new Map(names.map((name) => [name, [] as { wallMs: number; inProcessMs: number }[]]));
    for (let round = 0; round < runs; round++) {
      // Rotate the order each round so no variant always runs first after a pause.
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length]!;
        samples.get(name)!.push(runOnce(variants[name].script));
      }
    }
    const summarise = (name: keyof typeof variants): LoadTime => ({
      label: variants[name].label,
      wallMs: median(samples.get(name)!.map((s) => s.wallMs)),
      inProcessMs: median(samples.get(name)!.map((s) => s.inProcessMs)),
    });
    return {
      runs,
      mainEntry: summarise("mainEntry"),
      requireMainEntry: summarise("requireMainEntry"),
      jsonParse: summarise("jsonParse"),
      jsonParseEsm: summarise("jsonParseEsm"),
      emptyNode: summarise("emptyNode"),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
