/**
 * Causal per-bar features for regime detection: what the HMM observes and the rules read.
 *
 * Every value at bar t is computed from closes up to and including t (rolling windows that end at
 * the current bar), so a detector built on them cannot look ahead. Scale-free definitions (log
 * returns, trend in units of its own volatility) let one set of thresholds serve any symbol.
 * Windows are in bars; the defaults (trend over 240, volatility over 120) suit 1m bars, where
 * shorter windows make regimes that flip every hour on noise.
 */
import { z } from "zod";

export const BarFeatureConfigSchema = z.object({
  /** Bars in the short log-return observation. */
  returnWindow: z.number().int().min(1).default(15),
  /** Bars of one-bar log returns in the realized volatility. */
  volWindow: z.number().int().min(2).default(120),
  /** Bars in the least-squares trend of log price. */
  trendWindow: z.number().int().min(3).default(240),
  /** Bars looked back for the running peak that drawdowns are measured from. */
  drawdownWindow: z.number().int().min(2).default(240),
  /** Past volatility values the current one is ranked against (percentile). */
  volHistory: z.number().int().min(10).default(1440),
  /** Half-life in bars of the slow volatility baseline that drawdown speed is measured in. */
  volBaselineHalfLife: z.number().positive().default(1440),
});
export type BarFeatureConfig = z.input<typeof BarFeatureConfigSchema>;

export interface BarFeatures {
  /** ln(close_t / close_{t−returnWindow}). */
  readonly logReturn: number;
  /** ln of the RMS one-bar log return over volWindow. */
  readonly logVol: number;
  /** Least-squares log-price move over trendWindow, in units of that window's volatility (≈ a t-stat). */
  readonly trend: number;
  /** ln(running peak / close) over drawdownWindow, ≥ 0. */
  readonly drawdown: number;
  /** Bars since that peak. */
  readonly barsSincePeak: number;
  /** Share of the last volHistory volatility values at or below the current one, in [0, 1]. */
  readonly volPercentile: number;
  /** Current volatility over its slow baseline (1 = normal for this market lately). */
  readonly volRatio: number;
  /** Drawdown divided by the slow volatility baseline × √barsSincePeak: how many sigmas the fall is. */
  readonly drawdownSigma: number;
}

/** The HMM observation vector (order matters: it is the model's dimension order). */
export const OBSERVATION_NAMES = ["logReturn", "logVol", "trend"] as const;
export function toObservation(f: BarFeatures): number[] {
  return [f.logReturn, f.logVol, f.trend];
}

const MIN_VOL = 1e-8;

/** Fixed-capacity history of the most recent values, oldest first by index. */
class Ring {
  private readonly data: Float64Array;
  private start = 0;
  size = 0;
  constructor(readonly capacity: number) {
    this.data = new Float64Array(capacity);
  }
  push(v: number): void {
    if (this.size < this.capacity) {
      this.data[(this.start + this.size) % this.capacity] = v;
      this.size++;
    } else {
      this.data[this.start] = v;
      this.start = (this.start + 1) % this.capacity;
    }
  }
  /** i-th value counted from the oldest kept. */
  at(i: number): number {
    return this.data[(this.start + i) % this.capacity];
  }
  /** i-th value counted back from the newest (0 = newest). */
  back(i: number): number {
    return this.at(this.size - 1 - i);
  }
}

export class BarFeatureStream {
  private readonly cfg: z.infer<typeof BarFeatureConfigSchema>;
  private readonly logCloses: Ring;
  private readonly returns: Ring;
  private readonly vols: Ring;
  private sumSquares = 0;
  private volBaseline = NaN;
  private readonly baselineAlpha: number;

  constructor(config: BarFeatureConfig = {}) {
    this.cfg = BarFeatureConfigSchema.parse(config);
    const c = this.cfg;
    this.logCloses = new Ring(Math.max(c.returnWindow, c.trendWindow, c.drawdownWindow) + 1);
    this.returns = new Ring(c.volWindow);
    this.vols = new Ring(c.volHistory);
    this.baselineAlpha = 1 - Math.pow(0.5, 1 / c.volBaselineHalfLife);
  }

  /** Bars needed before the first feature vector comes out. */
  get warmup(): number {
    return Math.max(this.cfg.returnWindow, this.cfg.volWindow, this.cfg.trendWindow) + 1;
  }

  /** Adds the close of a new bar (must be > 0 and finite; the caller counts and skips bad bars). */
  push(close: number): BarFeatures | null {
    if (!(close > 0) || !Number.isFinite(close)) throw new Error(`bar close must be a positive number, got ${close}`);
    const c = this.cfg;
    const y = Math.log(close);
    if (this.logCloses.size > 0) {
      const r = y - this.logCloses.back(0);
      if (this.returns.size === this.returns.capacity) this.sumSquares -= this.returns.at(0) ** 2;
      this.returns.push(r);
      this.sumSquares += r * r;
    }
    this.logCloses.push(y);
    if (this.logCloses.size < this.warmup) return null;

    const vol = Math.max(Math.sqrt(Math.max(this.sumSquares, 0) / this.returns.size), MIN_VOL);
    this.volBaseline = Number.isNaN(this.volBaseline) ? vol : this.volBaseline + this.baselineAlpha * (vol - this.volBaseline);
    let atOrBelow = 0;
    for (let i = 0; i < this.vols.size; i++) if (this.vols.at(i) <= vol) atOrBelow++;
    const volPercentile = this.vols.size === 0 ? 0.5 : atOrBelow / this.vols.size;
    this.vols.push(vol);

    const w = c.trendWindow;
    const meanX = (w - 1) / 2;
    let meanY = 0;
    for (let i = 0; i < w; i++) meanY += this.logCloses.back(w - 1 - i);
    meanY /= w;
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < w; i++) {
      const dx = i - meanX;
      sxy += dx * (this.logCloses.back(w - 1 - i) - meanY);
      sxx += dx * dx;
    }
    const slope = sxy / sxx;
    const trend = (slope * w) / (vol * Math.sqrt(w));

    const lookback = Math.min(c.drawdownWindow, this.logCloses.size - 1);
    let peak = -Infinity;
    let barsSincePeak = 0;
    for (let i = 0; i <= lookback; i++) {
      const v = this.logCloses.back(i);
      if (v > peak) {
        peak = v;
        barsSincePeak = i;
      }
    }
    const drawdown = peak - y;
    return {
      logReturn: y - this.logCloses.back(c.returnWindow),
      logVol: Math.log(vol),
      trend,
      drawdown,
      barsSincePeak,
      volPercentile,
      volRatio: vol / this.volBaseline,
      drawdownSigma: drawdown / (this.volBaseline * Math.sqrt(Math.max(barsSincePeak, 1))),
    };
  }
}
