/**
 * Most likely state path (Viterbi) in log-space.
 *
 * RESEARCH ONLY: the best path at bar t is chosen with knowledge of every later bar (the
 * backtrack starts from the end), so it looks ahead. Use it to label history for study, never to
 * drive a live or backtested decision; those read OnlineHmmFilter.
 */
import type { GaussianHmm } from "./gaussian-hmm.ts";
import { emissionMatrix } from "./forward-backward.ts";
import { toLogParams } from "./forward-step.ts";

/** @researchOnly looks ahead — see the module comment. */
export function viterbiPath(model: GaussianHmm, observations: readonly ArrayLike<number>[]): number[] {
  const k = model.states;
  const n = observations.length;
  if (n === 0) return [];
  const params = toLogParams(model.initial, model.transition);
  const logB = emissionMatrix(model, observations);
  const backPointer = new Int32Array(n * k);
  let delta = new Float64Array(k);
  for (let j = 0; j < k; j++) delta[j] = params.logInitial[j] + logB[j];
  for (let t = 1; t < n; t++) {
    const next = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < k; i++) {
        const v = delta[i] + params.logTransition[i * k + j];
        if (v > best) {
          best = v;
          arg = i;
        }
      }
      next[j] = best + logB[t * k + j];
      backPointer[t * k + j] = arg;
    }
    delta = next;
  }
  const path = new Array<number>(n);
  let last = 0;
  for (let j = 1; j < k; j++) if (delta[j] > delta[last]) last = j;
  path[n - 1] = last;
  for (let t = n - 1; t > 0; t--) path[t - 1] = backPointer[t * k + path[t]];
  return path;
}
