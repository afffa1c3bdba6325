/**
 * Scalar streams: number in, number out, NaN while warming up. Indicators are composed from these
 * (EMA of EMA, SMA of a stochastic, RSI into a stochastic), so warm-up and seeding rules live in one
 * place and composition reproduces TA-Lib's lookbacks without per-indicator bookkeeping.
 */
import type { Candle } from "../../candles/candle.ts";
import { ScalarIndicator } from "../indicator.ts";

export interface Series {
  next(x: number): number;
}

/**
 * A stream that is also a close-only indicator. Each concrete stream spells out the one-line
 * `advance(bar) { this.latest = this.next(bar.close); }` itself instead of inheriting it: an
 * inherited one (or a wrapper holding "some Series") makes `next` a megamorphic call that is never
 * inlined (see indicator.ts).
 */
export abstract class CloseSeries extends ScalarIndicator implements Series {
  abstract next(x: number): number;
  abstract advance(bar: Candle): void;
}

/**
 * Ignores the first `count` inputs. TA-Lib seeds MACD's (and EMA-based PPO/APO's) fast EMA on the
 * bars just before the slow EMA's first value, not on the first bars; skipping reproduces that.
 */
export class Skip implements Series {
  #left: number;

  constructor(
    count: number,
    readonly inner: Series,
  ) {
    this.#left = count;
  }

  next(x: number): number {
    if (this.#left > 0) {
      this.#left--;
      return Number.NaN;
    }
    return this.inner.next(x);
  }
}

/** TA-Lib's TA_IS_ZERO: the guard it uses before dividing by a sum. */
export const TA_EPSILON = 1e-14;
export const isZero = (v: number): boolean => -TA_EPSILON < v && v < TA_EPSILON;
