/**
 * One measurement of the growth benchmark, in a process of its own: `node --expose-gc CHILD.mjs
 * SUBJECT ARTICLE.json MIN_MS BATCHES`, where CHILD.mjs is this file as bench-growth.ts compiles
 * it, times one subject on one synthetic article and prints `{"ms": …, "gcMs": …, "systemMs": …,
 * "mainMs": …}`, CPU milliseconds per call and the shares of them spent paused in the garbage
 * collector, in the kernel and on the main thread, and the heap and young-generation semi-space
 * the process ended with. Its own
 * process, so that neither another subject's garbage nor the other scales' articles sit in its
 * heap.
 */
import { readFileSync } from "node:fs";
import { getHeapSpaceStatistics } from "node:v8";
import type { ArticleOf } from "../../src/types.js";
import { measureCalls } from "./bench-cpu.js";
import { GROWTH_SUBJECTS } from "./bench-growth-subjects.js";

const [name, articlePath, minMs, batches] = process.argv.slice(2);
const subject = GROWTH_SUBJECTS.find((s) => s.name === name);
if (!subject || !articlePath) throw new Error(`usage: bench-growth-child.mjs SUBJECT ARTICLE.json MIN_MS BATCHES`);
const doc = JSON.parse(readFileSync(articlePath, "utf8")) as ArticleOf;
const work = subject.prepare(doc);
const cost = measureCalls(work, { minMs: Number(minMs), batches: Number(batches) });
// The new space is two semi-spaces; it grows while much of what is allocated survives a scavenge.
const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
const semiSpaceMb = (newSpace?.space_size ?? 0) / 2 / 2 ** 20;
process.stdout.write(JSON.stringify({ ...cost, heapMb: process.memoryUsage().heapUsed / 2 ** 20, semiSpaceMb }));
