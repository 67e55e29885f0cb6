/**
 * `npm run bench` (builds first): measures bundle size, download size, copies of the data, load
 * time, type-checking, validation, helper and index-building costs side by side, each against
 * its floor, checks the budgets, and writes docs/performance.md. Exits 1 when a check that does
 * not depend on timing fails (what a bundle or the tarball contains, how big it is, a synthetic
 * article being invalid); timing budgets are reported only.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, platform, release, tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { article } from "../src/generated/article.js";
import { bundleConsumer, CONSUMER_IMPORTS, forbiddenModules } from "./lib/bench-bundle.js";

import { measureCliTimes, worstCliRatio } from "./lib/bench-cli.js";
import { writeLoadTimers } from "./lib/bench-process.js";
import { type FormatLoads, measureLoadTimes, netRatio } from "./lib/bench-import.js";
import { measurePackSize } from "./lib/bench-pack.js";
import { measureGrowth } from "./lib/bench-growth.js";
import { type Budget, renderPerformanceDoc } from "./lib/bench-report.js";
import { measureRepresentations } from "./lib/bench-representation.js";
import { measureScoring, renderScoringSection } from "./lib/bench-scoring.js";
import { growthRatio, measureHelperRates, measureIndexBuilding, measureParseCost } from "./lib/bench-runtime.js";
import { fixed, grouped } from "./lib/bench-stats.js";
import { measureTsc } from "./lib/bench-tsc.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

// How many times each thing is measured: enough for stable medians on a 2-core machine
// within a couple of minutes.
const LOAD_RUNS = 60;
const PARSE_ITERATIONS = 300;
const HELPER_CALLS_PER_BATCH = 20_000;
// 1000x goes past the issue's 100x, for information: it is not part of the budget.
const INDEX_SCALES = [1, 10, 100, 1000] as const;
const INDEX_MENTIONS_PER_ROUND = 100_000;
const INDEX_ROUNDS = 15;
const TSC_RUNS = 10;

// Budgets from the performance issue.
const MAX_BUNDLE_TO_JSON = 1.1;
const MAX_TSC_TO_TRIVIAL = 1.1;
const MAX_NET_IMPORT_TO_JSON_PARSE = 1.5;
const DATA_COPIES = 3;
const MAX_HTML_BUNDLE_TO_ARTICLE = 1.35;
const MAX_SCHEMA_BUNDLE_TO_JSON = 2.0;
const MAX_INDEX_GROWTH = 1.5;
const MAX_CLI_TO_BARE_NODE = 1.15;
const GROWTH_SCALES = [1, 10, 100] as const;
const MAX_GROWTH_EXPONENT = 1.15;

/** How the generated module holds the data, read from the module itself. */
function currentRepresentation(): { name: string; why: string } {
  const source = readFileSync(join(root, "src", "generated", "article.ts"), "utf8");
  return /JSON\.parse\(/.test(source)
    ? { name: "a JSON string parsed once", why: "" }
    : { name: "an object literal", why: REPRESENTATION_WHY };
}

const REPRESENTATION_WHY = [
  "The three forms below were measured side by side; on the whole main entry none imports measurably",
  "faster than the others (the differences are within the run-to-run noise of a shared machine), so the",
  "tie is decided by what else each costs. The object literal gives the smallest bundle (a minified",
  "literal drops the quotes around keys, a JSON string must keep them), keeps the data checked in place",
  "with `as const satisfies Article`, and keeps data changes readable line by line in the generated",
  "module's diff. A lazily frozen object (each layer parsed and frozen on first access) also hands out",
  "accessor properties where callers expect plain data, and the main entry reads most layers at import.",
].join(" ");

/** `1.23× (1,234 B vs 1,000 B)`. */
const bytesVersus = (bytes: number, floor: number) =>
  `${fixed(bytes / floor)}× (${grouped(bytes)} B vs ${grouped(floor)} B)`;

/** The main entry's load net of the empty module against the JSON module's, with both times. */
const netVersus = (f: FormatLoads) =>
  `${fixed(netRatio(f))}× (${fixed(f.mainEntry.inProcessMs - f.empty.inProcessMs, 2)} ms vs ` +
  `${fixed(f.jsonParse.inProcessMs - f.empty.inProcessMs, 2)} ms)`;

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
    articleAndHtmlDist: await bundleConsumer(CONSUMER_IMPORTS.articleAndHtml, root, "dist"),
    safeParseDist: await bundleConsumer(CONSUMER_IMPORTS.safeParse, root, "dist"),
    safeParseSrc: await bundleConsumer(CONSUMER_IMPORTS.safeParse, root, "src"),
  };
  const mainEntryBundles = [bundles.articleDist, bundles.articleSrc, bundles.helperDist, bundles.helperSrc];
  const forbidden = mainEntryBundles.flatMap(forbiddenModules);
  const json = { bytes: Buffer.byteLength(minifiedJson), gzipBytes: gzipSync(minifiedJson).byteLength };

  log("npm pack");
  const pack = measurePackSize(root, minifiedJson, shippedJson, article.textSha256);

  const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-"));
  const timers = writeLoadTimers(scratch);
  log(`load time (${LOAD_RUNS} runs of each variant)`);
  const load = measureLoadTimes(dist, timers, minifiedJson, LOAD_RUNS);
  log(`data representations (${LOAD_RUNS} runs of each)`);
  const representations = await measureRepresentations(root, minifiedJson, timers.esm, LOAD_RUNS);
  rmSync(scratch, { recursive: true, force: true });
  log(`tsc (${TSC_RUNS} runs of each)`);
  const tsc = measureTsc(root, TSC_RUNS);

  log(`command-line start-up (${LOAD_RUNS} runs of each command)`);
  const cli = measureCliTimes(dist, LOAD_RUNS);

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
  const tscRatio = Math.max(...tsc.costs.map((c) => c.consumerMs / c.trivialMs));
  const htmlRatio = bundles.articleAndHtmlDist.bytes / bundles.articleDist.bytes;
  const schemaRatio = Math.max(bundles.safeParseDist.bytes, bundles.safeParseSrc.bytes) / json.bytes;
  const importRatios = { esm: netRatio(load.esm), cjs: netRatio(load.cjs) };
  const budgets: Budget[] = [
    {
      name: "bundle of `import { article }`",
      limit: `≤ ${fixed(MAX_BUNDLE_TO_JSON, 1)}× its minified JSON`,
      measured: bytesVersus(Math.max(bundles.articleDist.bytes, bundles.articleSrc.bytes), json.bytes),
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
      name: "`tsc` of a consumer of the main entry",
      limit: `≤ ${fixed(MAX_TSC_TO_TRIVIAL)}× a trivial consumer, no zod declarations loaded`,
      measured: `${tsc.costs
        .map((c) => `${fixed(c.consumerMs / c.trivialMs)}× (skipLibCheck ${c.skipLibCheck})`)
        .join(", ")}; zod files: ${tsc.zodFiles.length}`,
      pass: tscRatio <= MAX_TSC_TO_TRIVIAL && tsc.zodFiles.length === 0,
    },
    {
      name: "in-process load of the main entry, net of an empty module",
      limit: `≤ ${fixed(MAX_NET_IMPORT_TO_JSON_PARSE, 1)}× a module reading and JSON.parsing the data, net alike`,
      measured: `import ${netVersus(load.esm)}, require ${netVersus(load.cjs)}`,
      pass: Math.max(importRatios.esm, importRatios.cjs) <= MAX_NET_IMPORT_TO_JSON_PARSE,
    },
    {
      name: "copies of the article data in the tarball",
      limit: `${DATA_COPIES} (one ES chunk, one CommonJS chunk, article.json)`,
      measured: `${pack.dataCopies.length}: ${pack.dataCopies.join(", ")}`,
      pass: pack.dataCopies.length === DATA_COPIES,
    },
    {
      name: "bundle of `article` + `toHtml`",
      limit: `≤ ${fixed(MAX_HTML_BUNDLE_TO_ARTICLE)}× \`article\` alone`,
      measured: bytesVersus(bundles.articleAndHtmlDist.bytes, bundles.articleDist.bytes),
      pass: htmlRatio <= MAX_HTML_BUNDLE_TO_ARTICLE,
    },
    {
      name: "bundle of `safeParseArticle` from /schema",
      limit: `≤ ${fixed(MAX_SCHEMA_BUNDLE_TO_JSON, 1)}× the minified JSON`,
      measured: bytesVersus(Math.max(bundles.safeParseDist.bytes, bundles.safeParseSrc.bytes), json.bytes),
      pass: schemaRatio <= MAX_SCHEMA_BUNDLE_TO_JSON,
    },
    {
      name: "CLI `--version`, `show`, `stats`",
      limit: `≤ ${fixed(MAX_CLI_TO_BARE_NODE)}× bare node (an empty ES module), each`,
      measured: cli.commands
        .map((c) => `${c.label.replace("kim-shoigu-2023 ", "")} ${fixed(c.wallMs / cli.bareNode.wallMs)}×`)
        .join(", "),
      pass: worstCliRatio(cli) <= MAX_CLI_TO_BARE_NODE,
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
    json,
    bundles,
    forbidden,
    pack,
    load,
    cli: { times: cli, limit: MAX_CLI_TO_BARE_NODE },
    tsc,
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
  for (const r of representations.candidates)
    console.log(
      `      data as ${r.name}: import ${fixed(r.netImportMs, 2)} ms net ` +
        `(JSON.parse module ${fixed(representations.jsonParseNetMs, 2)} ms), ${grouped(r.articleBundleBytes)} B bundle`,
    );

  // Deterministic checks fail the run; timing budgets are for reading, not gating.
  const deterministicFailures = [
    ...forbidden.map((f) => `bundle pulls in ${f}`),
    ...(budgets[0]!.pass ? [] : ["article bundle over budget"]),
    ...(tsc.zodFiles.length === 0 ? [] : ["the main entry's declarations load zod"]),
    ...(pack.dataCopies.length === DATA_COPIES ? [] : ["copies of the data in the tarball"]),
    ...(htmlRatio <= MAX_HTML_BUNDLE_TO_ARTICLE ? [] : ["article + toHtml bundle over budget"]),
    ...(schemaRatio <= MAX_SCHEMA_BUNDLE_TO_JSON ? [] : ["safeParseArticle bundle over budget"]),
  ];
  for (const failure of deterministicFailures) console.error(`bench: ${failure}`);
  return deterministicFailures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
