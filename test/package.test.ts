import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";

// The packed package as a consumer gets it: `npm pack`, installed into a fresh project from the
// tarball (its one dependency, zod, comes from the npm cache filled by `npm ci`), then loaded
// as ESM and CJS under Node 20, 22 and 24 and type-checked with two module resolutions.

const NODES: Record<string, string> = {
  current: process.execPath,
  "22": join(repoRoot, ".tmp", "nodes", "22", "node_modules", ".bin", "node"),
  "24": join(repoRoot, ".tmp", "nodes", "24", "node_modules", ".bin", "node"),
};
const expectedText = readFileSync(join(repoRoot, "data", "article.txt"), "utf8");

const ESM_CONSUMER = `
import { article, getEntity, mentionsOf, textSha256 } from "kim-shoigu-2023";
import { parseArticle } from "kim-shoigu-2023/schema";
const parsed = parseArticle(JSON.parse(JSON.stringify(article)));
console.log(JSON.stringify({
  node: process.version,
  textLength: article.text.length,
  sha: textSha256,
  kim: getEntity("kim-jong-un")?.name,
  kimMentions: mentionsOf("kim-jong-un").length,
  frozen: Object.isFrozen(article.mentions[0].span),
  parsedId: parsed.id,
}));
`;

const CJS_CONSUMER = `
const { article, getEntity, textSha256 } = require("kim-shoigu-2023");
const zodLoadedByMain = Object.keys(require.cache).some((p) => p.includes("/node_modules/zod/"));
const { safeParseArticle } = require("kim-shoigu-2023/schema");
const raw = require("kim-shoigu-2023/article.json");
const jsonSchema = require("kim-shoigu-2023/schema.json");
console.log(JSON.stringify({
  node: process.version,
  textLength: article.text.length,
  sha: textSha256,
  kim: getEntity("kim-jong-un")?.name,
  zodLoadedByMain,
  valid: safeParseArticle(raw).success,
  rawMatches: raw.text === article.text,
  schemaDialect: jsonSchema.$schema,
}));
`;

const TS_CONSUMER = `
import { article, getEntity, type Article, type EntityId } from "kim-shoigu-2023";
import { parseArticle, type AnnotatedArticle } from "kim-shoigu-2023/schema";
const id: EntityId = "kcna";
const name: string | undefined = getEntity(id)?.name;
// @ts-expect-error a misspelt entity id is a type error
getEntity("kcnaa");
const doc: Article = article;
const parsed: AnnotatedArticle = parseArticle(doc);
// @ts-expect-error the shipped data is read-only
article.entities[0].name = "x";
export { name, parsed };
`;

