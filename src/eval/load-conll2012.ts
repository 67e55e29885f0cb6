import type { ArticleOf } from "../types.js";
import { Conll2012ParseError, parseConll2012 } from "./conll2012.js";
import type { PredictedMention, Predictions } from "./predictions.js";

interface TokenOffsets {
  start: number;
  end: number;
}

// CoNLL-2012 rewrites brackets in the word column, as the Penn Treebank does.
const PTB_BRACKETS: Record<string, string> = {
  "-LRB-": "(",
  "-RRB-": ")",
  "-LSB-": "[",
  "-RSB-": "]",
  "-LCB-": "{",
  "-RCB-": "}",
};

/** Finds each token's word (4th column) in the text, in order, skipping white space between them. */
function alignTokens(conll: string, text: string): TokenOffsets[] {
  const tokens: TokenOffsets[] = [];
  let cursor = 0;
  conll.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const columns = line.includes("\t") ? line.split("\t") : line.trim().split(/\s+/);
    const raw = columns[3];
    if (raw === undefined) throw new Conll2012ParseError(i + 1, "a token line needs a word in its 4th column");
    const word = PTB_BRACKETS[raw] ?? raw;
    while (cursor < text.length && /\s/.test(text[cursor]!)) cursor++;
    if (text.startsWith(word, cursor)) {
      tokens.push({ start: cursor, end: cursor + word.length });
      cursor += word.length;
    } else {
      throw new Conll2012ParseError(
        i + 1,
        `word ${JSON.stringify(word)} does not continue the article text at offset ${cursor} (${JSON.stringify(text.slice(cursor, cursor + 20))})`,
      );
    }
  });
  return tokens;
}

/**
 * Loads coreference predictions in the CoNLL-2012 format (one document; words in the 4th
 * column, coreference brackets in the last) as predictions with character offsets: the words
 * are aligned with the article text in order, so the file must tokenize this article.
 *
 * @param conll - The file's contents.
 * @param doc - The article the tokens come from.
 * @returns Predictions with clustered mentions.
 * @throws Conll2012ParseError naming the line of a malformed file or of a word that is not in the text.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { toConll2012 } from "kim-shoigu-2023/formats";
 * import { loadConll2012 } from "kim-shoigu-2023/eval";
 * loadConll2012(toConll2012(), article).mentions?.length; // every gold mention
 * ```
 */
export function loadConll2012(conll: string, doc: ArticleOf): Predictions {
  const documents = parseConll2012(conll);
  if (documents.length !== 1)
    throw new Conll2012ParseError(1, `expected exactly one document, found ${documents.length}`);
  const tokens = alignTokens(conll, doc.text);
  const mentions: PredictedMention[] = [];
  documents[0]!.clusters.forEach((cluster, clusterIndex) => {
    for (const key of cluster) {
      const [first, last] = key.split("-").map(Number) as [number, number];
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      mentions.push({ start, end, text: doc.text.slice(start, end), cluster: String(clusterIndex + 1) });
    }
  });
  return { textSha256: doc.textSha256, mentions };
}
