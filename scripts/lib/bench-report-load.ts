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

/** How the data is held, with every candidate measured in this run. */
export function renderRepresentationSection(
  current: { readonly name: string; readonly why: string },
  r: Representations,
): string {
  return `## How the data is held

src/generated/article.ts holds the article as **${current.name}**. ${current.why}

Every candidate measured in this run on the whole main entry: src/index.ts bundled as tsup builds
it with the generated module in each form (each hands out the data deep-frozen), imported in
fresh processes (${r.runs} runs each, interleaved, CPU time of the import measured by the child),
net of importing an empty ES module; against an ES module that reads and JSON.parses the same
minified data (${fixed(r.jsonParseNetMs, 2)} ms net). *Import, then read* also serialises the whole article once, where
the lazily frozen form pays for the layers the main entry does not read at import.

${table(
  [
    "main entry with the data as",
    "import ms (net)",
    "vs JSON.parse",
    "import, then read ms (net)",
    "`{ article }` bundle",
  ],
  r.candidates.map((c) => [
    c.name,
    fixed(c.netImportMs, 2),
    ratio(c.netImportMs, r.jsonParseNetMs),
    fixed(c.netImportAndReadMs, 2),
    `${grouped(c.articleBundleBytes)} B`,
  ]),
)}
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
  return [row(f.empty), row(f.jsonParse), row(f.mainEntry)];
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
${fixed(netRatio(load.cjs))}× for CommonJS.

${table(header, loadRows(load.esm))}

${table(header, loadRows(load.cjs))}
`;
}

/** tsc of a consumer of the main entry against a trivial consumer. */
export function renderTscSection(t: TscCosts): string {
  return `## Type-checking a consumer

\`tsc\` (strict, NodeNext) on a file importing \`article\`, \`getEntity\` and the \`Article\` type from the
package, against \`tsc\` on a trivial file; each a fresh process, ${t.runs} runs each, interleaved, wall-time
medians. Declaration files of zod the consumer's program loads: ${t.zodFiles.length === 0 ? "none" : t.zodFiles.length}.

${table(
  ["skipLibCheck", "trivial consumer ms", "consumer of the main entry ms", "ratio"],
  t.costs.map((c) => [
    String(c.skipLibCheck),
    fixed(c.trivialMs, 0),
    fixed(c.consumerMs, 0),
    ratio(c.consumerMs, c.trivialMs),
  ]),
)}
`;
}
