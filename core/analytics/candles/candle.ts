/** One OHLCV bar; `timeMs` is the bar's open time in epoch milliseconds (research files' unit). */
export interface Candle {
  readonly timeMs: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  /** NaN when the source has no volume (e.g. mark-price candles), never a made-up 0. */
  readonly volume: number;
}
