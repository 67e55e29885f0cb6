import type * as z from "zod";
import { entityTypeLabel } from "../formats/entity-labels.js";
import { ENTITY_TYPES } from "../schema/vocabulary.js";
import { utf16Converter } from "../formats/code-points.js";
import { FactualitySchema, PolaritySchema, QuoteTypeSchema } from "../schema/claim.js";
import type { EntityType } from "../schema/entity.js";
import type { ArticleOf } from "../types.js";
import type { PredictedClaim, PredictedMention, PredictedSpan, Predictions } from "./predictions.js";
import { PredictionsError } from "./validate.js";

const TYPE_OF_LABEL = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [entityTypeLabel(t), t]));
const CLAIM_PART_TYPES = new Set(["Claim", "Cue", "Quote"]);
// Attribute name → claim label and the schema of its values (a Map: names are user text).
const CLAIM_LABELS: ReadonlyMap<string, { key: "factuality" | "polarity" | "quote"; schema: z.ZodEnum }> = new Map([
  ["Factuality", { key: "factuality", schema: FactualitySchema }],
  ["Polarity", { key: "polarity", schema: PolaritySchema }],
  ["QuoteType", { key: "quote", schema: QuoteTypeSchema }],
] as const);

interface TextBound {
  readonly line: number;
  readonly type: string;
  readonly span: PredictedSpan;
}

/**
 * Calls `read` with every line of `text` and its 0-based number, as `text.split(/\r?\n/)` gives
 * them, one at a time: an array of every line would outlive the reading of all of them.
 */
function forEachLine(text: string, read: (line: string, index: number) => void): void {
  for (let start = 0, index = 0; ; index++) {
    const end = text.indexOf("\n", start);
    if (end === -1) {
      read(text.slice(start), index);
      return;
    }
    read(text.slice(start, end > start && text[end - 1] === "\r" ? end - 1 : end), index);
    start = end + 1;
  }
}

/**
 * Loads predictions from brat standoff, as `toBrat` writes it and as brat-based systems emit
 * it: `T` lines typed by entity type (`Person`, `Country`, …) are mentions; `*<TAB>Coref` lines
 * group them into clusters; `E` lines `Claim:T… Source:T… Cue:T…` are claims, with their
 * `Factuality`, `Polarity` and `QuoteType` attributes. Offsets count code points, as in brat.
 *
 * @param ann - The `.ann` file's contents.
 * @param doc - The article the offsets refer to.
 * @returns Predictions with UTF-16 offsets.
 * @throws PredictionsError listing every malformed line, unknown type or dangling reference.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { toBrat } from "kim-shoigu-2023/formats";
 * import { loadBrat, scoreAll } from "kim-shoigu-2023/eval";
 * scoreAll(loadBrat(toBrat().ann, article)).mentions.exact.f1; // 1
 * ```
 */
export function loadBrat(ann: string, doc: ArticleOf): Predictions {
  const toUtf16 = utf16Converter(doc.text);
  const problems: string[] = [];
  const textBounds = new Map<string, TextBound>();
  const clusters = new Map<string, string>();
  const events: { id: string; roles: [string, string][]; line: number }[] = [];
  const labels = new Map<string, Pick<PredictedClaim, "factuality" | "polarity" | "quote">>();

  // The line's label is made only for a problem, not for every line read.
  const report = (line: number, id: string, problem: string) => void problems.push(`line ${line} (${id}): ${problem}`);
  forEachLine(ann, (raw, index) => {
    const line = index + 1;
    if (raw.trim() === "" || raw.startsWith("#")) return;
    const [id = "", body = "", text] = raw.split("\t");
    if (id.startsWith("T")) {
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      if (!match) return report(line, id, `expected "T<n><TAB>Type start end<TAB>text"`);
      const offsets = match[2]!.split(/[ ;]/).map(Number);
      try {
        // A loop, not Math.min(...offsets): a line may list more fragments than a call takes arguments.
        const start = toUtf16(offsets.reduce((a, b) => Math.min(a, b)));
        const end = toUtf16(offsets.reduce((a, b) => Math.max(a, b)));
        const span: PredictedSpan = { start, end };
        if (text !== undefined && !match[2]!.includes(";")) span.text = text;
        textBounds.set(id, { line, type: match[1]!, span });
      } catch (error) {
        report(line, id, (error as Error).message);
      }
    } else if (id === "*") {
      const [relation, ...members] = body.split(" ");
      if (relation !== "Coref") return report(line, id, `unknown equivalence "${relation}"`);
      for (const member of members) clusters.set(member, members[0]!);
    } else if (id.startsWith("E")) {
      const roles = body.split(" ").map((part) => part.split(":") as [string, string]);
      if (roles[0]?.[0] !== "Claim") return report(line, id, `unknown event type "${roles[0]?.[0]}"`);
      events.push({ id, roles, line });
    } else if (id.startsWith("A")) {
      const [name = "", target = "", value] = body.split(" ");
      const label = CLAIM_LABELS.get(name);
      if (label && value !== undefined) {
        if (!label.schema.safeParse(value).success) {
          const allowed = label.schema.options.map((option) => JSON.stringify(option)).join(", ");
          return report(line, id, `${name} value ${JSON.stringify(value)} is not one of ${allowed}`);
        }
        // One record per event, filled in place (a spread per attribute copied it each time).
        const labelled = labels.get(target);
        // The value was checked against the label's schema just above.
        if (labelled) (labelled as Record<string, string>)[label.key] = value;
        else labels.set(target, { [label.key]: value });
      }
    }
    // R (claim relations), N (normalizations) and other attributes carry nothing that is scored.
  });

  const mentions: PredictedMention[] = [];
  for (const [id, t] of textBounds) {
    if (CLAIM_PART_TYPES.has(t.type)) continue;
    const type = TYPE_OF_LABEL.get(t.type);
    if (!type)
      problems.push(
        `line ${t.line} (${id}): unknown type "${t.type}" ` +
          "(expected an entity type such as Person, or Claim, Cue, Quote)",
      );
    else {
      const mention: PredictedMention = { start: t.span.start, end: t.span.end };
      if (t.span.text !== undefined) mention.text = t.span.text;
      mention.type = type;
      const cluster = clusters.get(id);
      if (cluster !== undefined) mention.cluster = cluster;
      mentions.push(mention);
    }
  }

  const claims: PredictedClaim[] = [];
  for (const event of events) {
    const part = (role: string): PredictedSpan | undefined => {
      const ref = event.roles.find(([r]) => r === role)?.[1];
      if (ref === undefined) return undefined;
      const bound = textBounds.get(ref);
      if (!bound) problems.push(`line ${event.line} (${event.id}): ${role} refers to unknown annotation ${ref}`);
      return bound?.span;
    };
    const content = part("Claim");
    if (!content) continue;
    // The labels in the order of their lines, as a spread would put them, without the copy.
    claims.push(
      Object.assign({ content, source: part("Source") ?? null, cue: part("Cue") ?? null }, labels.get(event.id)),
    );
  }
  if (problems.length > 0) throw new PredictionsError(problems);
  return { textSha256: doc.textSha256, mentions, claims };
}
