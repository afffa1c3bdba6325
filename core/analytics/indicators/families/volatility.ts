/**
 * Range-based volatility estimators over a window, per bar and not annualized (multiply by
 * sqrt(bars per year) to annualize): Parkinson (high/low), Garman–Klass (OHLC), realized (close
 * log returns).
 */
import type { Candle } from "../../candles/candle.ts";
import { ScalarIndicator } from "../indicator.ts";
import { ln } from "../series/ln.ts";
import { RollingSum } from "../series/rolling-sum.ts";
import type { Shared, Use } from "../shared.ts";

/**
 * sqrt(mean of a per-bar variance term) over the window. A member, not a base class: with one
 * shared `update` calling an abstract per-bar term, every access in it would see all three
 * estimators' classes (see indicator.ts).
 */
class RootMean {
  readonly #sum: RollingSum;

  constructor(readonly period: number) {
    this.#sum = new RollingSum(period);
  }

  /** Adds this bar's term (NaN for "no term yet"); returns the root mean, NaN while filling. */
  push(term: number): number {
    if (term !== term) return term;
    const s = this.#sum.push(term);
    if (!this.#sum.full) return Number.NaN;
    const v = s / this.period;
    return v > 0 ? Math.sqrt(v) : 0;
  }
}

/** ln(high / low) of the bar: Parkinson and Garman–Klass both start from it. */
class LogRange {
  /** This bar's value, for the indicators that share this one. */
  value = Number.NaN;

  static shared(shared: Shared): Use<LogRange> {
    return shared.take("log-range", () => new LogRange());
  }

  /** The bar's log range: computes it when `use` is this indicator's own, else reads it. */
  static at(use: Use<LogRange>, bar: Candle): number {
    return use.owner ? (use.series.value = ln(bar.high / bar.low)) : use.series.value;
  }
}

const PARKINSON = 1 / (4 * Math.LN2);
const GK_CLOSE = 2 * Math.LN2 - 1;

/**
 * Parkinson and Garman–Klass: a root mean of a term built on the bar's log range. Only the set-up is
 * shared; each writes its own `update` (one shared update would see both classes, see indicator.ts).
 */
abstract class LogRangeVolatility extends ScalarIndicator {
  protected readonly rms: RootMean;
  protected readonly logRange: Use<LogRange>;

  constructor(period: number, shared: Shared) {
    super();
    this.rms = new RootMean(period);
    this.logRange = LogRange.shared(shared);
  }
}

export class Parkinson extends LogRangeVolatility {
  advance(bar: Candle): void {
    const hl = LogRange.at(this.logRange, bar);
    this.latest = this.rms.push(PARKINSON * hl * hl);
  }
}

export class GarmanKlass extends LogRangeVolatility {
  advance(bar: Candle): void {
    const hl = LogRange.at(this.logRange, bar);
    const co = ln(bar.close / bar.open);
    this.latest = this.rms.push(0.5 * hl * hl - GK_CLOSE * co * co);
  }
}

/** Root mean square of close-to-close log returns (the first bar has no return). */
export class RealizedVolatility extends ScalarIndicator {
  readonly #rms: RootMean;
  #prevClose = Number.NaN;

  constructor(period: number) {
    super();
    this.#rms = new RootMean(period);
  }

  advance(bar: Candle): void {
    const r = ln(bar.close / this.#prevClose);
    this.#prevClose = bar.close;
    this.latest = this.#rms.push(r * r);
  }
}
