/** Statistical streams: dispersion, standardization, trend slope and long-memory (Hurst). */
import type { Series } from "./series.ts";
import { Ring } from "./ring.ts";
import { RollingMoments } from "./rolling-moments.ts";

/** Population standard deviation times `deviations` (TA-Lib STDDEV). */
export class StdDev implements Series {
  readonly #moments: RollingMoments;

  constructor(
    readonly period: number,
    readonly deviations = 1,
  ) {
    this.#moments = new RollingMoments(period);
  }

  next(x: number): number {
    this.#moments.push(x);
    return this.#moments.full ? Math.sqrt(this.#moments.variance) * this.deviations : Number.NaN;
  }
}

/** (x − mean) / stddev over the window; 0 for a flat window instead of ±Infinity. */
export class ZScore implements Series {
  readonly #moments: RollingMoments;

  constructor(readonly period: number) {
    this.#moments = new RollingMoments(period);
  }

  next(x: number): number {
    const m = this.#moments;
    m.push(x);
    if (!m.full) return Number.NaN;
    const sd = Math.sqrt(m.variance);
    return sd > 0 ? (x - m.mean) / sd : 0;
  }
}

/**
 * Least-squares slope per bar over the window (TA-Lib LINEARREG_SLOPE). Sums are taken of x − K
 * (slope is shift-invariant) and rebuilt exactly once per window, so drift stays bounded.
 */
export class LinRegSlope implements Series {
  readonly #ring: Ring;
  readonly #sumX: number;
  readonly #divisor: number;
  #shift = Number.NaN;
  #sumY = 0;
  /** Σ age·(y − K), age 0 = newest. */
  #sumXY = 0;
  #sinceExact = 0;

  constructor(readonly period: number) {
    this.#ring = new Ring(period);
    const n = period;
    this.#sumX = (n * (n - 1)) / 2;
    const sumXSqr = (n * (n - 1) * (2 * n - 1)) / 6;
    this.#divisor = this.#sumX * this.#sumX - n * sumXSqr;
  }

  next(x: number): number {
    if (this.#shift !== this.#shift) this.#shift = x;
    const n = this.period;
    const old = this.#ring.push(x);
    // Every value ages by one bar; the one leaving had reached age n.
    this.#sumXY += this.#sumY;
    this.#sumY += x - this.#shift;
    if (old === old) {
      this.#sumXY -= n * (old - this.#shift);
      this.#sumY -= old - this.#shift;
    }
    if (!this.#ring.full) return Number.NaN;
    if (++this.#sinceExact >= n) this.#recompute();
    return (n * this.#sumXY - this.#sumX * this.#sumY) / this.#divisor;
  }

  #recompute(): void {
    this.#shift = this.#ring.get(0);
    this.#sumY = 0;
    this.#sumXY = 0;
    for (let age = 0; age < this.period; age++) {
      const d = this.#ring.get(age) - this.#shift;
      this.#sumY += d;
      this.#sumXY += age * d;
    }
    this.#sinceExact = 0;
  }
}

/**
 * Hurst exponent from the scaling of lagged differences of log price: std(p_t − p_{t−k}) ∝ k^H over
 * the last `window` prices, for k = 2..maxLag, H = least-squares slope of log std on log k.
 * Cost per update is O(maxLag), independent of the window length.
 */
export class Hurst implements Series {
  readonly #logs: Ring;
  readonly #diffs: RollingMoments[];
  readonly #logLags: Float64Array;
  #seen = 0;

  constructor(
    readonly window: number,
    readonly maxLag: number,
  ) {
    this.#logs = new Ring(maxLag + 1);
    this.#diffs = [];
    const lags: number[] = [];
    for (let k = 2; k <= maxLag; k++) {
      this.#diffs.push(new RollingMoments(window - k));
      lags.push(Math.log(k));
    }
    this.#logLags = Float64Array.from(lags);
  }

  next(price: number): number {
    const p = Math.log(price);
    this.#logs.push(p);
    this.#seen++;
    for (let i = 0; i < this.#diffs.length; i++) {
      const k = i + 2;
      if (this.#logs.count > k) this.#diffs[i].push(p - this.#logs.get(k));
    }
    if (this.#seen < this.window) return Number.NaN;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    const m = this.#diffs.length;
    for (let i = 0; i < m; i++) {
      const x = this.#logLags[i];
      const y = 0.5 * Math.log(this.#diffs[i].variance);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (m * sxy - sx * sy) / (m * sxx - sx * sx);
  }
}
