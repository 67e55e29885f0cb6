/**
 * Writing the command line's output files so that nothing is destroyed or half-written: an
 * existing file is replaced only when asked, a symbolic link is never followed, and every file
 * is written to a temporary name in its own folder and then renamed into place.
 */
import { randomBytes } from "node:crypto";
import { linkSync, lstatSync, mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { LocatedError } from "../errors.js";

/** A file or folder the command line will not write, in words; `location` is its path. */
export class WriteRefusal extends LocatedError {
  /**
   * @param path - The file or folder refused.
   * @param message - The whole message, naming the path.
   */
  constructor(path: string, message: string) {
    super(message, path);
  }
}

/** How existing files are treated. */
export interface WriteOptions {
  /** Replace an existing file (a symbolic link itself is replaced, never its target). */
  readonly force: boolean;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

// What is at `path`, without following a symbolic link there.
function existing(path: string): "none" | "file" | "directory" | "link" | "other" {
  try {
    const stat = lstatSync(path);
    return stat.isSymbolicLink() ? "link" : stat.isDirectory() ? "directory" : stat.isFile() ? "file" : "other";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "none";
    throw new WriteRefusal(path, `cannot write ${path}: ${codeOf(error)}`);
  }
}

// A name beside `path` that nothing else uses: exclusive creation below fails rather than reuse it.
const temporaryBeside = (path: string) => {
  const unique = `${process.pid}-${randomBytes(6).toString("hex")}`;
  return join(dirname(path), `.${basename(path)}.${unique}.tmp`);
};

function refuseExisting(path: string, options: WriteOptions): void {
  const found = existing(path);
  if (found === "none") return;
  if (found === "directory") throw new WriteRefusal(path, `cannot write ${path}: it is a folder`);
  if (found === "other") throw new WriteRefusal(path, `cannot write ${path}: it is not a regular file`);
  if (options.force) return;
  const what =
    found === "link" ? "as a symbolic link (--force replaces the link, not its target)" : "(--force replaces it)";
  throw new WriteRefusal(path, `${path} already exists ${what}`);
}

// Moves a finished temporary file to `path`. Without --force the move must not replace anything
// that appeared meanwhile: a hard link fails if `path` exists. Where hard links are not
// supported, the check made before writing stands.
function commit(temporary: string, path: string, options: WriteOptions): void {
  if (options.force) {
    renameSync(temporary, path);
    return;
  }
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new WriteRefusal(path, `${path} already exists (--force replaces it)`);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    refuseExisting(path, options);
    renameSync(temporary, path);
    return;
  }
  unlinkSync(temporary);
}

/** Files to write into a folder: name to content. */
export type Files = Readonly<Record<string, string>>;

const removeQuietly = (path: string) => rmSync(path, { recursive: true, force: true });

/**
 * Writes `content` to `path` whole or not at all. Throws a {@link WriteRefusal} when `path`
 * exists (without `force`), is a folder or something other than a file, or cannot be written.
 */
export function writeFileSafely(path: string, content: string, options: WriteOptions): void {
  refuseExisting(path, options);
  const temporary = temporaryBeside(path);
  try {
    // "wx": create, never open what is already there (a link planted at the temporary name).
    writeFileSync(temporary, content, { flag: "wx" });
    commit(temporary, path, options);
  } catch (error) {
    removeQuietly(temporary);
    if (error instanceof WriteRefusal) throw error;
    throw new WriteRefusal(path, `cannot write ${path}: ${codeOf(error)}`);
  }
}

/**
 * Writes `files` (name to content) into the folder `dir`, all of them or none: a missing folder
 * (and any missing parent) is made under a temporary name and renamed into place once every file
 * is in it; in an existing folder, every file is first written to a temporary name, and only
 * then are they renamed into place. A failure removes whatever this call created.
 */
export function writeFolderSafely(dir: string, files: Files, options: WriteOptions): string[] {
  const found = existing(dir);
  if (found === "link") {
    throw new WriteRefusal(dir, `cannot write into ${dir}: it is a symbolic link (give the folder it points to)`);
  }
  if (found !== "none" && found !== "directory")
    throw new WriteRefusal(dir, `cannot write into ${dir}: it is not a folder`);
  const names = Object.keys(files);
  if (found === "none") return writeNewFolder(dir, files);
  for (const name of names) refuseExisting(join(dir, name), options);
  const staged: [string, string][] = [];
  const committed: string[] = [];
  try {
    for (const name of names) {
      const temporary = temporaryBeside(join(dir, name));
      staged.push([temporary, join(dir, name)]);
      writeFileSync(temporary, files[name]!, { flag: "wx" });
    }
    for (const [temporary, path] of staged) {
      const replaces = existing(path) !== "none";
      commit(temporary, path, options);
      // A file that did not exist before is this call's to take back; a replaced one is not.
      if (!replaces) committed.push(path);
    }
  } catch (error) {
    for (const [temporary] of staged) removeQuietly(temporary);
    for (const path of committed) removeQuietly(path);
    if (error instanceof WriteRefusal) throw error;
    throw new WriteRefusal(dir, `cannot write into ${dir}: ${codeOf(error)}`);
  }
  return staged.map(([, path]) => path);
}

function writeNewFolder(dir: string, files: Files): string[] {
  let madeParent: string | undefined;
  const staging = temporaryBeside(dir);
  try {
    madeParent = mkdirSync(dirname(dir), { recursive: true });
    mkdirSync(staging);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(staging, name), content, { flag: "wx" });
    renameSync(staging, dir);
  } catch (error) {
    removeQuietly(staging);
    if (madeParent !== undefined) removeQuietly(madeParent);
    throw new WriteRefusal(dir, `cannot write into ${dir}: ${codeOf(error)}`);
  }
  return Object.keys(files).map((name) => join(dir, name));
}
