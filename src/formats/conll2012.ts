/**
 * CoNLL-2012 coreference format, as read by the reference coreference scorer: every mention of
 * the article is a member of its entity's cluster, and singleton entities are clusters of one.
 * @module
 */
import { article } from "../generated/article.js";
import { firstIndexWhere } from "../sorted-search.js";
import type { ArticleOf } from "../types.js";
import { ChunkedText } from "./chunked-text.js";
import { sentenceTokens, type Token } from "./tokenize.js";

interface MentionTokens {
  readonly first: number;
  readonly last: number;
  readonly cluster: number;
}

// Token indices (over the whole document) of a span's first and last token: the first token
// ending after the span starts, the last one starting before it ends. Tokens are in text order
// and never overlap, so their starts and ends both ascend.
function tokenRange(
  tokens: readonly Token[],
  span: { start: number; end: number },
): { first: number; last: number } | undefined {
  const first = firstIndexWhere(tokens, (t) => t.end > span.start);
  const last = firstIndexWhere(tokens, (t) => t.start >= span.end) - 1;
  return first < tokens.length && last >= first ? { first, last } : undefined;
}

/**
 * The mentions that open, fit in, and close on each token, in the order of `doc.mentions`; no
 * list for a token that has none (most tokens), so that a long article holds no empty lists.
 */
interface TokenMentions {
  readonly opening: (MentionTokens[] | undefined)[];
  readonly single: (MentionTokens[] | undefined)[];
  readonly closing: (MentionTokens[] | undefined)[];
}

function mentionsByToken(tokenCount: number, mentions: readonly MentionTokens[]): TokenMentions {
  const byToken: TokenMentions = {
    opening: new Array(tokenCount),
    single: new Array(tokenCount),
    closing: new Array(tokenCount),
  };
  const add = (lists: (MentionTokens[] | undefined)[], at: number, m: MentionTokens) => {
    const list = lists[at];
    if (list) list.push(m);
    else lists[at] = [m];
  };
  for (const m of mentions) {
    if (m.first === m.last) add(byToken.single, m.first, m);
    else {
      add(byToken.opening, m.first, m);
      add(byToken.closing, m.last, m);
    }
  }
  return byToken;
}

// The coreference cell of one token: openings (longest mention first), one-token mentions,
// then closings (latest-opened first), so that nested brackets read left to right.
function corefCell(index: number, byToken: TokenMentions): string {
  const opening = byToken.opening[index];
  const single = byToken.single[index];
  const closing = byToken.closing[index];
  if (!opening && !single && !closing) return "-";
  const parts = [
    ...[...(opening ?? [])].sort((a, b) => b.last - a.last).map((m) => `(${m.cluster}`),
    ...(single ?? []).map((m) => `(${m.cluster})`),
    ...[...(closing ?? [])].sort((a, b) => b.first - a.first).map((m) => `${m.cluster})`),
  ];
  return parts.join("|");
}

/**
 * Exports the article's coreference chains in the CoNLL-2012 format.
 *
 * One document `#begin document (<article id>); part 000` … `#end document`; one line per
 * token with the tab-separated columns document id, part number (`0`), word number within the
 * sentence, word, and coreference; an empty line after each sentence. The coreference column
 * holds `(N` where a mention of entity N starts, `N)` where it ends, `(N)` for a one-token
 * mention, `|`-joined, or `-`. N is the entity's 0-based index in `doc.entities`. Tokens come
 * from the package's tokenizer, which splits at every mention boundary, so mentions are exact.
 *
 * @param doc - The article; the shipped one by default.
 * @returns The CoNLL-2012 text, ending with a line break.
 * @example
 * ```ts
 * import { toConll2012 } from "kim-shoigu-2023/formats";
 * toConll2012().split("\n")[0]; // "#begin document (kim-shoigu-pyongyang-2023-07-27); part 000"
 * ```
 */
export function toConll2012(doc: ArticleOf = article): string {
  const sentences = sentenceTokens(doc);
  const tokens = sentences.flatMap((s) => s.tokens);
  const clusterOf = new Map(doc.entities.map((e, index) => [e.id, index]));
  const mentions: MentionTokens[] = [];
  for (const mention of doc.mentions) {
    const range = tokenRange(tokens, mention.span);
    const cluster = clusterOf.get(mention.entityId);
    if (range && cluster !== undefined) mentions.push({ first: range.first, last: range.last, cluster });
  }
  const byToken = mentionsByToken(tokens.length, mentions);
  const out = new ChunkedText();
  out.add(`#begin document (${doc.id}); part 000\n`);
  let index = 0;
  for (const { tokens: sentence } of sentences) {
    if (sentence.length === 0) continue;
    sentence.forEach((token, wordNumber) => {
      out.add(`${doc.id}\t0\t${wordNumber}\t${token.text}\t${corefCell(index, byToken)}\n`);
      index++;
    });
    out.add("\n");
  }
  out.add("#end document\n");
  return out.join();
}
