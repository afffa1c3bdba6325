/**
 * Range-based volatility estimators over a window, per bar and not annualized (multiply by
 * sqrt(bars per year) to annualize): Parkinson (high/low), Garman–Klass (OHLC), realized (close
 * log returns).
 */
import type { Candle } from "../../candles/candle.ts";
import { ScalarIndicator } from "../indicator.ts";
import { ln } from "../series/ln.ts";
import { RollingSum } from "../series/rolling-sum.ts";

/** sqrt(mean of a per-bar variance term) over the window. */
abstract class WindowVolatility extends ScalarIndicator {
  readonly #sum: RollingSum;

  constructor(readonly period: number) {
    super();
    this.#sum = new RollingSum(period);
  }

  update(bar: Candle): number | undefined {
    const term = this.term(bar);
    if (term !== term) return this.publish(term);
    const s = this.#sum.push(term);
    if (!this.#sum.full) return this.publish(Number.NaN);
    const v = s / this.period;
    return this.publish(v > 0 ? Math.sqrt(v) : 0);
  }

  /** The bar's contribution to the variance, NaN for "no term yet". */
  protected abstract term(bar: Candle): number;
}

const PARKINSON = 1 / (4 * Math.LN2);
const GK_CLOSE = 2 * Math.LN2 - 1;

export class Parkinson extends WindowVolatility {
  protected term(bar: Candle): number {
    const hl = ln(bar.high / bar.low);
    return PARKINSON * hl * hl;
  }
}

export class GarmanKlass extends WindowVolatility {
  protected term(bar: Candle): number {
    const hl = ln(bar.high / bar.low);
    const co = ln(bar.close / bar.open);
    return 0.5 * hl * hl - GK_CLOSE * co * co;
  }
}

/** Root mean square of close-to-close log returns (the first bar has no return). */
export class RealizedVolatility extends WindowVolatility {
  #prevClose = Number.NaN;

  protected term(bar: Candle): number {
    const r = ln(bar.close / this.#prevClose);
    this.#prevClose = bar.close;
    return r * r;
  }
}
