/**
 * The growth benchmark's main-thread clock (scripts/lib/bench-cpu.ts): Linux's count of the main
 * thread's CPU time, which the benchmark sets against the whole process's to tell a function's own
 * work from that of V8's helper threads.
 */
import { describe, expect, it } from "vitest";
import { cpuNow, mainThreadCpuNow } from "../scripts/lib/bench-cpu.js";

// Work on the main thread only: no allocation, so no collector's thread wakes for it.
function spin(cpuMs: number): number {
  const start = cpuNow();
  let x = 0;
  while (cpuNow() - start < cpuMs) for (let i = 0; i < 10_000; i++) x = (x * 31 + i) % 1_000_003;
  return x;
}

describe.runIf(process.platform === "linux")("mainThreadCpuNow", () => {
  it("counts the main thread's CPU time, to its 10 ms ticks, and no more than the process's", () => {
    const [mainBefore, allBefore] = [mainThreadCpuNow(), cpuNow()];
    spin(300);
    const [mainAfter, allAfter] = [mainThreadCpuNow(), cpuNow()];
    expect(mainBefore).toBeTypeOf("number");
    expect(mainAfter).toBeTypeOf("number");
    const main = mainAfter! - mainBefore!;
    const all = allAfter - allBefore;
    expect(main % 10, "whole ticks").toBe(0);
    // The spin ran on the main thread: all of it is the main thread's, but for the ticks' rounding
    // (under two ticks between two readings) and what other threads of the process did meanwhile.
    expect(main).toBeGreaterThanOrEqual(all - 30 - 0.1 * all);
    expect(main).toBeLessThanOrEqual(all + 30);
  });
});
