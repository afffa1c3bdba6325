import { describe, expect, it } from "vitest";
import { GatedTimer } from "./contention-probe.ts";

/** A timer whose probes take the given times, in order, and whose samples take the given times. */
function timed(probes: number[], samples: number[]) {
  let p = 0;
  const timer = new GatedTimer(() => probes[p++]);
  const clock = performance.now.bind(performance);
  let now = 0;
  performance.now = () => now;
  try {
    for (const ms of samples) timer.timeSync(() => void (now += ms));
  } finally {
    performance.now = clock;
  }
  return timer.summary();
}

describe("GatedTimer", () => {
  it("keeps only samples whose probes before and after were both near the fastest", () => {
    // Probes around samples 0..4: 1.0 | 1.05 | 1.6 | 1.0 | 1.0 | 1.7
    const s = timed([1.0, 1.05, 1.6, 1.0, 1.0, 1.7], [2, 9, 8, 3, 7]);
    // Sample 0 (1.0, 1.05) and sample 3 (1.0, 1.0) qualify; 1, 2 and 4 touch a slow probe.
    expect(s.samples).toBe(5);
    expect(s.uncontendedShare).toBe(0.4);
    expect(s.uncontendedMedianMs).toBe(3);
    expect(s.medianMs).toBe(7);
  });

  it("never picks a sample for being fast: a fast sample between slow probes is left out", () => {
    const s = timed([1.0, 2.0, 1.0], [1, 5]);
    expect(s.uncontendedShare).toBe(0);
    expect(s.uncontendedMedianMs).toBeNaN();
  });

  it("times real work with the built-in probe", async () => {
    const timer = new GatedTimer();
    for (let i = 0; i < 5; i++) await timer.time(() => new Promise((r) => setTimeout(r, 1)));
    const s = timer.summary();
    expect(s.samples).toBe(5);
    expect(s.medianMs).toBeGreaterThan(0);
  });
});
