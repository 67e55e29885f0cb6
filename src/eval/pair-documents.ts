/**
 * Pairing of the documents of a CoNLL-2012 key file and a response file, as the reference
 * scorer pairs them.
 * @module
 */

import type { Conll2012Document } from "./parse-conll2012.js";

/** The key and response clusters of one document, paired by name. */
export interface Conll2012DocumentPair {
  readonly name: string;
  readonly key: readonly (readonly string[])[];
  readonly response: readonly (readonly string[])[];
}

/**
 * Pairs key and response documents by name, as the reference scorer does: every key document
 * is scored, against the response document of the same name or, if there is none, against an
 * empty response; response documents absent from the key are ignored.
 *
 * @param keyDocuments - Parsed key (gold) file.
 * @param responseDocuments - Parsed response (system) file.
 * @returns One pair per key document, in key order.
 * @example
 * ```ts
 * const pairs = pairDocuments(parseConll2012(keyText), parseConll2012(responseText));
 * // scoreDocuments(pairs) scores the whole file, like `perl scorer.pl all key response`
 * ```
 */
export function pairDocuments(
  keyDocuments: readonly Conll2012Document[],
  responseDocuments: readonly Conll2012Document[],
): Conll2012DocumentPair[] {
  const responseByName = new Map(responseDocuments.map((doc) => [doc.name, doc.clusters]));
  return keyDocuments.map((doc) => ({
    name: doc.name,
    key: doc.clusters,
    response: responseByName.get(doc.name) ?? [],
  }));
}
