import { describe, expect, it } from "vitest";
import type { GaussianHmm } from "./gaussian-hmm.ts";
import { mapStatesToRegimes, regimeTransitions } from "./state-mapping.ts";

// Observation layout [logReturn, logVol, trend] in training z-scores.
const model: GaussianHmm = {
  states: 6,
  dims: 3,
  initial: [1 / 6, 1 / 6, 1 / 6, 1 / 6, 1 / 6, 1 / 6],
  transition: [
    [0.9, 0.02, 0.02, 0.02, 0.02, 0.02],
    [0.02, 0.9, 0.02, 0.02, 0.02, 0.02],
    [0.02, 0.02, 0.9, 0.02, 0.02, 0.02],
    [0.02, 0.02, 0.02, 0.8, 0.12, 0.02],
    [0.02, 0.02, 0.02, 0.12, 0.8, 0.02],
    [0.02, 0.02, 0.02, 0.02, 0.02, 0.9],
  ],
  means: [
    [0, -0.8, 1.2], // calm, rising
    [0, -0.5, -1.1], // calm, falling
    [0, 0.1, 0.1], // nothing special
    [0, 2.0, 0.2], // very volatile, no direction
    [-0.5, 1.8, -1.6], // volatile and falling hard
    [0, -1.2, -0.2], // quiet
  ],
  variances: Array.from({ length: 6 }, () => [1, 1, 1]),
};
const layout = { logVol: 1, trend: 2 };

describe("HMM state → regime mapping", () => {
  it("names states by their mean volatility and trend", () => {
    expect(mapStatesToRegimes(model, layout)).toEqual(["trend_up", "trend_down", "range", "high_vol", "crisis", "range"]);
  });

  it("honours configured thresholds", () => {
    expect(mapStatesToRegimes(model, layout, { trendZ: 1.5, highVolZ: 1.9 })[0]).toBe("range");
    expect(mapStatesToRegimes(model, layout, { trendZ: 1.5, highVolZ: 1.9 })[4]).toBe("trend_down");
  });

  it("collapses transitions onto regimes with stochastic rows and 1/(1−p) durations", () => {
    const t = regimeTransitions(model, mapStatesToRegimes(model, layout));
    expect(t.regimes).toEqual(["trend_up", "trend_down", "range", "high_vol", "crisis"]);
    for (const row of t.matrix) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(t.matrix[0][0]).toBeCloseTo(0.9, 12);
    expect(t.expectedDurationBars.trend_up).toBeCloseTo(10, 9);
    expect(t.expectedDurationBars.crisis).toBeCloseTo(5, 9);
    // Two range states: staying in "range" includes moving between them (0.9 + 0.02); the
    // symmetric matrix has a uniform stationary distribution, so both weigh equally.
    expect(t.matrix[2][2]).toBeCloseTo(0.92, 9);
    expect(t.expectedDurationBars.range).toBeCloseTo(12.5, 6);
  });
});
