/** Statistical streams: dispersion, standardization and trend slope. */
import type { Candle } from "../../candles/candle.ts";
import { CloseSeries } from "./series.ts";
import { Ring } from "./ring.ts";
import type { Shared, Use } from "../shared.ts";
import { RollingMoments } from "./rolling-moments.ts";

/** Population standard deviation times `deviations` (TA-Lib STDDEV). */
export class StdDev extends CloseSeries {
  readonly #moments: Use<RollingMoments>;

  constructor(
    readonly period: number,
    readonly deviations: number,
    shared: Shared,
  ) {
    super();
    this.#moments = RollingMoments.ofClose(period, shared);
  }

  next(x: number): number {
    const m = RollingMoments.advance(this.#moments, x);
    return m.full ? Math.sqrt(m.variance) * this.deviations : Number.NaN;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }
}

/** (x − mean) / stddev over the window; 0 for a flat window instead of ±Infinity. */
export class ZScore extends CloseSeries {
  readonly #moments: Use<RollingMoments>;

  constructor(
    readonly period: number,
    shared: Shared,
  ) {
    super();
    this.#moments = RollingMoments.ofClose(period, shared);
  }

  next(x: number): number {
    const m = RollingMoments.advance(this.#moments, x);
    if (!m.full) return Number.NaN;
    const sd = Math.sqrt(m.variance);
    return sd > 0 ? (x - m.mean) / sd : 0;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }
}

/**
 * Least-squares slope per bar over the window (TA-Lib LINEARREG_SLOPE). Sums are taken of x − K
 * (slope is shift-invariant) and rebuilt exactly once per window, so drift stays bounded.
 */
export class LinRegSlope extends CloseSeries {
  readonly #ring: Ring;
  readonly #sumX: number;
  readonly #divisor: number;
  #shift = Number.NaN;
  #sumY = 0;
  /** Σ age·(y − K), age 0 = newest. */
  #sumXY = 0;
  #sinceExact = 0;

  constructor(readonly period: number) {
    super();
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

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }

  #recompute(): void {
    const data = this.#ring.data;
    const newest = this.#ring.newest;
    const shift = data[newest];
    let sumY = 0;
    let sumXY = 0;
    for (let age = 0; age < this.period; age++) {
      const d = data[newest - age] - shift;
      sumY += d;
      sumXY += age * d;
    }
    this.#shift = shift;
    this.#sumY = sumY;
    this.#sumXY = sumXY;
    this.#sinceExact = 0;
  }
}
