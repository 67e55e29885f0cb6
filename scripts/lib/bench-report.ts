/** Renders the benchmark results as docs/performance.md. */
import type { ConsumerBundle } from "./bench-bundle.js";
import { type GrowthCost, renderGrowthSection } from "./bench-growth.js";
import type { LoadTime, LoadTimes } from "./bench-import.js";
import type { PackSize } from "./bench-pack.js";
import type { RepresentationCost } from "./bench-representation.js";
import type { HelperRate, IndexBuildCost, ParseCost } from "./bench-runtime.js";
import { fixed, grouped } from "./bench-stats.js";

export interface Machine {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly platform: string;
  readonly date: string;
}

export interface Budget {
  readonly name: string;
  readonly limit: string;
  readonly measured: string;
  readonly pass: boolean;
}

export interface BenchResults {
  readonly machine: Machine;
  /** How src/generated/article.ts holds the data, and why. */
  readonly representation: { readonly name: string; readonly why: string };
  /** Both representations measured side by side in this run. */
  readonly representations: readonly RepresentationCost[];
  readonly representationRuns: number;
  readonly json: { readonly bytes: number; readonly gzipBytes: number };
  readonly bundles: Readonly<Record<"articleDist" | "articleSrc" | "helperDist" | "helperSrc", ConsumerBundle>>;
  readonly forbidden: readonly string[];
  readonly pack: PackSize;
  readonly load: LoadTimes;
  readonly parse: ParseCost;
  readonly helpers: readonly HelperRate[];
  readonly index: readonly IndexBuildCost[];
  readonly indexGrowth: { readonly from1To100: number; readonly from100To1000: number };
  readonly growth: {
    readonly costs: readonly GrowthCost[];
    readonly scales: readonly number[];
    readonly limit: number;
  };
  readonly budgets: readonly Budget[];
}

const kb = (bytes: number) => `${grouped(bytes)} B`;
const ratio = (a: number, b: number) => `${fixed(a / b)}×`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

function bundleRows(r: BenchResults): string[][] {
  const row = (what: string, b: ConsumerBundle) => [
    what,
    `\`${b.source}\``,
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
  ];
}

function loadRows(load: LoadTimes): string[][] {
  const row = (t: LoadTime) => [
    t.label,
    fixed(t.wallMs, 1),
    ratio(t.wallMs, load.jsonParse.wallMs),
    fixed(t.inProcessMs, 2),
    fixed(t.inProcessMs - load.emptyNode.inProcessMs, 2),
  ];
  return [
    row(load.mainEntry),
    row(load.requireMainEntry),
    row(load.jsonParse),
    row(load.jsonParseEsm),
    row(load.emptyNode),
  ];
}

/** docs/performance.md for one benchmark run. */
export function renderPerformanceDoc(r: BenchResults): string {
  const { machine: m, load, parse, pack } = r;
  return `# Performance

Written by \`npm run bench\` (scripts/bench.ts) — do not edit by hand; run it again instead. Every
figure below comes from one run on one machine, measured side by side, so compare the ratios
rather than the absolute numbers. Timings are medians; no test asserts a timing.

Machine: Node ${m.node}, ${m.cpu} (${m.cores} logical cores), ${m.platform}; run ${m.date}.

## Budgets

${table(
  ["budget", "limit", "measured", "result"],
  r.budgets.map((b) => [b.name, b.limit, b.measured, b.pass ? "pass" : "**FAIL**"]),
)}

## How the data is held

src/generated/article.ts holds the article as **${r.representation.name}**. ${r.representation.why}

Both ways measured in this run on the whole main entry: src/index.ts bundled as tsup builds it
with the generated module in each form (both deep-frozen), imported in fresh processes
(${r.representationRuns} runs each, interleaved), and a consumer's minified bundle of \`{ article }\`.

${table(
  ["main entry with the data as", "import ms (in process)", "wall ms", "`{ article }` bundle bytes"],
  r.representations.map((c) => [c.name, fixed(c.importMs, 2), fixed(c.wallMs, 1), kb(c.articleBundleBytes)]),
)}

## Bundle size

esbuild, bundled and minified, \`platform: "neutral"\`, \`format: "esm"\`; gzip by node:zlib with its
defaults. The helper-only import carries the data too, because the helpers answer questions
about it; what it must not carry is the schema library or the exporters and scorers.

${table(["bundle", "consumer code", "bytes", "vs JSON", "gzip", "gzip vs JSON"], bundleRows(r))}

Modules the main entry must never pull in (zod, src/formats, src/eval), found in either bundle's
esbuild metafile: ${r.forbidden.length === 0 ? "none" : r.forbidden.map((f) => `\`${f}\``).join(", ")}.
test/supply-chain.test.ts checks the same on every test run.

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

