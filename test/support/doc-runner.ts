import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "./paths.js";

/** What a step printed: its exit status, standard output and standard error. */
export interface StepResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where a step runs: a user's project, the installed package's folder, or a clone of the repository. */
export type Place = "project" | "package" | "clone";

/** The folders of one guide's run. */
export interface Scratch {
  readonly root: string;
  /** A folder holding only `node`, a link to the Node running the tests, put first on the PATH. */
  readonly bin: string;
  readonly places: Readonly<Record<Place, string>>;
}

/** Development dependencies a guide has its reader install (`npm install jsonld`), plus tsx to run TypeScript. */
const PROJECT_DEPENDENCIES = ["tsx", "jsonld"];

/** What the clone holds of the repository: what the guides' commands in it read (the CLI, the scripts). */
const CLONED = ["package.json", "tsconfig.json", "data", "dist", "scripts", "src"];

/**
 * A scratch folder holding a user's project, where `import … from "kim-shoigu-2023"` and the
 * `kim-shoigu-2023` command resolve to this repository's built package as npm would install it:
 * `node_modules/kim-shoigu-2023` is a link to the repository root (so its `exports` map and
 * `dist/` are what is loaded) and `node_modules/.bin` holds the commands of its `bin` field. The
 * project is an ES module package, as `import` in a `.js` file needs. A copy of the repository
 * (see CLONED; its `node_modules` linked) stands beside it for the commands the guides run "in
 * a clone of the repository", so that what they write lands in the copy.
 */
export function createScratch(label: string): Scratch {
  const root = mkdtempSync(join(tmpdir(), `kim-shoigu-${label}-`));
  const bin = join(root, "bin");
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, "node"));
  const project = join(root, "project");
  mkdirSync(join(project, "node_modules", ".bin"), { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "docs-reader", private: true, type: "module" }));
  const installed = join(project, "node_modules", "kim-shoigu-2023");
  symlinkSync(repoRoot, installed);
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { bin: Record<string, string> };
  for (const [name, file] of Object.entries(pkg.bin))
    symlinkSync(join("..", "kim-shoigu-2023", file), join(project, "node_modules", ".bin", name));
  for (const dependency of PROJECT_DEPENDENCIES)
    symlinkSync(join(repoRoot, "node_modules", dependency), join(project, "node_modules", dependency));
  const clone = join(root, "clone");
  for (const entry of CLONED) cpSync(join(repoRoot, entry), join(clone, entry), { recursive: true });
  symlinkSync(join(repoRoot, "node_modules"), join(clone, "node_modules"));
  return { root, bin, places: { project, package: installed, clone } };
}

export const removeScratch = (scratch: Scratch) => rmSync(scratch.root, { recursive: true, force: true });

/**
 * The environment of a reader's shell: the PATH with this Node first (and nothing else moved
 * ahead), and none of the variables a test runner sets that would change what a program prints
 * (FORCE_COLOR colours `console.log` of objects even in a pipe).
 */
function readerEnv(scratch: Scratch): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${scratch.bin}:${process.env["PATH"]}` };
  for (const name of ["FORCE_COLOR", "NO_COLOR", "NODE_OPTIONS", "NODE_V8_COVERAGE"]) delete env[name];
  return env;
}

/**
 * Shell steps run under bash with standard error joined to standard output, as a terminal shows
 * them (the guides print both, e.g. a refusal followed by `exit 2`). `npx NAME` runs the
 * project's own `node_modules/.bin/NAME`, which is what npx does when the command is installed
 * locally, without the second or so that npm takes to start.
 */
const SHELL_PRELUDE = `exec 2>&1
npx() { local bin="node_modules/.bin/$1"; shift; "$bin" "$@"; }
`;

const FILE_EXTENSIONS: Record<string, string> = { ts: "ts", js: "js", cjs: "cjs", python: "py" };

/** The languages a step can be written in. */
export const RUNNABLE = new Set(["sh", ...Object.keys(FILE_EXTENSIONS)]);

/**
 * Runs one block in a folder of the scratch, as a reader would: a shell block pasted into bash,
 * a program saved in the user's project and run with `node` (TypeScript with `node --import
 * tsx`) or `python3`. Never rejects: a failure is in the result.
 */
export function runStep(scratch: Scratch, place: Place, lang: string, code: string, name: string): Promise<StepResult> {
  const cwd = scratch.places[place];
  let command: string;
  let args: string[];
  if (lang === "sh") [command, args] = ["bash", ["-c", SHELL_PRELUDE + code]];
  else {
    const extension = FILE_EXTENSIONS[lang];
    if (!extension) return Promise.resolve({ status: -1, stdout: "", stderr: `no way to run a "${lang}" block` });
    // Saved inside the project, so that its imports resolve from the project's node_modules.
    const file = join(scratch.places.project, ".examples", `${name}.${extension}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, code);
    if (lang === "python") [command, args] = ["python3", [file]];
    else if (lang === "ts") [command, args] = [process.execPath, ["--import", "tsx", file]];
    else [command, args] = [process.execPath, [file]];
  }
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: readerEnv(scratch), maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      // A program that could not start (no python3, say) has no exit code: -1, with the reason.
      const status = !error ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ status, stdout, stderr: status === -1 ? `${stderr}${error}` : stderr });
    });
  });
}

/** The modules a Python block imports (first component of each `import` / `from` line). */
export const pythonImports = (code: string) => [
  ...new Set([...code.matchAll(/^(?:import|from) ([A-Za-z_]\w*)/gm)].map((m) => m[1]!)),
];
