/**
 * Why a growth exponent is over its budget, from the run's own measurements: the exponent with a
 * young generation that holds a call's result, the garbage collector's share, the whole range,
 * the run's spread and what linear work measures.
 */
import { type GrowthCost, LARGE_SEMI_SPACE_MB, slope } from "./bench-growth.js";
import { INTERVAL_NAME, intervalFigure } from "./bench-interval.js";
import { LIMITS } from "./bench-limits.js";
import { fixed } from "./bench-stats.js";

/**
 * A growth exponent as the report shows it: two decimals, or three where two would round it to
 * the budget itself (1.152 shown as "1.15" beside a budget of 1.15 would read as within it).
 */
export const exponentFigure = (e: number): string => fixed(e, fixed(e) === fixed(LIMITS.growthExponent) ? 3 : 2);

// What a step that comes within the budget with a large young generation owes its growth to.
const SCAVENGER_CAUSE =
  "what grows faster than the size is V8's scavenger copying a call's result while it is built, " +
  "once the result outgrows the young generation";

/** The reference's exponents, as the reasons compare a step with them. */
const linearWork = (reference: GrowthCost | undefined): string =>
  reference
    ? `; linear work (${reference.name}) measures ${reference.exponents.map((e) => fixed(e)).join(" and ")}`
    : "";

/** The worst step's index, and its exponent when measured with a large young generation. */
const worstStep = (c: GrowthCost) => {
  const k = c.exponents.indexOf(c.worst);
  return { k, largeYoung: c.largeYoung?.exponents[k] };
};

/** The worst step's interval over the run's processes (absent in runs that kept none). */
const worstInterval = (c: GrowthCost) => c.exponentIntervals?.[worstStep(c).k];

/** Whether the worst step is over the budget by more than the run's own spread. */
const overThroughout = (c: GrowthCost): boolean => (worstInterval(c)?.low ?? -Infinity) > LIMITS.growthExponent;

/** The worst step and its interval, `toBrat 1.23 (1.10–1.31)`. */
const withInterval = (c: GrowthCost): string => {
  const interval = worstInterval(c);
  return `${c.name} ${exponentFigure(c.worst)}${interval ? ` (${intervalFigure(interval, exponentFigure)})` : ""}`;
};

/** Where the worst step's interval lies against the budget, to begin a reason with. */
function spread(c: GrowthCost): string {
  const interval = worstInterval(c);
  if (!interval) return "";
  const where = overThroughout(c)
    ? "is over the budget throughout"
    : "reaches the budget: the step is over it by less than this run's own spread";
  return `its ${INTERVAL_NAME} over the processes, ${intervalFigure(interval, exponentFigure)}, ${where}; `;
}

/** Why a growth exponent is over budget: the run's spread, the young generation, the garbage collector's share, the whole range, linear work. */
export function growthReason(c: GrowthCost, scales: readonly number[], reference?: GrowthCost): string {
  return `${spread(c)}${causeOf(c, scales, reference)}`;
}

/** The step past the largest scale, `100×→300× measures 1.02 (0.98–1.07)`. */
const beyondFigure = ({ beyond }: GrowthCost): string =>
  beyond
    ? `${beyond.from}×→${beyond.to}× measures ${exponentFigure(beyond.exponent)} (${intervalFigure(beyond, exponentFigure)})`
    : "";

function causeOf(c: GrowthCost, scales: readonly number[], reference?: GrowthCost): string {
  const past = c.beyond ? `past the largest scale, ${beyondFigure(c)}; ` : "";
  return `${past}${youngGeneration(c, scales, reference)}`;
}

function youngGeneration(c: GrowthCost, scales: readonly number[], reference?: GrowthCost): string {
  const { k, largeYoung: e } = worstStep(c);
  const detail = growthDetail(c, k, scales, reference);
  if (e === undefined) return detail;
  const grown = c.semiSpaceMb
    ? ` rather than the ${fixed(c.semiSpaceMb[k + 1]!, 0)} MiB its young generation grew to`
    : "";
  const young = `with semi-spaces of ${LARGE_SEMI_SPACE_MB} MiB${grown}, the same step measures ${exponentFigure(e)}`;
  return e <= LIMITS.growthExponent
    ? `${young}, within the budget: ${SCAVENGER_CAUSE}; ${detail}`
    : `${young}, over the budget still; ${detail}`;
}

