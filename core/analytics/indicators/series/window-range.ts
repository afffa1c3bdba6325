/**
 * Highest high and lowest low of the last `period` bars (Donchian, Ichimoku, stochastics, Williams
 * %R), with the van Herk / Gil–Werman blocks of RollingExtreme: the window is the tail of the
 * previous block plus the head of the current one, so each side is max(suffix extreme of the
 * previous block, running extreme of the current block), and the suffixes are built once per
 * completed block. Both sides share one block position and are built in one pass, and only values
 * are kept (RollingExtreme also tracks which bar holds the extreme, for Aroon): about half the cost
 * of two RollingExtremes.
 */
export class WindowRange {
  readonly #highs: Float64Array;
  readonly #lows: Float64Array;
  /** Extremes of the previous block from position i to its end; [period] is the empty tail (±∞). */
  readonly #suffixHigh: Float64Array;
  readonly #suffixLow: Float64Array;
  #position = 0;
  #seen = 0;
  #runningHigh = -Infinity;
  #runningLow = Infinity;
  /** The window's highest high and lowest low after the latest push. */
  upper = Number.NaN;
  lower = Number.NaN;

  constructor(readonly period: number) {
    this.#highs = new Float64Array(period);
    this.#lows = new Float64Array(period);
    this.#suffixHigh = new Float64Array(period + 1).fill(-Infinity);
    this.#suffixLow = new Float64Array(period + 1).fill(Infinity);
  }

  /** Bars seen so far reach a full window. */
  get full(): boolean {
    return this.#seen >= this.period;
  }

  /** Midpoint of the window's range (Donchian's middle, Ichimoku's lines). */
  get middle(): number {
    return (this.upper + this.lower) / 2;
  }

  /** Adds the newest bar's high and low; returns `full`. */
  push(high: number, low: number): boolean {
    const at = this.#position;
    this.#highs[at] = high;
    this.#lows[at] = low;
    const runningHigh = at === 0 ? high : Math.max(this.#runningHigh, high);
    const runningLow = at === 0 ? low : Math.min(this.#runningLow, low);
    this.#runningHigh = runningHigh;
    this.#runningLow = runningLow;
    this.upper = Math.max(this.#suffixHigh[at + 1], runningHigh);
    this.lower = Math.min(this.#suffixLow[at + 1], runningLow);
    if (at + 1 === this.period) this.#closeBlock();
    else this.#position = at + 1;
    return ++this.#seen >= this.period;
  }

  #closeBlock(): void {
    const highs = this.#highs;
    const lows = this.#lows;
    const suffixHigh = this.#suffixHigh;
    const suffixLow = this.#suffixLow;
    let high = -Infinity;
    let low = Infinity;
    for (let i = this.period - 1; i >= 0; i--) {
      high = Math.max(high, highs[i]);
      low = Math.min(low, lows[i]);
      suffixHigh[i] = high;
      suffixLow[i] = low;
    }
    this.#position = 0;
  }
}
