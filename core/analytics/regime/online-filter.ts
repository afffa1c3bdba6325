/**
 * Live regime probabilities: the HMM forward filter, one O(K²) update per bar.
 *
 * It holds only the previous filtered distribution, so the probability it reports at bar t is a
 * function of bars 1..t alone; nothing here can look ahead (contrast research/forward-backward.ts).
 */
import { type GaussianHmm, emissionLogDensities } from "./gaussian-hmm.ts";
import { type LogParams, forwardStep, toLogParams } from "./forward-step.ts";

export class OnlineHmmFilter {
  private readonly params: LogParams;
  private readonly emission: Float64Array;
  private logFiltered: Float64Array | null = null;
  private readonly scratch: Float64Array;

  constructor(private readonly model: GaussianHmm) {
    this.params = toLogParams(model.initial, model.transition);
    this.emission = new Float64Array(model.states);
    this.scratch = new Float64Array(model.states);
  }

  /**
   * Consumes the observation of the newest bar; returns P(state | bars so far) and the
   * predictive log-likelihood of this observation (low values mean the model has not seen such a bar).
   */
  update(observation: ArrayLike<number>): { probabilities: number[]; predictiveLogLikelihood: number } {
    if (observation.length !== this.model.dims) {
      throw new Error(`observation has ${observation.length} values, model expects ${this.model.dims}`);
    }
    emissionLogDensities(this.model, observation, this.emission);
    const predictiveLogLikelihood = forwardStep(this.params, this.logFiltered, this.emission, this.scratch);
    this.logFiltered = Float64Array.from(this.scratch);
    return { probabilities: Array.from(this.logFiltered, Math.exp), predictiveLogLikelihood };
  }

  /** Forgets history (e.g. after a data gap long enough that the old state says nothing). */
  reset(): void {
    this.logFiltered = null;
  }
}
