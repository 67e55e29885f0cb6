import * as z from "zod";
import { utf16Converter } from "../formats/code-points.js";
import type { ArticleOf } from "../types.js";
import { parseMentionKey, spanKey } from "./mention-key.js";
import type { PredictedClaim, PredictedMention, PredictedSpan, PredictedTime, Predictions } from "./predictions.js";
import { PredictionsError } from "./validate.js";

// The parts of spaCy's `Doc.to_json()` that are read; anything else in it is ignored.
const SpacySpanSchema = z.looseObject({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  label: z.string().optional(),
  kb_id: z.string().optional(),
});
const SpacyDocSchema = z.looseObject({
  text: z.string(),
  ents: z.array(SpacySpanSchema).optional(),
  spans: z.looseObject({}).optional(),
  _: z
    .looseObject({
      claims: z
        .array(
          z.looseObject({
            id: z.string(),
            factuality: z.string().optional(),
            polarity: z.string().optional(),
            quote: z.string().optional(),
          }),
        )
        .optional(),
      times: z
        .array(z.looseObject({ id: z.string(), type: z.string().optional(), value: z.string().optional() }))
        .optional(),
    })
    .optional(),
});
type SpacySpanJson = z.infer<typeof SpacySpanSchema>;

const issuesOf = (error: z.ZodError, prefix = ""): string[] =>
  error.issues.map(
    (issue) => `${[prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)"}: ${issue.message}`,
  );

/** The span groups, checked one by one (a `Map`, so no group name reaches `Object.prototype`). */
function spanGroups(spans: Record<string, unknown> | undefined, problems: string[]): Map<string, SpacySpanJson[]> {
  const groups = new Map<string, SpacySpanJson[]>();
  for (const [name, value] of Object.entries(spans ?? {})) {
    const parsed = z.array(SpacySpanSchema).safeParse(value);
    if (parsed.success) groups.set(name, parsed.data);
    else problems.push(...issuesOf(parsed.error, `spans.${name}`));
  }
  return groups;
}

/**
 * Loads predictions from the JSON of a spaCy `Doc` (`Doc.to_json()`), as `toSpacy` writes it:
 * mentions from the `mentions` span group (label the entity type, `kb_id` the cluster) or, when
 * absent, from `ents` plus the `coref_clusters_*` groups of spaCy's coreference component;
 * claims from `claims`, `claim-sources` and `claim-cues` (joined by `kb_id`), with labels from
 * the `_.claims` extension when present; times from `times`. Offsets count code points.
 *
 * @param json - The parsed JSON.
 * @param doc - The article; the JSON's `text` must be its text.
 * @returns Predictions with UTF-16 offsets.
 * @throws PredictionsError for a JSON of another shape (with the path of each problem), a
 *   different text or offsets outside it.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { toSpacy } from "kim-shoigu-2023/formats";
 * import { loadSpacy, scoreAll } from "kim-shoigu-2023/eval";
 * scoreAll(loadSpacy(toSpacy(), article)).coreference.conll.f1; // 1
 * ```
 */
export function loadSpacy(json: unknown, doc: ArticleOf): Predictions {
  const parsed = SpacyDocSchema.safeParse(json);
  if (!parsed.success) throw new PredictionsError(issuesOf(parsed.error));
  const input = parsed.data;
  if (input.text !== doc.text) {
    throw new PredictionsError(["text: the spaCy Doc's text is not the article's text"]);
  }
  const problems: string[] = [];
  // The groups of the input itself: zod's copy of an object drops a key named "__proto__".
  const groups = spanGroups((json as { spans?: Record<string, unknown> }).spans, problems);
  if (problems.length > 0) throw new PredictionsError(problems);

  const toUtf16 = utf16Converter(doc.text);
  const spanOf = (s: SpacySpanJson, where: string): PredictedSpan | undefined => {
    try {
      return { start: toUtf16(s.start), end: toUtf16(s.end) };
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const group = (name: string) => groups.get(name) ?? [];

  let mentions: PredictedMention[] = [];
  if (groups.has("mentions")) {
    group("mentions").forEach((s, i) => {
      const span = spanOf(s, `spans.mentions[${i}]`);
      if (!span) return;
      const mention: PredictedMention = { start: span.start, end: span.end };
      if (s.label) mention.type = s.label as PredictedMention["type"];
      if (s.kb_id) mention.cluster = s.kb_id;
      mentions.push(mention);
    });
  } else {
    const clusterOf = new Map<string, string>();
    for (const name of [...groups.keys()].filter((n) => n.startsWith("coref_clusters_"))) {
      group(name).forEach((s, i) => {
        const span = spanOf(s, `spans.${name}[${i}]`);
        if (span) clusterOf.set(spanKey(span), name);
      });
    }
    const seen = new Set<string>();
    (input.ents ?? []).forEach((s, i) => {
      const span = spanOf(s, `ents[${i}]`);
      if (!span) return;
      const cluster = clusterOf.get(spanKey(span));
      seen.add(spanKey(span));
      mentions.push(cluster !== undefined ? { start: span.start, end: span.end, cluster } : span);
    });
    for (const [key, cluster] of clusterOf) {
      if (seen.has(key)) continue;
      const [start, end] = parseMentionKey(key);
      mentions.push({ start, end, cluster });
    }
    mentions = mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  const labelsOf = new Map((input._?.claims ?? []).map((c) => [c.id, c]));
  const byClaim = (name: string) => new Map(group(name).map((s, i) => [s.kb_id, spanOf(s, `spans.${name}[${i}]`)]));
  const sources = byClaim("claim-sources");
  const cues = byClaim("claim-cues");
  const claims: PredictedClaim[] = [];
  group("claims").forEach((s, i) => {
    const content = spanOf(s, `spans.claims[${i}]`);
    if (!content) return;
    const labels = s.kb_id === undefined ? undefined : labelsOf.get(s.kb_id);
    claims.push({
      content,
      source: (s.kb_id !== undefined && sources.get(s.kb_id)) || null,
      cue: (s.kb_id !== undefined && cues.get(s.kb_id)) || null,
      ...(labels?.factuality ? { factuality: labels.factuality as PredictedClaim["factuality"] } : {}),
      ...(labels?.polarity ? { polarity: labels.polarity as PredictedClaim["polarity"] } : {}),
      ...(labels?.quote ? { quote: labels.quote as PredictedClaim["quote"] } : {}),
    });
  });

  const timeValues = new Map((input._?.times ?? []).map((t) => [t.id, t]));
  const times: PredictedTime[] = [];
  group("times").forEach((s, i) => {
    const span = spanOf(s, `spans.times[${i}]`);
    const known = s.kb_id === undefined ? undefined : timeValues.get(s.kb_id);
    if (!span) return;
    const time: PredictedTime = { start: span.start, end: span.end };
    if (s.label) time.type = s.label as PredictedTime["type"];
    if (known?.value) time.value = known.value;
    times.push(time);
  });
  if (problems.length > 0) throw new PredictionsError(problems);
  return { textSha256: doc.textSha256, mentions, claims, times };
}
