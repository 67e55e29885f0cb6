import { article as shippedArticle } from "../../generated/article.js";
import { escapeHtml as e } from "../../formats/escape-html.js";
import type { ArticleOf } from "../../types.js";
import { goldAsPredictions } from "../gold.js";
import { type AllScoresWithErrors, scoreAllWithErrors } from "../score-all.js";
import { checkPredictions } from "../validate.js";
import { ERROR_PAGE_SCRIPT, ERROR_PAGE_STYLE } from "./page-assets.js";
import { drawSpans, type MarkKind, type PageSpan, spansByStretch } from "./page-marks.js";
import { summaryTable } from "./page-summary.js";
import { inContext } from "./text.js";
import type { ErrorSpan } from "./types.js";

/** Options of {@link toErrorHtml}. */
export interface ErrorPageOptions {
  /** The page title; by default "Errors against the gold annotation". */
  readonly title?: string;
  /** Include the script that explains a mark in the panel on focus or click; true by default. */
  readonly script?: boolean;
}

type Side = "gold" | "predicted";

// Nothing but the inline style and script may load, as on the viewer page.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
type Layer = PageSpan["layer"];
type Error = NonNullable<PageSpan["error"]>;

const q = (span: ErrorSpan | null) => (span ? `“${e(span.text)}”` : "none");
const context = (span: ErrorSpan) => `<span class="context">${e(inContext(span))}</span>`;

// The errors drawn on the text, each with its entry in the list; `at` keys the spans it marks.
function markedErrors(result: AllScoresWithErrors) {
  const entries: string[] = [];
  const at = new Map<string, Error>();
  const add = (kind: MarkKind, what: string, html: string, keys: readonly string[]) => {
    const ref = `err-${entries.length + 1}`;
    entries.push(`<li id="${ref}" data-kind="${kind}"><span class="kind">${kind} ${what}</span>: ${html}</li>`);
    for (const key of keys) at.set(key, { kind, ref });
  };
  const { mentions: m, claims: c, times: t } = result.errors;
  for (const { gold: g } of m.missed)
    add("missed", "mention", `${q(g)} (${e(g.type)}, ${e(g.entityId)}): no prediction overlaps it. ${context(g)}`, [
      `gold mention ${g.mentionId}`,
    ]);
  for (const { predicted: p } of m.spurious)
    add("spurious", "mention", `${q(p)}: no gold mention overlaps it. ${context(p)}`, [`predicted mention ${p.index}`]);
  for (const { gold: g, predicted: p } of m.boundary) {
    add("boundary", "mention", `gold ${q(g)}, predicted ${q(p)}. ${context(g)}`, [
      `gold mention ${g.mentionId}`,
      `predicted mention ${p.index}`,
    ]);
  }
  for (const { gold: g, predicted: p } of m.type) {
    add("type", "mention", `${q(g)} is ${e(g.type)} in the gold, predicted ${e(p.type ?? "")}. ${context(g)}`, [
      `gold mention ${g.mentionId}`,
      `predicted mention ${p.index}`,
    ]);
  }
  for (const { gold: g } of c.missed)
    add("missed", "claim", `${e(g.claimId ?? "")}: ${q(g.content)}, source ${q(g.source)}. ${context(g.content)}`, [
      `gold claim ${g.index}`,
    ]);
  for (const { predicted: p } of c.spurious)
    add("spurious", "claim", `${q(p.content)}: no gold claim overlaps it. ${context(p.content)}`, [
      `predicted claim ${p.index}`,
    ]);
  for (const b of c.boundary.filter((x) => x.part === "content")) {
    add(
      "boundary",
      "claim content",
      `${e(b.goldClaim.claimId ?? "")}: gold ${q(b.gold)}, predicted ${q(b.predicted)}.`,
      [`gold claim ${b.goldClaim.index}`, `predicted claim ${b.predictedClaim.index}`],
    );
  }
  for (const { gold: g } of t.missed)
    add("missed", "time", `${q(g)} (${e(g.value ?? "")}). ${context(g)}`, [`gold time ${g.index}`]);
  for (const { predicted: p } of t.spurious)
    add("spurious", "time", `${q(p)}: no gold time overlaps it. ${context(p)}`, [`predicted time ${p.index}`]);
  return { entries, at };
}

// The errors not drawn on the text: chains, labels, source and cue parts, time values.
function otherErrors(result: AllScoresWithErrors): string[] {
  const { coreference: k, claims: c, times: t } = result.errors;
  const list = (spans: readonly ErrorSpan[]) => spans.map(q).join(", ");
  return [
    ...k.split.map(
      (s) =>
        `<li><span class="kind">split chain</span> ${e(s.entityId)}: ${s.clusters
          .map((p) => `${e(p.cluster ?? "(no cluster)")} ${list(p.mentions)}`)
          .join("; ")}</li>`,
    ),
    ...k.merged.map(
      (s) =>
        `<li><span class="kind">merged cluster</span> ${e(s.cluster)}: ${s.chains
          .map((ch) => `${e(ch.entityId)} ${list(ch.mentions)}`)
          .join("; ")}</li>`,
    ),
    ...c.boundary
      .filter((b) => b.part !== "content")
      .map(
        (b) =>
          `<li><span class="kind">claim ${b.part}</span> ${e(b.goldClaim.claimId ?? "")}: gold ${q(
            b.gold,
          )}, predicted ${q(b.predicted)}. ${context(b.gold ?? b.predicted!)}</li>`,
      ),
    ...c.labels.map(
      (l) =>
        `<li><span class="kind">claim ${l.label}</span> ${e(l.goldClaim.claimId ?? "")}: gold ${e(
          l.gold,
        )}, predicted ${e(l.predicted)}. ${context(l.goldClaim.content)}</li>`,
    ),
    ...t.value.map(
      (v) =>
        `<li><span class="kind">time value</span> ${q(v.gold)}: gold ${e(v.gold.value ?? "")}, predicted ${e(
          v.predicted.value ?? "",
        )}. ${context(v.gold)}</li>`,
    ),
  ];
}

