/** Trend indicators: MACD, price oscillators, directional movement (DMI/ADX), SAR, SuperTrend. */
import type { Candle } from "../../candles/candle.ts";
import { FieldsIndicator, ScalarIndicator } from "../indicator.ts";
import { Ema, Sma } from "../series/averages.ts";
import { isZero, Skip, type Series } from "../series/series.ts";
import type { Shared, Use } from "../shared.ts";
import { AtrTracker, type AtrUse } from "./ranges.ts";

/**
 * A fast and a slow average of the close (periods swapped if given the wrong way round, as TA-Lib
 * does). TA-Lib's MACD, unlike its APO/PPO, seeds the fast EMA on the bars ending at the slow EMA's
 * first value, i.e. it starts (slow − fast) bars late: `alignFast` reproduces that.
 */
class AveragePair {
  readonly #fast: Series;
  readonly #slow: Series;

  constructor(fast: number, slow: number, ema: boolean, alignFast: boolean) {
    const [f, s] = fast <= slow ? [fast, slow] : [slow, fast];
    const fastAverage = ema ? new Ema(f) : new Sma(f);
    this.#fast = alignFast ? new Skip(s - f, fastAverage) : fastAverage;
    this.#slow = ema ? new Ema(s) : new Sma(s);
  }

  fast = Number.NaN;
  slow = Number.NaN;

  /** Returns true once both averages have a value. */
  next(x: number): boolean {
    this.fast = this.#fast.next(x);
    this.slow = this.#slow.next(x);
    return this.ready;
  }

  get ready(): boolean {
    return this.slow === this.slow && this.fast === this.fast;
  }
}

type MacdFields = { macd: number; signal: number; hist: number };

/** MACD (TA-Lib MACD): macd = fast EMA − slow EMA, signal = EMA of macd, hist = macd − signal. */
export class Macd extends FieldsIndicator<MacdFields> {
  readonly #pair: AveragePair;
  readonly #signal: Ema;

  constructor(fast: number, slow: number, signal: number) {
    super({ macd: Number.NaN, signal: Number.NaN, hist: Number.NaN });
    this.#pair = new AveragePair(fast, slow, true, true);
    this.#signal = new Ema(signal);
  }

  advance(bar: Candle): void {
    if (!this.#pair.next(bar.close)) return this.publish(false);
    const macd = this.#pair.fast - this.#pair.slow;
    const signal = this.#signal.next(macd);
    if (signal !== signal) return this.publish(false);
    const out = this.out;
    out.macd = macd;
    out.signal = signal;
    out.hist = macd - signal;
    this.publish(true);
  }
}

/** Absolute (APO) or percentage (PPO) price oscillator; `ma` 0 = SMA, 1 = EMA (TA-Lib MA types). */
export class PriceOscillator extends ScalarIndicator {
  /** PPO and APO with the same averages share them. */
  readonly #pair: Use<AveragePair>;

  constructor(
    fast: number,
    slow: number,
    ma: number,
    readonly percent: boolean,
    shared: Shared,
  ) {
    super();
    this.#pair = shared.take(`averages:${fast}:${slow}:${ma}`, () => new AveragePair(fast, slow, ma === 1, false));
  }

  advance(bar: Candle): void {
    const pair = this.#pair.series;
    if (!(this.#pair.owner ? pair.next(bar.close) : pair.ready)) {
      this.latest = Number.NaN;
      return;
    }
    const { fast, slow } = pair;
    if (!this.percent) this.latest = fast - slow;
    else this.latest = isZero(slow) ? 0 : ((fast - slow) / slow) * 100;
  }
}

/**
 * Wilder's directional movement as TA-Lib computes it: DM and TR sums over the first period−1
 * bars, then Wilder-decayed sums; +DI/−DI from index `period`, DX alongside, ADX as the mean of the
 * first `period` DX values and Wilder-smoothed after (index 2·period − 1). A bar whose TR or DI sum
 * is zero leaves ADX unchanged, as in TA-Lib.
 */
class DirectionalMovement {
  #prevHigh = Number.NaN;
  #prevLow = Number.NaN;
  #prevClose = Number.NaN;
  #plusDm = 0;
  #minusDm = 0;
  #tr = 0;
  #bars = 0;
  #dxSum = 0;
  #dxCount = 0;
  adx = Number.NaN;
  plusDi = Number.NaN;
  minusDi = Number.NaN;

