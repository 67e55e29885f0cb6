/**
 * Vendors the test cases of the CoNLL-2012 reference coreference scorer into
 * test/fixtures/reference-coreference-scorers/: the key/response files the cases use, the
 * LICENSE, a SOURCE.md, and expected.json — the expected (recall, precision, F1) values of
 * test/CorefMetricTestConfig.pm, with its Perl arithmetic (e.g. `(7/3)/6`) evaluated.
 *
 * Usage (from the package root):
 *   npx tsx scripts/vendor-coref-expected.ts [referenceDir]
 * referenceDir defaults to ../shared/reference/reference-coreference-scorers.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const referenceDir = resolve(
  process.argv[2] ?? join(packageRoot, "..", "shared", "reference", "reference-coreference-scorers"),
);
const fixtureDir = join(packageRoot, "test", "fixtures", "reference-coreference-scorers");
const testDir = join(referenceDir, "test");

const METRICS = ["muc", "bcub", "ceafm", "ceafe", "blanc"] as const;
type Metric = (typeof METRICS)[number];

interface ExpectedValues {
  recall: number;
  precision: number;
  f1: number;
  /** The Perl expressions the values were computed from, for traceability. */
  expressions: [string, string, string];
}

interface TestCase {
  id: string;
  keyFile: string;
  responseFile: string;
  expected: Partial<Record<Metric, ExpectedValues>>;
}

main();

function main(): void {
  const configText = readFileSync(join(testDir, "CorefMetricTestConfig.pm"), "utf8");
  const cases = parseTestConfig(configText);
  const license = readFileSync(join(referenceDir, "LICENSE"), "utf8");
  if (!/Creative Commons Attribution ShareAlike 4\.0/i.test(license)) {
    throw new Error("LICENSE no longer states CC BY-SA 4.0; check the licensing before vendoring");
  }
  const source = readFileSync(join(referenceDir, "SOURCE.txt"), "utf8").trim();

  const dataFiles = [...new Set(cases.flatMap((c) => [c.keyFile, c.responseFile]))].sort();
  for (const file of dataFiles) {
    const target = join(fixtureDir, file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(testDir, file), target);
  }
  copyFileSync(join(referenceDir, "LICENSE"), join(fixtureDir, "LICENSE"));
  writeFileSync(join(fixtureDir, "SOURCE.md"), sourceMarkdown(source, dataFiles));
  writeFileSync(
    join(fixtureDir, "expected.json"),
    `${JSON.stringify(
      {
        description:
          "Expected [recall, precision, F1] per test case and metric, converted from test/CorefMetricTestConfig.pm " +
          "of the CoNLL-2012 reference coreference scorer v8.01. Paths are relative to this directory. " +
          "The reference test harness accepts a summed absolute difference below 1e-4.",
        generatedBy: "scripts/vendor-coref-expected.ts",
        cases,
      },
      null,
      2,
    )}\n`,
  );
  const metricCount = cases.reduce((n, c) => n + Object.keys(c.expected).length, 0);
  console.log(
    `Wrote ${cases.length} test cases (${metricCount} metric expectations) and ${dataFiles.length} data files ` +
      `to ${fixtureDir}`,
  );
}

function sourceMarkdown(source: string, dataFiles: readonly string[]): string {
  return [
    "# Reference coreference scorer test data",
    "",
    source,
    "",
    "The files in this directory are licensed under the Creative Commons Attribution-ShareAlike 4.0",
    "International License (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/), see",
    "LICENSE. They are copied unchanged from the repository above, except expected.json, which",
    "is derived from test/CorefMetricTestConfig.pm by scripts/vendor-coref-expected.ts (the Perl",
    "arithmetic in the expected values is evaluated; commented-out expectations are skipped).",
    "",
    "Files copied from test/:",
    "",
    ...dataFiles.map((file) => `- ${file}`),
    "",
  ].join("\n");
}

// -------------------------------------------------------------------------------------------
// Reading the Perl configuration

