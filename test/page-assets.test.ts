import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COLOURS_MARKER, pageAssets, STYLE_FILES, styleSource, VIEWER_DIR } from "../scripts/lib/render-page-assets.js";
import { ENTITY_COLOURS } from "../src/formats/html-colours.js";
import { PAGE_STYLE } from "../src/generated/html-assets.js";
import { repoRoot } from "./support/paths.js";

const sources = STYLE_FILES.map((file) => readFileSync(join(repoRoot, VIEWER_DIR, file), "utf8")).join("\n");
const namesIn = (css: string, pattern: RegExp) => new Set([...css.matchAll(pattern)].map((m) => m[0]));

describe("the page's style sheet", () => {
  it("takes one colour rule per entity colour where page.css has the marker", () => {
    const css = styleSource(repoRoot);
    expect(css).not.toContain(COLOURS_MARKER);
    const marker = sources.indexOf(COLOURS_MARKER);
    expect(css.slice(0, marker)).toBe(sources.slice(0, marker));
    const rules = ENTITY_COLOURS.map((colour, i) => `.ent-c${i} { --c: ${colour}; }`).join("\n");
    expect(css.slice(marker, marker + rules.length)).toBe(rules);
  });

  it("keeps, minified, every class and custom property of its sources and every colour", () => {
    // Class names and custom properties survive minifying unchanged, so a rule lost on the way
    // (a part not joined, a block cut at the marker) shows as a name missing here.
    const classes = namesIn(sources.replace(/\/\*[\s\S]*?\*\//g, ""), /\.[a-z][a-z0-9-]*/g);
    const properties = namesIn(sources, /--[a-z][a-z-]*/g);
    // One class of each part, so that the names are really read from all of them.
    for (const name of [".mention", ".entity-list", ".graph-says", ".entities"]) expect(classes).toContain(name);
    for (const name of [...classes, ...properties]) expect(PAGE_STYLE, name).toContain(name);
    for (const [i, colour] of ENTITY_COLOURS.entries()) expect(PAGE_STYLE).toContain(`.ent-c${i}{--c: ${colour}}`);
  });
});

describe("minifying the page's sources", () => {
  let root = "";
  // A copy of the sources to break, one file at a time.
  const copy = () => {
    root = mkdtempSync(join(tmpdir(), "page-assets-"));
    cpSync(join(repoRoot, VIEWER_DIR), join(root, VIEWER_DIR), { recursive: true });
  };
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(root, VIEWER_DIR, file);
    writeFileSync(path, change(readFileSync(path, "utf8")));
  };
  const failure = () => {
    try {
      pageAssets(root);
    } catch (error) {
      return (error as Error).message;
    }
    return "no error";
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("fails when page.css lacks the colour marker or has it twice", () => {
    copy();
    edit("page.css", (css) => css.replace(COLOURS_MARKER, ""));
    expect(failure()).toBe(`${VIEWER_DIR}: ${COLOURS_MARKER} must occur once in the style sheet, found 0`);
    edit("graph.css", (css) => `${css}\n${COLOURS_MARKER}\n${COLOURS_MARKER}\n`);
    expect(failure()).toMatch(/found 2$/);
  });

  it("fails on what esbuild would only guess at, naming the file and line, in one line", () => {
    copy();
    edit("sections.css", (css) => css.replace(/\n/, "\n.entity-list { colr: red; }\n"));
    expect(failure()).toBe(`${VIEWER_DIR}/sections.css:2: "colr" is not a known CSS property`);
    copy();
    edit("page.js", (js) => js.replace("const panel =", "const panel = ;"));
    const message = failure();
    expect(message).toMatch(new RegExp(`^${VIEWER_DIR}/page\\.js:\\d+: `));
    expect(message).not.toContain("\n");
  });

  it("never lets the script end its element early or open an HTML comment", () => {
    copy();
    edit("page.js", (js) => js.replace('"details"', '"</script><b>"'));
    const { script } = pageAssets(root);
    expect(script).toContain("<\\/script><b>");
    expect(script.toLowerCase()).not.toContain("</script");
    edit("page.js", (js) => js.replace('"</script><b>"', '"<!--"'));
    expect(failure()).toBe(`${VIEWER_DIR}/page.js: the minified script holds "</script" or "<!--"`);
  });
});
