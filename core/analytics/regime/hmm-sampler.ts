/**
 * Draws state paths and observations from a known Gaussian HMM.
 *
 * Ground truth for checking that Baum-Welch recovers parameters, and for stress-testing the
 * detector on synthetic regimes; seeded so every draw is reproducible.
 */
import type { GaussianHmm } from "./gaussian-hmm.ts";
import { SeededRng } from "./seeded-rng.ts";

export function sampleHmm(model: GaussianHmm, length: number, seed: number): { states: number[]; observations: number[][] } {
  const rng = new SeededRng(seed);
  const states: number[] = [];
  const observations: number[][] = [];
  let s = rng.categorical(model.initial);
  for (let t = 0; t < length; t++) {
    if (t > 0) s = rng.categorical(model.transition[s]);
    states.push(s);
    observations.push(model.means[s].map((m, d) => m + Math.sqrt(model.variances[s][d]) * rng.normal()));
  }
  return { states, observations };
}
