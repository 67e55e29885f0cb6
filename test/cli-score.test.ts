import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scoreCommand } from "../src/cli/score.js";

describe("score on predictions the scorers refuse", () => {
  const dir = mkdtempSync(join(tmpdir(), "kim-shoigu-score-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports too many repeated mentions as invalid predictions (exit 1), not a crash", () => {
    const path = join(dir, "repeated.json");
    writeFileSync(
      path,
      JSON.stringify({ mentions: Array.from({ length: 12 }, () => ({ start: 58, end: 69, cluster: "kim" })) }),
    );
    const result = scoreCommand(path, "json", false);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/invalid predictions: Found too many repeated mentions \(11 > 10\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reads a CoNLL-2012 file that is not UTF-8 as unreadable (exit 2)", () => {
    const path = join(dir, "latin1.conll");
    writeFileSync(path, Buffer.from([0x23, 0x62, 0xff, 0xfe, 0x0a]));
    expect(scoreCommand(path, "conll2012", false)).toMatchObject({
      code: 2,
      stderr: `kim-shoigu-2023: ${path} is not UTF-8 text\n`,
    });
  });
});
