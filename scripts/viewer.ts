/**
 * The viewer: writes the annotated article as one standalone HTML page (from `toHtml()`, the
 * HTML export of `kim-shoigu-2023/formats`) that you open in a browser, with no server and no
 * network. See docs/viewer.md.
 *
 *   npm run viewer                          write docs-site/viewer/index.html
 *   npm run viewer -- --out PATH            write PATH instead (relative to the current folder)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { toHtml } from "../src/formats/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Where the page goes by default: inside the git-ignored docs site. */
export const DEFAULT_OUT = join(root, "docs-site", "viewer", "index.html");

const USAGE = `usage: npm run viewer [-- --out PATH]

Writes the annotated article as a standalone HTML page (default: docs-site/viewer/index.html).`;

/** The output path named by the command-line arguments, or the default; throws on anything else. */
export function outPathOf(args: readonly string[], cwd: string = process.cwd()): string {
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--out" || arg === "-o") {
      const value = args[++i];
      if (!value || value.startsWith("-")) throw new Error(`${arg} needs a path`);
      out = value;
    } else if (arg.startsWith("--out=")) {
      out = arg.slice("--out=".length);
      if (!out) throw new Error("--out= needs a path");
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return out === undefined ? DEFAULT_OUT : resolve(cwd, out);
}

/** Writes the page to `out`, creating its folder, and returns the page. */
export function writeViewer(out: string = DEFAULT_OUT): string {
  const html = toHtml();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  return html;
}

function main(args: readonly string[]): void {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  let out: string;
  try {
    out = outPathOf(args);
  } catch (error) {
    console.error(`viewer: ${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const html = writeViewer(out);
  console.log(`wrote ${out} (${Buffer.byteLength(html)} bytes)\nopen ${pathToFileURL(out).href}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main(process.argv.slice(2));