let consumer: string;
const run = (node: string, file: string) =>
  JSON.parse(execFileSync(node, [file], { cwd: consumer, encoding: "utf8" })) as Record<string, unknown>;

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), "kim-shoigu-consumer-"));
  execFileSync("npm", ["pack", "--silent", "--pack-destination", consumer], { cwd: repoRoot, encoding: "utf8" });
  const tarball = readdirSync(consumer).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }));
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`], {
    cwd: consumer,
    stdio: "pipe",
  });
  writeFileSync(join(consumer, "esm.mjs"), ESM_CONSUMER);
  writeFileSync(join(consumer, "cjs.cjs"), CJS_CONSUMER);
  writeFileSync(join(consumer, "consumer.ts"), TS_CONSUMER);
}, 240_000);

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe.each(Object.entries(NODES))(
  "the packed package under Node %s",
  (label, node) => {
    it("imports as ESM", () => {
      const result = run(node, "esm.mjs");
      if (label !== "current") expect(result["node"]).toMatch(new RegExp(`^v${label}\\.`));
      expect(result).toMatchObject({
        textLength: expectedText.length,
        kim: "Kim Jong Un",
        frozen: true,
        parsedId: "kim-shoigu-pyongyang-2023-07-27",
      });
      expect(result["kimMentions"]).toBeGreaterThan(0);
    });

    it("requires as CJS, without loading zod for the main entry", () => {
      const result = run(node, "cjs.cjs");
      expect(result).toMatchObject({
        textLength: expectedText.length,
        kim: "Kim Jong Un",
        zodLoadedByMain: false,
        valid: true,
        rawMatches: true,
        schemaDialect: "https://json-schema.org/draft/2020-12/schema",
      });
    });
  },
  60_000,
);

describe("the packed package's command line", () => {
  const cli = (args: string[], env: Record<string, string> = {}) => {
    const bin = join(consumer, "node_modules", ".bin", "kim-shoigu-2023");
    const result = spawnSync(bin, args, { cwd: consumer, encoding: "utf8", env: { ...process.env, ...env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

  it("prints its version and help", () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(cli(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["show", "stats", "export", "validate", "score"])
      expect(help.stdout).toContain(`  ${command}`);
  });

  it("shows the article without colour when the output is not a terminal", () => {
    const show = cli(["show"]);
    expect(show.code).toBe(0);
    expect(show.stdout).not.toContain("\u001b[");
    expect(show.stdout).toContain("[Kim Jong Un]{kim-jong-un}");
    expect(show.stdout.split("\n").filter((l) => /^¶\d/.test(l))).toHaveLength(9);
    expect(cli(["stats"]).stdout).toMatch(/^kim-shoigu-pyongyang-2023-07-27: 2709 characters/);
  });

  it("exports every format, to stdout or to a file", () => {
    expect(JSON.parse(cli(["export", "jsonld"]).stdout)["@context"]).toBeDefined();
    expect(cli(["export", "conll"]).stdout).toContain("Kim\tB-PER");
    expect(JSON.parse(cli(["export", "spacy"]).stdout)).not.toHaveProperty("_");
    const shippedClaims = (
      JSON.parse(readFileSync(join(repoRoot, "dist", "article.json"), "utf8")) as { claims: unknown[] }
    ).claims;
    expect(JSON.parse(cli(["export", "spacy", "--extensions"]).stdout)._.claims).toHaveLength(shippedClaims.length);
    const out = join(consumer, "page.html");
    expect(cli(["export", "html", "--out", out])).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/i);
    const unknown = cli(["export", "docx"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown format "docx"');
  });

  it("validates: 0 for a valid article, 1 with path: message for an invalid one, 2 for unreadable input", () => {
    const valid = join(consumer, "node_modules", "kim-shoigu-2023", "dist", "article.json");
    expect(cli(["validate", valid]).code).toBe(0);
    const broken = JSON.parse(readFileSync(valid, "utf8"));
    broken.mentions[0].span.start += 1;
    writeFileSync(join(consumer, "broken.json"), JSON.stringify(broken));
    const invalid = cli(["validate", "broken.json"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^broken\.json: mentions\.0\.span\.text: span text /);
    noStackTrace(invalid.stderr);
    const missing = cli(["validate", "missing.json"]);
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "kim-shoigu-2023: cannot read missing.json: ENOENT\n" });
  });

  it("scores predictions: 0 with the table or JSON, 1 for invalid predictions, 2 for unreadable input", () => {
    writeFileSync(join(consumer, "brat.ann"), cli(["export", "brat"]).stdout);
    const table = cli(["score", "brat.ann", "--format", "brat"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/mentions \(exact\)\s+100\.0 100\.0 100\.0/);
    const json = JSON.parse(cli(["score", "brat.ann", "--format", "brat", "--json"]).stdout);
    expect(Object.keys(json.coreference).sort()).toEqual(["bcub", "blanc", "ceafe", "ceafm", "conll", "muc"]);
    expect(json.coreference.muc).toEqual({ recall: 1, precision: 1, f1: 1 });
    writeFileSync(join(consumer, "bad.json"), JSON.stringify({ mentions: [{ start: 0, end: 99999 }] }));
    const bad = cli(["score", "bad.json"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("bad.json: mentions[0]: end 99999 is past the end of the text (length 2709)");
    expect(cli(["score", "nothing.json"]).code).toBe(2);
  });

  it("rejects an unknown command with exit 2", () => {
    const result = cli(["frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});

// GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
const anchorsOf = (markdown: string) =>
  new Set(
    [...markdown.replace(/```[\s\S]*?```/g, "").matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      m[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, "")
        .replace(/ /g, "-"),
    ),
  );

describe("the packed package's files", () => {
  const installed = () => join(consumer, "node_modules", "kim-shoigu-2023");

  it("resolves every relative link of the README inside the package, anchors included", () => {
    const readme = readFileSync(join(installed(), "README.md"), "utf8");
    const links = [...readme.replace(/```[\s\S]*?```/g, "").matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    const relativeLinks = links.filter((link) => !/^[a-z]+:/i.test(link));
    expect(relativeLinks.length).toBeGreaterThan(10);
    const broken = relativeLinks.filter((link) => {
      const [path, anchor] = link.split("#");
      const target = path === "" ? join(installed(), "README.md") : join(installed(), path!);
      if (!existsSync(target)) return true;
      return anchor !== undefined && target.endsWith(".md") && !anchorsOf(readFileSync(target, "utf8")).has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it("ships the citation and the ready files, reachable through the exports map", () => {
    expect(existsSync(join(installed(), "CITATION.cff"))).toBe(true);
    const script = `for (const p of ["files/article.jsonld", "tables/mentions.csv", "files/brat/annotation.conf"])
      console.log(require("node:fs").readFileSync(require.resolve("kim-shoigu-2023/" + p), "utf8").length);`;
    const lengths = execFileSync(process.execPath, ["-e", script], { cwd: consumer, encoding: "utf8" })
      .trim()
      .split("\n");
    const expected = ["files/article.jsonld", "tables/mentions.csv", "files/brat/annotation.conf"].map((p) =>
      String(readFileSync(join(repoRoot, "dist", p), "utf8").length),
    );
    expect(lengths).toEqual(expected);
  });
});

describe("the packed package from TypeScript", () => {
  const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
  const check = (options: string[]) =>
    spawnSync(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", "false", ...options, "consumer.ts"], {
      cwd: consumer,
      encoding: "utf8",
    });

  it.each([
    ["nodenext", ["--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext"]],
    ["bundler", ["--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler"]],
  ])("type-checks with moduleResolution %s", (_name, options) => {
    const result = check(options);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
