/**
 * Names the anonymous HMM states and summarises the model per named regime.
 *
 * Mapping rule (applied to each state's mean observation, in training z-scores, so the same
 * thresholds fit any symbol and timeframe):
 *   1. volZ ≥ highVolZ and trendZ ≤ −crisisTrendZ  → crisis   (volatile AND falling hard)
 *   2. volZ ≥ highVolZ                              → high_vol
 *   3. trendZ ≥ trendZ                              → trend_up
 *   4. trendZ ≤ −trendZ                             → trend_down
 *   5. otherwise                                    → range
 * where volZ is the state's mean log-volatility and trendZ its mean trend. Several states may
 * share a regime; a regime no state reaches is simply absent from the model (the rule classifier
 * still covers it, e.g. a crash deeper than anything in the training window).
 */
import { z } from "zod";
import { type GaussianHmm, stationaryDistribution } from "./gaussian-hmm.ts";
import { REGIMES, type Regime } from "./regimes.ts";

export const StateMappingConfigSchema = z.object({
  highVolZ: z.number().default(1),
  crisisTrendZ: z.number().positive().default(1),
  trendZ: z.number().positive().default(0.6),
});
export type StateMappingConfig = z.input<typeof StateMappingConfigSchema>;

/** Index of each named quantity inside the (standardized) observation vector. */
export interface ObservationLayout {
  readonly logVol: number;
  readonly trend: number;
}

export function mapStatesToRegimes(model: GaussianHmm, layout: ObservationLayout, config: StateMappingConfig = {}): Regime[] {
  const c = StateMappingConfigSchema.parse(config);
  return model.means.map((mean) => {
    const volZ = mean[layout.logVol];
    const trendZ = mean[layout.trend];
    if (volZ >= c.highVolZ && trendZ <= -c.crisisTrendZ) return "crisis";
    if (volZ >= c.highVolZ) return "high_vol";
    if (trendZ >= c.trendZ) return "trend_up";
    if (trendZ <= -c.trendZ) return "trend_down";
    return "range";
  });
}

export interface RegimeTransitions {
  /** Regimes at least one state maps to, in REGIMES order: the rows/columns of `matrix`. */
  readonly regimes: Regime[];
  /** P(next bar's regime = column | this bar's regime = row), weighting states by their long-run share. */
  readonly matrix: number[][];
  /** Expected bars per visit: 1 / (1 − P(stay)). */
  readonly expectedDurationBars: Partial<Record<Regime, number>>;
}

/** Collapses the K×K state transition matrix onto named regimes. */
export function regimeTransitions(model: GaussianHmm, stateRegimes: readonly Regime[]): RegimeTransitions {
  const pi = stationaryDistribution(model.transition);
  const regimes = REGIMES.filter((r) => stateRegimes.includes(r));
  const matrix = regimes.map((from) => {
    const members = stateRegimes.flatMap((r, i) => (r === from ? [i] : []));
    // A state with ~zero long-run share still defines the row; fall back to equal weights.
    const raw = members.map((i) => pi[i]);
    const total = raw.reduce((a, b) => a + b, 0);
    const weights = total > 1e-12 ? raw.map((w) => w / total) : members.map(() => 1 / members.length);
    return regimes.map((to) => {
      let p = 0;
      members.forEach((i, m) => {
        stateRegimes.forEach((r, j) => {
          if (r === to) p += weights[m] * model.transition[i][j];
        });
      });
      return p;
    });
  });
  const expectedDurationBars: Partial<Record<Regime, number>> = {};
  regimes.forEach((r, i) => {
    expectedDurationBars[r] = 1 / Math.max(1 - matrix[i][i], 1e-12);
  });
  return { regimes, matrix, expectedDurationBars };
}
