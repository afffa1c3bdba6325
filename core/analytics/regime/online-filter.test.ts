import { describe, expect, it } from "vitest";
import { forwardBackward } from "./forward-backward.ts";
import type { GaussianHmm } from "./gaussian-hmm.ts";
import { sampleHmm } from "./hmm-sampler.ts";
import { OnlineHmmFilter } from "./online-filter.ts";
import { viterbiPath } from "./viterbi.ts";

const model: GaussianHmm = {
  states: 2,
  dims: 1,
  initial: [0.5, 0.5],
  transition: [
    [0.97, 0.03],
    [0.05, 0.95],
  ],
  means: [[-1], [1.5]],
  variances: [[0.4], [0.6]],
};

function filterAll(observations: number[][]): number[][] {
  const f = new OnlineHmmFilter(model);
  return observations.map((x) => f.update(x).probabilities);
}

describe("online HMM filter", () => {
  const { states, observations } = sampleHmm(model, 3000, 3);

  it("never uses future data: perturbing bars after t leaves the probability at t unchanged", () => {
    const base = filterAll(observations);
    for (const t of [0, 17, 500, 2998]) {
      const perturbed = observations.map((x, i) => (i > t ? [x[0] * -7 + 100] : x));
      expect(filterAll(perturbed)[t]).toEqual(base[t]);
    }
    // …while perturbing bar t itself does change it (the check above can fail).
    const changed = observations.map((x, i) => (i === 500 ? [x[0] + 5] : x));
    expect(filterAll(changed)[500]).not.toEqual(base[500]);
  });

  it("agrees with forward-backward at the last bar, where smoothing has no future to use", () => {
    const filtered = filterAll(observations);
    const smoothed = forwardBackward(model, observations);
    const last = observations.length - 1;
    expect(filtered[last][0]).toBeCloseTo(smoothed.gamma[last * 2], 10);
  });

  it("stays finite and normalised on a long series with extreme bars", () => {
    const long = sampleHmm(model, 200_000, 9).observations;
    long[1000] = [1e6];
    long[150_000] = [-1e8];
    const f = new OnlineHmmFilter(model);
    let total = 0;
    for (const x of long) {
      const { probabilities, predictiveLogLikelihood } = f.update(x);
      expect(Number.isFinite(predictiveLogLikelihood)).toBe(true);
      const s = probabilities[0] + probabilities[1];
      if (!(Math.abs(s - 1) < 1e-9) || probabilities.some((p) => !Number.isFinite(p))) throw new Error(`bad probabilities ${probabilities}`);
      total += predictiveLogLikelihood;
    }
    expect(Number.isFinite(total)).toBe(true);
    expect(Number.isFinite(forwardBackward(model, long).logLikelihood)).toBe(true);
  });

  it("tracks the true state, and research-only Viterbi labels a well-separated series", () => {
    const filtered = filterAll(observations);
    const hits = filtered.filter((p, t) => (p[1] > 0.5 ? 1 : 0) === states[t]).length;
    expect(hits / states.length).toBeGreaterThan(0.9);
    const path = viterbiPath(model, observations);
    expect(path.filter((s, t) => s === states[t]).length / states.length).toBeGreaterThan(0.93);
  });

  it("refuses an observation of the wrong dimension", () => {
    expect(() => new OnlineHmmFilter(model).update([1, 2])).toThrow(/expects 1/);
  });
});
