import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article, textSha256 } from "../src/index.js";
import { repoRoot, sharedDir } from "./support/paths.js";

// The SHA-256 of the article text, recorded when it was copied from the seed file; it guards
// the text on machines where the seed is not at hand.
const RECORDED_TEXT_SHA256 = "e992880f0314a57b63837c2cf8691f5d091f3674a0a358544a4e01d999d9d1f4";

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const seedPath = join(sharedDir, "seed", "000_04efab8e4a803ccb.txt");

describe("article text", () => {
  const fileBytes = readFileSync(join(repoRoot, "data", "article.txt"));

  it("is the seed file byte for byte, without the seed's leading empty line", () => {
    if (existsSync(seedPath)) {
      const seed = readFileSync(seedPath);
      expect(seed[0]).toBe(0x0a);
      expect(fileBytes.equals(seed.subarray(1))).toBe(true);
    }
    expect(sha256(fileBytes)).toBe(RECORDED_TEXT_SHA256);
  });

  it("is what the package exports, with a matching textSha256", () => {
    expect(article.text).toBe(fileBytes.toString("utf8"));
    expect(sha256(Buffer.from(article.text, "utf8"))).toBe(textSha256);
    expect(article.textSha256).toBe(textSha256);
  });

  it("has the shape DESIGN.md states: 9 paragraphs, 2709 UTF-16 units, NFC, no trailing newline", () => {
    expect(article.text.length).toBe(2709);
    expect(article.text.split("\n")).toHaveLength(9);
    expect(article.text.normalize("NFC")).toBe(article.text);
    expect(article.text.endsWith("\n")).toBe(false);
    expect(article.text).toContain("Russia’s"); // curly apostrophe kept
    expect(article.text).toContain("1950–1953"); // en dash kept
  });
});
