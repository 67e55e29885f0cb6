/** The sections of docs/performance.md on loading: the data's form, import and require, tsc. */
import { type FormatLoads, type LoadTime, type LoadTimes, netRatio } from "./bench-import.js";
import type { Representations } from "./bench-representation.js";
import { fixed, grouped } from "./bench-stats.js";
import type { TscCosts } from "./bench-tsc.js";

export const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

const ratio = (a: number, b: number) => `${fixed(a / b)}×`;

const fastest = (r: Representations) => [...r.candidates].sort((a, b) => a.netLoadMs - b.netLoadMs)[0]?.name;

function representationTable(r: Representations): string {
  const esm = r.format === "esm";
  const header = ["main entry with the data as", "load ms (net)", "vs JSON.parse", "load, then read ms (net)"];
  return table(
    [...header, "bytes loaded", ...(esm ? ["`{ article }` bundle"] : [])],
    r.candidates.map((c) => [
      c.name,
      fixed(c.netLoadMs, 2),
      ratio(c.netLoadMs, r.jsonParseNetMs),
      fixed(c.netLoadAndReadMs, 2),
      `${grouped(c.loadedBytes)} B`,
      ...(esm ? [`${grouped(c.articleBundleBytes ?? NaN)} B`] : []),
    ]),
  );
}

/** How the data is held, with every candidate of both module formats measured in this run. */
export function renderRepresentationSection(r: {
  readonly esm: Representations;
  readonly cjs: Representations;
}): string {
  return `## How the data is held

src/generated/article.ts holds the article as an object literal: checked in place by its type
(\`as const satisfies Article\`), readable line by line in a diff, and the smallest in a bundle of
the sources (a minified literal drops the quotes around keys). The builds hand it out in a form
that loads faster, the same data deep-frozen in every form (scripts/lib/json-data-plugin.ts;
test/build-output.test.ts checks that both formats hand out the sources' data): the ES build
holds it as \`JSON.parse\` of one ASCII string, which works wherever an ES module does (bundlers,
browsers) and which V8 parses faster than it compiles the literal; the CommonJS main entry
requires a JSON file beside it, as the floor reads one. The CommonJS main entry
(src/main-commonjs.ts) is built as one file besides the data (each further file \`require\`
opens costs a cold process a good part of what parsing the data costs), so it cannot share a
chunk with the other CommonJS entries: the JSON file, rather than a JSON string in its code, is
what keeps one CommonJS copy of the data, and one object, which Node's module cache hands to
every CommonJS entry. They all hand out one view of it that deep-freezes each layer on its first
read (\`lazilyFrozen\`, src/freeze.ts): deep-freezing the whole article costs a cold process
about a third of what parsing it does, and a caller who reads two layers pays for two. The
helpers' code is a file of its own (dist/chunks/query.cjs), required on the first call of a helper.

Every candidate measured in this run: each format's main entry (src/index.ts,
src/main-commonjs.ts) bundled into one file with the generated module in each form, loaded in
fresh processes (${r.esm.runs} runs each, interleaved, CPU time of the load measured by the
child), net of loading an empty module of the same format; against a module of
that format that reads and JSON.parses the same minified data (ES ${fixed(r.esm.jsonParseNetMs, 2)} ms,
CommonJS ${fixed(r.cjs.jsonParseNetMs, 2)} ms net). *Load, then read* also serialises the whole
article once, where the lazily frozen form pays for the layers not read at load. Fastest to load
in this run: ${fastest(r.esm)} (ES modules), ${fastest(r.cjs)} (CommonJS).

ES modules (\`import\`):

${representationTable(r.esm)}

CommonJS (\`require\`):

${representationTable(r.cjs)}
`;
}

function loadRows(f: FormatLoads): string[][] {
  const row = (t: LoadTime) => [
    t.label,
    fixed(t.wallMs, 1),
    ratio(t.wallMs, f.empty.wallMs),
    fixed(t.inProcessMs, 2),
    fixed(t.inProcessMs - f.empty.inProcessMs, 2),
  ];
  return [f.empty, f.jsonParse, f.jsonParseFreeze, f.mainEntry, f.mainEntryThenRead, f.data].map(row);
}

/** Import and require of the main entry against their floors. */
export function renderLoadSection(load: LoadTimes): string {
  const header = ["load", "wall ms", "wall vs empty module", "CPU ms in process", "net of the empty module"];
  return `## Load time in a fresh process

Each load is its own process, ${load.runs} runs each, all interleaved round by round; ES modules are
compared with ES modules and CommonJS with CommonJS. *Wall* is spawn to exit, Node's start-up
included, as a user waits for it; *CPU ms in process* is measured by the child around its
\`import()\` or \`require()\` (user and system CPU time, which a busy machine disturbs far less than
wall time). The budget compares the main entry's load net of an empty module with the same for a
module that reads and JSON.parses the same minified data: ${fixed(netRatio(load.esm))}× for ES modules,
${fixed(netRatio(load.cjs))}× for CommonJS. The ES entry deep-freezes the whole article at load; the
CommonJS entry deep-freezes each layer on its first read and requires its helpers' code on the
first call of a helper, so the row after it reads every layer once, which is what that defers.
The last row of each table loads the built chunk that hands out the data by itself: for ES
modules what the data costs, the rest of the main entry being its helpers' code; the CommonJS
chunk, which the other CommonJS entries share, also holds a few small modules of theirs.

${table(header, loadRows(load.esm))}

${table(header, loadRows(load.cjs))}
`;
}

/** tsc of a consumer of the main entry against a trivial consumer. */
export function renderTscSection(t: TscCosts): string {
  return `## Type-checking a consumer

\`tsc\` (strict, NodeNext) on a file importing \`article\`, \`getEntity\` and the \`Article\` type from the
package, against \`tsc\` on a trivial file; each a fresh process, ${t.runs} runs each, interleaved; the
figures are medians of the CPU time each \`tsc\` process used (user and system), which a busy
machine disturbs far less than wall time. The last column is the same consumer of a package
whose declarations are one interface, one constant and one function: what checking any import
costs \`tsc\` beyond a file that imports nothing. Declaration files of zod the consumer's program
loads: ${t.zodFiles.length === 0 ? "none" : t.zodFiles.length}.

${table(
  [
    "skipLibCheck",
    "trivial consumer CPU ms",
    "consumer of the main entry CPU ms",
    "ratio",
    "the same consumer of a minimal typed package",
  ],
  t.costs.map((c) => [
    String(c.skipLibCheck),
    fixed(c.trivialMs, 0),
    fixed(c.consumerMs, 0),
    ratio(c.consumerMs, c.trivialMs),
    `${fixed(c.minimalMs, 0)} (${ratio(c.minimalMs, c.trivialMs)})`,
  ]),
)}
`;
}