function sideSpans(
  side: Side,
  spans: { layer: Layer; key: string; start: number; end: number }[],
  at: Map<string, Error>,
): PageSpan[] {
  return spans.map(({ layer, key, start, end }) => {
    const error = at.get(`${side} ${key}`);
    return error ? { start, end, layer, error } : { start, end, layer };
  });
}

/**
 * A standalone HTML page of a system's errors: the article twice, side by side, with the gold
 * and the predicted mentions, claim contents and times drawn over it; every error marked with
 * `data-error` (`missed`, `spurious`, `boundary`, `type`), reachable with the keyboard and
 * explained on focus or click; the list of every error; and a summary table of the scores. Like
 * `toHtml`, every text is escaped and the page makes no request of its own (inline style and
 * script under a `default-src 'none'` Content-Security-Policy).
 *
 * @param input - Predictions in the evaluation kit's JSON format (or a loader's output).
 * @param doc - The gold article (default: the shipped one).
 * @param options - Title, and whether to include the script.
 * @returns The page.
 * @throws PredictionsError listing every problem of invalid predictions.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { toErrorHtml } from "kim-shoigu-2023/eval";
 * writeFileSync("errors.html", toErrorHtml({ mentions: [{ start: 58, end: 66 }] }));
 * ```
 */
export function toErrorHtml(input: unknown, doc: ArticleOf = shippedArticle, options: ErrorPageOptions = {}): string {
  const predictions = checkPredictions(input, doc);
  const result = scoreAllWithErrors(predictions, doc);
  const gold = goldAsPredictions(doc);
  const { entries, at } = markedErrors(result);
  const spansOf = (p: typeof gold, goldIds: boolean) => [
    ...(p.mentions ?? []).map((m, i) => ({
      layer: "mention" as const,
      key: `mention ${goldIds ? doc.mentions[i]!.id : i}`,
      ...m,
    })),
    ...(p.claims ?? []).map((c, i) => ({ layer: "claim" as const, key: `claim ${i}`, ...c.content })),
    ...(p.times ?? []).map((t, i) => ({ layer: "time" as const, key: `time ${i}`, ...t })),
  ];
  const goldSpans = sideSpans("gold", spansOf(gold, true), at);
  const predictedSpans = sideSpans("predicted", spansOf(predictions, false), at);
  // Each paragraph also takes the gap after it, so every offset of the text is drawn once.
  const cuts = [...doc.paragraphs.map((p, i) => (i === 0 ? 0 : p.span.start)), doc.text.length];
  const [goldByParagraph, predictedByParagraph] = [
    spansByStretch(goldSpans, cuts),
    spansByStretch(predictedSpans, cuts),
  ];
  const paragraphs = doc.paragraphs.map((_, i) => {
    const [from, to, last] = [cuts[i]!, cuts[i + 1]!, i === doc.paragraphs.length - 1];
    return [
      `<p data-side="gold">${drawSpans(doc.text, from, to, goldByParagraph[i]!, last)}</p>`,
      `<p data-side="predicted">${drawSpans(doc.text, from, to, predictedByParagraph[i]!, last)}</p>`,
    ].join("\n");
  });
  const others = otherErrors(result);
  const title = options.title ?? "Errors against the gold annotation";
  return `<!DOCTYPE html>
<html lang="${e(doc.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${e(title)}</title>
<style>${ERROR_PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="meta">Article ${e(doc.id)}: ${doc.mentions.length} gold mentions, ${doc.claims.length} claims, ${
    doc.times.length
  } times.
Predicted: ${predictions.mentions?.length ?? 0} mentions, ${predictions.claims?.length ?? 0} claims, ${
    predictions.times?.length ?? 0
  } times.</p>
</header>
<main>
<h2>Scores</h2>
${summaryTable(result)}
<h2>The article</h2>
<p class="legend">Underlined: mentions; shaded: claim contents; dotted: times. Marked errors:
<mark data-error="missed">missed</mark> <mark data-error="spurious">spurious</mark>
<mark data-error="boundary">boundary</mark> <mark data-error="type">type</mark>.
Tab to a mark or click it for its explanation.</p>
<div class="columns">
<h3>Gold</h3><h3>Predicted</h3>
${paragraphs.join("\n")}
</div>
<h2>Marked errors (${entries.length})</h2>
<ol class="errors" id="marked-errors">
${entries.join("\n")}
</ol>
<h2>Other errors (${others.length})</h2>
<ul class="errors" id="other-errors">
${others.join("\n")}
</ul>
</main>
<aside id="explain" aria-live="polite"></aside>
${options.script === false ? "" : `<script>${ERROR_PAGE_SCRIPT}</script>\n`}</body>
</html>
`;
}
