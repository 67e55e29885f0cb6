/** The growth section of docs/performance.md: every subject, its exponents, and why one fails. */
import { exponentFigure, growthReason } from "./bench-growth-reasons.js";
import { INTERVAL_NAME, type Interval, intervalFigure, intervalMethod } from "./bench-interval.js";
import { LIMITS } from "./bench-limits.js";
import { BEYOND_FACTOR, type GrowthCost, type GrowthOptions, LARGE_SEMI_SPACE_MB } from "./bench-growth.js";
import { table } from "./bench-report-load.js";
import { fixed } from "./bench-stats.js";

const GROUPS: readonly GrowthCost["group"][] = ["exporters and queries", "loaders", "scorers", "reference"];

/** How the run settles a step its first processes cannot place on either side of the budget. */
const settleText = ({ rounds, settle }: Omit<GrowthOptions, "only">): string =>
  settle
    ? ` A function with a step whose interval (below)${settle.ownWork ? ", of its whole time or of its own work," : ""} holds the budget, so that its first processes
cannot tell on which side of it the step lies, gets ${settle.settleRounds} more per scale in a second pass,
interleaved among such functions, and its figures are taken over all ${rounds + settle.settleRounds} (marked beside its name).`
    : "";

// How the table's own-work column is measured, and why it is there.
const OWN_WORK = `
*Own work* is the main thread's share of that time outside the garbage collector's pauses, and
its exponents, each with its interval: the time of a function's own code, without the
collector's work on the main thread (its pauses) or beside it. A Node process's other threads
are V8's helpers, which mark, sweep and copy for the collector while the main thread runs (and
compile optimized code); the main thread's time is Linux's count for that thread (/proc, in
ticks of 10 ms, taken over all the batches of a process). The column tells a function's own work
from the collector's; the budget is checked against the whole CPU time.`;

/** The growth section for `costs` measured at `scales` with `options`. */
export function renderGrowthSection(
  costs: readonly GrowthCost[],
  scales: readonly number[],
  options: Omit<GrowthOptions, "only">,
): string {
  const reference = costs.find((c) => c.group === "reference");
  const exponents = scales.slice(1).map((s, i) => `exponent ${scales[i]}×→${s}×`);
  // Runs that could not read the main thread's time (or made before it was read) have no such column.
  const own = costs.every((c) => c.ownExponents);
  const header = [
    "function",
    ...scales.map((s) => `ms at ${s}×`),
    ...exponents,
    ...(own ? [`own work, ${exponents.join(", ")}`] : []),
    "GC pauses at the largest",
    "kernel at the largest",
    "result",
  ];
  const withInterval = (e: number, interval: Interval | undefined) =>
    interval ? `${exponentFigure(e)} (${intervalFigure(interval, exponentFigure)})` : exponentFigure(e);
  const row = (c: GrowthCost) => [
    `\`${c.name}\`${c.processes ? ` (${c.processes} processes per scale)` : ""}`,
    ...c.ms.map((ms) => fixed(ms, 3)),
    ...c.exponents.map((e, k) => withInterval(e, c.exponentIntervals?.[k])),
    ...(own ? [c.ownExponents!.map((e, k) => withInterval(e, c.ownIntervals?.[k])).join(", ")] : []),
    `${fixed((100 * c.gcMs.at(-1)!) / c.ms.at(-1)!, 0)}%`,
    c.systemMs ? `${fixed((100 * c.systemMs.at(-1)!) / c.ms.at(-1)!, 0)}%` : "",
    c.group === "reference"
      ? "reference"
      : c.worst <= LIMITS.growthExponent
        ? "pass"
        : `**FAIL**: ${growthReason(c, scales, reference)}`,
  ];
  const tables = GROUPS.filter((g) => costs.some((c) => c.group === g)).map(
    (g) => `${g[0]!.toUpperCase()}${g.slice(1)}:\n\n${table(header, costs.filter((c) => c.group === g).map(row))}`,
  );
  return `## Growth with the size of the article

Each function on the article repeated ${scales.map((s) => `${s}×`).join(", ")} (the synthetic articles of the
index-building section, each passing \`safeParseArticle\` first). The loaders read what the
exporters write from the same article (brat's \`.ann\`, the CoNLL-2012 file, spaCy's JSON as
text); the scorers score the article's gold against a perturbed copy of it (mentions missed, cut
short or put in the previous mention's cluster, claims missed, cut short or labelled otherwise,
times missed or given another value, all spread evenly over every copy).

How it is measured: every function × scale is its own fresh process (\`node --expose-gc\`
running scripts/lib/bench-growth-child.ts and the code it times compiled into one ES module by
esbuild, as the build compiles the package: through tsx, which keeps every function's name with
a call each time a function is created, the same code ran two to three times slower), so that
no other function's garbage and no other scale's article sits in its heap; ${options.rounds} such processes per function and scale, interleaved with the
others, and the median kept.${settleText(options)} In each, the input is prepared outside the timing, then calls run
after a full collection to warm up, in rounds of ${options.minMs} ms of CPU time (at least two calls)
until a round is less than 5% faster per call than the one before, then ${options.batches} batches one after
the other, each repeating the call until ${options.minMs} ms of CPU time and three calls have passed
(no forced collection between batches: it would throw away the optimized code of functions whose
objects are all garbage between calls, as no collection of a running program does);
the figure is CPU milliseconds per call (the process's own CPU time, garbage collection of the
calls' own allocations included), the median batch. *GC pauses* is the share of that time the
main thread spent paused in the garbage collector (V8's GC profiler) at the largest scale;
*kernel*, the share spent in the kernel (system CPU time), mostly giving the heap fresh pages as
it grows again after a collection has returned some to the system. The two can overlap.${own ? OWN_WORK : ""}

The exponent is the slope of log time over log size between two scales: 1.00 is linear, 2.00
quadratic. The budget is an exponent of at most ${fixed(LIMITS.growthExponent)} between every two scales; the 1×
figures are fractions of a millisecond, so their slope is the noisier one, and with the fixed
costs of a call they often come out below 1. The reference rows (\`JSON.stringify\` of the article,
making one string; \`JSON.parse\` of its JSON text, making every object of it; both linear by
construction) show what linear work measures at these sizes on this machine. In brackets beside
each exponent, its ${INTERVAL_NAME}, which tells how far the run's own spread reaches:
${intervalMethod("the processes at each of the step's two scales")}. The budget
is checked against the exponent itself.

A function over the budget is measured again in the same way with V8's young generation given
semi-spaces of ${LARGE_SEMI_SPACE_MB} MiB (\`node --max-semi-space-size=${LARGE_SEMI_SPACE_MB}\`), so that what one call
returns at the largest scale fits in it; its reason gives the exponent of that measurement. Objects
that outlive a scavenge of the young generation are copied by it, and a result larger than the
young generation is still being built, so alive, at every scavenge during the call: the second
measurement tells that cost, which comes with the size of the result rather than with the
function's own work, from a growth of the work itself. A function over the budget is also timed
one step past the largest scale, at ${BEYOND_FACTOR} times it, that scale and this one in the same rounds (a
synthetic article as the others), to tell a growth that goes on from one that happens once.

${tables.join("\n\n")}
`;
}
