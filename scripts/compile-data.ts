/**
 * Compiles data/ into src/generated/: validates every file, resolves anchors to offsets, checks
 * the whole article against the schema, and writes the typed, frozen module; and minifies the
 * HTML page's style sheet and script (src/formats/viewer/) into src/generated/html-assets.ts.
 *
 *   npx tsx scripts/compile-data.ts           write src/generated/
 *   npx tsx scripts/compile-data.ts --check   exit 1 if src/generated/ is stale
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readBlindAnnotations } from "./lib/blind-annotations.js";
import { buildArticle } from "./lib/build-article.js";
import { withItemAgreement } from "./lib/item-agreement.js";
import { readDataDir } from "./lib/read-data.js";
import { ArticleShapeSchema } from "../src/schema/article.js";
import { idFieldsOf, spanFieldsOf } from "../src/schema/fields.js";
import { renderArticle, renderFields, renderIdFields, renderIds } from "./lib/render-generated.js";
import { renderPageAssets } from "./lib/render-page-assets.js";
import type { ArticleOf } from "../src/types.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The generated files, by path relative to the repository root, for the data in `root/data` and the page sources. */
export function compileData(repoRoot: string = root): Record<string, string> {
  const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
  const built = buildArticle(readDataDir(join(repoRoot, "data")), version);
  const article = withItemAgreement(built, readBlindAnnotations(repoRoot, built as ArticleOf));
  return {
    "src/generated/article.ts": renderArticle(article),
    "src/generated/ids.ts": renderIds(article),
    "src/generated/fields.ts": renderFields(spanFieldsOf(ArticleShapeSchema)),
    "src/generated/id-fields.ts": renderIdFields(idFieldsOf(ArticleShapeSchema)),
    "src/generated/html-assets.ts": renderPageAssets(repoRoot),
  };
}

/** Paths whose committed content differs from what the data compiles to. */
export function staleFiles(repoRoot: string = root): string[] {
  return Object.entries(compileData(repoRoot))
    .filter(
      ([path, content]) => !existsSync(join(repoRoot, path)) || readFileSync(join(repoRoot, path), "utf8") !== content,
    )
    .map(([path]) => path);
}

function main(): void {
  const check = process.argv.includes("--check");
  try {
    if (check) {
      const stale = staleFiles();
      if (stale.length > 0) {
        console.error(`stale generated files (run \`npm run compile\`): ${stale.join(", ")}`);
        process.exitCode = 1;
      }
      return;
    }
    for (const [path, content] of Object.entries(compileData())) {
      writeFileSync(join(root, path), content);
      console.log(`wrote ${relative(process.cwd(), join(root, path))}`);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
