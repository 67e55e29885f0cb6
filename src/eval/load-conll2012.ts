import type { Range } from "../schema/walk.js";
import type { ArticleOf } from "../types.js";
import { parseMentionKey } from "./mention-key.js";
import { type Conll2012Document, Conll2012ParseError, parseConll2012Lines } from "./parse-conll2012.js";
import type { PredictedMention, Predictions } from "./predictions.js";

// CoNLL-2012 rewrites brackets in the word column, as the Penn Treebank does.
const PTB_BRACKETS = new Map([
  ["-LRB-", "("],
  ["-RRB-", ")"],
  ["-LSB-", "["],
  ["-RSB-", "]"],
  ["-LCB-", "{"],
  ["-RCB-", "}"],
]);

/**
 * Finds each token's word (4th column) in the text, in order, skipping white space between
 * them. The token lines are the parser's: every non-blank line between `#begin document` and
 * `#end document`, so a line starting with `#` inside the document is a token for both.
 */
function alignTokens(lines: readonly string[], document: Conll2012Document, text: string): Range[] {
  const tokens: Range[] = [];
  let cursor = 0;
  for (let index = document.beginLine; index < document.endLine - 1; index++) {
    const rawLine = lines[index] ?? "";
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === "") continue;
    const lineNumber = index + 1;
    // Split no further than the word: a string for every column of every line is most of the garbage.
    const raw = (line.includes("\t") ? line.split("\t", 4) : line.trim().split(/\s+/, 4))[3];
    if (raw === undefined) throw new Conll2012ParseError(lineNumber, "a token line needs a word in its 4th column");
    const word = PTB_BRACKETS.get(raw) ?? raw;
    while (cursor < text.length && /\s/.test(text.charAt(cursor))) cursor++;
    if (word === "" || !text.startsWith(word, cursor)) {
      const found = JSON.stringify(text.slice(cursor, cursor + 20));
      throw new Conll2012ParseError(
        lineNumber,
        `word ${JSON.stringify(word)} does not continue the article text at offset ${cursor} (${found})`,
      );
    }
    tokens.push({ start: cursor, end: cursor + word.length });
    cursor += word.length;
  }
  if (tokens.length !== document.tokenCount) {
    throw new Error(`internal error: ${tokens.length} tokens aligned, the parser read ${document.tokenCount}`);
  }
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
  const lines = conll.split("\n");
  const documents = parseConll2012Lines(lines);
  const [document] = documents;
  if (document === undefined || documents.length !== 1) {
    throw new Conll2012ParseError(1, `expected exactly one document, found ${documents.length}`);
  }
  const tokens = alignTokens(lines, document, doc.text);
  const mentions: PredictedMention[] = [];
  document.clusters.forEach((cluster, clusterIndex) => {
    for (const key of cluster) {
      const [first, last] = parseMentionKey(key);
      const start = tokens[first]?.start;
      const end = tokens[last]?.end;
      if (start === undefined || end === undefined)
        throw new Error(`internal error: mention ${key} outside the tokens`);
      mentions.push({ start, end, text: doc.text.slice(start, end), cluster: String(clusterIndex + 1) });
    }
  });
  return { textSha256: doc.textSha256, mentions };
}
