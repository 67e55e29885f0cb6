/** Renders the benchmark results as docs/performance.md. */
import type { Budget, Measured } from "./bench-budgets.js";
import type { ConsumerBundle } from "./bench-bundle.js";
import { renderCliSection } from "./bench-cli.js";
import type { GrowthOptions } from "./bench-growth.js";
import { renderGrowthSection } from "./bench-report-growth.js";
import { renderLoadSection, renderRepresentationSection, renderTscSection, table } from "./bench-report-load.js";
import { renderScoringSection } from "./bench-scoring.js";
import { fixed, grouped } from "./bench-stats.js";

export interface Machine {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly platform: string;
  readonly date: string;
}

/** A whole run: every measurement, the budgets checked against them, and how the run was set. */
export interface Report {
  readonly machine: Machine;
  readonly measured: Required<Measured>;
  readonly budgets: readonly Budget[];
  /** Modules the main entry's bundles must not reach, found in them. */
  readonly forbidden: readonly string[];
  readonly cliLimit: number;
  readonly growthOptions: Omit<GrowthOptions, "only">;
}

const kb = (bytes: number) => `${grouped(bytes)} B`;
const ratio = (a: number, b: number) => `${fixed(a / b)}×`;
function bundleRows(r: Required<Measured>): string[][] {
  const row = (what: string, b: ConsumerBundle) => [
    what,
    `\`${b.source.trim().replaceAll("\n", " ")}\``,
    kb(b.bytes),
    ratio(b.bytes, r.json.bytes),
    kb(b.gzipBytes),
    ratio(b.gzipBytes, r.json.gzipBytes),
  ];
  return [
    [
      "the data as minified JSON",
      "`JSON.stringify(article)`",
      kb(r.json.bytes),
      "1.00×",
      kb(r.json.gzipBytes),
      "1.00×",
    ],
    row("`article`, from dist/ (as a consumer resolves it)", r.bundles.articleDist),
    row("`article`, from src/", r.bundles.articleSrc),
    row("helper only, from dist/", r.bundles.helperDist),
    row("helper only, from src/", r.bundles.helperSrc),
    row("`article` and `toHtml`, from dist/", r.bundles.articleAndHtmlDist),
    row("`article` and `toHtml`, from src/", r.bundles.articleAndHtmlSrc),
    row("`safeParseArticle` from /schema, from dist/", r.bundles.safeParseDist),
    row("`safeParseArticle` from /schema, from src/", r.bundles.safeParseSrc),
    row("the whole of /eval, from dist/", r.bundles.evaluationDist),
  ];
}

/** docs/performance.md for one benchmark run. */
export function renderPerformanceDoc(report: Report): string {
  const { machine: m, measured: r, forbidden } = report;
  const { pack, growth } = r;
  const { parse, helpers, index, indexGrowth } = r.runtime;
  return `# Performance

Written by \`npm run bench\` (scripts/bench.ts) — do not edit by hand; run it again instead. Every
figure below comes from one run on one machine, measured side by side, so compare the ratios
rather than the absolute numbers. Timings are medians; no test asserts a timing.

Machine: Node ${m.node}, ${m.cpu} (${m.cores} logical cores), ${m.platform}; run ${m.date}.

## Budgets

A budget not met says why in its last column, worked out from this run's own measurements (the
sections below give them in full).

${table(
  ["budget", "limit", "measured", "result", "why not met"],
  report.budgets.map((b) => [b.name, b.limit, b.measured, b.pass ? "pass" : "**FAIL**", b.reason ?? ""]),
)}

${renderRepresentationSection(r.representations)}
## Bundle size

esbuild, bundled and minified, \`platform: "neutral"\`, \`format: "esm"\`; gzip by node:zlib with its
defaults. The helper-only import carries the data too, because the helpers answer questions
about it; what it must not carry is the schema library or the exporters and scorers.

${table(["bundle", "consumer code", "bytes", "vs JSON", "gzip", "gzip vs JSON"], bundleRows(r))}

Modules the main entry must never pull in (zod, src/formats, src/eval), found in either bundle's
esbuild metafile: ${forbidden.length === 0 ? "none" : forbidden.map((f) => `\`${f}\``).join(", ")}.
test/supply-chain.test.ts checks the same on every test run. Modules of zod's message
translations other than English (zod's default) kept in the bundles of \`safeParseArticle\` and of
the whole of /eval: ${zodLocales(r.bundles).join(", ") || "none"} (test/build-output.test.ts checks the same).

## Download size

${table(
  ["what", "bytes", "vs gzipped data JSON"],
  [
    [
      `the packed tarball (\`npm pack\`, ${pack.fileCount} files, ${kb(pack.unpackedBytes)} unpacked)`,
      kb(pack.tarballBytes),
      ratio(pack.tarballBytes, pack.dataJsonGzipBytes),
    ],
    ["gzip of the minified data JSON alone", kb(pack.dataJsonGzipBytes), "1.00×"],
    [
      "gzip of dist/article.json as shipped (indented)",
      kb(pack.shippedJsonGzipBytes),
      ratio(pack.shippedJsonGzipBytes, pack.dataJsonGzipBytes),
    ],
  ],
)}

Copies of the article data in the tarball (files holding its \`textSha256\`): ${pack.dataCopies.length}
(${pack.dataCopies.map((f) => `\`${f}\``).join(", ")}). The entries of each module format, the command line
among the ES ones, import one shared chunk of the data; dist/article.json is for other languages.

