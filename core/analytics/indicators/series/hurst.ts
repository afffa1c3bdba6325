/**
 * Hurst exponent from the scaling of lagged differences of log price: std(p_t − p_{t−k}) ∝ k^H over
 * the last `window` prices, for k = 2..maxLag; H = least-squares slope of log std on log k.
 *
 * All lags share one ring of log prices, and each lag keeps only the sum and the sum of squares of
 * its differences (around a per-lag centre, so the variance does not cancel), in one flat array: an
 * update costs a few flops and one logarithm per lag (`lnAbsolute`: only differences of log prices
 * and logs of variances enter), O(maxLag) and independent of the window. The
 * sums are rebuilt exactly from the ring every REBUILD_WINDOWS windows (amortized O(maxLag / 8)),
 * bounding drift. Between rebuilds each update adds rounding of about an ulp of the sums: on the
 * shared BTC, ETH/BTC and XRP/ETH candles the exponent differs from rebuilding every window by
 * < 2e-14, while rebuilding every window cost ~10 % of the update.
 */
import type { Candle } from "../../candles/candle.ts";
import { doubleArray } from "./double-array.ts";
import { lnAbsolute } from "./ln.ts";
import { CloseSeries } from "./series.ts";

const REBUILD_WINDOWS = 8;

const CENTRE = 0;
const SUM = 1;
const SUM_SQ = 2;
const INVERSE_COUNT = 3;
const WEIGHT = 4;
const STRIDE = 5;

export class Hurst extends CloseSeries {
  readonly #lags: number;
  /**
   * Per lag (index k − 2), STRIDE slots from i·STRIDE: the centre its sums are taken around (the mean
   * at the last rebuild), the sum and sum of squares of its differences, 1 / (window − k) (how many
   * lag-k differences a full window holds), and its regression weight (slope = Σ weight_k · ln var_k,
   * the ½ of ln std included). After the lags, from #ringAt, the ring of the window's log prices
   * plus the one that just left it (whose differences leave too), stored twice as Ring stores it
   * (2·capacity slots, the window one contiguous run ending at the newest). One array for both, not a
   * Ring beside it, as RollingSum's slots (see there): both loops read lag slots and log prices.
   */
  readonly #lag: number[];
  readonly #ringAt: number;
  readonly #capacity: number;
  #head = 0;
  #count = 0;
  #sinceExact = 0;

