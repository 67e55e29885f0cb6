/**
 * The budgets of the performance issue, checked against what one benchmark run measured. Each
 * budget not met carries its reason, worked out from the run's own measurements (the cost of
 * the data alone, the command line's own start, the garbage collector's share, …), so that the
 * report says why and not only that. A budget whose measurements were not taken (a partial
 * run) is left out.
 */
import { type ConsumerBundle, forbiddenModules } from "./bench-bundle.js";
import type { CliTime, CliTimes } from "./bench-cli.js";
import type { GrowthCost, GrowthOptions } from "./bench-growth.js";
import { exponentFigure, growthSummary } from "./bench-growth-reasons.js";
import { type FormatLoads, type LoadTimes, netRatio } from "./bench-import.js";
import type { PackSize } from "./bench-pack.js";
import type { Representations } from "./bench-representation.js";
import type { RuntimeCosts } from "./bench-runtime.js";
import type { ScoringCase } from "./bench-scoring.js";
import { fixed, grouped } from "./bench-stats.js";
import type { TscCosts } from "./bench-tsc.js";
import { INTERVAL_NAME, intervalFigure } from "./bench-interval.js";
import { LIMITS } from "./bench-limits.js";

export type BundleName =
  | "articleDist"
  | "articleSrc"
  | "helperDist"
  | "helperSrc"
  | "articleAndHtmlDist"
  | "articleAndHtmlSrc"
  | "safeParseDist"
  | "safeParseSrc"
  | "evaluationDist";

/** Everything a run measures; a partial run (`--only`) fills some of it. */
export interface Measured {
  readonly json: { readonly bytes: number; readonly gzipBytes: number };
  readonly bundles?: Readonly<Record<BundleName, ConsumerBundle>>;
  readonly pack?: PackSize;
  readonly load?: LoadTimes;
  readonly representations?: { readonly esm: Representations; readonly cjs: Representations };
  readonly tsc?: TscCosts;
  readonly cli?: CliTimes;
  readonly runtime?: RuntimeCosts;
  readonly growth?: {
    readonly costs: readonly GrowthCost[];
    readonly scales: readonly number[];
    /** How the growth was measured (absent in runs from before it was kept). */
    readonly options?: Omit<GrowthOptions, "only">;
  };
  readonly scoring?: readonly ScoringCase[];
}

export interface Budget {
  readonly name: string;
  readonly limit: string;
  readonly measured: string;
  readonly pass: boolean;
  /** Why a budget is not met, from this run's measurements; absent when it is met. */
  readonly reason?: string;
}

const bytesVersus = (bytes: number, floor: number) =>
  `${fixed(bytes / floor)}× (${grouped(bytes)} B vs ${grouped(floor)} B)`;
const net = (f: FormatLoads, t: { inProcessMs: number }) => t.inProcessMs - f.empty.inProcessMs;
const netVersus = (f: FormatLoads) =>
  `${fixed(netRatio(f))}× (${fixed(net(f, f.mainEntry), 2)} ms vs ${fixed(net(f, f.jsonParse), 2)} ms); ` +
  `then reading every layer of \`article\`: ${fixed(net(f, f.mainEntryThenRead), 2)} ms`;

/** Why the main entry's load is over budget: the data alone against the floor, and the rest. */
function loadReason(f: FormatLoads): string {
  const [data, floor, frozen] = [net(f, f.data), net(f, f.jsonParse), net(f, f.jsonParseFreeze)];
  return (
    `of its ${fixed(net(f, f.mainEntry), 2)} ms, the data alone (its chunk, as the package loads it) takes ` +
    `${fixed(data, 2)} ms, against the floor's ${fixed(floor, 2)} ms of reading and parsing it; deep-freezing ` +
    `all of it (so that no caller can change what the next one reads) costs ${fixed(frozen - floor, 2)} ms ` +
    `more (the floor module freezing too: ${fixed(frozen, 2)} ms); the rest of the entry, its helpers' ` +
    `code, ${fixed(net(f, f.mainEntry) - data, 2)} ms`
  );
}

/** The source modules that add most to `withHtml` over `alone`, from the bundles' metafiles. */
function largestAdditions(withHtml: ConsumerBundle, count = 4): string {
  return Object.entries(withHtml.bytesByModule)
    .filter(([path]) => !path.startsWith("src/generated/article"))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([path, bytes]) => `${path.replace(/^src\//, "")} ${grouped(bytes)} B`)
    .join(", ");
}

