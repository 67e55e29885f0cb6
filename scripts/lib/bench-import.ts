/**
 * Loading the main entry against its floors, ES modules against ES modules and CommonJS against
 * CommonJS: an empty module (Node's start-up and its module loader, nothing loaded) and a
 * module that reads and JSON.parses the same data, minified. Every load is a fresh process,
 * interleaved round by round.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { interleaved, medianTiming, type Timing, timeLoad } from "./bench-process.js";

/** One variant's medians over all its runs. */
export interface LoadTime extends Timing {
  readonly label: string;
}

/** The three loads of one module format. */
export interface FormatLoads {
  readonly empty: LoadTime;
  readonly jsonParse: LoadTime;
  readonly mainEntry: LoadTime;
}

export interface LoadTimes {
  readonly runs: number;
  readonly esm: FormatLoads;
  readonly cjs: FormatLoads;
}

/** The main entry's load net of the empty module, over the JSON module's net of the same. */
export const netRatio = (f: FormatLoads): number =>
  (f.mainEntry.inProcessMs - f.empty.inProcessMs) / (f.jsonParse.inProcessMs - f.empty.inProcessMs);

/** Measures every variant `runs` times, interleaved, and returns the medians. */
export function measureLoadTimes(
  distDir: string,
  timers: { esm: string; cjs: string },
  minifiedJson: string,
  runs: number,
): LoadTimes {
  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-load-"));
  try {
    const json = join(scratch, "article.json");
    writeFileSync(json, minifiedJson);
    const file = (name: string, contents: string) => {
      writeFileSync(join(scratch, name), contents);
      return join(scratch, name);
    };
    const path = JSON.stringify(json);
    const variants = {
      esmEmpty: { label: "an empty ES module", timer: timers.esm, target: file("empty.mjs", "") },
      esmJson: {
        label: "an ES module that reads and JSON.parses the data",
        timer: timers.esm,
        target: file(
          "read-json.mjs",
          `import { readFileSync } from "node:fs";\nexport const data = JSON.parse(readFileSync(${path}, "utf8"));\n`,
        ),
      },
      esmMain: {
        label: "`import` of the main entry (dist/index.js)",
        timer: timers.esm,
        target: join(distDir, "index.js"),
      },
      cjsEmpty: { label: "an empty CommonJS module", timer: timers.cjs, target: file("empty.cjs", "") },
      cjsJson: {
        label: "a CommonJS module that reads and JSON.parses the data",
        timer: timers.cjs,
        target: file(
          "read-json.cjs",
          `module.exports = JSON.parse(require("node:fs").readFileSync(${path}, "utf8"));\n`,
        ),
      },
      cjsMain: {
        label: "`require` of the main entry (dist/index.cjs)",
        timer: timers.cjs,
        target: join(distDir, "index.cjs"),
      },
    };
    const names = Object.keys(variants) as (keyof typeof variants)[];
    const samples = interleaved(names, runs, (name) => timeLoad(variants[name].timer, variants[name].target));
    const summary = (name: keyof typeof variants): LoadTime => ({
      label: variants[name].label,
      ...medianTiming(samples[name]),
    });
    return {
      runs,
      esm: { empty: summary("esmEmpty"), jsonParse: summary("esmJson"), mainEntry: summary("esmMain") },
      cjs: { empty: summary("cjsEmpty"), jsonParse: summary("cjsJson"), mainEntry: summary("cjsMain") },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