  constructor(readonly period: number) {}

  static shared(period: number, shared: Shared): Use<DirectionalMovement> {
    return shared.take(`dm:${period}`, () => new DirectionalMovement(period));
  }

  /** Brings `use` to `bar`: advances it when this indicator owns it (else its owner already has). */
  static advance(use: Use<DirectionalMovement>, bar: Candle): DirectionalMovement {
    if (use.owner) use.series.next(bar);
    return use.series;
  }

  next(bar: Candle): void {
    const n = this.period;
    const first = this.#bars++ === 0;
    const diffP = bar.high - this.#prevHigh;
    const diffM = this.#prevLow - bar.low;
    const pc = this.#prevClose;
    this.#prevHigh = bar.high;
    this.#prevLow = bar.low;
    this.#prevClose = bar.close;
    if (first) return;
    const minus = diffM > 0 && diffP < diffM ? diffM : 0;
    const plus = minus === 0 && diffP > 0 && diffP > diffM ? diffP : 0;
    const tr = Math.max(bar.high, pc) - Math.min(bar.low, pc);
    if (this.#bars <= n) {
      this.#plusDm += plus;
      this.#minusDm += minus;
      this.#tr += tr;
      return;
    }
    this.#plusDm = this.#plusDm - this.#plusDm / n + plus;
    this.#minusDm = this.#minusDm - this.#minusDm / n + minus;
    this.#tr = this.#tr - this.#tr / n + tr;
    if (isZero(this.#tr)) {
      this.plusDi = 0;
      this.minusDi = 0;
      this.#addDx(Number.NaN);
      return;
    }
    this.plusDi = 100 * (this.#plusDm / this.#tr);
    this.minusDi = 100 * (this.#minusDm / this.#tr);
    const sum = this.minusDi + this.plusDi;
    this.#addDx(isZero(sum) ? Number.NaN : 100 * (Math.abs(this.minusDi - this.plusDi) / sum));
  }

  /** NaN means "no DX this bar": counts as 0 in the seed average, skips the smoothing after. */
  #addDx(dx: number): void {
    const n = this.period;
    if (this.#dxCount < n) {
      if (dx === dx) this.#dxSum += dx;
      if (++this.#dxCount === n) this.adx = this.#dxSum / n;
    } else if (dx === dx) {
      this.adx = (this.adx * (n - 1) + dx) / n;
    }
  }
}

type DmiFields = { plusDi: number; minusDi: number };

/** +DI and −DI (TA-Lib PLUS_DI / MINUS_DI). */
export class Dmi extends FieldsIndicator<DmiFields> {
  readonly #dm: Use<DirectionalMovement>;

  constructor(period: number, shared: Shared) {
    super({ plusDi: Number.NaN, minusDi: Number.NaN });
    this.#dm = DirectionalMovement.shared(period, shared);
  }

  advance(bar: Candle): void {
    const dm = DirectionalMovement.advance(this.#dm, bar);
    if (dm.plusDi !== dm.plusDi) return this.publish(false);
    this.out.plusDi = dm.plusDi;
    this.out.minusDi = dm.minusDi;
    this.publish(true);
  }
}

type AdxFields = { adx: number; plusDi: number; minusDi: number };

/** ADX with the +DI/−DI it is built from (TA-Lib ADX, PLUS_DI, MINUS_DI). */
export class Adx extends FieldsIndicator<AdxFields> {
  readonly #dm: Use<DirectionalMovement>;

  constructor(period: number, shared: Shared) {
    super({ adx: Number.NaN, plusDi: Number.NaN, minusDi: Number.NaN });
    this.#dm = DirectionalMovement.shared(period, shared);
  }

  advance(bar: Candle): void {
    const dm = DirectionalMovement.advance(this.#dm, bar);
    if (dm.adx !== dm.adx) return this.publish(false);
    const out = this.out;
    out.adx = dm.adx;
    out.plusDi = dm.plusDi;
    out.minusDi = dm.minusDi;
    this.publish(true);
  }
}

/**
 * Parabolic SAR exactly as TA-Lib: the first direction comes from the −DM of the first two bars,
 * the first SAR from the first bar's extreme, and each new SAR is clamped by the last two bars.
 */
export class Sar extends ScalarIndicator {
  #bars = 0;
  #long = true;
  #sar = Number.NaN;
  #ep = Number.NaN;
  #af: number;
  #prevHigh = Number.NaN;
  #prevLow = Number.NaN;

  constructor(
    readonly acceleration: number,
    readonly maximum: number,
  ) {
    super();
    this.#af = Math.min(acceleration, maximum);
    this.acceleration = this.#af;
  }

  advance(bar: Candle): void {
    this.#step(bar);
  }

  #step(bar: Candle): void {
    const { high, low } = bar;
    let prevHigh = this.#prevHigh;
    let prevLow = this.#prevLow;
    this.#prevHigh = high;
    this.#prevLow = low;
    if (this.#bars++ === 0) {
      this.latest = Number.NaN;
      return;
    }
    if (this.#bars === 2) {
      const diffP = high - prevHigh;
      const diffM = prevLow - low;
      this.#long = !(diffM > 0 && diffP < diffM);
      this.#ep = this.#long ? high : low;
      this.#sar = this.#long ? prevLow : prevHigh;
      // TA-Lib clamps the first SAR with the second bar itself, not with the first bar.
      prevHigh = high;
      prevLow = low;
    }
    const a = this.acceleration;
    let out: number;
    if (this.#long) {
      if (low <= this.#sar) {
        this.#long = false;
        out = Math.max(this.#ep, prevHigh, high);
        this.#af = a;
        this.#ep = low;
        this.#sar = Math.max(out + this.#af * (this.#ep - out), prevHigh, high);
      } else {
        out = this.#sar;
        if (high > this.#ep) {
          this.#ep = high;
          this.#af = Math.min(this.#af + a, this.maximum);
        }
        this.#sar = Math.min(out + this.#af * (this.#ep - out), prevLow, low);
      }
    } else if (high >= this.#sar) {
      this.#long = true;
      out = Math.min(this.#ep, prevLow, low);
      this.#af = a;
      this.#ep = high;
      this.#sar = Math.min(out + this.#af * (this.#ep - out), prevLow, low);
    } else {
      out = this.#sar;
      if (low < this.#ep) {
        this.#ep = low;
        this.#af = Math.min(this.#af + a, this.maximum);
      }
      this.#sar = Math.max(out + this.#af * (this.#ep - out), prevHigh, high);
    }
    this.latest = out;
  }
}

type SuperTrendFields = { value: number; direction: number; upper: number; lower: number };

/**
 * SuperTrend on Wilder ATR: bands at hl2 ± multiplier·ATR that only tighten while price stays on
 * their side; the trend flips when the close crosses the active band. Outputs the active line and
 * direction (+1 up, −1 down).
 */
export class SuperTrend extends FieldsIndicator<SuperTrendFields> {
  readonly #atr: AtrUse;
  #upper = Number.NaN;
  #lower = Number.NaN;
  #prevClose = Number.NaN;
  /** Starts down, as TradingView's ta.supertrend does on its first ATR bar. */
  #direction = -1;

  constructor(
    period: number,
    readonly multiplier: number,
    shared: Shared,
  ) {
    super({ value: Number.NaN, direction: Number.NaN, upper: Number.NaN, lower: Number.NaN });
    this.#atr = AtrTracker.shared(period, shared);
  }

  advance(bar: Candle): void {
    const atr = AtrTracker.at(this.#atr, bar);
    const prevClose = this.#prevClose;
    this.#prevClose = bar.close;
    if (atr !== atr) return this.publish(false);
    const mid = (bar.high + bar.low) / 2;
    const basicUpper = mid + this.multiplier * atr;
    const basicLower = mid - this.multiplier * atr;
    const first = this.#upper !== this.#upper;
    const upper = first || basicUpper < this.#upper || prevClose > this.#upper ? basicUpper : this.#upper;
    const lower = first || basicLower > this.#lower || prevClose < this.#lower ? basicLower : this.#lower;
    if (!first) {
      if (this.#direction === 1 && bar.close < lower) this.#direction = -1;
      else if (this.#direction === -1 && bar.close > upper) this.#direction = 1;
    }
    this.#upper = upper;
    this.#lower = lower;
    const out = this.out;
    out.direction = this.#direction;
    out.value = this.#direction === 1 ? lower : upper;
    out.upper = upper;
    out.lower = lower;
    this.publish(true);
  }
}
