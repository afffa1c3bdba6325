/** Indicators built on bar ranges: true range, ATR/NATR, stochastics, Williams %R, Aroon, BOP. */
import type { Candle } from "../../candles/candle.ts";
import { FieldsIndicator, ScalarIndicator } from "../indicator.ts";
import { Sma, Wilder } from "../series/averages.ts";
import { Rsi } from "../series/momentum.ts";
import { RollingExtreme } from "../series/rolling-extreme.ts";
import { WindowRange } from "../series/window-range.ts";
import { isZero, TA_EPSILON } from "../series/series.ts";
import type { Shared, Use } from "../shared.ts";
import { TrueRangeTracker } from "./true-range.ts";

export class TrueRange extends ScalarIndicator {
  readonly #tr = new TrueRangeTracker();

  advance(bar: Candle): void {
    this.latest = this.#tr.next(bar);
  }
}

/** Wilder-smoothed true range seeded with the SMA of the first `period` ranges (TA-Lib ATR). */
export class AtrTracker {
  readonly #tr = new TrueRangeTracker();
  readonly #avg: Wilder;
  /** The latest ATR (NaN while warming up), for the indicators that share this one. */
  value = Number.NaN;

  constructor(period: number) {
    this.#avg = new Wilder(period);
  }

  /** The ATR after `bar`: advances it when `owner`, else reads what the owner left for this bar. */
  static at(use: AtrUse, bar: Candle): number {
    return use.owner ? use.series.next(bar) : use.series.value;
  }

  static shared(period: number, shared: Shared): AtrUse {
    return shared.take(`atr:${period}`, () => new AtrTracker(period));
  }

  next(bar: Candle): number {
    const tr = this.#tr.next(bar);
    this.value = tr === tr ? this.#avg.next(tr) : tr;
    return this.value;
  }
}

export type AtrUse = Use<AtrTracker>;

export class Atr extends ScalarIndicator {
  readonly #atr: AtrUse;

  constructor(period: number, shared: Shared) {
    super();
    this.#atr = AtrTracker.shared(period, shared);
  }

  advance(bar: Candle): void {
    this.latest = AtrTracker.at(this.#atr, bar);
  }
}

/** ATR as a percentage of the close. */
export class Natr extends ScalarIndicator {
  readonly #atr: AtrUse;

  constructor(period: number, shared: Shared) {
    super();
    this.#atr = AtrTracker.shared(period, shared);
  }

  advance(bar: Candle): void {
    const atr = AtrTracker.at(this.#atr, bar);
    this.latest = isZero(bar.close) ? (atr === atr ? 0 : atr) : (atr / bar.close) * 100;
  }
}

/** Where a value sits in a window's range, in percent (0 for a flat window, as TA-Lib). */
class RangePosition {
  readonly #range: WindowRange;
  /** The latest position (NaN while the window fills), for the indicators that share this one. */
  value = Number.NaN;
  /** The last window had no range (the position is then reported as 0). */
  flat = false;

  constructor(period: number) {
    this.#range = new WindowRange(period);
  }

  /** The position of the bar's close in the bar range of the last `period` bars. */
  static shared(period: number, shared: Shared): Use<RangePosition> {
    return shared.take(`range-position:${period}`, () => new RangePosition(period));
  }

  /** The close's position after `bar`: advances `use` when it is the owner's, else reads it. */
  static at(use: Use<RangePosition>, bar: Candle): number {
    return use.owner ? use.series.next(bar.high, bar.low, bar.close) : use.series.value;
  }

  next(high: number, low: number, x: number): number {
    const range = this.#range;
    if (!range.push(high, low)) return Number.NaN;
    const ll = range.lower;
    const diff = range.upper - ll;
    this.flat = diff === 0;
    this.value = this.flat ? 0 : ((x - ll) / diff) * 100;
    return this.value;
  }
}

/**
 * The SMA of the close's position in the bar range: STOCH's slow %K and STOCHF's %D with the same
 * periods are this one series, computed once in a set.
 */
class SmoothedPosition {
  readonly #position: Use<RangePosition>;
  readonly #sma: Sma;
  /** This bar's raw position and its SMA (NaN while their windows fill). */
  raw = Number.NaN;
  value = Number.NaN;

  constructor(fastK: number, smoothing: number, shared: Shared) {
    this.#position = RangePosition.shared(fastK, shared);
    this.#sma = new Sma(smoothing);
  }

  static shared(fastK: number, smoothing: number, shared: Shared): Use<SmoothedPosition> {
    return shared.take(`range-position:${fastK}:sma:${smoothing}`, () => new SmoothedPosition(fastK, smoothing, shared));
  }

