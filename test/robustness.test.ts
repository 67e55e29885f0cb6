import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { safeParseArticle } from "../src/schema/index.js";
import { MUTATION_KINDS, type MutationKind, mutateArticle } from "./support/mutations.js";
import { cloneArticle } from "./support/clone.js";

// Seeded, so a failure reproduces from the seed and path fast-check prints. `endOnFailure`: the
// error already says what was mutated, and shrinking a draw over the whole article can take
// minutes and gigabytes before it reports anything.
const RUNS_PER_KIND = 300;

const startsWith = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]) =>
  prefix.every((key, i) => path[i] === key);

type Issue = z.core.$ZodIssue;

/**
 * The paths of every issue, with those inside a union's branches joined to the union's path: for
 * a claim's `source` (entity or author) zod reports `claims.i.source` and names the field that
 * broke each branch, such as `entityId`, in the branch's own issues.
 */
function issuePaths(issues: readonly Issue[], base: readonly PropertyKey[] = []): PropertyKey[][] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    return issue.code === "invalid_union"
      ? [path, ...issue.errors.flatMap((branch) => issuePaths(branch, path))]
      : [path];
  });
}

/** Breaks a fresh copy of the shipped article in one way of `kind` and checks the schema's verdict. */
function checkMutation(g: fc.GeneratorValue, kind: MutationKind): void {
  const doc = cloneArticle();
  const mutation = mutateArticle(g, doc, kind);
  fc.pre(mutation !== undefined);
  let result: ReturnType<typeof safeParseArticle>;
  try {
    result = safeParseArticle(doc);
  } catch (error) {
    throw new Error(`safeParseArticle threw on ${mutation.description}: ${String(error)}`);
  }
  if (result.success) throw new Error(`accepted silently: ${mutation.description}`);
  const paths = issuePaths(result.error.issues);
  const named = mutation.exact
    ? paths.some((path) => path.length === mutation.path.length && startsWith(path, mutation.path))
    : paths.some((path) => startsWith(path, mutation.path));
  if (!named) {
    const shown = paths.slice(0, 10).map((p) => p.join(".") || "(root)");
    const where = mutation.path.join(".") || "(root)";
    throw new Error(`no issue names ${where} after ${mutation.description}; issues at: ${shown.join(", ")}`);
  }
}

describe("random mutations of the shipped article", () => {
  it("start from a copy the schema accepts", () => {
    expect(safeParseArticle(cloneArticle()).success).toBe(true);
  });

  it.each(MUTATION_KINDS)("are rejected, naming the mutated field: %s", (kind) => {
    const seed = 42 + MUTATION_KINDS.indexOf(kind);
    fc.assert(
      fc.property(fc.gen(), (g) => checkMutation(g, kind)),
      { seed, numRuns: RUNS_PER_KIND, endOnFailure: true },
    );
  });
});
