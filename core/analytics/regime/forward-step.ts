/**
 * One step of the HMM forward recursion in log-space: the only recursion that is safe live.
 *
 * Both the online filter and Baum-Welch's E-step call this, so the probabilities a live detector
 * publishes are computed by exactly the code that was fitted and tested on history.
 */

import { logSumExp, logVecMat } from "./log-space.ts";

/** Log-parameters precomputed once per model so each step does no log() on the transition matrix. */
export interface LogParams {
  readonly states: number;
  readonly logInitial: Float64Array;
  /** Row-major K×K: logTransition[i*K + j] = log P(j | i). */
  readonly logTransition: Float64Array;
  /** The same matrix in linear space (for the max-shifted products in log-space.ts). */
  readonly transition: Float64Array;
}

export function toLogParams(initial: number[], transition: number[][]): LogParams {
  const k = initial.length;
  const linear = Float64Array.from(transition.flat());
  return { states: k, logInitial: Float64Array.from(initial, Math.log), logTransition: linear.map(Math.log), transition: linear };
}

/**
 * Writes log P(s_t = j | x_1..t) into `out` given the previous filtered log-probabilities
 * (`previous` null at t = 0) and log p(x_t | s_t = j). Returns log p(x_t | x_1..t-1), the
 * one-step predictive log-likelihood. O(K²).
 */
export function forwardStep(
  params: LogParams,
  previous: Float64Array | null,
  logEmission: ArrayLike<number>,
  out: Float64Array,
): number {
  const k = params.states;
  if (previous === null) out.set(params.logInitial);
  else logVecMat(previous, params.transition, params.logTransition, k, out, scratchFor(k));
  for (let j = 0; j < k; j++) out[j] += logEmission[j];
  const logNorm = logSumExp(out);
  for (let j = 0; j < k; j++) out[j] -= logNorm;
  return logNorm;
}

const scratches = new Map<number, Float64Array>();
/** Per-size scratch buffer: JS is single-threaded and forwardStep never re-enters, so one is enough. */
function scratchFor(k: number): Float64Array {
  let s = scratches.get(k);
  if (!s) scratches.set(k, (s = new Float64Array(k)));
  return s;
}
