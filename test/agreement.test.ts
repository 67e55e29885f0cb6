import { describe, expect, it } from "vitest";
import { datasheetWithAgreement } from "../scripts/agreement.js";
import { repoRoot } from "./support/paths.js";

describe("inter-annotator agreement", () => {
  const { current, expected, unadjudicated } = datasheetWithAgreement(repoRoot);

  it("has a decision in data/agreement/adjudication.json for every disagreement", () => {
    expect(unadjudicated).toEqual([]);
  });

  it("is reported in docs/datasheet.md with the figures the script computes (run `npm run agreement`)", () => {
    expect(current).toBe(expected);
  });
});
