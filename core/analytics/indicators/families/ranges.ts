/** Indicators built on bar ranges: true range, ATR/NATR, stochastics, Williams %R, Aroon, BOP. */
import type { Candle } from "../../candles/candle.ts";
import { FieldsIndicator, ScalarIndicator, type Fields } from "../indicator.ts";
import { Sma, Wilder } from "../series/averages.ts";
import { Rsi } from "../series/momentum.ts";
import { RollingExtreme } from "../series/rolling-extreme.ts";
import { isZero, TA_EPSILON } from "../series/series.ts";
import { TrueRangeTracker } from "./true-range.ts";

export class TrueRange extends ScalarIndicator {
  readonly #tr = new TrueRangeTracker();

  update(bar: Candle): number | undefined {
    return this.publish(this.#tr.next(bar));
  }
}

/** Wilder-smoothed true range seeded with the SMA of the first `period` ranges (TA-Lib ATR). */
export class AtrTracker {
  readonly #tr = new TrueRangeTracker();
  readonly #avg: Wilder;

  constructor(period: number) {
    this.#avg = new Wilder(period);
  }

  next(bar: Candle): number {
    const tr = this.#tr.next(bar);
    return tr === tr ? this.#avg.next(tr) : tr;
  }
}

export class Atr extends ScalarIndicator {
  readonly #atr: AtrTracker;

  constructor(period: number) {
    super();
    this.#atr = new AtrTracker(period);
  }

  update(bar: Candle): number | undefined {
    return this.publish(this.#atr.next(bar));
  }
}

/** ATR as a percentage of the close. */
export class Natr extends ScalarIndicator {
  readonly #atr: AtrTracker;

  constructor(period: number) {
    super();
    this.#atr = new AtrTracker(period);
  }

  update(bar: Candle): number | undefined {
    const atr = this.#atr.next(bar);
    return this.publish(isZero(bar.close) ? (atr === atr ? 0 : atr) : (atr / bar.close) * 100);
  }
}

/** Where a value sits in a window's range, in percent (0 for a flat window, as TA-Lib). */
class RangePosition {
  readonly #hi: RollingExtreme;
  readonly #lo: RollingExtreme;
  /** The last window had no range (the position is then reported as 0). */
  flat = false;

  constructor(period: number) {
    this.#hi = new RollingExtreme(period, "max");
    this.#lo = new RollingExtreme(period, "min");
  }

  next(high: number, low: number, x: number): number {
    const hh = this.#hi.push(high);
    const ll = this.#lo.push(low);
    if (!this.#hi.full) return Number.NaN;
    const diff = hh - ll;
    this.flat = diff === 0;
    return this.flat ? 0 : ((x - ll) / diff) * 100;
  }
}

/** %K through two SMA stages: STOCH (slow %K, %D) and STOCHF/STOCHRSI (fast %K, %D) share it. */
class StochasticCore {
  readonly #position: RangePosition;
  /** Slow %K's smoothing; none for the fast stochastics. */
  readonly #k: Sma | undefined;
  readonly #d: Sma;

  constructor(kPeriod: number, kSmoothing: number, dPeriod: number) {
    this.#position = new RangePosition(kPeriod);
    this.#k = kSmoothing > 1 ? new Sma(kSmoothing) : undefined;
    this.#d = new Sma(dPeriod);
  }

  next(high: number, low: number, x: number): Fields | undefined {
    const raw = this.#position.next(high, low, x);
    if (raw !== raw) return undefined;
    const k = this.#k === undefined ? raw : this.#k.next(raw);
    if (k !== k) return undefined;
    const d = this.#d.next(k);
    return d === d ? { k, d } : undefined;
  }
}

/** Slow stochastic (TA-Lib STOCH with SMA smoothing): outputs k (slow %K) and d. */
export class Stoch extends FieldsIndicator {
  readonly #core: StochasticCore;

  constructor(fastK: number, slowK: number, slowD: number) {
    super();
    this.#core = new StochasticCore(fastK, slowK, slowD);
  }

  update(bar: Candle): Fields | undefined {
    return this.publish(this.#core.next(bar.high, bar.low, bar.close));
  }
}

/** Fast stochastic (TA-Lib STOCHF): raw %K and its SMA %D. */
export class StochF extends FieldsIndicator {
  readonly #core: StochasticCore;

  constructor(fastK: number, fastD: number) {
    super();
    this.#core = new StochasticCore(fastK, 1, fastD);
  }

  update(bar: Candle): Fields | undefined {
    return this.publish(this.#core.next(bar.high, bar.low, bar.close));
  }
}

/** Fast stochastic of RSI (TA-Lib STOCHRSI). */
export class StochRsi extends FieldsIndicator {
  readonly #rsi: Rsi;
  readonly #core: StochasticCore;

  constructor(period: number, fastK: number, fastD: number) {
    super();
    this.#rsi = new Rsi(period);
    this.#core = new StochasticCore(fastK, 1, fastD);
  }

  update(bar: Candle): Fields | undefined {
    const r = this.#rsi.next(bar.close);
    return this.publish(r === r ? this.#core.next(r, r, r) : undefined);
  }
}

/** Williams %R: position of the close below the window high, 0 … −100. */
export class WillR extends ScalarIndicator {
  readonly #position: RangePosition;

  constructor(period: number) {
    super();
    this.#position = new RangePosition(period);
  }

  update(bar: Candle): number | undefined {
    const pos = this.#position.next(bar.high, bar.low, bar.close);
    return this.publish(pos !== pos || this.#position.flat ? pos : pos - 100);
  }
}

/**
 * Aroon over period+1 bars (TA-Lib AROON): percent of the period elapsed since the highest high /
 * lowest low; ties go to the most recent bar. Outputs down, up and osc (= up − down).
 */
export class Aroon extends FieldsIndicator {
  readonly #hi: RollingExtreme;
  readonly #lo: RollingExtreme;

  constructor(readonly period: number) {
    super();
    this.#hi = new RollingExtreme(period + 1, "max");
    this.#lo = new RollingExtreme(period + 1, "min");
  }

  update(bar: Candle): Fields | undefined {
    this.#hi.push(bar.high);
    this.#lo.push(bar.low);
    if (!this.#hi.full) return this.publish(undefined);
    const f = 100 / this.period;
    const up = f * (this.period - this.#hi.age);
    const down = f * (this.period - this.#lo.age);
    return this.publish({ down, up, osc: up - down });
  }
}

/** Balance of power: (close − open) / (high − low), 0 on a flat bar. */
export class Bop extends ScalarIndicator {
  update(bar: Candle): number | undefined {
    const range = bar.high - bar.low;
    return this.publish(range < TA_EPSILON ? 0 : (bar.close - bar.open) / range);
  }
}
