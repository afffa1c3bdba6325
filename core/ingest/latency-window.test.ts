import { describe, expect, it } from "vitest";
import { LatencyWindow } from "./latency-window.ts";

describe("LatencyWindow", () => {
  it("gives nearest-rank percentiles of the samples", () => {
    const w = new LatencyWindow(1000);
    for (let i = 1; i <= 100; i++) w.add(i);
    expect(w.percentiles()).toEqual({ p50: 50, p99: 99, max: 100, samples: 100 });
  });

  it("keeps only the most recent samples", () => {
    const w = new LatencyWindow(10);
    for (let i = 1; i <= 20; i++) w.add(i);
    expect(w.percentiles()).toEqual({ p50: 15, p99: 20, max: 20, samples: 10 });
  });

  it("takes only the samples since a moment when asked", () => {
    const w = new LatencyWindow(100);
    for (let i = 1; i <= 30; i++) w.add(i, 1_000 + i);
    expect(w.percentiles(1_021)).toEqual({ p50: 25, p99: 30, max: 30, samples: 10 });
    expect(w.percentiles(5_000).samples).toBe(0);
    expect(w.percentiles().samples).toBe(30);
  });

  it("is NaN when empty", () => {
    expect(new LatencyWindow().percentiles().samples).toBe(0);
    expect(new LatencyWindow().percentiles().p50).toBeNaN();
  });
});
