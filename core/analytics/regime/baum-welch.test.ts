import { describe, expect, it } from "vitest";
import { fitGaussianHmm } from "./baum-welch.ts";
import type { GaussianHmm } from "./gaussian-hmm.ts";
import { sampleHmm } from "./hmm-sampler.ts";

const truth: GaussianHmm = {
  states: 3,
  dims: 2,
  initial: [0.5, 0.3, 0.2],
  transition: [
    [0.95, 0.03, 0.02],
    [0.04, 0.9, 0.06],
    [0.05, 0.05, 0.9],
  ],
  means: [
    [-2, 0],
    [0, 1.5],
    [2.5, -1],
  ],
  variances: [
    [0.5, 0.4],
    [0.3, 0.6],
    [0.8, 0.3],
  ],
};

/** Fitted states come back in arbitrary order; match each true state to the nearest fitted mean. */
function matchStates(fitted: GaussianHmm): number[] {
  return truth.means.map((m) => {
    let best = 0;
    let bestDist = Infinity;
    fitted.means.forEach((f, i) => {
      const dist = f.reduce((acc, v, d) => acc + (v - m[d]) ** 2, 0);
      if (dist < bestDist) {
        bestDist = dist;
        best = i;
      }
    });
    return best;
  });
}

describe("Baum-Welch", () => {
  const { observations } = sampleHmm(truth, 6000, 42);
  const fit = fitGaussianHmm(observations, { states: 3, restarts: 4, seed: 7, maxIterations: 300, tolerance: 1e-6 });

  it("recovers means, variances and transitions of a known 3-state HMM", () => {
    const map = matchStates(fit.model);
    expect(new Set(map).size).toBe(3);
    truth.means.forEach((m, s) => {
      m.forEach((v, d) => expect(fit.model.means[map[s]][d]).toBeCloseTo(v, 0.9));
      truth.variances[s].forEach((v, d) => expect(Math.abs(fit.model.variances[map[s]][d] - v)).toBeLessThan(0.1));
      truth.transition[s].forEach((p, j) => expect(Math.abs(fit.model.transition[map[s]][map[j]] - p)).toBeLessThan(0.03));
    });
  });

  it("never decreases the log-likelihood across iterations", () => {
    expect(fit.history.length).toBeGreaterThan(2);
    for (let i = 1; i < fit.history.length; i++) {
      expect(fit.history[i]).toBeGreaterThanOrEqual(fit.history[i - 1] - 1e-7 * Math.abs(fit.history[i - 1]));
    }
  });

  it("is deterministic for a given seed and picks the best restart", () => {
    const again = fitGaussianHmm(observations, { states: 3, restarts: 4, seed: 7, maxIterations: 300, tolerance: 1e-6 });
    expect(again.model).toEqual(fit.model);
    expect(fit.restarts).toHaveLength(4);
    expect(fit.logLikelihood).toBe(Math.max(...fit.restarts.map((r) => r.logLikelihood)));
  });

  it("rejects ragged or non-finite observations with a clear error", () => {
    expect(() => fitGaussianHmm([[1, 2], [1], [0, 0], [1, 1]], { states: 2 })).toThrow(/expected 2/);
    expect(() => fitGaussianHmm([[1, 2], [NaN, 1], [0, 0], [1, 1]], { states: 2 })).toThrow(/not finite/);
  });
});
