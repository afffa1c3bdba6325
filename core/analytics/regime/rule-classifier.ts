/**
 * Transparent threshold rules: the regime fallback when no HMM is fitted or it is not confident.
 *
 * Each rule reads one scale-free feature, so an operator can say exactly why a bar got its label.
 * Order encodes priority: a crash is reported even when volatility or trend would also match.
 * Exit thresholds sit below entry thresholds (hysteresis) so a feature hovering at a threshold
 * does not flip the label every bar.
 */
import { z } from "zod";
import type { BarFeatures } from "./bar-features.ts";
import type { Regime } from "./regimes.ts";

export const RuleConfigSchema = z.object({
  /** Crash: log drawdown from the running peak at least this … */
  crashDrawdown: z.number().positive().default(0.03),
  /** … and falling at least this many baseline sigmas (drawdown speed). */
  crashSigma: z.number().positive().default(4),
  /** Stay in crisis while the fall is still this deep / fast. */
  crashExitDrawdown: z.number().positive().default(0.02),
  crashExitSigma: z.number().positive().default(2.5),
  /**
   * High volatility: current volatility at or above this percentile of its recent history AND this
   * multiple of its slow baseline (a percentile alone would label a fixed share of any calm market).
   */
  highVolPercentile: z.number().min(0).max(1).default(0.9),
  highVolRatio: z.number().positive().default(1.5),
  /** Stay in high volatility while volatility is at least this multiple of the baseline. */
  highVolExitRatio: z.number().positive().default(1.25),
  /** Trend: |trend| (log-price move over the trend window in its own sigmas) at least this. */
  trendEnter: z.number().positive().default(1.5),
  trendExit: z.number().positive().default(0.75),
});
export type RuleConfig = z.input<typeof RuleConfigSchema>;

export interface RuleVerdict {
  readonly regime: Regime;
  /** Which rule fired, for the alert text and audits. */
  readonly reason: string;
}

export class RuleClassifier {
  private readonly cfg: z.infer<typeof RuleConfigSchema>;

  constructor(config: RuleConfig = {}) {
    this.cfg = RuleConfigSchema.parse(config);
  }

  /** Classifies one bar; `previous` (the last regime this classifier returned) enables hysteresis. */
  classify(f: BarFeatures, previous: Regime | null): RuleVerdict {
    const c = this.cfg;
    const inCrisis = previous === "crisis";
    const ddLimit = inCrisis ? c.crashExitDrawdown : c.crashDrawdown;
    const sigmaLimit = inCrisis ? c.crashExitSigma : c.crashSigma;
    if (f.drawdown >= ddLimit && f.drawdownSigma >= sigmaLimit) {
      return { regime: "crisis", reason: `drawdown ${(f.drawdown * 100).toFixed(2)}% at ${f.drawdownSigma.toFixed(1)} sigma` };
    }
    const highVol = previous === "high_vol"
      ? f.volRatio >= c.highVolExitRatio
      : f.volPercentile >= c.highVolPercentile && f.volRatio >= c.highVolRatio;
    if (highVol) {
      return {
        regime: "high_vol",
        reason: `volatility ${f.volRatio.toFixed(2)}× baseline, percentile ${(f.volPercentile * 100).toFixed(0)}`,
      };
    }
    const upLimit = previous === "trend_up" ? c.trendExit : c.trendEnter;
    if (f.trend >= upLimit) return { regime: "trend_up", reason: `trend +${f.trend.toFixed(2)} sigma` };
    const downLimit = previous === "trend_down" ? c.trendExit : c.trendEnter;
    if (f.trend <= -downLimit) return { regime: "trend_down", reason: `trend ${f.trend.toFixed(2)} sigma` };
    return { regime: "range", reason: "no trend, volatility or drawdown rule fired" };
  }
}
