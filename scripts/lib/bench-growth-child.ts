/**
 * One measurement of the growth benchmark, in a process of its own: `node --expose-gc --import
 * tsx bench-growth-child.ts SUBJECT ARTICLE.json MIN_MS BATCHES` times one subject on one
 * synthetic article and prints `{"ms": …, "gcMs": …}`, CPU milliseconds per call and the share
 * of them spent paused in the garbage collector, and the heap the process ended with. Its own process, so
 * that neither another subject's garbage nor the other scales' articles sit in its heap.
 */
import { readFileSync } from "node:fs";
import type { ArticleOf } from "../../src/types.js";
import { measureCalls } from "./bench-cpu.js";
import { GROWTH_SUBJECTS } from "./bench-growth-subjects.js";

const [name, articlePath, minMs, batches] = process.argv.slice(2);
const subject = GROWTH_SUBJECTS.find((s) => s.name === name);
if (!subject || !articlePath) throw new Error(`usage: bench-growth-child.ts SUBJECT ARTICLE.json MIN_MS BATCHES`);
const doc = JSON.parse(readFileSync(articlePath, "utf8")) as ArticleOf;
const work = subject.prepare(doc);
const cost = measureCalls(work, { minMs: Number(minMs), batches: Number(batches) });
process.stdout.write(JSON.stringify({ ...cost, heapMb: process.memoryUsage().heapUsed / 2 ** 20 }));