${renderLoadSection(r.load)}
${renderTscSection(r.tsc)}
${renderCliSection(r.cli, report.cliLimit)}
## Validation against parsing

This section, the helpers' and index building are measured in one process of their own
(scripts/lib/bench-runtime-child.ts and the code it times compiled into one ES module by esbuild,
as the build compiles the package). Median of ${parse.iterations} iterations on the shipped article.

${table(
  ["operation", "ms", "vs JSON.parse"],
  [
    ["`JSON.parse(json)`", fixed(parse.jsonParseMs, 3), "1.00×"],
    [
      "`parseArticle(value)` (zod and every cross-field rule)",
      fixed(parse.parseArticleMs, 3),
      ratio(parse.parseArticleMs, parse.jsonParseMs),
    ],
  ],
)}

## Helpers on a built index

${table(
  ["helper", "calls per second"],
  helpers.map((h) => [`\`${h.helper}\``, grouped(h.callsPerSecond)]),
)}

## Index building

\`createArticleIndex\` on synthetic articles: the text repeated, each copy's annotations shifted
and their ids suffixed; each one passes \`safeParseArticle\` before it is timed. The scales are
measured in interleaved rounds (median of the rounds). The last column is a reference taken in
the same rounds: building a plain \`Map\` of the entities by id, one of the maps the index holds.

${table(
  ["size", "mentions", "entities", "build ms", "µs per mention", "reference: µs per entry of a Map of the entities"],
  index.map((c) => [
    `${c.copies}×`,
    grouped(c.mentions),
    grouped(c.entities),
    fixed(c.buildMs, 3),
    fixed(c.microsecondsPerMention, 3),
    fixed(c.microsecondsPerEntityMapEntry, 3),
  ]),
)}

Per-mention cost, 100× over 1× (the budget): ${fixed(indexGrowth.from1To100)}; 1000× over 100× (for information):
${fixed(indexGrowth.from100To1000)}. 1.00 is perfectly linear; a quadratic step would show as about 100 and 10. The
index does a constant amount of work per mention, entity and claim, plus one sort of the
mentions (n log n, a small share). What rises with size is the cost of memory: a bare \`Map\` of
the entities costs more per entry as it grows too (reference column) — V8 stores a Map of more
than about 4,000 entries (100× has 4,500 entities) outside its regular heap objects, where each
entry costs several times more — larger data fits the CPU caches less well, and the garbage
collector has a larger live heap to trace while the index is built.

${renderGrowthSection(growth.costs, growth.scales, report.growthOptions)}
## Supply chain

Checked by test/supply-chain.test.ts on every test run: exactly one runtime dependency (zod), no
install, preinstall, postinstall or prepare scripts, a tarball of dist/ files, the guides (docs/*.md)
with the images they show (docs/images, each under 150 KB), \`README.md\`, \`LICENSE\`, \`CHANGELOG.md\`, \`CITATION.cff\` and \`package.json\` only, and the bundle contents above.

Not checked by the suite: \`npm audit\`. The registry's audit endpoint cannot be reached from the
machines this project is built and tested on, so known-vulnerability advisories for zod and the
dev dependencies are not checked automatically; run \`npm audit\` where it can be reached.
${renderScoringSection(r.scoring)}`;
}

/** zod's translation modules (other than English, its default) kept in the bundles that hold zod. */
export const zodLocales = (bundles: Required<Measured>["bundles"]): string[] =>
  [bundles.safeParseDist, bundles.safeParseSrc, bundles.evaluationDist].flatMap((b) =>
    b.keptModules.filter((m) => /node_modules\/zod\/.*locales\//.test(m) && !m.endsWith("/locales/en.js")),
  );