  constructor(
    readonly window: number,
    readonly maxLag: number,
  ) {
    super();
    const lags = maxLag - 1;
    this.#lags = lags;
    this.#ringAt = lags * STRIDE;
    this.#capacity = window + 1;
    const lag = (this.#lag = doubleArray(this.#ringAt + 2 * this.#capacity));
    let meanLogLag = 0;
    for (let i = 0; i < lags; i++) meanLogLag += Math.log(i + 2) / lags;
    let sxx = 0;
    for (let i = 0; i < lags; i++) sxx += (Math.log(i + 2) - meanLogLag) ** 2;
    for (let i = 0; i < lags; i++) {
      lag[i * STRIDE + INVERSE_COUNT] = 1 / (window - (i + 2));
      lag[i * STRIDE + WEIGHT] = (0.5 * (Math.log(i + 2) - meanLogLag)) / sxx;
    }
  }

  next(price: number): number {
    const p = lnAbsolute(price);
    const lag = this.#lag;
    const data = lag;
    const newest = this.#push(p);
    const filled = this.#count;
    const window = this.window;
    const end = this.#ringAt;
    if (filled === this.#capacity) {
      // Every REBUILD_WINDOWS windows the sums are recomputed from the window itself, which
      // supersedes this bar's incremental update: only the slope below is left to take.
      if (++this.#sinceExact >= REBUILD_WINDOWS * window) this.#rebuild();
      else {
        // Each lag gains its difference ending now and drops the one ending at the price that just
        // left the window, and takes its log variance in the same pass (its sums are still in
        // registers). Written in `next`, not a method: V8 inlined that one less well (full set
        // 14,091 vs 14,720 instructions per bar). Index sums are `(a + b) | 0`: int32 adds V8 need
        // not check for overflow (a plain `+` gets a check and a deopt exit at every element access).
        const leaving = data[newest - window];
        const log = lnAbsolute;
        let slope = 0;
        let flat = false;
        // Lag k's newer difference starts k bars back, its leaving one ends k bars after `leaving`.
        for (let at = 0, back = newest - 2, front = newest - window + 2; at < end; ) {
          const c = lag[(at + CENTRE) | 0];
          const d = p - data[back] - c;
          const o = data[front] - leaving - c;
          const sum = lag[(at + SUM) | 0] + (d - o);
          const sumSq = lag[(at + SUM_SQ) | 0] + (d * d - o * o);
          lag[(at + SUM) | 0] = sum;
          lag[(at + SUM_SQ) | 0] = sumSq;
          const inverseCount = lag[(at + INVERSE_COUNT) | 0];
          const mean = sum * inverseCount;
          const variance = sumSq * inverseCount - mean * mean;
          // A flat lag difference has no log std: the exponent is undefined, not ±Infinity.
          if (variance > 0) slope += lag[(at + WEIGHT) | 0] * log(variance);
          else flat = true;
          at = (at + STRIDE) | 0;
          back = (back - 1) | 0;
          front = (front + 1) | 0;
        }
        return flat ? Number.NaN : slope;
      }
    } else {
      // Filling: each lag gains its difference ending now, once it has one; none leaves yet.
      for (let i = 0, at = 0; at < end && i + 2 < filled; i++, at += STRIDE) {
        const d = p - data[newest - i - 2] - lag[at + CENTRE];
        lag[at + SUM] += d;
        lag[at + SUM_SQ] += d * d;
      }
      if (filled < window) return Number.NaN;
      this.#sinceExact++;
    }
    let slope = 0;
    // A local, not the import: an imported binding is reloaded and hole-checked on every iteration.
    const log = lnAbsolute;
    for (let at = 0; at < end; at += STRIDE) {
      const inverseCount = lag[at + INVERSE_COUNT];
      const mean = lag[at + SUM] * inverseCount;
      const variance = lag[at + SUM_SQ] * inverseCount - mean * mean;
      // A flat lag difference has no log std: the exponent is undefined, not ±Infinity.
      if (!(variance > 0)) return Number.NaN;
      slope += lag[at + WEIGHT] * log(variance);
    }
    return slope;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }

  /** Ring.push into the ring part of #lag; returns the index of the newest log price there. */
  #push(p: number): number {
    const lag = this.#lag;
    const capacity = this.#capacity;
    const head = this.#head;
    const at = this.#ringAt + head;
    lag[at] = p;
    lag[at + capacity] = p;
    const next = head + 1 === capacity ? 0 : head + 1;
    this.#head = next;
    if (this.#count < capacity) this.#count++;
    return this.#ringAt + next + capacity - 1;
  }

  /**
   * Recomputes every lag's sums from the window in one pass around the old centre, then moves the
   * centre to the exact mean (Σ(d − c′)² = Σ(d − c)² − n·(c′ − c)²; the old centre is close enough
   * to the mean that this does not cancel).
   */
  #rebuild(): void {
    const lag = this.#lag;
    const data = lag;
    const newest = this.#ringAt + this.#head + this.#capacity - 1;
    for (let i = 0; i < this.#lags; i++) {
      const k = i + 2;
      const n = this.window - k;
      const at = i * STRIDE;
      const c = lag[at + CENTRE];
      let s = 0;
      let q = 0;
      for (let j = newest - n + 1; j <= newest; j++) {
        const d = data[j] - data[j - k] - c;
        s += d;
        q += d * d;
      }
      const shift = s / n;
      lag[at + CENTRE] = c + shift;
      lag[at + SUM] = 0;
      lag[at + SUM_SQ] = q - s * shift;
    }
    this.#sinceExact = 0;
  }
}
