import { defineConfig } from "vitest/config";

// Sized for a busy 2-core machine: the property tests and the builds some tests run take
// several times longer there than on an idle one (tsc on the packed package: over a minute),
// and a timeout must never decide a result, so test files need not set their own.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/support/property-runs.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two workers on two cores: more only queue behind each other and stretch every test.
    maxWorkers: 2,
  },
});
