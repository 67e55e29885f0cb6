import { describe, expect, it } from "vitest";
import { AnchorError } from "../scripts/lib/anchors.js";
import { ArticleRuleError } from "../scripts/lib/build-article.js";
import { DataFileError } from "../scripts/lib/read-data.js";
import { LocatedError } from "../src/errors.js";
import { PredictionsError } from "../src/eval/validate.js";
import { issueLines, issuePath } from "../src/schema/issues.js";

describe("input errors share one base class carrying their location", () => {
  it("each error class is a LocatedError", () => {
    const errors = [
      new AnchorError("data/x.json: anchor matches nothing", "data/x.json"),
      new ArticleRuleError("the compiled article breaks 1 rule(s)", "the compiled article"),
      new DataFileError("data/y.json: file is missing", "data/y.json"),
      new PredictionsError(["mentions[0]: start 5 is after end 2"]),
    ];
    for (const error of errors) expect(error).toBeInstanceOf(LocatedError);
    expect(errors.map((e) => e.location)).toEqual([
      "data/x.json",
      "the compiled article",
      "data/y.json",
      "mentions[0]",
    ]);
  });

  it("takes the location from the message when none is given", () => {
    expect(new LocatedError("data/z.json: not valid JSON").location).toBe("data/z.json");
    expect(new PredictionsError([]).location).toBe("(predictions)");
  });
});

describe("the schema issue formatter", () => {
  it("writes each issue as path: message, (root) for the value itself", () => {
    const issues = [
      { path: ["claims", 0, "cue"], message: "Required" },
      { path: [], message: "Expected object" },
      { path: [""], message: "Unrecognized key" },
    ];
    expect(issueLines(issues)).toEqual(["claims.0.cue: Required", "(root): Expected object", ": Unrecognized key"]);
    expect(issuePath({ path: ["a", 1], message: "" })).toBe("a.1");
  });
});
