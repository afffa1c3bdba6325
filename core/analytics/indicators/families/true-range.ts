/** True range needs the previous close, so the first bar has none (TA-Lib TRANGE lookback 1). */
import type { Candle } from "../../candles/candle.ts";

export class TrueRangeTracker {
  #prevClose = Number.NaN;

  next(bar: Candle): number {
    const pc = this.#prevClose;
    this.#prevClose = bar.close;
    if (pc !== pc) return Number.NaN;
    const hi = bar.high > pc ? bar.high : pc;
    const lo = bar.low < pc ? bar.low : pc;
    return hi - lo;
  }
}
