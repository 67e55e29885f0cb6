import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { TABLE_NAMES, toTables } from "../src/formats/index.js";
import { repoRoot } from "./support/paths.js";

const listHtml = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listHtml(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();

/** What a reader of the built site would see wrong, as "page: problem". */
function siteProblems(out: string): string[] {
  const problems: string[] = [];
  const pages = listHtml(out);
  for (const path of pages) {
    const page = relative(out, path);
    const html = readFileSync(path, "utf8");
    // "On This Page": each entry reads as the heading it links to, inline code included.
    const navigation = html.split('tsd-page-navigation"')[1]?.split("</details>")[0] ?? "";
    for (const [, anchor, entry] of navigation.matchAll(/<a href="#([^"]*)"><span>(.*?)<\/span><\/a>/g)) {
      const heading = new RegExp(`<h([1-6]) id="${anchor}"[^>]*>(.*?)<a href="#${anchor}" aria-label="Permalink"`).exec(html);
      if (!heading) continue; // an API member, not a markdown heading
      const expected = textOf(heading[2]!);
      if (textOf(entry!) !== expected || expected === "") problems.push(`${page}: "${textOf(entry!)}" for "${expected}"`);
    }
    if (/href="https?:\/\/[^"/]*\.md"/.test(html)) problems.push(`${page}: a file name linked as a web address`);
  }
  const documents = pages.filter((p) => relative(out, p).startsWith("documents"));
  for (const path of documents) {
    const html = readFileSync(path, "utf8");
    const title = /<title>(.*?) \| /.exec(html)?.[1] ?? "";
    const h1 = textOf(/<h1 id="[^"]*"[^>]*>(.*?)<a href/.exec(html)?.[1] ?? "");
    if (title !== h1) problems.push(`${relative(out, path)}: titled "${title}", its heading is "${h1}"`);
  }
  const index = readFileSync(join(out, "index.html"), "utf8");
  if ((index.match(/<h1[ >]/g) ?? []).length !== 1) problems.push("index.html: more than one h1");
  return problems;
}

describe("the documentation site", () => {
  it("builds with TypeDoc, every export documented and every link valid (warnings are errors), and reads well", () => {
    const out = mkdtempSync(join(tmpdir(), "kim-shoigu-docs-"));
    try {
      const typedoc = join(repoRoot, "node_modules", "typedoc", "bin", "typedoc");
      execFileSync(process.execPath, [typedoc, "--options", "docs/typedoc.json", "--out", out], {
        cwd: repoRoot,
        stdio: "pipe",
      });
      expect(existsSync(join(out, "index.html"))).toBe(true);
      const guides = readdirSync(join(out, "documents"));
      for (const doc of JSON.parse(readFileSync(join(repoRoot, "docs", "typedoc.json"), "utf8")).projectDocuments as string[]) {
        expect(guides, doc).toContain(doc.replace(/^\.\//, "").replace(/\.md$/, ".html"));
      }
      expect(siteProblems(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("docs/formats.md", () => {
  const formats = readFileSync(join(repoRoot, "docs", "formats.md"), "utf8");

  it("documents every column of every flat table, in order, with its type and description", () => {
    for (const name of TABLE_NAMES) {
      const section = formats.split(`\n#### \`${name}\`\n`)[1]?.split("\n#")[0] ?? "";
      const documented = [...section.matchAll(/^\| `([a-z_]+)` \| ([^|]+) \| (yes|no) \| (.+) \|$/gm)].map((m) => ({
        name: m[1],
        type: m[2]!.trim() === "JSON array" ? "json" : m[2]!.trim(),
        nullable: m[3] === "yes",
        description: m[4],
      }));
      expect(documented, name).toEqual(toTables()[name].columns.map((c) => ({ ...c })));
    }
  });
});
