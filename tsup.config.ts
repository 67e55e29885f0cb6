import { defineConfig } from "tsup";

export default defineConfig([
  {
    // Library entries: ESM and CJS, each with its own declarations (.d.ts / .d.cts).
    entry: {
      index: "src/index.ts",
      schema: "src/schema/index.ts",
      formats: "src/formats/index.ts",
      eval: "src/eval/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    target: "node20",
    treeshake: true,
    splitting: false,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    splitting: false,
  },
]);