  /** Brings `use` to `bar`: advances it when this indicator owns it (else its owner already has). */
  static at(use: Use<SmoothedPosition>, bar: Candle): SmoothedPosition {
    if (use.owner) use.series.next(bar);
    return use.series;
  }

  next(bar: Candle): void {
    const raw = RangePosition.at(this.#position, bar);
    this.raw = raw;
    this.value = raw === raw ? this.#sma.next(raw) : raw;
  }
}

type StochasticFields = { k: number; d: number };

/** STOCH, STOCHF and STOCHRSI: %K and its SMA %D (NaN while warming up) become the outputs. */
abstract class Stochastic extends FieldsIndicator<StochasticFields> {
  constructor() {
    super({ k: Number.NaN, d: Number.NaN });
  }

  /** `d` is %K's SMA, so it is NaN whenever `k` is. */
  protected finish(k: number, d: number): void {
    if (d !== d) return this.publish(false);
    this.out.k = k;
    this.out.d = d;
    this.publish(true);
  }
}

/** Slow stochastic (TA-Lib STOCH with SMA smoothing): outputs k (slow %K) and d. */
export class Stoch extends Stochastic {
  readonly #k: Use<SmoothedPosition>;
  readonly #d: Sma;

  constructor(fastK: number, slowK: number, slowD: number, shared: Shared) {
    super();
    this.#k = SmoothedPosition.shared(fastK, slowK, shared);
    this.#d = new Sma(slowD);
  }

  advance(bar: Candle): void {
    const k = SmoothedPosition.at(this.#k, bar).value;
    this.finish(k, k === k ? this.#d.next(k) : k);
  }
}

/** Fast stochastic (TA-Lib STOCHF): raw %K and its SMA %D. */
export class StochF extends Stochastic {
  readonly #position: Use<SmoothedPosition>;

  constructor(fastK: number, fastD: number, shared: Shared) {
    super();
    this.#position = SmoothedPosition.shared(fastK, fastD, shared);
  }

  advance(bar: Candle): void {
    const position = SmoothedPosition.at(this.#position, bar);
    this.finish(position.raw, position.value);
  }
}

/** Fast stochastic of RSI (TA-Lib STOCHRSI). */
export class StochRsi extends Stochastic {
  readonly #rsi: Rsi;
  readonly #position: RangePosition;
  readonly #d: Sma;

  constructor(period: number, fastK: number, fastD: number, shared: Shared) {
    super();
    this.#rsi = new Rsi(period, shared);
    this.#position = new RangePosition(fastK);
    this.#d = new Sma(fastD);
  }

  advance(bar: Candle): void {
    const r = this.#rsi.next(bar.close);
    if (r !== r) return this.publish(false);
    const k = this.#position.next(r, r, r);
    this.finish(k, k === k ? this.#d.next(k) : k);
  }
}

/** Williams %R: position of the close below the window high, 0 … −100. */
export class WillR extends ScalarIndicator {
  readonly #position: Use<RangePosition>;

  constructor(period: number, shared: Shared) {
    super();
    this.#position = RangePosition.shared(period, shared);
  }

  advance(bar: Candle): void {
    const pos = RangePosition.at(this.#position, bar);
    this.latest = pos !== pos || this.#position.series.flat ? pos : pos - 100;
  }
}

type AroonFields = { down: number; up: number; osc: number };

/**
 * Aroon over period+1 bars (TA-Lib AROON): percent of the period elapsed since the highest high /
 * lowest low; ties go to the most recent bar. Outputs down, up and osc (= up − down).
 */
export class Aroon extends FieldsIndicator<AroonFields> {
  readonly #hi: RollingExtreme;
  readonly #lo: RollingExtreme;

  constructor(readonly period: number) {
    super({ down: Number.NaN, up: Number.NaN, osc: Number.NaN });
    this.#hi = new RollingExtreme(period + 1, "max");
    this.#lo = new RollingExtreme(period + 1, "min");
  }

  advance(bar: Candle): void {
    this.#hi.push(bar.high);
    this.#lo.push(bar.low);
    if (!this.#hi.full) return this.publish(false);
    const f = 100 / this.period;
    const out = this.out;
    out.up = f * (this.period - this.#hi.age);
    out.down = f * (this.period - this.#lo.age);
    out.osc = out.up - out.down;
    this.publish(true);
  }
}

/** Balance of power: (close − open) / (high − low), 0 on a flat bar. */
export class Bop extends ScalarIndicator {
  advance(bar: Candle): void {
    const range = bar.high - bar.low;
    this.latest = range < TA_EPSILON ? 0 : (bar.close - bar.open) / range;
  }
}
