import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { TABLE_NAMES, toTables } from "../src/formats/tables.js";
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
      const heading = new RegExp(`<h([1-6]) id="${anchor}"[^>]*>(.*?)<a href="#${anchor}" aria-label="Permalink"`).exec(
        html,
      );
      if (!heading) continue; // an API member, not a markdown heading
      const expected = textOf(heading[2]!);
      if (textOf(entry!) !== expected || expected === "")
        problems.push(`${page}: "${textOf(entry!)}" for "${expected}"`);
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
      for (const doc of JSON.parse(readFileSync(join(repoRoot, "docs", "typedoc.json"), "utf8"))
        .projectDocuments as string[]) {
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

describe("the citation and the dataset card", () => {
  const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");
  const pkg = JSON.parse(read("package.json")) as { license: string; files: string[] };

  it("CITATION.cff is a CFF 1.2.0 dataset citation under the package's license, and ships", () => {
    const cff = parseYaml(read("CITATION.cff")) as Record<string, unknown>;
    expect(cff).toMatchObject({ "cff-version": "1.2.0", type: "dataset", license: pkg.license });
    for (const key of ["message", "title", "abstract"]) expect(typeof cff[key], key).toBe("string");
    const authors = cff["authors"] as { name?: string }[];
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) expect(author.name).toMatch(/\S/);
    expect(pkg.files).toContain("CITATION.cff");
  });

  it("the README's BibTeX is the one CITATION.cff implies", () => {
    const cff = parseYaml(read("CITATION.cff")) as { title: string; authors: { name: string }[] };
    const bibtex = /```bibtex\n(@misc\{[\s\S]*?\n\})\n```/.exec(read("README.md"))?.[1] ?? "";
    const field = (name: string) => new RegExp(`^\\s*${name}\\s*=\\s*\\{(.*)\\},?$`, "m").exec(bibtex)?.[1];
    expect(field("title")).toBe(cff.title);
    expect(field("author")).toBe(cff.authors.map((a) => `{${a.name}}`).join(" and "));
  });

  it("the dataset card has Hugging Face front matter whose data files are in the package", () => {
    const card = read("docs/dataset-card.md");
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(card)?.[1];
    const meta = parseYaml(yaml ?? "") as Record<string, unknown>;
    expect(meta).toMatchObject({ language: ["en"], size_categories: ["n<1K"], license: "other" });
    expect(meta["license_link"]).toBe("LICENSE");
    expect((meta["task_categories"] as string[]).length).toBeGreaterThan(0);
    const configs = meta["configs"] as { config_name: string; data_files: string }[];
    expect(configs.map((c) => c.config_name)).toEqual([...TABLE_NAMES]);
    for (const { data_files } of configs) expect(existsSync(join(repoRoot, data_files)), data_files).toBe(true);
  });

  it("says what is and is not known of the article text's origin and terms, as the data does", () => {
    const card = read("docs/dataset-card.md");
    const provenance = (
      JSON.parse(read("data/article.json")) as { provenance: { summary: string; publisher?: string } }
    ).provenance;
    // The card may name no publisher as long as the data records none.
    expect(provenance.publisher).toBeUndefined();
    expect(provenance.summary).toMatch(/no headline, byline, dateline, publisher or address/);
    expect(card).toMatch(/carries no headline, byline, dateline, publisher or\s+address/);
    expect(card).toMatch(/No licence or permission for the text was supplied with it, and none is known/);
    expect(read("README.md")).toMatch(/not the article text/);
  });
});
