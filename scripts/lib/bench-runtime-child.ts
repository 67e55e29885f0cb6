/**
 * The in-process section of the benchmark in a process of its own, compiled as the build
 * compiles the package (bench-process.ts `compileScript`): `node CHILD.mjs OPTIONS` with OPTIONS
 * a JSON {@link RuntimeOptions} prints the {@link RuntimeCosts} of the shipped article as JSON.
 */
import { article } from "../../src/generated/article.js";
import { type RuntimeOptions, measureRuntime } from "./bench-runtime.js";

const [options] = process.argv.slice(2);
if (options === undefined) throw new Error("usage: bench-runtime-child.mjs OPTIONS_JSON");
process.stdout.write(JSON.stringify(measureRuntime(article, JSON.parse(options) as RuntimeOptions)));
