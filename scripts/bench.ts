/**
 * `npm run bench` (builds first): measures bundle size, download size, copies of the data, load
 * time, type-checking, the command line's start, validation, helper and index-building costs,
 * growth with the article's size and scoring on hostile inputs, each against its floor; checks
 * the budgets and writes docs/performance.md. Exits 1 when a check that does not depend on
 * timing fails (what a bundle or the tarball contains, how big it is, a synthetic article being
 * invalid); timing budgets are reported only.
 *
 * `tsx scripts/bench.ts --only growth,cli` runs only those sections (names below, comma-separated;
 * growth also takes `--subjects PREFIX`, the subjects whose name or group starts with it) and
 * prints their budgets and report sections instead of writing docs/performance.md, which only a
 * whole run writes. A whole run keeps its measurements in node_modules/.cache; `--render` writes
 * docs/performance.md again from them (after a change to the report's wording), measuring nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, platform, release, tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { article } from "../src/generated/article.js";
import { type BundleName, budgetsOf, type Measured } from "./lib/bench-budgets.js";
import { LIMITS } from "./lib/bench-limits.js";
import { bundleConsumer, CONSUMER_IMPORTS, forbiddenModules } from "./lib/bench-bundle.js";
import { measureCliTimes, renderCliSection } from "./lib/bench-cli.js";
import { type GrowthOptions, measureGrowth } from "./lib/bench-growth.js";
import { measureLoadTimes } from "./lib/bench-import.js";
import { measurePackSize } from "./lib/bench-pack.js";
import { compileScript, runNode, writeLoadTimers } from "./lib/bench-process.js";
import { type Machine, renderPerformanceDoc, zodLocales } from "./lib/bench-report.js";
import { renderGrowthSection } from "./lib/bench-report-growth.js";
import { renderLoadSection, renderRepresentationSection, renderTscSection } from "./lib/bench-report-load.js";
import { measureRepresentations } from "./lib/bench-representation.js";
import type { RuntimeCosts, RuntimeOptions } from "./lib/bench-runtime.js";
import { measureScoring, renderScoringSection } from "./lib/bench-scoring.js";
import { measureTsc } from "./lib/bench-tsc.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const RUNTIME_CHILD = join(root, "scripts", "lib", "bench-runtime-child.ts");
const LAST_RUN = join(root, "node_modules", ".cache", "kim-shoigu-2023", "bench-last-run.json");

// How many times each thing is measured: enough for stable medians on a 2-core machine.
const LOAD_RUNS = 60;
const RUNTIME_OPTIONS: RuntimeOptions = {
  parseIterations: 300,
  helperCallsPerBatch: 20_000,
  // 1000x goes past the 100x, for information: it is not part of the budget.
  indexScales: [1, 10, 100, 1000],
  indexMentionsPerRound: 100_000,
  indexRounds: 15,
};
const TSC_RUNS = 20;
const GROWTH_SCALES = [1, 10, 100] as const;
// Five processes per scale leave an exponent's interval about ±0.1 wide; a subject whose interval
// holds the budget gets fifteen more, which narrows it about twofold where the verdict needs it.
// Its own work's interval counts as well: it tells whether the function or the collector grows.
const GROWTH_OPTIONS = {
  minMs: 150,
  batches: 3,
  rounds: 5,
  settle: { budget: LIMITS.growthExponent, settleRounds: 15, ownWork: true },
};

const SECTIONS = ["bundles", "pack", "load", "tsc", "cli", "runtime", "growth", "scoring"] as const;
type Section = (typeof SECTIONS)[number];

const BUNDLES: Record<BundleName, [keyof typeof CONSUMER_IMPORTS, "dist" | "src"]> = {
  articleDist: ["article", "dist"],
  articleSrc: ["article", "src"],
  helperDist: ["helperOnly", "dist"],
  helperSrc: ["helperOnly", "src"],
  articleAndHtmlDist: ["articleAndHtml", "dist"],
  articleAndHtmlSrc: ["articleAndHtml", "src"],
  safeParseDist: ["safeParse", "dist"],
  safeParseSrc: ["safeParse", "src"],
  evaluationDist: ["evaluation", "dist"],
};

/** What a whole run keeps for `--render`. */
interface LastRun {
  readonly machine: Machine;
  readonly measured: Required<Measured>;
}

const log = (step: string) => console.error(`bench: ${step}`);

