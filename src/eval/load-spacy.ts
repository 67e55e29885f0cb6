import { utf16Converter } from "../formats/code-points.js";
import type { ArticleOf } from "../types.js";
import type { PredictedClaim, PredictedMention, PredictedSpan, PredictedTime, Predictions } from "./predictions.js";
import { PredictionsError } from "./validate.js";

interface SpacySpanJson {
  start: number;
  end: number;
  label?: string;
  kb_id?: string;
}

interface SpacyDocJson {
  text?: unknown;
  ents?: SpacySpanJson[];
  spans?: Record<string, SpacySpanJson[]>;
  _?: {
    claims?: { id: string; factuality?: string; polarity?: string; quote?: string }[];
    times?: { id: string; type?: string; value?: string }[];
  };
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
 * @throws PredictionsError for a different text or offsets outside it.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { toSpacy } from "kim-shoigu-2023/formats";
 * import { loadSpacy, scoreAll } from "kim-shoigu-2023/eval";
 * scoreAll(loadSpacy(toSpacy(), article)).coreference.conll.f1; // 1
 * ```
 */
export function loadSpacy(json: unknown, doc: ArticleOf): Predictions {
  const input = (json ?? {}) as SpacyDocJson;
  if (typeof input !== "object" || input.text !== doc.text) {
    throw new PredictionsError(["text: the spaCy Doc's text is not the article's text"]);
  }
  const toUtf16 = utf16Converter(doc.text);
  const problems: string[] = [];
  const spanOf = (s: SpacySpanJson, where: string): PredictedSpan | undefined => {
    try {
      return { start: toUtf16(s.start), end: toUtf16(s.end) };
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const group = (name: string) => input.spans?.[name] ?? [];

  let mentions: PredictedMention[] = [];
  if (input.spans?.["mentions"]) {
    group("mentions").forEach((s, i) => {
      const span = spanOf(s, `spans.mentions[${i}]`);
      if (span)
        mentions.push({
          ...span,
          ...(s.label ? { type: s.label as PredictedMention["type"] } : {}),
          ...(s.kb_id ? { cluster: s.kb_id } : {}),
        });
    });
  } else {
    const clusterOf = new Map<string, string>();
    for (const name of Object.keys(input.spans ?? {}).filter((n) => n.startsWith("coref_clusters_"))) {
      group(name).forEach((s, i) => {
        const span = spanOf(s, `spans.${name}[${i}]`);
        if (span) clusterOf.set(`${span.start}-${span.end}`, name);
      });
    }
    const seen = new Set<string>();
    (input.ents ?? []).forEach((s, i) => {
      const span = spanOf(s, `ents[${i}]`);
      if (span) seen.add(`${span.start}-${span.end}`);
      if (span)
        mentions.push({
          ...span,
          ...(clusterOf.has(`${span.start}-${span.end}`)
            ? { cluster: clusterOf.get(`${span.start}-${span.end}`)! }
            : {}),
        });
    });
    for (const [key, cluster] of clusterOf) {
      if (seen.has(key)) continue;
      const [start, end] = key.split("-").map(Number) as [number, number];
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
    if (span)
      times.push({
        ...span,
        ...(s.label ? { type: s.label as PredictedTime["type"] } : {}),
        ...(known?.value ? { value: known.value } : {}),
      });
  });
  if (problems.length > 0) throw new PredictionsError(problems);
  return { textSha256: doc.textSha256, mentions, claims, times };
}