/**
 * The budget table's reason: with a young generation that holds a call's result, which subjects
 * come within the budget and which do not (the growth section gives each one's full reason).
 */
export function growthSummary(over: readonly GrowthCost[], scales: readonly number[], reference?: GrowthCost): string {
  return `${spreadSummary(over)}${ownSummary(over)}${beyondSummary(over)}${causeSummary(over, scales, reference)}`;
}

/** Each subject's own work at its worst step: the main thread's time outside the collector's pauses. */
function ownSummary(over: readonly GrowthCost[]): string {
  if (over.some((c) => !c.ownExponents)) return "";
  const own = (c: GrowthCost) => c.ownExponents![worstStep(c).k]!;
  const list = (cs: readonly GrowthCost[]) => cs.map((c) => `${c.name} ${exponentFigure(own(c))}`).join(", ");
  const within = over.filter((c) => own(c) <= LIMITS.growthExponent);
  const still = over.filter((c) => own(c) > LIMITS.growthExponent);
  return (
    `Their own work at the same step, the main thread's time outside the garbage collector's pauses (without ` +
    `the collector's work on the main thread or on V8's helper threads beside it), measures: ` +
    `${within.length > 0 ? `within the budget, ${list(within)}` : "none within the budget"}` +
    `${still.length > 0 ? `; over it, ${list(still)}` : ""}. `
  );
}

/** Each subject's step past the largest scale. */
function beyondSummary(over: readonly GrowthCost[]): string {
  const measured = over.filter((c) => c.beyond);
  if (measured.length === 0) return "";
  return `Past the largest scale: ${measured.map((c) => `${c.name} ${beyondFigure(c)}`).join(", ")}. `;
}

/** Which subjects are over the budget by more than the run's spread, and which by less. */
function spreadSummary(over: readonly GrowthCost[]): string {
  if (over.some((c) => !worstInterval(c))) return "";
  const throughout = over.filter(overThroughout);
  const reaching = over.filter((c) => !overThroughout(c));
  const list = (cs: readonly GrowthCost[]) => cs.map(withInterval).join(", ");
  return (
    `by their ${INTERVAL_NAME}s over the processes, ${throughout.length > 0 ? `over the budget throughout: ${list(throughout)}` : "none is over the budget throughout"}` +
    `${reaching.length > 0 ? `; over it by less than the run's own spread: ${list(reaching)}` : ""}. `
  );
}

function causeSummary(over: readonly GrowthCost[], scales: readonly number[], reference?: GrowthCost): string {
  if (over.some((c) => !c.largeYoung)) return over.map((c) => `${c.name}: ${causeOf(c, scales, reference)}`).join("; ");
  const step = (c: GrowthCost) => worstStep(c).largeYoung!;
  const list = (cs: readonly GrowthCost[]) => cs.map((c) => `${c.name} ${exponentFigure(step(c))}`).join(", ");
  const within = over.filter((c) => step(c) <= LIMITS.growthExponent);
  const still = over.filter((c) => step(c) > LIMITS.growthExponent);
  const cause = within.length > 0 ? `. For ${still.length > 0 ? "the first" : "them"}, ${SCAVENGER_CAUSE}` : "";
  return (
    `Measured again with semi-spaces of ${LARGE_SEMI_SPACE_MB} MiB, so that V8's young generation holds what a ` +
    `call returns, the same step measures: ${within.length > 0 ? `within the budget, ${list(within)}` : "none within the budget"}` +
    `${still.length > 0 ? `; over it still, ${list(still)}` : ""}${cause}${linearWork(reference)}`
  );
}

/**
 * The kernel's share of a step (it overlaps the pauses, which it can fall in, so the two are told
 * apart rather than both taken off), and the exponent of the time in user mode alone.
 */
