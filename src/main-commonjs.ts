/**
 * dist/index.cjs, the CommonJS main entry: the exports of src/index.ts, typed by its
 * declarations (index.d.cts), in a form that loads for less. `require` compiles every byte of
 * JavaScript it loads, so the query code comes from dist/chunks/query.cjs on the first call of a
 * helper, and each layer of the article is deep-frozen on its first read (`lazilyFrozen` in
 * src/freeze.ts) rather than all at load. It sets `module.exports` itself because the layers it
 * exports by name are read when first asked for, which an ES module's exports cannot be.
 * test/build-output.test.ts checks that it hands out what the ES entry does.
 */
import { article } from "./generated/article.js";
import type * as Main from "./index.js";
import { claimSourceId } from "./query/collections.js";
import type * as Query from "./query/commonjs-chunk.js";

let query: typeof Query | undefined;
// A path in dist/, beside this entry: tsup.config.ts keeps it out of the bundle.
const loadQuery = (): typeof Query => (query ??= require("./chunks/query.cjs") as typeof Query);

// The helpers of src/index.ts: each is the shipped index's method of the same name.
const HELPERS = [
  "getEntity",
  "findEntity",
  "mentionsOf",
  "entitiesIn",
  "sentenceAt",
  "slice",
  "claimsBy",
  "claimsAbout",
  "claimsIn",
  "quotes",
  "contradictions",
  "timeline",
] as const satisfies readonly (keyof typeof Main & keyof ReturnType<typeof Query.shippedIndex>)[];
// The layers src/index.ts exports under their own names.
const LAYERS = ["entities", "mentions", "claims", "times", "notes"] as const satisfies readonly (keyof typeof Main &
  keyof typeof article)[];
type Listed = (typeof HELPERS)[number] | (typeof LAYERS)[number];
// Fails to compile when src/index.ts exports a value this entry does not.
const complete: Exclude<
  keyof typeof Main,
  Listed | "article" | "textSha256" | "claimSourceId" | "createArticleIndex"
> extends never
  ? true
  : never = true;

const main: Record<string, unknown> = {
  article,
  textSha256: article.textSha256,
  claimSourceId,
  createArticleIndex: (...args: Parameters<typeof Main.createArticleIndex>) => loadQuery().createArticleIndex(...args),
};
for (const layer of LAYERS) Object.defineProperty(main, layer, { get: () => article[layer], enumerable: true });
for (const name of HELPERS) {
  main[name] = {
    [name]: (...args: unknown[]) => {
      const index = loadQuery().shippedIndex();
      return (index[name] as (...a: unknown[]) => unknown).apply(index, args);
    },
  }[name];
}
module.exports = complete && Object.freeze(main);
