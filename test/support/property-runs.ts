import fc from "fast-check";

// Every property test runs a fixed number of cases (tests that need more or fewer say so), and
// never stops early on a time budget, so a slow machine runs exactly what a fast one runs.
fc.configureGlobal({ numRuns: 100, interruptAfterTimeLimit: undefined, endOnFailure: true });
