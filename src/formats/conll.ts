/**
 * CoNLL-2003-style named entities in IOB2: one `token<TAB>label` line per token, a blank line
 * after each sentence. Tokens come from the package's tokenizer; which mentions become entities and
 * their classes are decided by {@link namedMentions} and {@link conll2003Label}.
 * @module
 */
import { article } from "../generated/article.js";
import { ChunkedText } from "./chunked-text.js";
import type { ArticleOf } from "../types.js";
import { conll2003Label, namedMentions } from "./named-entities.js";
import { sentenceTokens } from "./tokenize.js";

/**
 * Exports the article's named entities as CoNLL-2003-style IOB2 lines.
 *
 * Each line is `token<TAB>label`, with label `O`, `B-<class>` on the first token of an entity
 * or `I-<class>` on the following ones (class PER, ORG, LOC or MISC). Sentences are
 * `doc.sentences`, separated by one empty line; the output ends with a line break.
 *
 * @param doc - The article; the shipped one by default.
 * @returns The IOB2 text.
 * @example
 * ```ts
 * import { toConll } from "kim-shoigu-2023/formats";
 * toConll().split("\n").slice(7, 10); // ["North\tB-MISC", "Korean\tI-MISC", "leader\tO"]
 * ```
 */
export function toConll(doc: ArticleOf = article): string {
  const named = namedMentions(doc);
  const out = new ChunkedText();
  // Named mentions are in text order and never overlap, and tokens come in text order too: only
  // the last mention starting at or before a token can hold it, and it only ever moves forward.
  let next = 0;
  let blocks = 0;
  for (const { tokens } of sentenceTokens(doc)) {
    if (tokens.length === 0) continue;
    if (blocks++ > 0) out.add("\n");
    for (const token of tokens) {
      while (next < named.length && named[next]!.mention.span.start <= token.start) next++;
      const entity = named[next - 1];
      if (!entity || token.end > entity.mention.span.end) out.add(`${token.text}\tO\n`);
      else {
        const position = token.start === entity.mention.span.start ? "B" : "I";
        out.add(`${token.text}\t${position}-${conll2003Label(entity)}\n`);
      }
    }
  }
  return blocks > 0 ? out.join() : "\n";
}
