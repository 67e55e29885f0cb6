import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { article } from "../src/generated/article.js";
import {
  toBrat,
  toConll,
  toConll2012,
  toCsv,
  toHtml,
  toJsonl,
  toJsonLd,
  toSpacy,
  toTables,
  toWebAnnotations,
} from "../src/formats/index.js";
import { repoRoot } from "./support/paths.js";

// The ready files in dist/ (written by `npm run build`), each compared byte for byte with its
// exporter and with what the built command line prints for the same export.

const dist = join(repoRoot, "dist");
const cli = join(dist, "cli.js");
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const brat = toBrat();
const tables = toTables();

// path under dist/ → [the exporter's output, the CLI arguments that print it]
const EXPECTED: Record<string, [string, string[]]> = {
  "files/article.conll": [toConll(), ["export", "conll"]],
  "files/article.gold_conll": [toConll2012(), ["export", "conll2012"]],
  "files/article.spacy.json": [json(toSpacy()), ["export", "spacy"]],
  "files/article.spacy-extensions.json": [
    json(toSpacy(article, { extensions: true })),
    ["export", "spacy", "--extensions"],
  ],
  "files/article.jsonld": [json(toJsonLd()), ["export", "jsonld"]],
  "files/article.webanno.jsonld": [json(toWebAnnotations()), ["export", "webanno"]],
  "files/article.html": [toHtml(), ["export", "html"]],
  "files/brat/annotation.conf": [brat.conf, []],
  "files/brat/tools.conf": [brat.tools, []],
  [`files/brat/${article.id}.txt`]: [brat.txt, []],
  [`files/brat/${article.id}.ann`]: [brat.ann, ["export", "brat"]],
  ...Object.fromEntries(
    (["entities", "mentions", "claims", "times", "notes"] as const).flatMap((name) => [
      [`tables/${name}.csv`, [toCsv(tables[name]), ["export", `${name}.csv`]]],
      [`tables/${name}.jsonl`, [toJsonl(tables[name]), ["export", `${name}.jsonl`]]],
    ]),
  ),
};

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
const read = (path: string) => readFileSync(join(dist, path), "utf8");
const runCli = (args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(result.stderr, args.join(" ")).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
};

const bratOut = mkdtempSync(join(tmpdir(), "kim-shoigu-brat-"));
afterAll(() => rmSync(bratOut, { recursive: true, force: true }));

describe("the ready files", () => {
  it("are exactly the expected files, under dist/files and dist/tables", () => {
    const present = [...listFiles(join(dist, "files")), ...listFiles(join(dist, "tables"))].map((p) =>
      relative(dist, p).split("\\").join("/"),
    );
    expect(present.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s is byte-identical to its exporter", (path, [expected]) => {
    expect(read(path) === expected, path).toBe(true);
    expect(expected.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(EXPECTED).filter(([, [, args]]) => args.length > 0))(
    "%s is what the CLI prints",
    (path, [, args]) => {
      expect(runCli(args) === read(path), args.join(" ")).toBe(true);
    },
  );

  it("holds the four files `export brat --out` writes, byte for byte", () => {
    const result = spawnSync(process.execPath, [cli, "export", "brat", "--out", bratOut], { encoding: "utf8" });
    expect(result.status).toBe(0);
    const written = readdirSync(bratOut).sort();
    expect(written).toEqual(["annotation.conf", `${article.id}.ann`, `${article.id}.txt`, "tools.conf"].sort());
    for (const name of written)
      expect(readFileSync(join(bratOut, name), "utf8") === read(`files/brat/${name}`), name).toBe(true);
  });

  it("are reachable through the package's exports map", () => {
    const require = createRequire(join(repoRoot, "package.json"));
    for (const path of Object.keys(EXPECTED)) expect(require.resolve(`kim-shoigu-2023/${path}`)).toBe(join(dist, path));
  });

  it("keep the text the brat .txt holds equal to the article text, which offsets index", () => {
    expect(read(`files/brat/${article.id}.txt`)).toBe(article.text);
  });
});
