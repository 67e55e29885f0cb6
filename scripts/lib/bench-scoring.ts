/**
 * Scoring on hostile inputs the size caps admit: each case runs `score` (or the public
 * coreference API) on the built package in a fresh process and reports its exit code, wall
 * time and peak memory. Figures only; the fuzz tests check the outcomes, never the timings.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { article } from "../../src/generated/article.js";
import { toConll2012 } from "../../src/formats/conll2012.js";
import { runNode } from "./bench-process.js";

/** One measured case. */
export interface ScoringCase {
  readonly name: string;
  readonly inputBytes: number;
  readonly exitCode: number | null;
  readonly outcome: string;
  readonly wallMs: number;
  readonly peakMb: number;
}

const gold = article.mentions.map((m) => ({ start: m.span.start, end: m.span.end, cluster: m.entityId }));
const n = article.text.length;

const goldKeys = new Set(gold.map((m) => `${m.start}-${m.end}`));

/** Random-looking but reproducible spans, none of them a gold mention's (so none is a repeat). */
function spans(count: number, seed: number): { start: number; end: number; cluster: string }[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const start = Math.floor(next() * (n - 40));
    let end = start + 1 + Math.floor(next() * 30);
    while (goldKeys.has(`${start}-${end}`)) end++;
    return { start, end, cluster: `c${Math.floor(next() * 500)}` };
  });
}

/** The inputs: name, file contents, format. */
function cases(): { name: string; contents: string; format: string }[] {
  const listedTwice = spans(9_000, 1);
  const extra = { start: 0, end: 2, cluster: "dup" }; // not a gold span
  // The CoNLL-2012 export with the coreference column of the first tokens replaced.
  const withColumns = (...columns: string[]) => {
    const lines = toConll2012().split("\n");
    columns.forEach((column, token) => {
      const fields = (lines[token + 1] ?? "").split("\t");
      fields[fields.length - 1] = column;
      lines[token + 1] = fields.join("\t");
    });
    return lines.join("\n");
  };
  const wide = Array.from({ length: 100_000 }, (_, i) => ({ start: i % 50, end: n - (i % 50), cluster: "all" }));
  return [
    {
      name: "9,000 spans, one non-gold span listed twice",
      format: "json",
      contents: JSON.stringify({ mentions: [...gold, ...listedTwice, extra, extra] }),
    },
    {
      name: "CoNLL-2012, 99,000 one-token mentions on one token",
      format: "conll2012",
      contents: withColumns(Array(99_000).fill("(9999)").join("|")),
    },
    {
      name: "CoNLL-2012, 99,000 mentions opened on one token, closed on the next",
      format: "conll2012",
      contents: withColumns(Array(99_000).fill("(77").join("|"), Array(99_000).fill("77)").join("|")),
    },
    {
      name: "100,000 mentions overlapping every gold mention",
      format: "json",
      contents: JSON.stringify({ mentions: wide }),
    },
    {
      name: "100,000 random mentions in 500 clusters",
      format: "json",
      contents: JSON.stringify({ mentions: spans(100_000, 7) }),
    },
    {
      name: "54 MB of mentions (more than the item limit)",
      format: "json",
      contents: JSON.stringify({ mentions: spans(1_500_000, 3) }),
    },
  ];
}

const CHILD = `
const [cli] = process.argv.slice(-1);
process.argv.splice(-1, 1);
process.argv.splice(1, 0, cli); // where a script path would be
process.on("exit", () => process.stderr.write("\\npeak=" + process.resourceUsage().maxRSS + "\\n"));
await import(cli);
`;

function runChild(args: string[]): { code: number | null; stderr: string; wallMs: number; peakMb: number } {
  const child = runNode(["--input-type=module", "-e", CHILD, ...args], { mustSucceed: false });
  const peak = /peak=(\d+)/.exec(child.stderr)?.[1];
  return {
    code: child.status,
    stderr: child.stderr.replace(/\npeak=\d+\n$/, ""),
    wallMs: child.wallMs,
    peakMb: Number(peak ?? 0) / 1024,
  };
}

/** Runs every case on `dist/cli.js` and on the coreference API of `dist/eval.js`. */
export function measureScoring(dist: string): ScoringCase[] {
  const dir = mkdtempSync(join(tmpdir(), "kim-shoigu-bench-score-"));
  try {
    const results: ScoringCase[] = [];
    for (const c of cases()) {
      const path = join(dir, `input.${c.format}`);
      writeFileSync(path, c.contents);
      const run = runChild(["score", path, "--format", c.format, "--json", join(dist, "cli.js")]);
      const firstLine = run.stderr.split("\n").find((l) => l.trim() !== "") ?? "";
      const outcome = run.code === 0 ? "scored" : firstLine.replace(path, "FILE").slice(0, 110);
      results.push({
        name: c.name,
        inputBytes: statSync(path).size,
        exitCode: run.code,
        outcome,
        wallMs: run.wallMs,
        peakMb: run.peakMb,
      });
    }
    for (const clusters of [300, 2_000, 5_000]) {
      const script = join(dir, `clusters-${clusters}.mjs`);
      // Key chain i holds mentions 2i and 2i+1; response chain i holds 2i+1 and 2i+2: one linked group.
      writeFileSync(
        script,
        `import { scoreClusters } from ${JSON.stringify(join(dist, "eval.js"))};
const key = Array.from({ length: ${clusters} }, (_, i) => [String(2 * i), String(2 * i + 1)]);
const response = Array.from({ length: ${clusters} }, (_, i) => [String(2 * i + 1), String(2 * i + 2)]);
try { console.log(scoreClusters(key, response).ceafe.f1); }
catch (e) { console.error(e.name + ": " + e.message); process.exitCode = 1; }`,
      );
      const run = runChild([script]);
      const outcome = run.code === 0 ? "scored" : (run.stderr.split("\n")[0] ?? "").slice(0, 110);
      results.push({
        name: `scoreClusters, ${clusters} × ${clusters} clusters in one linked group`,
        inputBytes: 0,
        exitCode: run.code,
        outcome,
        wallMs: run.wallMs,
        peakMb: run.peakMb,
      });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Markdown section for docs/performance.md. */
export function renderScoringSection(results: readonly ScoringCase[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.inputBytes ? `${(r.inputBytes / 1024).toFixed(0)} KB` : "—"} | ${
        r.exitCode
      } | ${r.outcome.replaceAll("|", "\\|")} | ${r.wallMs.toFixed(0)} | ${r.peakMb.toFixed(0)} |`,
  );
  return `
## Scoring on hostile inputs

Each case runs in a fresh process on the built package: \`score FILE --json\` (the first rows) or
\`scoreClusters\` (the last ones). The target is that anything the size limits of the evaluate
guide admit is scored or refused within 10 s and 1 GB on a 2-core machine.

| case | input | exit | outcome | wall ms | peak MB |
| --- | --- | --- | --- | --- | --- |
${rows.join("\n")}
`;
}
