/**
 * Turns a history of closes into a ready-to-run regime model: features → z-scores → Baum-Welch
 * → named states → an out-of-distribution threshold.
 *
 * Observations are standardized with the training window's own mean and spread so one set of
 * state-mapping thresholds works for any symbol; the same standardization is stored in the model
 * and applied live, so training and live see identical inputs. The result is plain JSON.
 */
import { z } from "zod";
import { BaumWelchConfigSchema, fitGaussianHmm } from "./baum-welch.ts";
import { BarFeatureConfigSchema, BarFeatureStream, OBSERVATION_NAMES, toObservation } from "./bar-features.ts";
import type { GaussianHmm } from "./gaussian-hmm.ts";
import { OnlineHmmFilter } from "./online-filter.ts";
import type { Regime } from "./regimes.ts";
import { type RegimeTransitions, StateMappingConfigSchema, mapStatesToRegimes, regimeTransitions } from "./state-mapping.ts";

export const RegimeFitConfigSchema = z.object({
  features: BarFeatureConfigSchema.default(BarFeatureConfigSchema.parse({})),
  hmm: BaumWelchConfigSchema.default(BaumWelchConfigSchema.parse({ states: 6 })),
  mapping: StateMappingConfigSchema.default(StateMappingConfigSchema.parse({})),
  /** Training-bar quantile of the one-step predictive log-likelihood below which a live bar counts as unseen. */
  outOfDistributionQuantile: z.number().min(0).max(0.5).default(0.001),
});
export type RegimeFitConfig = z.input<typeof RegimeFitConfigSchema>;

export interface FittedRegimeModel {
  readonly features: z.infer<typeof BarFeatureConfigSchema>;
  readonly observationNames: readonly string[];
  readonly standardization: { readonly mean: number[]; readonly std: number[] };
  readonly hmm: GaussianHmm;
  readonly stateRegimes: Regime[];
  readonly transitions: RegimeTransitions;
  readonly minPredictiveLogLikelihood: number;
  readonly trainingBars: number;
  readonly logLikelihood: number;
}

export function standardize(x: readonly number[], s: FittedRegimeModel["standardization"]): number[] {
  return x.map((v, d) => (v - s.mean[d]) / s.std[d]);
}

export function fitRegimeModel(closes: readonly number[], config: RegimeFitConfig = {}): FittedRegimeModel {
  const cfg = RegimeFitConfigSchema.parse(config);
  const stream = new BarFeatureStream(cfg.features);
  const raw: number[][] = [];
  for (const close of closes) {
    if (!(close > 0) || !Number.isFinite(close)) continue;
    const f = stream.push(close);
    if (f) raw.push(toObservation(f));
  }
  if (raw.length < 10 * cfg.hmm.states) {
    throw new Error(`regime fit needs at least ${10 * cfg.hmm.states} bars after warm-up, got ${raw.length}`);
  }
  const dims = raw[0].length;
  const mean = Array.from({ length: dims }, (_, d) => raw.reduce((a, x) => a + x[d], 0) / raw.length);
  const std = Array.from({ length: dims }, (_, d) =>
    Math.max(Math.sqrt(raw.reduce((a, x) => a + (x[d] - mean[d]) ** 2, 0) / raw.length), 1e-12),
  );
  const standardization = { mean, std };
  const observations = raw.map((x) => x.map((v, d) => (v - mean[d]) / std[d]));
  const fit = fitGaussianHmm(observations, cfg.hmm);
  const layout = { logVol: OBSERVATION_NAMES.indexOf("logVol"), trend: OBSERVATION_NAMES.indexOf("trend") };
  const stateRegimes = mapStatesToRegimes(fit.model, layout, cfg.mapping);

  const filter = new OnlineHmmFilter(fit.model);
  const predictive = observations.map((x) => filter.update(x).predictiveLogLikelihood).sort((a, b) => a - b);
  const minPredictiveLogLikelihood = predictive[Math.floor(cfg.outOfDistributionQuantile * (predictive.length - 1))];

  return {
    features: cfg.features,
    observationNames: OBSERVATION_NAMES,
    standardization,
    hmm: fit.model,
    stateRegimes,
    transitions: regimeTransitions(fit.model, stateRegimes),
    minPredictiveLogLikelihood,
    trainingBars: observations.length,
    logLikelihood: fit.logLikelihood,
  };
}