The tarball holds the data more than once on purpose: in the ESM and the CommonJS entry, as
dist/article.json for other languages, and the CLI; plus declarations and the JSON Schema.

## Load time in a fresh process

Each variant is its own \`node -e\` process, ${load.runs} runs each, interleaved round by round.
*Wall* is spawn to exit as a user waits for it; *in process* is timed by the child itself from its
first line to the data being loaded, which removes most of Node's start-up noise. The budget
compares wall medians with the CommonJS read-and-parse script.

${table(["variant", "wall ms", "wall vs JSON.parse", "in process ms", "in process minus empty node"], loadRows(load))}

Where the main entry's time goes (in process, medians): the ES-module loader itself, which any
\`import()\` pays and a CommonJS \`-e\` script does not, is about ${fixed(load.jsonParseEsm.inProcessMs - load.jsonParse.inProcessMs, 1)} ms (the ES-module
read-and-parse row minus the CommonJS one); the main entry then takes ${fixed(load.mainEntry.inProcessMs - load.jsonParseEsm.inProcessMs, 1)} ms more than reading
and parsing the JSON from an ES module: compiling the entry's code, building the data, freezing
it and building the shipped index.

## Validation against parsing

Median of ${parse.iterations} iterations on the shipped article.

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
  r.helpers.map((h) => [`\`${h.helper}\``, grouped(h.callsPerSecond)]),
)}

## Index building

\`createArticleIndex\` on synthetic articles: the text repeated, each copy's annotations shifted
and their ids suffixed; each one passes \`safeParseArticle\` before it is timed. The scales are
measured in interleaved rounds (median of the rounds). The last column is a reference taken in
the same rounds: building a plain \`Map\` of the entities by id, one of the maps the index holds.

${table(
  ["size", "mentions", "entities", "build ms", "µs per mention", "reference: µs per entry of a Map of the entities"],
  r.index.map((c) => [
    `${c.copies}×`,
    grouped(c.mentions),
    grouped(c.entities),
    fixed(c.buildMs, 3),
    fixed(c.microsecondsPerMention, 3),
    fixed(c.microsecondsPerEntityMapEntry, 3),
  ]),
)}

Per-mention cost, 100× over 1× (the budget): ${fixed(r.indexGrowth.from1To100)}; 1000× over 100× (for information):
${fixed(r.indexGrowth.from100To1000)}. 1.00 is perfectly linear; a quadratic step would show as about 100 and 10. The
index does a constant amount of work per mention, entity and claim, plus one sort of the
mentions (n log n, a small share). What rises with size is the cost of memory: a bare \`Map\` of
the entities costs more per entry as it grows too (reference column) — V8 stores a Map of more
than about 4,000 entries (100× has 4,500 entities) outside its regular heap objects, where each
entry costs several times more — larger data fits the CPU caches less well, and the garbage
collector has a larger live heap to trace while the index is built.

${renderGrowthSection(r.growth.costs, r.growth.scales, r.growth.limit)}
## Supply chain

Checked by test/supply-chain.test.ts on every test run: exactly one runtime dependency (zod), no
install, preinstall, postinstall or prepare scripts, a tarball of dist/ files, README.md, LICENSE,
CHANGELOG.md and package.json only, and the bundle contents above.

Not checked by the suite: \`npm audit\`. The registry's audit endpoint cannot be reached from the
machines this project is built and tested on, so known-vulnerability advisories for zod and the
dev dependencies are not checked automatically; run \`npm audit\` where it can be reached.
`;
}
