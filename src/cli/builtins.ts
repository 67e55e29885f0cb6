/**
 * Node's built-in modules for the command line's start, taken through `require`: an ES import of
 * `node:fs` builds a namespace of all its exports, and reading its stream classes loads Node's
 * whole stream stack, about as much work as `show` itself (docs/performance.md). `require` hands
 * out the module Node has already loaded for itself.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const fs = require("node:fs") as typeof import("node:fs");
export const util = require("node:util") as typeof import("node:util");
