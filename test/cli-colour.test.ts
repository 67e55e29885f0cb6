import { describe, expect, it } from "vitest";
import { paletteFor } from "../src/cli/colour.js";

describe("colour in the CLI", () => {
  it("is used on a terminal", () => {
    expect(paletteFor({ isTTY: true }, {}).bold("x")).toBe("\u001b[1mx\u001b[0m");
  });

  it("is never used when the output is not a terminal", () => {
    expect(paletteFor({ isTTY: false }, {}).bold("x")).toBe("x");
    expect(paletteFor({}, {}).entity("x", 3)).toBe("x");
  });

  it("is turned off on a terminal by a non-empty NO_COLOR", () => {
    expect(paletteFor({ isTTY: true }, { NO_COLOR: "1" }).bold("x")).toBe("x");
    expect(paletteFor({ isTTY: true }, { NO_COLOR: "" }).bold("x")).toBe("\u001b[1mx\u001b[0m");
  });
});
