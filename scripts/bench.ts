/**
 * `npm run bench` (builds first): measures bundle size, download size, load time, validation,
 * helper and index-building costs side by side, checks the budgets, and writes
 * docs/performance.md. Exits 1 when a check that does not depend on timing fails (what a bundle
 * contains, how big it is, a synthetic article being invalid); timing budgets are reported only.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { article } from "../src/generated/article.js";
import { bundleConsumer, CONSUMER_IMPORTS, forbiddenModules } from "./lib/bench-bundle.js";
import { measureLoadTimes } from "./lib/bench-import.js";
import { measurePackSize } from "./lib/bench-pack.js";
import { measureGrowth } from "./lib/bench-growth.js";
import { type Budget, renderPerformanceDoc } from "./lib/bench-report.js";
import { measureRepresentations } from "./lib/bench-representation.js";
import { measureScoring, renderScoringSection } from "./lib/bench-scoring.js";
import { growthRatio, measureHelperRates, measureIndexBuilding, measureParseCost } from "./lib/bench-runtime.js";
import { fixed, grouped } from "./lib/bench-stats.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

// How many times each thing is measured: enough for stable medians on a 2-core machine
// within a couple of minutes.
const LOAD_RUNS = 60;
const PARSE_ITERATIONS = 300;
const HELPER_CALLS_PER_BATCH = 20_000;
// 1000x goes past the 100x, for information: it is not part of the budget.
const INDEX_SCALES = [1, 10, 100, 1000] as const;
const INDEX_MENTIONS_PER_ROUND = 100_000;
const INDEX_ROUNDS = 15;

// Budgets from the performance issue.
const MAX_BUNDLE_TO_JSON = 1.1;
const MAX_IMPORT_TO_JSON_PARSE = 1.0;
const MAX_INDEX_GROWTH = 1.5;
const GROWTH_SCALES = [1, 10, 100] as const;
const MAX_GROWTH_EXPONENT = 1.15;

/** How the generated module holds the data, read from the module itself. */
function currentRepresentation(): { name: string; why: string } {
  const source = readFileSync(join(root, "src", "generated", "article.ts"), "utf8");
  return /JSON\.parse\(/.test(source)
    ? { name: "a JSON string parsed once", why: REPRESENTATION_WHY.jsonString }
    : { name: "an object literal", why: REPRESENTATION_WHY.objectLiteral };
}

const REPRESENTATION_WHY = {
  jsonString:
    "V8 parses a JSON string with its JSON parser, simpler than the JavaScript parser an object literal needs; the data is deep-frozen once after parsing.",
  objectLiteral:
    "A JSON string parsed once was measured as the alternative and not adopted. The main entry does import slower than a JSON.parse process (see the load-time section), but a JSON string does not close that gap: on the whole main entry it imports no faster (when this was decided, on Node 20, 22 and 24 on the benchmark machine: 23.6 vs 21.0 ms, 19.9 vs 17.4 ms and 21.0 vs 21.0 ms in process, string vs literal), and its bundle is about 7% larger, because a minified object literal drops the quotes around keys while a string must keep them. The gap is the ES-module loader and the entry's own code, not the form of the data. The literal keeps the data checked in place with `as const satisfies Article`, and data changes readable line by line in the generated module's diff.",
};

function log(step: string): void {
  console.error(`bench: ${step}`);
}

async function main(): Promise<number> {
  if (!existsSync(join(dist, "index.js")) || !existsSync(join(dist, "article.json"))) {
    console.error("bench: dist/ is missing; run `npm run bench`, which builds first");
    return 1;
  }
  const minifiedJson = JSON.stringify(article);
  const shippedJson = readFileSync(join(dist, "article.json"), "utf8");

  log("bundles");
  const bundles = {
    articleDist: await bundleConsumer(CONSUMER_IMPORTS.article, root, "dist"),
    articleSrc: await bundleConsumer(CONSUMER_IMPORTS.article, root, "src"),
    helperDist: await bundleConsumer(CONSUMER_IMPORTS.helperOnly, root, "dist"),
    helperSrc: await bundleConsumer(CONSUMER_IMPORTS.helperOnly, root, "src"),
  };
  const forbidden = Object.values(bundles).flatMap(forbiddenModules);
  const json = { bytes: Buffer.byteLength(minifiedJson), gzipBytes: gzipSync(minifiedJson).byteLength };

  log("npm pack");
  const pack = measurePackSize(root, minifiedJson, shippedJson);

  log(`load time (${LOAD_RUNS} runs of each variant)`);
  const load = measureLoadTimes(dist, LOAD_RUNS);
  log(`data representations (${LOAD_RUNS} runs of each)`);
  const representations = await measureRepresentations(root, minifiedJson, LOAD_RUNS);

  log("parse, helpers, index building");
  const parse = measureParseCost(article, PARSE_ITERATIONS);
  const helpers = measureHelperRates(article, HELPER_CALLS_PER_BATCH);
  const index = measureIndexBuilding(article, INDEX_SCALES, INDEX_MENTIONS_PER_ROUND, INDEX_ROUNDS);
  const indexGrowth = { from1To100: growthRatio(index, 1, 100), from100To1000: growthRatio(index, 100, 1000) };
  log("growth exponents of the exporters and offset queries");
  const growthCosts = measureGrowth(article, GROWTH_SCALES, { minMs: 200, minRuns: 5 });
  const overGrowth = growthCosts.filter((c) => c.worst > MAX_GROWTH_EXPONENT);

  const articleBundleRatio = Math.max(bundles.articleDist.bytes, bundles.articleSrc.bytes) / json.bytes;
  const helperForbidden = [bundles.helperDist, bundles.helperSrc].flatMap(forbiddenModules);
  const importRatio = load.mainEntry.wallMs / load.jsonParse.wallMs;
  const requireRatio = load.requireMainEntry.wallMs / load.jsonParse.wallMs;
  const budgets: Budget[] = [
    {
      name: "bundle of `import { article }`",
      limit: `≤ ${fixed(MAX_BUNDLE_TO_JSON, 1)}× its minified JSON`,
      measured: `${fixed(articleBundleRatio)}× (${grouped(Math.max(bundles.articleDist.bytes, bundles.articleSrc.bytes))} B vs ${grouped(json.bytes)} B)`,
      pass: articleBundleRatio <= MAX_BUNDLE_TO_JSON,
    },
    {
      name: "helper-only bundle (`import { getEntity }`)",
      limit: "no zod, nothing from src/formats or src/eval",
      measured:
        helperForbidden.length === 0
          ? `none of them among its ${bundles.helperSrc.modules.length} modules`
          : helperForbidden.join(", "),
      pass: helperForbidden.length === 0,
    },
    {
      name: "fresh-process import of the main entry",
      limit: `≤ ${fixed(MAX_IMPORT_TO_JSON_PARSE, 1)}× a process that reads and JSON.parses dist/article.json`,
      measured: `${fixed(importRatio)}× (${fixed(load.mainEntry.wallMs, 1)} ms vs ${fixed(load.jsonParse.wallMs, 1)} ms)`,
      pass: importRatio <= MAX_IMPORT_TO_JSON_PARSE,
    },
    {
      name: "fresh-process require of the main entry (CommonJS, like for like)",
      limit: `≤ ${fixed(MAX_IMPORT_TO_JSON_PARSE, 1)}× a process that reads and JSON.parses dist/article.json`,
      measured: `${fixed(requireRatio)}× (${fixed(load.requireMainEntry.wallMs, 1)} ms vs ${fixed(load.jsonParse.wallMs, 1)} ms)`,
      pass: requireRatio <= MAX_IMPORT_TO_JSON_PARSE,
    },
    {
      name: "index building grows linearly",
      limit: `per-mention cost 100× / 1× near 1 (≤ ${fixed(MAX_INDEX_GROWTH, 1)})`,
      measured: fixed(indexGrowth.from1To100),
      pass: indexGrowth.from1To100 <= MAX_INDEX_GROWTH,
    },
    {
      name: "exporters, tokenization, nesting and offset queries grow linearly",
      limit: `growth exponent ≤ ${fixed(MAX_GROWTH_EXPONENT)} between 1×, 10× and 100×`,
      measured:
        overGrowth.length === 0
          ? `worst ${fixed(Math.max(...growthCosts.map((c) => c.worst)))}`
          : overGrowth.map((c) => `${c.name} ${fixed(c.worst)}`).join(", "),
      pass: overGrowth.length === 0,
    },
  ];

  const machine = {
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: cpus().length,
    platform: `${platform()} ${release()}`,
    date: new Date().toISOString().slice(0, 10),
  };
  const doc = renderPerformanceDoc({
    machine,
    representation: currentRepresentation(),
    representations,
    representationRuns: LOAD_RUNS,
    json,
    bundles,
    forbidden,
    pack,
    load,
    parse,
    helpers,
    index,
    indexGrowth,
    growth: { costs: growthCosts, scales: GROWTH_SCALES, limit: MAX_GROWTH_EXPONENT },
    budgets,
  });
  log("scoring hostile inputs");
  const scoring = measureScoring(dist);
  const out = join(root, "docs", "performance.md");
  writeFileSync(out, doc + renderScoringSection(scoring));
  log(`wrote ${relative(process.cwd(), out)}`);
  for (const b of budgets) console.log(`${b.pass ? "pass" : "FAIL"}  ${b.name}: ${b.measured} (limit ${b.limit})`);
  for (const r of representations)
    console.log(
      `      data as ${r.name}: import ${fixed(r.importMs, 2)} ms in process, ${grouped(r.articleBundleBytes)} B { article } bundle`,
    );

  // Deterministic checks fail the run; timing budgets are for reading, not gating.
  const deterministicFailures = [
    ...forbidden.map((f) => `bundle pulls in ${f}`),
    ...(budgets[0]!.pass ? [] : ["article bundle over budget"]),
  ];
  for (const failure of deterministicFailures) console.error(`bench: ${failure}`);
  return deterministicFailures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
