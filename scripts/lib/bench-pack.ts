/** Download size: the packed tarball (what `npm install` fetches) against the data alone, gzipped. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface PackSize {
  /** Bytes of the .tgz `npm pack` writes (already gzip-compressed). */
  readonly tarballBytes: number;
  /** Files in the tarball. */
  readonly fileCount: number;
  /** Bytes of all files before packing. */
  readonly unpackedBytes: number;
  /** gzip of the minified JSON of the article. */
  readonly dataJsonGzipBytes: number;
  /** gzip of dist/article.json as shipped (indented). */
  readonly shippedJsonGzipBytes: number;
}

interface NpmPackEntry {
  filename: string;
  unpackedSize: number;
  entryCount: number;
}

/** Packs the package into a temporary folder, measures it, and removes the folder. */
export function measurePackSize(repoRoot: string, minifiedJson: string, shippedJson: string): PackSize {
  const destination = mkdtempSync(join(tmpdir(), "kim-shoigu-pack-"));
  try {
    const output = execFileSync("npm", ["pack", "--json", "--pack-destination", destination], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const [entry] = JSON.parse(output) as NpmPackEntry[];
    if (!entry) throw new Error("npm pack reported no tarball");
    return {
      tarballBytes: statSync(join(destination, entry.filename)).size,
      fileCount: entry.entryCount,
      unpackedBytes: entry.unpackedSize,
      dataJsonGzipBytes: gzipSync(minifiedJson).byteLength,
      shippedJsonGzipBytes: gzipSync(shippedJson).byteLength,
    };
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}
