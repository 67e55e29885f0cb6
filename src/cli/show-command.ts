/** `show` and `stats`, loaded on demand together with the data they print. */
import { article } from "../generated/article.js";
import { paletteFor } from "./colour.js";
import { renderShow, renderStats } from "./show.js";

/** What `show` or `stats` prints for the shipped article; coloured when `out` is a terminal that shows colour. */
export function showCommand(command: "show" | "stats", width: number, out: { isTTY?: boolean }): string {
  return command === "stats" ? renderStats(article, width) : renderShow(article, { palette: paletteFor(out), width });
}
