import { join } from "node:path";
import { resolveAnchor } from "../../scripts/lib/anchors.js";
import { readDataDir } from "../../scripts/lib/read-data.js";
import { repoRoot } from "./paths.js";

/** The human-edited data files, read and schema-checked. */
export const data = readDataDir(join(repoRoot, "data"));

/** Occurrences of an entity's name that are not mentions of it, resolved to offsets. */
export const nonMentions = data.nonMentions.map((n, i) => ({
  ...n,
  span: resolveAnchor(data.text, n.span, `data/non-mentions.json: [${i}]`),
}));
