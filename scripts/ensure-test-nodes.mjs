// Installs the Node.js versions the package test runs the packed package under (22 and 24; the
// current Node is the third) into .tmp/nodes/<major>, from the npm registry's `node` package.
// Runs before the test suite so that the tests themselves never reach the network.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
for (const major of ["22", "24"]) {
  const prefix = join(root, ".tmp", "nodes", major);
  const binary = join(prefix, "node_modules", ".bin", "node");
  if (!existsSync(binary)) {
    console.log(`installing node@${major} into ${prefix}`);
    execFileSync("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--no-save", `node@${major}`], {
      stdio: "inherit",
    });
  }
  const version = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`${binary} reports ${version}, expected v${major}.x`);
}