/** Which commands over the budget are over it by more than the run's spread, for the reason. */
function cliSpread(over: readonly CliTime[]): string {
  const described = over.flatMap(({ label, ratioInterval: interval }) =>
    interval
      ? `\`${label.replace("kim-shoigu-2023 ", "")}\`'s ${INTERVAL_NAME}, ${intervalFigure(interval)}×, ${
          interval.low > LIMITS.cliToBareNode ? "is over the budget throughout" : "reaches the budget"
        }`
      : [],
  );
  return described.length > 0 ? `; ${described.join("; ")}` : "";
}

/** Every budget whose measurements this run took. */
export function budgetsOf(m: Measured): Budget[] {
  const budgets: Budget[] = [];
  const add = (b: Omit<Budget, "reason">, reason: () => string) =>
    budgets.push(b.pass ? b : { ...b, reason: reason() });
  // A bundle of `bytes` against a floor of `floor` bytes, at most `limit` times it.
  const bytesBudget = (name: string, limit: number, what: string, bytes: number, floor: number, why: () => string) =>
    add(
      {
        name,
        limit: `≤ ${fixed(limit)}× ${what}`,
        measured: bytesVersus(bytes, floor),
        pass: bytes / floor <= limit,
      },
      why,
    );
  const { bundles, json, pack, load, tsc, cli, runtime, growth } = m;
  if (bundles) {
    const article = Math.max(bundles.articleDist.bytes, bundles.articleSrc.bytes);
    bytesBudget(
      "bundle of `import { article }`",
      LIMITS.bundleToJson,
      "its minified JSON",
      article,
      json.bytes,
      () => `the data's own code in the bundle is ${grouped(article - json.bytes)} B more than its JSON`,
    );
    const forbidden = [bundles.helperDist, bundles.helperSrc].flatMap(forbiddenModules);
    add(
      {
        name: "helper-only bundle (`import { getEntity }`)",
        limit: "no zod, nothing from src/formats or src/eval",
        measured:
          forbidden.length === 0 ? `none of them among its ${bundles.helperSrc.modules.length} modules` : "some",
        pass: forbidden.length === 0,
      },
      () => `the bundle reaches ${forbidden.join(", ")}`,
    );
    bytesBudget(
      "bundle of `article` + `toHtml`",
      LIMITS.htmlBundleToArticle,
      "`article` alone",
      bundles.articleAndHtmlDist.bytes,
      bundles.articleDist.bytes,
      () =>
        `one copy of the data (checked by the copies row and test/build-output.test.ts), but \`toHtml\`'s own ` +
        `code adds ${grouped(bundles.articleAndHtmlDist.bytes - bundles.articleDist.bytes)} B; most of it, by ` +
        `module (bundle from src/): ${largestAdditions(bundles.articleAndHtmlSrc)}; from src/, where the data is ` +
        `the object literal (smaller than dist/'s JSON string), the ratio is ` +
        `${fixed(bundles.articleAndHtmlSrc.bytes / bundles.articleSrc.bytes)}×`,
    );
    bytesBudget(
      "bundle of `safeParseArticle` from /schema",
      LIMITS.schemaBundleToJson,
      "the minified JSON",
      Math.max(bundles.safeParseDist.bytes, bundles.safeParseSrc.bytes),
      json.bytes,
      () => `zod and the schemas: ${largestAdditions(bundles.safeParseSrc)}`,
    );
  }
  if (tsc) {
    const ratio = Math.max(...tsc.costs.map((c) => c.consumerMs / c.trivialMs));
    add(
      {
        name: "`tsc` of a consumer of the main entry",
        limit: `≤ ${fixed(LIMITS.tscToTrivial)}× a trivial consumer, no zod declarations loaded`,
        measured: `${tsc.costs
          .map((c) => `${fixed(c.consumerMs / c.trivialMs)}× (skipLibCheck ${c.skipLibCheck})`)
          .join(", ")}; zod files: ${tsc.zodFiles.length}`,
        pass: ratio <= LIMITS.tscToTrivial && tsc.zodFiles.length === 0,
      },
      () =>
        tsc.zodFiles.length > 0
          ? `the main entry's declarations reach ${tsc.zodFiles.length} zod declaration files`
          : `no zod among the declarations; the same consumer of a minimal typed package (one interface, ` +
            `one constant, one function) measures ${tsc.costs
              .map((c) => `${fixed(c.minimalMs / c.trivialMs)}× (skipLibCheck ${c.skipLibCheck})`)
              .join(", ")}: what checking any import costs tsc`,
    );
  }
  if (load) {
    // The budget is the import's; `require` is held to the same limit, as CommonJS users load it too.
    for (const [what, f] of [
      ["import", load.esm],
      ["require", load.cjs],
    ] as const)
      add(
        {
          name: `in-process \`${what}\` of the main entry, net of an empty module`,
          limit: `≤ ${fixed(LIMITS.netLoadToJsonParse, 1)}× a module of that format reading and JSON.parsing the data, net alike`,
          measured: netVersus(f),
          pass: netRatio(f) <= LIMITS.netLoadToJsonParse,
        },
        () => loadReason(f),
      );
  }
  if (pack)
    add(
      {
        name: "copies of the article data in the tarball",
        limit: `${LIMITS.dataCopies} (one ES chunk, one JSON file for CommonJS, article.json)`,
        measured: `${pack.dataCopies.length}: ${pack.dataCopies.join(", ")}`,
        pass: pack.dataCopies.length <= LIMITS.dataCopies,
      },
      () => `the files above hold the article's textSha256`,
    );
  if (cli) {
    const ratio = (wallMs: number) => wallMs / cli.bareNode.wallMs;
    const worst = Math.max(...cli.commands.map((c) => ratio(c.wallMs)));
    const version = cli.commands.find((c) => c.label.endsWith("--version"));
    add(
      {
        name: "CLI `--version`, `show`, `stats`",
        limit: `≤ ${fixed(LIMITS.cliToBareNode)}× bare node (an empty ES module), each`,
        measured: cli.commands
          .map((c) => {
            const interval = c.ratioInterval ? ` (${INTERVAL_NAME} ${intervalFigure(c.ratioInterval)})` : "";
            return `${c.label.replace("kim-shoigu-2023 ", "")} ${fixed(ratio(c.wallMs))}×${interval}`;
          })
          .join(", "),
        pass: worst <= LIMITS.cliToBareNode,
      },
      () =>
        `\`--version\`, which loads neither the data nor a renderer, already takes ` +
        `${fixed((version?.wallMs ?? NaN) - cli.bareNode.wallMs, 1)} ms over bare node (the command line's own ` +
        `code, argument parsing, writing the output); the slowest command ${fixed(worst)}× in all` +
        cliSpread(cli.commands.filter((c) => ratio(c.wallMs) > LIMITS.cliToBareNode)),
    );
  }
  if (runtime) {
    const [first, hundred] = [runtime.index[0], runtime.index.find((c) => c.copies === 100)];
    add(
      {
        name: "index building grows linearly",
        limit: `per-mention cost 100× / 1× near 1 (≤ ${fixed(LIMITS.indexGrowth, 1)})`,
        measured: fixed(runtime.indexGrowth.from1To100),
        pass: runtime.indexGrowth.from1To100 <= LIMITS.indexGrowth,
      },
      () =>
        `a bare Map of the entities costs ${fixed(
          (hundred?.microsecondsPerEntityMapEntry ?? NaN) / (first?.microsecondsPerEntityMapEntry ?? NaN),
        )}× more per entry at 100× than at 1× as well`,
    );
  }
  if (growth) {
    const budgeted = growth.costs.filter((c) => c.group !== "reference");
    const over = budgeted.filter((c) => c.worst > LIMITS.growthExponent);
    const reference = growth.costs.find((c) => c.group === "reference");
    add(
      {
        name: "exporters, queries, loaders and scorers grow linearly",
        limit: `growth exponent ≤ ${fixed(LIMITS.growthExponent)} between 1×, 10× and 100×`,
        measured:
          over.length === 0
            ? `worst ${fixed(Math.max(...budgeted.map((c) => c.worst)))}`
            : over.map((c) => `${c.name} ${exponentFigure(c.worst)}`).join(", "),
        pass: over.length === 0,
      },
      () => growthSummary(over, growth.scales, reference),
    );
  }
  return budgets;
}
