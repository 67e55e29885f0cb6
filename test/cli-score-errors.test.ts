import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scoreCommand } from "../src/cli/score.js";
import { scoreAllWithErrors } from "../src/eval/score-all.js";
import { everyKindOfError as damaged } from "./support/damage.js";

const dir = mkdtempSync(join(tmpdir(), "kim-shoigu-score-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const path = join(dir, "damaged.json");
writeFileSync(path, JSON.stringify(damaged()));

describe("score --json --errors", { timeout: 60_000 }, () => {
  const result = scoreCommand(path, "json", true, { errors: true });
  const json = JSON.parse(result.stdout) as { errors: Record<string, Record<string, unknown[]>> };

  it("adds exactly the named error arrays under errors, next to the scores", () => {
    expect(result.code).toBe(0);
    expect(Object.keys(json)).toEqual(["mentions", "coreference", "attribution", "times", "errors"]);
    const shape = Object.fromEntries(Object.entries(json.errors).map(([layer, lists]) => [layer, Object.keys(lists)]));
    expect(shape).toEqual({
      mentions: ["missed", "spurious", "boundary", "type"],
      coreference: ["split", "merged"],
      claims: ["missed", "spurious", "boundary", "labels"],
      times: ["missed", "spurious", "value"],
    });
    for (const lists of Object.values(json.errors))
      for (const list of Object.values(lists)) expect(Array.isArray(list)).toBe(true);
  });

  it("lists the errors of the damaged copy, one of each kind", () => {
    const counts = Object.fromEntries(
      Object.entries(json.errors).flatMap(([l, lists]) =>
        Object.entries(lists).map(([k, v]) => [`${l}.${k}`, v.length]),
      ),
    );
    expect(counts).toEqual({
      "mentions.missed": 1,
      "mentions.spurious": 1,
      "mentions.boundary": 1,
      "mentions.type": 1,
      "coreference.split": 0,
      "coreference.merged": 1,
      "claims.missed": 1,
      "claims.spurious": 1,
      "claims.boundary": 0,
      "claims.labels": 1,
      "times.missed": 1,
      "times.spurious": 0,
      "times.value": 1,
    });
  });

  it("prints the same scores as without --errors, and the errors of scoreAllWithErrors", () => {
    const plain = JSON.parse(scoreCommand(path, "json", true).stdout) as Record<string, unknown>;
    const { errors, ...scores } = json;
    expect(scores).toEqual(plain);
    expect(errors).toEqual(JSON.parse(JSON.stringify(scoreAllWithErrors(damaged()).errors)));
  });
});

describe("score --errors", { timeout: 60_000 }, () => {
  it("prints the table, then the errors grouped by layer with the words in context", () => {
    const { code, stdout } = scoreCommand(path, "json", false, { errors: true });
    expect(code).toBe(0);
    const [table, errors] = stdout.trimEnd().split("\n\n");
    expect(table).toBe(scoreCommand(path, "json", false).stdout.trimEnd());
    const headings = errors!.split("\n").filter((l) => !l.startsWith(" "));
    expect(headings).toEqual([
      "Mentions: 1 missed, 1 spurious, 1 boundary, 1 type",
      "Coreference: 0 split, 1 merged",
      "Claims: 1 missed, 1 spurious, 0 boundary, 1 labels",
      "Times: 1 missed, 0 spurious, 1 value",
    ]);
    expect(errors).toMatch(
      /missed {4}“the isolated nation” \(country, north-korea\) {2}s2: .*\[the isolated nation\]/u,
    );
    expect(errors).toMatch(/boundary {2}gold “Kim Jong Un”, predicted “Kim Jong” \(kim-jong-un\)/);
    expect(errors).toMatch(/merged {4}cluster russia joins /);
    expect(errors).toMatch(/value {5}“[^”]+” gold \S+, predicted 1999-01-01/);
  });
});

describe("score --html", { timeout: 60_000 }, () => {
  it("writes the error page and still prints the scores", () => {
    const out = join(dir, "errors.html");
    const result = scoreCommand(path, "json", false, { html: out });
    expect(result).toMatchObject({ code: 0, stderr: `wrote ${out}\n` });
    expect(result.stdout).toBe(scoreCommand(path, "json", false).stdout);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`Errors of ${path.replace(/&/g, "&amp;")}`);
    for (const kind of ["missed", "spurious", "boundary", "type"])
      expect(html).toContain(`data-error="${kind}" data-ref=`);
  });

  it("cannot write into a missing folder: exit 2 with one line", () => {
    const out = join(dir, "missing", "errors.html");
    expect(scoreCommand(path, "json", false, { html: out })).toEqual({
      code: 2,
      stdout: "",
      stderr: `kim-shoigu-2023: cannot write ${out}: ENOENT\n`,
    });
  });

  it("writes nothing for invalid predictions (exit 1)", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ mentions: [{ start: 5, end: 99999 }] }));
    const out = join(dir, "never.html");
    expect(scoreCommand(bad, "json", false, { html: out, errors: true }).code).toBe(1);
    expect(() => readFileSync(out)).toThrow();
  });
});
