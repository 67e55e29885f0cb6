/** An esbuild plugin for the CommonJS main entry, which requires its query code on first use. */
import type { Plugin } from "esbuild";

/** The query code of src/main-commonjs.ts, as it requires it: a path relative to dist/index.cjs. */
export const QUERY_CHUNK = "./chunks/query.cjs";

/** Leaves `require(path)` to run beside the built file rather than bundling what it names. */
export const requiredAtRuntime = (path: string): Plugin => ({
  name: "required-at-runtime",
  setup(build) {
    const exact = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    build.onResolve({ filter: exact }, () => ({ path, external: true }));
  },
});
