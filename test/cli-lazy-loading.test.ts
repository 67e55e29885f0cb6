import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";

// Which modules each command of the built CLI loads, recorded by a module-loader hook in the
// child: every ES module Node loads passes through it. The CLI's chunks are unminified esbuild
// output; the build's esbuild metafile says which source modules each file holds.

const cli = join(repoRoot, "dist", "cli.js");
let scratch: string;
let register: string;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/ is missing: run `npm run build` (npm test does) before this test");
  scratch = mkdtempSync(join(tmpdir(), "kim-shoigu-lazy-"));
  const hooks = join(scratch, "hooks.mjs");
  const hook = [
    `import { appendFileSync } from "node:fs";`,
    `export async function load(url, context, next) {`,
    `  appendFileSync(process.env.LOAD_LOG, url + "\\n");`,
    `  return next(url, context);`,
    `}`,
  ];
  writeFileSync(hooks, `${hook.join("\n")}\n`);
  register = join(scratch, "register.mjs");
  writeFileSync(
    register,
    `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// Written by tsup.config.ts next to each build.
const metafile = JSON.parse(
  readFileSync(join(repoRoot, "node_modules/.cache/kim-shoigu-2023/metafile-esm.json"), "utf8"),
) as { outputs: Record<string, { inputs: Record<string, unknown> }> };

let runs = 0;
/** The files a CLI command loads: the URLs of its modules, and the source files bundled in them. */
function loadedBy(args: readonly string[]): { urls: string[]; sources: string[] } {
  const log = join(scratch, `load-${runs++}.log`);
  writeFileSync(log, "");
  const child = spawnSync(process.execPath, ["--import", register, cli, ...args], {
    cwd: scratch,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, LOAD_LOG: log, NO_COLOR: "1" },
  });
  expect(child.status, child.stderr).toBe(0);
  const urls = readFileSync(log, "utf8")
    .split("\n")
    .filter((url) => url !== "");
  const sources = urls
    .filter((url) => url.startsWith("file:") && fileURLToPath(url).startsWith(join(repoRoot, "dist")))
    .flatMap((url) => {
      const output = metafile.outputs[relative(repoRoot, fileURLToPath(url)).split(sep).join("/")];
      expect(output, `${url} is not in the build's metafile`).toBeDefined();
      return Object.keys(output!.inputs);
    });
  return { urls, sources: [...new Set(sources)] };
}

// zod itself, and every source module that is zod-based, an exporter or a scorer.
const isZod = (url: string) => /\/node_modules\/zod\//.test(url);
const HEAVY = /^src\/(schema|formats|eval)\//;

describe("the CLI loads only what a command uses", () => {
  it.each([[["--version"]], [["show"]], [["stats"]], [["--help"]], [["show", "--help"]]])(
    "%j loads neither zod nor an exporter or scorer",
    (args) => {
      const { urls, sources } = loadedBy(args);
      expect(urls.filter(isZod)).toEqual([]);
      expect(sources.filter((s) => HEAVY.test(s))).toEqual([]);
      expect(urls.length).toBeGreaterThan(0);
    },
  );

  it("show loads the data and the renderer, which the check above looks inside", () => {
    const { sources } = loadedBy(["show"]);
    expect(sources).toEqual(expect.arrayContaining(["src/cli.ts", "src/cli/show.ts", "src/generated/article.ts"]));
  });

  // The checks above can fail: these commands do load what the others must not.
  it("validate loads zod and the schema", () => {
    const { urls, sources } = loadedBy(["validate", join(repoRoot, "dist", "article.json")]);
    expect(urls.some(isZod)).toBe(true);
    expect(sources).toContain("src/schema/parse.ts");
  });

  it("export brat loads the brat exporter, and not the scorers", () => {
    const { sources } = loadedBy(["export", "brat"]);
    expect(sources).toContain("src/formats/brat.ts");
    expect(sources.filter((s) => s.startsWith("src/eval/"))).toEqual([]);
  });

  it("score loads the scorers", () => {
    const predictions = join(scratch, "predictions.json");
    writeFileSync(predictions, JSON.stringify({ mentions: [] }));
    expect(loadedBy(["score", predictions]).sources).toContain("src/eval/score-all.ts");
  });
});

describe("the CLI writes to a pipe without Node's stream machinery", () => {
  // Node's own modules a process has loaded, read when it exits. The hook takes node:fs through
  // `require`, which builds no ES namespace and so loads no stream classes itself.
  let hook: string;
  beforeAll(() => {
    hook = join(scratch, "module-list.mjs");
    writeFileSync(
      hook,
      `import { createRequire } from "node:module";\n` +
        `const fs = createRequire(import.meta.url)("node:fs");\n` +
        `process.on("exit", () => fs.writeFileSync(process.env.MODULE_LOG, process.moduleLoadList.join("\\n")));\n`,
    );
  });
  const nodeModulesLoadedBy = (args: readonly string[]): string[] => {
    const log = join(scratch, `modules-${runs++}.log`);
    const child = spawnSync(process.execPath, ["--import", hook, ...args], {
      cwd: scratch,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, MODULE_LOG: log, NO_COLOR: "1" },
    });
    expect(child.status, child.stderr).toBe(0);
    return readFileSync(log, "utf8").split("\n");
  };
  // The stream and socket modules behind process.stdout and process.stderr on a pipe, and the
  // ones an ES import of node:fs loads for its stream classes.
  const STREAM_MODULES = /^NativeModule (net|tty|internal\/streams\/(writable|readable|duplex))$/;

  it.each([[["--version"]], [["show"]], [["stats"]]])("%j loads none of them", (args) => {
    const loaded = nodeModulesLoadedBy([cli, ...args]);
    expect(loaded.length).toBeGreaterThan(50);
    expect(loaded.filter((m) => STREAM_MODULES.test(m))).toEqual([]);
  });

  it("while writing through process.stdout loads them, so the check above can fail", () => {
    const script = join(scratch, "stdout.mjs");
    writeFileSync(script, `process.stdout.write("x\\n");\n`);
    expect(nodeModulesLoadedBy([script]).filter((m) => STREAM_MODULES.test(m)).length).toBeGreaterThan(0);
  });
});
