/**
 * Loading the main entry against its floors, ES modules against ES modules and CommonJS against
 * CommonJS: an empty module (Node's start-up and its module loader, nothing loaded) and a
 * module that reads and JSON.parses the same data, minified. Every load is a fresh process,
 * interleaved round by round.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deepFreeze } from "../../src/freeze.js";
import { interleaved, medianTiming, type Timing, timeLoad } from "./bench-process.js";

/** One variant's medians over all its runs. */
export interface LoadTime extends Timing {
  readonly label: string;
}

/** The loads of one module format. */
export interface FormatLoads {
  readonly empty: LoadTime;
  readonly jsonParse: LoadTime;
  /** The same module deep-freezing what it parsed, as the package freezes the article. */
  readonly jsonParseFreeze: LoadTime;
  readonly mainEntry: LoadTime;
  /** The main entry, then every layer of its article read once: what the lazily frozen form defers. */
  readonly mainEntryThenRead: LoadTime;
  /** The built chunk that hands out the data, loaded alone: what the data itself costs. */
  readonly data: LoadTime;
}

/**
 * The built chunk of `ext` (`.js` or `.cjs`) that holds the data or requires its JSON file
 * (`chunk-*`: dist/chunks/query.cjs, the CommonJS main entry's query code, requires it too).
 */
export function dataChunk(distDir: string, ext: ".js" | ".cjs", marker: string): string {
  const chunks = join(distDir, "chunks");
  const found = readdirSync(chunks).filter((f) => {
    if (!f.startsWith("chunk-") || !f.endsWith(ext)) return false;
    const code = readFileSync(join(chunks, f), "utf8");
    return code.includes(marker) || /require\('\.\/article-data-[\w-]+\.json'\)/.test(code);
  });
  if (found.length !== 1) throw new Error(`expected one ${ext} chunk of the data in ${chunks}, found ${found.length}`);
  return join(chunks, found[0]!);
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
  marker: string,
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
    // The package's own deepFreeze, as source (tsx has made it plain JavaScript).
    const freeze = `${deepFreeze.toString()}\n`;
    const main = (ext: string) => JSON.stringify(join(distDir, `index${ext}`));
    const readLayers = "for (const layer in article) article[layer];\n";
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
      esmJsonFreeze: {
        label: "the same, deep-freezing what it parsed",
        timer: timers.esm,
        target: file(
          "read-json-freeze.mjs",
          `import { readFileSync } from "node:fs";\n${freeze}` +
            `export const data = deepFreeze(JSON.parse(readFileSync(${path}, "utf8")));\n`,
        ),
      },
      esmMain: {
        label: "`import` of the main entry (dist/index.js)",
        timer: timers.esm,
        target: join(distDir, "index.js"),
      },
      esmMainRead: {
        label: "the same, then reading every layer of `article`",
        timer: timers.esm,
        target: file("import-read.mjs", `import { article } from ${main(".js")};\n${readLayers}`),
      },
      esmData: {
        label: "the data alone: its ES chunk, deep-frozen at load",
        timer: timers.esm,
        target: dataChunk(distDir, ".js", marker),
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
      cjsJsonFreeze: {
        label: "the same, deep-freezing what it parsed",
        timer: timers.cjs,
        target: file(
          "read-json-freeze.cjs",
          `${freeze}module.exports = deepFreeze(JSON.parse(require("node:fs").readFileSync(${path}, "utf8")));\n`,
        ),
      },
      cjsMain: {
        label: "`require` of the main entry (dist/index.cjs)",
        timer: timers.cjs,
        target: join(distDir, "index.cjs"),
      },
      cjsMainRead: {
        label: "the same, then reading every layer of `article` (each deep-frozen on that first read)",
        timer: timers.cjs,
        target: file("require-read.cjs", `const { article } = require(${main(".cjs")});\n${readLayers}`),
      },
      cjsData: {
        label:
          "the data: the CommonJS chunk of the other entries that requires its JSON file, behind the lazily " +
          "frozen view (with the small modules that chunk shares besides)",
        timer: timers.cjs,
        target: dataChunk(distDir, ".cjs", marker),
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
      esm: {
        empty: summary("esmEmpty"),
        jsonParse: summary("esmJson"),
        jsonParseFreeze: summary("esmJsonFreeze"),
        mainEntry: summary("esmMain"),
        mainEntryThenRead: summary("esmMainRead"),
        data: summary("esmData"),
      },
      cjs: {
        empty: summary("cjsEmpty"),
        jsonParse: summary("cjsJson"),
        jsonParseFreeze: summary("cjsJsonFreeze"),
        mainEntry: summary("cjsMain"),
        mainEntryThenRead: summary("cjsMainRead"),
        data: summary("cjsData"),
      },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
