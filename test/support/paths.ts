import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The shared folder beside the repository, present on development machines and in CI. */
export const sharedDir = join(repoRoot, "..", "shared");
