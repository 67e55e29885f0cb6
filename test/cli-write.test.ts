import { spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WriteRefusal, writeFileSafely, writeFolderSafely } from "../src/cli/write-file.js";
import { article } from "../src/generated/article.js";
import { repoRoot } from "./support/paths.js";

// `export --out` as a user runs it (`node dist/cli.js`, built by `npm test`), in a fresh folder
// for each test, plus the writing functions on failures a command line cannot provoke.

const cli = join(repoRoot, "dist", "cli.js");
let root: string;
let dir: string;
let count = 0;

const kim = (...args: string[]) => {
  const child = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  if (child.error) throw child.error;
  return child;
};
const STACK_FRAME = /^\s+at /m;
/** Everything in a folder, recursively, with each file's content: to compare before and after. */
const snapshot = (folder: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, encoding: "utf8" })
      .sort()
      .map((name) => {
        const path = join(folder, name);
        const stat = lstatSync(path);
        return [
          name,
          stat.isSymbolicLink()
            ? `-> ${readlinkSync(path)}`
            : stat.isDirectory()
              ? "(folder)"
              : readFileSync(path, "utf8"),
        ];
      }),
  );

function expectRefused(run: ReturnType<typeof kim>, message: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/ is missing: run `npm run build` (npm test does) before this test");
  root = mkdtempSync(join(tmpdir(), "kim-shoigu-write-"));
});
beforeEach(() => {
  dir = join(root, `case-${count++}`);
  mkdirSync(dir);
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("export --out PATH", () => {
  const exported = () => kim("export", "json").stdout;

  it("writes the file, exactly what standard output gets, and leaves no temporary file", () => {
    const run = kim("export", "json", "--out", "article.json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("wrote article.json\n");
    expect(snapshot(dir)).toEqual({ "article.json": exported() });
  });

  it("refuses to replace an existing file, which stays as it was", () => {
    writeFileSync(join(dir, "article.json"), "mine");
    expectRefused(
      kim("export", "json", "--out", "article.json"),
      /^kim-shoigu-2023: article.json already exists \(--force replaces it\)$/m,
    );
    expect(snapshot(dir)).toEqual({ "article.json": "mine" });
  });

  it("replaces an existing file with --force", () => {
    writeFileSync(join(dir, "article.json"), "mine");
    expect(kim("export", "json", "--out", "article.json", "--force").status).toBe(0);
    expect(snapshot(dir)).toEqual({ "article.json": exported() });
  });

  it("never writes through a symbolic link: refused without --force, the link itself replaced with it", () => {
    writeFileSync(join(dir, "target.txt"), "precious");
    symlinkSync("target.txt", join(dir, "link.txt"));
    expectRefused(kim("export", "text", "--out", "link.txt"), /link.txt already exists as a symbolic link/);
    expect(snapshot(dir)).toEqual({ "link.txt": "-> target.txt", "target.txt": "precious" });
    expect(kim("export", "text", "--out", "link.txt", "--force").status).toBe(0);
    expect(snapshot(dir)).toEqual({ "link.txt": kim("export", "text").stdout, "target.txt": "precious" });
  });

  it("does not create the missing target of a dangling symbolic link", () => {
    symlinkSync("nowhere.txt", join(dir, "dangling.txt"));
    expectRefused(kim("export", "text", "--out", "dangling.txt"), /dangling.txt already exists as a symbolic link/);
    expect(kim("export", "text", "--out", "dangling.txt", "--force").status).toBe(0);
    expect(existsSync(join(dir, "nowhere.txt"))).toBe(false);
    expect(lstatSync(join(dir, "dangling.txt")).isFile()).toBe(true);
  });

  it("treats - as standard output and creates no file named -", () => {
    const run = kim("export", "conll", "--out", "-");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(kim("export", "conll").stdout);
    expect(snapshot(dir)).toEqual({});
  });

  it("refuses a folder, or a path in a missing folder, in one line, leaving nothing", () => {
    mkdirSync(join(dir, "out"));
    expectRefused(
      kim("export", "html", "--out", "out", "--force"),
      /^kim-shoigu-2023: cannot write out: it is a folder$/m,
    );
    expectRefused(
      kim("export", "html", "--out", join("missing", "page.html")),
      /^kim-shoigu-2023: cannot write missing\/page.html: ENOENT$/m,
    );
    expect(snapshot(dir)).toEqual({ out: "(folder)" });
  });

  it("refuses --force without --out", () => {
    expectRefused(kim("export", "json", "--force"), /--force needs --out PATH/);
  });
});

describe("export brat --out DIR", () => {
  const names = [`${article.id}.txt`, `${article.id}.ann`, "annotation.conf", "tools.conf"];

  it("writes the four files into a new folder, making its parents", () => {
    const run = kim("export", "brat", "--out", join("data", "brat"));
    expect(run.status).toBe(0);
    expect(Object.keys(snapshot(join(dir, "data", "brat"))).sort()).toEqual([...names].sort());
    expect(readFileSync(join(dir, "data", "brat", `${article.id}.ann`), "utf8")).toBe(kim("export", "brat").stdout);
    expect(Object.keys(snapshot(dir)).sort()).toEqual(
      ["data", join("data", "brat"), ...names.map((n) => join("data", "brat", n))].sort(),
    );
  });

  it("writes none of them when one cannot be written, leaving the folder as it was", () => {
    // The failure that used to leave two of the four files behind: a name taken by a folder.
    mkdirSync(join(dir, "brat", "annotation.conf"), { recursive: true });
    writeFileSync(join(dir, "brat", "notes.txt"), "mine");
    const before = snapshot(dir);
    expectRefused(
      kim("export", "brat", "--out", "brat", "--force"),
      /cannot write brat\/annotation.conf: it is a folder/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses to replace any existing file without --force, and replaces them all with it", () => {
    mkdirSync(join(dir, "brat"));
    writeFileSync(join(dir, "brat", "tools.conf"), "mine");
    const before = snapshot(dir);
    expectRefused(kim("export", "brat", "--out", "brat"), /brat\/tools.conf already exists/);
    expect(snapshot(dir)).toEqual(before);
    expect(kim("export", "brat", "--out", "brat", "--force").status).toBe(0);
    expect(Object.keys(snapshot(join(dir, "brat"))).sort()).toEqual([...names].sort());
    expect(readFileSync(join(dir, "brat", "tools.conf"), "utf8")).not.toBe("mine");
  });

  it("refuses a file or a symbolic link where the folder should be", () => {
    writeFileSync(join(dir, "file"), "mine");
    mkdirSync(join(dir, "real"));
    symlinkSync("real", join(dir, "linked"));
    expectRefused(kim("export", "brat", "--out", "file"), /cannot write into file: it is not a folder/);
    expectRefused(
      kim("export", "brat", "--out", "linked", "--force"),
      /cannot write into linked: it is a symbolic link/,
    );
    expect(snapshot(dir)).toEqual({ file: "mine", linked: "-> real", real: "(folder)" });
  });
});

describe("score --html PATH", () => {
  it("writes the error page as export writes a file: never over an existing one without --force", () => {
    writeFileSync(join(dir, "predictions.json"), JSON.stringify({ mentions: [] }));
    writeFileSync(join(dir, "page.html"), "mine");
    expectRefused(
      kim("score", "predictions.json", "--html", "page.html"),
      /^kim-shoigu-2023: page.html already exists/m,
    );
    expect(readFileSync(join(dir, "page.html"), "utf8")).toBe("mine");
    const forced = kim("score", "predictions.json", "--html", "page.html", "--force");
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, "page.html"), "utf8")).toMatch(/^<!DOCTYPE html>/i);
    expect(Object.keys(snapshot(dir)).sort()).toEqual(["page.html", "predictions.json"]);
    expectRefused(kim("score", "predictions.json", "--html", "-"), /--html needs a file path/);
  });
});

describe("a write that fails part-way leaves nothing behind", () => {
  // Four files whose third cannot be had: the failure comes after two are written.
  const failingThird = (onRead: () => string) => {
    const files: Record<string, string> = { "a.txt": "a", "b.txt": "b" };
    Object.defineProperty(files, "c.txt", { enumerable: true, get: onRead });
    return Object.assign(files, { "d.txt": "d" });
  };
  const fail = () => {
    throw new Error("simulated write failure");
  };

  it("in a new folder: neither the folder nor its new parents remain", () => {
    expect(() => writeFolderSafely(join(dir, "new", "brat"), failingThird(fail), { force: false })).toThrow(
      WriteRefusal,
    );
    expect(snapshot(dir)).toEqual({});
  });

  it("in an existing folder: only what was there before remains", () => {
    writeFileSync(join(dir, "kept.txt"), "mine");
    expect(() => writeFolderSafely(dir, failingThird(fail), { force: true })).toThrow(/simulated write failure/);
    expect(snapshot(dir)).toEqual({ "kept.txt": "mine" });
  });

  it("when a name is taken while the files are written: the files already moved into place are taken back", () => {
    // The third name becomes a folder after the check and before the files are moved into place.
    const racing = failingThird(() => {
      mkdirSync(join(dir, "c.txt"));
      return "c";
    });
    writeFileSync(join(dir, "kept.txt"), "mine");
    expect(() => writeFolderSafely(dir, racing, { force: false })).toThrow(/c.txt already exists/);
    expect(snapshot(dir)).toEqual({ "c.txt": "(folder)", "kept.txt": "mine" });
  });

  it("a single file: no temporary file remains", () => {
    expect(() => writeFileSafely(join(dir, "bad\u0000.json"), "{}", { force: false })).toThrow(WriteRefusal);
    expect(() => writeFileSafely(join(dir, "missing", "x.json"), "{}", { force: true })).toThrow(/ENOENT/);
    expect(snapshot(dir)).toEqual({});
  });
});
