/**
 * Forward-backward smoothing in log-space: P(state at t | the WHOLE series).
 *
 * RESEARCH AND FITTING ONLY. The backward pass conditions bar t on bars after t, so these
 * probabilities look ahead: they are what Baum-Welch needs for its E-step on history and what a
 * research plot may show, but a live or backtest decision must use OnlineHmmFilter instead.
 */
import { type GaussianHmm, emissionLogDensities } from "./gaussian-hmm.ts";
import { forwardStep, toLogParams } from "./forward-step.ts";
import { logMatVec } from "./log-space.ts";

export interface Posteriors {
  /** Smoothed state probabilities, row-major T×K. */
  readonly gamma: Float64Array;
  /** Expected transition counts Σ_t ξ_t(i, j), row-major K×K. */
  readonly transitionCounts: Float64Array;
  /** log p(x_1..T | model). */
  readonly logLikelihood: number;
}

/** Log emission densities for every bar, row-major T×K. */
export function emissionMatrix(model: GaussianHmm, observations: readonly ArrayLike<number>[]): Float64Array {
  const k = model.states;
  const out = new Float64Array(observations.length * k);
  const row = new Float64Array(k);
  observations.forEach((x, t) => {
    emissionLogDensities(model, x, row);
    out.set(row, t * k);
  });
  return out;
}

/** @researchOnly looks ahead — see the module comment. */
export function forwardBackward(model: GaussianHmm, observations: readonly ArrayLike<number>[]): Posteriors {
  const k = model.states;
  const n = observations.length;
  if (n === 0) throw new Error("forward-backward needs at least one observation");
  const params = toLogParams(model.initial, model.transition);
  const logB = emissionMatrix(model, observations);
  const logAlpha = new Float64Array(n * k);
  const logNorm = new Float64Array(n);
  const step = new Float64Array(k);
  let previous: Float64Array | null = null;
  for (let t = 0; t < n; t++) {
    logNorm[t] = forwardStep(params, previous, logB.subarray(t * k, (t + 1) * k), step);
    logAlpha.set(step, t * k);
    previous = logAlpha.subarray(t * k, (t + 1) * k);
  }
  // Backward pass scaled by the same per-step normalisers, so alpha·beta is already a posterior.
  const logBeta = new Float64Array(n * k);
  const lt = params.logTransition;
  const weights = new Float64Array(k);
  const row = new Float64Array(k);
  for (let t = n - 2; t >= 0; t--) {
    for (let j = 0; j < k; j++) weights[j] = logB[(t + 1) * k + j] + logBeta[(t + 1) * k + j] - logNorm[t + 1];
    logMatVec(params.transition, lt, weights, k, row, step);
    logBeta.set(row, t * k);
  }
  const gamma = new Float64Array(n * k);
  for (let t = 0; t < n; t++) {
    let total = 0;
    for (let i = 0; i < k; i++) {
      const g = Math.exp(logAlpha[t * k + i] + logBeta[t * k + i]);
      gamma[t * k + i] = g;
      total += g;
    }
    for (let i = 0; i < k; i++) gamma[t * k + i] /= total;
  }
  // ξ_t(i,j) = α_t(i)·A_ij·exp(w_j) with w_j = log B_{t+1}(j) + log β_{t+1}(j) − c_{t+1}. Shifting w
  // by its max keeps every factor finite; the exact per-term form is used if the shift cannot.
  const transitionCounts = new Float64Array(k * k);
  const alphaLinear = new Float64Array(k);
  for (let t = 0; t < n - 1; t++) {
    let maxW = -Infinity;
    for (let j = 0; j < k; j++) {
      weights[j] = logB[(t + 1) * k + j] + logBeta[(t + 1) * k + j] - logNorm[t + 1];
      if (weights[j] > maxW) maxW = weights[j];
    }
    for (let j = 0; j < k; j++) row[j] = Math.exp(weights[j] - maxW);
    for (let i = 0; i < k; i++) alphaLinear[i] = logAlpha[t * k + i] + maxW;
    for (let i = 0; i < k; i++) {
      if (alphaLinear[i] < 700) {
        const a = Math.exp(alphaLinear[i]);
        for (let j = 0; j < k; j++) transitionCounts[i * k + j] += a * params.transition[i * k + j] * row[j];
      } else {
        for (let j = 0; j < k; j++) transitionCounts[i * k + j] += Math.exp(logAlpha[t * k + i] + lt[i * k + j] + weights[j]);
      }
    }
  }
  let logLikelihood = 0;
  for (let t = 0; t < n; t++) logLikelihood += logNorm[t];
  return { gamma, transitionCounts, logLikelihood };
}