/** Takes the measurements of `sections`. */
async function measure(sections: ReadonlySet<Section>, subjects: string | undefined): Promise<Measured> {
  const minifiedJson = JSON.stringify(article);
  const json = { bytes: Buffer.byteLength(minifiedJson), gzipBytes: gzipSync(minifiedJson).byteLength };
  const m: { -readonly [K in keyof Measured]: Measured[K] } = { json };
  if (sections.has("bundles")) {
    log("bundles");
    const entries = Object.entries(BUNDLES) as [BundleName, (typeof BUNDLES)[BundleName]][];
    const built = await Promise.all(
      entries.map(([, [what, from]]) => bundleConsumer(CONSUMER_IMPORTS[what], root, from)),
    );
    m.bundles = Object.fromEntries(entries.map(([name], i) => [name, built[i]!])) as Measured["bundles"];
  }
  if (sections.has("pack")) {
    log("npm pack");
    m.pack = measurePackSize(root, minifiedJson, readFileSync(join(dist, "article.json"), "utf8"), article.textSha256);
  }
  if (sections.has("load")) {
    const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-"));
    try {
      const timers = writeLoadTimers(scratch);
      log(`load time (${LOAD_RUNS} runs of each variant)`);
      m.load = measureLoadTimes(dist, timers, minifiedJson, article.textSha256, LOAD_RUNS);
      log(`data representations (${LOAD_RUNS} runs of each)`);
      m.representations = {
        esm: await measureRepresentations(root, minifiedJson, timers, "esm", LOAD_RUNS),
        cjs: await measureRepresentations(root, minifiedJson, timers, "cjs", LOAD_RUNS),
      };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  if (sections.has("tsc")) {
    log(`tsc (${TSC_RUNS} runs of each)`);
    m.tsc = measureTsc(root, TSC_RUNS);
  }
  if (sections.has("cli")) {
    log(`command-line start-up (${LOAD_RUNS} runs of each command)`);
    m.cli = measureCliTimes(dist, LOAD_RUNS);
  }
  if (sections.has("runtime")) {
    log("parse, helpers, index building (a process of their own)");
    const scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-runtime-"));
    try {
      const child = compileScript(RUNTIME_CHILD, scratch);
      m.runtime = JSON.parse(runNode([child, JSON.stringify(RUNTIME_OPTIONS)]).stdout) as RuntimeCosts;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  if (sections.has("growth")) {
    log("growth with the size of the article (a process per function and scale)");
    const costs = measureGrowth(article, GROWTH_SCALES, {
      ...GROWTH_OPTIONS,
      recheckAbove: LIMITS.growthExponent,
      beyond: true,
      ...(subjects && { only: subjects }),
    });
    m.growth = { costs, scales: GROWTH_SCALES, options: GROWTH_OPTIONS };
  }
  if (sections.has("scoring")) {
    log("scoring hostile inputs");
    m.scoring = measureScoring(dist);
  }
  return m;
}

/** How a run's growth was measured: runs that kept no options had no second pass to settle a step. */
function growthOptionsOf(growth: NonNullable<Measured["growth"]>): Omit<GrowthOptions, "only"> {
  const { settle: _settle, ...withoutSettling } = GROWTH_OPTIONS;
  return growth.options ?? withoutSettling;
}

/** The report sections of a partial run, for the terminal. */
function partialSections(m: Measured): string[] {
  return [
    m.representations && renderRepresentationSection(m.representations),
    m.load && renderLoadSection(m.load),
    m.tsc && renderTscSection(m.tsc),
    m.cli && renderCliSection(m.cli, LIMITS.cliToBareNode),
    m.growth && renderGrowthSection(m.growth.costs, m.growth.scales, growthOptionsOf(m.growth)),
    m.scoring && renderScoringSection(m.scoring),
  ].filter((s): s is string => typeof s === "string");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: "string" }, subjects: { type: "string" }, render: { type: "boolean" } },
  });
  const only = values.only?.split(",").map((s) => s.trim());
  const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
  if (unknown.length > 0) {
    console.error(`bench: unknown section ${unknown.join(", ")} (sections: ${SECTIONS.join(", ")})`);
    return 2;
  }
  if (!existsSync(join(dist, "index.js")) || !existsSync(join(dist, "article.json"))) {
    console.error("bench: dist/ is missing; run `npm run bench`, which builds first");
    return 1;
  }
  if (values.render && !existsSync(LAST_RUN)) {
    console.error(`bench: --render needs the measurements of a whole run (${relative(root, LAST_RUN)})`);
    return 2;
  }
  const last = values.render ? (JSON.parse(readFileSync(LAST_RUN, "utf8")) as LastRun) : undefined;
  const sections = new Set<Section>((only as Section[] | undefined) ?? SECTIONS);
  const m = last?.measured ?? (await measure(sections, values.subjects));
  const budgets = budgetsOf(m);
  const forbidden = m.bundles
    ? [m.bundles.articleDist, m.bundles.articleSrc, m.bundles.helperDist, m.bundles.helperSrc].flatMap(forbiddenModules)
    : [];

  if (only) for (const section of partialSections(m)) console.log(section);
  else {
    const machine = last?.machine ?? {
      node: process.version,
      cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
      cores: cpus().length,
      platform: `${platform()} ${release()}`,
      date: new Date().toISOString().slice(0, 10),
    };
    const measured = m as Required<Measured>;
    if (!last) {
      mkdirSync(dirname(LAST_RUN), { recursive: true });
      writeFileSync(LAST_RUN, JSON.stringify({ machine, measured } satisfies LastRun));
    }
    const doc = renderPerformanceDoc({
      machine,
      measured,
      budgets,
      forbidden,
      cliLimit: LIMITS.cliToBareNode,
      growthOptions: growthOptionsOf(measured.growth),
    });
    const out = join(root, "docs", "performance.md");
    writeFileSync(out, doc);
    log(`wrote ${relative(process.cwd(), out)}`);
  }
  for (const b of budgets) {
    console.log(`${b.pass ? "pass" : "FAIL"}  ${b.name}: ${b.measured} (limit ${b.limit})`);
    if (b.reason) console.log(`      why: ${b.reason}`);
  }

  // Deterministic checks fail the run; timing budgets are for reading, not gating.
  const deterministic = new Set([
    "bundle of `import { article }`",
    "helper-only bundle (`import { getEntity }`)",
    "bundle of `article` + `toHtml`",
    "bundle of `safeParseArticle` from /schema",
    "copies of the article data in the tarball",
  ]);
  const failures = [
    ...forbidden.map((f) => `bundle pulls in ${f}`),
    ...budgets.filter((b) => deterministic.has(b.name) && !b.pass).map((b) => `${b.name} over budget`),
    ...(m.tsc && m.tsc.zodFiles.length > 0 ? ["the main entry's declarations load zod"] : []),
    ...(m.bundles ? zodLocales(m.bundles).map((l) => `a bundle keeps zod's ${l}`) : []),
  ];
  for (const failure of failures) console.error(`bench: ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