function kernelShare(c: GrowthCost, k: number, scales: readonly number[]): string {
  const { systemMs } = c;
  if (!systemMs) return "";
  const share = (i: number) => `${fixed((100 * systemMs[i]!) / c.ms[i]!, 0)}%`;
  const user = slope(scales[k]!, c.ms[k]! - systemMs[k]!, scales[k + 1]!, c.ms[k + 1]! - systemMs[k + 1]!);
  return (
    `; the kernel's share of its time (mostly giving the heap fresh pages as it grows again after a ` +
    `collection) is ${share(k)} at ${scales[k]}× and ${share(k + 1)} at ${scales[k + 1]}×, and in user mode ` +
    `alone its exponent is ${fixed(user)}`
  );
}

/**
 * The worst step's own work: the main thread's time outside the collector's pauses, and the
 * shares of the time the collector took on the main thread (its pauses) and beside it (V8's
 * helper threads); undefined for a run that could not read the main thread's time.
 */
function ownWork(c: GrowthCost, k: number, scales: readonly number[]): string | undefined {
  const { ownExponents, ownIntervals, mainMs } = c;
  if (!ownExponents || !mainMs) return undefined;
  const own = ownExponents[k]!;
  const interval = ownIntervals?.[k];
  const figure = `${exponentFigure(own)}${interval ? ` (${intervalFigure(interval, exponentFigure)})` : ""}`;
  const share = (part: readonly number[], i: number) => `${fixed((100 * part[i]!) / c.ms[i]!, 0)}%`;
  const helpers = c.ms.map((ms, i) => ms - mainMs[i]!);
  const shares =
    `of its CPU time, the collector's pauses took ${share(c.gcMs, k)} at ${scales[k]}× and ${share(c.gcMs, k + 1)} at ` +
    `${scales[k + 1]}×, and V8's helper threads beside the main one ${share(helpers, k)} and ${share(helpers, k + 1)} ` +
    `(heap ${fixed(c.heapMb[k]!, 0)} → ${fixed(c.heapMb[k + 1]!, 0)} MiB)`;
  return own <= LIMITS.growthExponent
    ? `its own work, the main thread's time outside the collector's pauses, measures ${figure}, within the budget: ` +
        `what grows faster than the size is the garbage collector's work, on the main thread and beside it (${shares})`
    : `its own work, the main thread's time outside the collector's pauses, grows faster than the size: ${figure} (${shares})`;
}

function growthDetail(c: GrowthCost, k: number, scales: readonly number[], reference?: GrowthCost): string {
  const [kernel, ref] = [kernelShare(c, k, scales), linearWork(reference)];
  const own = ownWork(c, k, scales);
  if (own !== undefined) return `${own}${kernel}${ref}`;
  const share = (i: number) => `${fixed((100 * c.gcMs[i]!) / c.ms[i]!, 0)}%`;
  const withoutGc = c.exponentsWithoutGc[k]!;
  const whole = slope(scales[0]!, c.ms[0]!, scales.at(-1)!, c.ms.at(-1)!);
  const gc =
    `garbage-collection pauses are ${share(k)} of its time at ${scales[k]}× and ${share(k + 1)} at ` +
    `${scales[k + 1]}× (heap ${fixed(c.heapMb[k]!, 0)} → ${fixed(c.heapMb[k + 1]!, 0)} MiB)`;
  if (withoutGc <= LIMITS.growthExponent)
    return `${gc}; without them the exponent is ${fixed(withoutGc)}${kernel}${ref}`;
  if (whole <= LIMITS.growthExponent)
    return (
      `over the whole range, ${scales[0]}×→${scales.at(-1)}×, its exponent is ${fixed(whole)}, within the ` +
      `budget: its steps disagree (${c.exponents.map(exponentFigure).join(" and ")})${ref.replace("; ", ", as ")}${kernel}`
    );
  return (
    `outside the main thread's garbage-collection pauses it grows ${fixed(withoutGc)} (the time of V8's helper ` +
    `threads, the collector's among them, still in it; ${gc})${kernel}${ref}`
  );
}