/** Extracts the test cases of CorefMetricTestConfig.pm (a Perl array of hashes). */
function parseTestConfig(perl: string): TestCase[] {
  const code = stripPerlComments(perl);
  const blocks = code.split(/\{\s*id\s*=>/).slice(1);
  if (blocks.length === 0) throw new Error("no test cases found in CorefMetricTestConfig.pm");
  return blocks.map((block) => {
    const id = requireMatch(block, /^\s*"([^"]+)"/, "id");
    const keyFile = requireMatch(block, /key_file\s*=>\s*"([^"]+)"/, `key_file of ${id}`);
    const responseFile = requireMatch(block, /response_file\s*=>\s*"([^"]+)"/, `response_file of ${id}`);
    const metricsBody = requireMatch(block, /expected_metrics\s*=>\s*\{([^}]*)\}/, `expected_metrics of ${id}`);
    const expected: Partial<Record<Metric, ExpectedValues>> = {};
    for (const [, name, list] of metricsBody.matchAll(/"(\w+)"\s*=>\s*\[([^\]]*)\]/g)) {
      if (!isMetric(name)) throw new Error(`${id}: unknown metric "${name}"`);
      const expressions = splitTopLevel(list ?? "").map((e) => e.trim());
      if (expressions.length !== 3) throw new Error(`${id}/${name}: expected 3 values, got ${expressions.length}`);
      const [recall, precision, f1] = expressions.map(evaluateArithmetic) as [number, number, number];
      expected[name] = { recall, precision, f1, expressions: expressions as [string, string, string] };
    }
    // Catch metrics the pattern above would silently miss (e.g. a changed quoting style).
    const mentioned = [...metricsBody.matchAll(/(\w+)["”]?\s*=>/g)].length;
    if (mentioned !== Object.keys(expected).length) {
      throw new Error(`${id}: could not read every expected metric of ${metricsBody.trim()}`);
    }
    return { id, keyFile, responseFile, expected };
  });
}

function isMetric(name: string | undefined): name is Metric {
  return (METRICS as readonly (string | undefined)[]).includes(name);
}

function requireMatch(text: string, pattern: RegExp, what: string): string {
  const value = pattern.exec(text)?.[1];
  if (value === undefined) throw new Error(`cannot find ${what} in CorefMetricTestConfig.pm`);
  return value;
}

/** Removes `# …` comments outside double-quoted strings (the config has no other quoting). */
function stripPerlComments(perl: string): string {
  return perl
    .split("\n")
    .map((line) => {
      let inString = false;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '"') inString = !inString;
        else if (line[i] === "#" && !inString) return line.slice(0, i);
      }
      return line;
    })
    .join("\n");
}

/** Splits on commas that are not inside parentheses. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of list) {
    if (char === "(") depth++;
    if (char === ")") depth--;
    if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  if (current.trim() !== "") parts.push(current);
  return parts;
}

/**
 * Evaluates the arithmetic of the config (numbers, + - * /, parentheses, unary minus) with a
 * small recursive-descent parser, so no Perl and no `eval` is needed.
 */
function evaluateArithmetic(expression: string): number {
  const tokens = expression.match(/\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|[-+*/()]|\S/g) ?? [];
  let position = 0;
  const peek = (): string | undefined => tokens[position];
  const take = (): string => {
    const token = tokens[position++];
    if (token === undefined) throw new Error(`unexpected end of expression "${expression}"`);
    return token;
  };

  const sum = (): number => {
    let value = product();
    while (peek() === "+" || peek() === "-") value = take() === "+" ? value + product() : value - product();
    return value;
  };
  const product = (): number => {
    let value = unary();
    while (peek() === "*" || peek() === "/") value = take() === "*" ? value * unary() : value / unary();
    return value;
  };
  const unary = (): number => {
    if (peek() === "-") {
      take();
      return -unary();
    }
    if (peek() === "+") {
      take();
      return unary();
    }
    const token = take();
    if (token === "(") {
      const value = sum();
      if (take() !== ")") throw new Error(`missing ")" in "${expression}"`);
      return value;
    }
    const value = Number(token);
    if (!Number.isFinite(value)) throw new Error(`unexpected "${token}" in "${expression}"`);
    return value;
  };

  const value = sum();
  if (position !== tokens.length) throw new Error(`trailing input in "${expression}"`);
  if (!Number.isFinite(value)) throw new Error(`"${expression}" is not a finite number`);
  return value;
}
