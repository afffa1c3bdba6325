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
  /**
   * Per position i: [4i] and [4i + 1] the current block's high and low, [4i + 2] and [4i + 3] the
   * previous block's highest high and lowest low from i to its end; position `period` is the empty
   * tail (−∞, +∞). One array, as RollingSum's slots (see there).
   */
  readonly #slots: Float64Array;
  #position = 0;
  #seen = 0;
  #runningHigh = -Infinity;
  #runningLow = Infinity;
  /** The window's highest high and lowest low after the latest push. */
  upper = Number.NaN;
  lower = Number.NaN;

  constructor(readonly period: number) {
    this.#slots = new Float64Array(4 * period + 4);
    this.#slots[4 * period + 2] = -Infinity;
    this.#slots[4 * period + 3] = Infinity;
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
    const slots = this.#slots;
    const j = 4 * at;
    slots[j] = high;
    slots[j + 1] = low;
    const runningHigh = at === 0 ? high : Math.max(this.#runningHigh, high);
    const runningLow = at === 0 ? low : Math.min(this.#runningLow, low);
    this.#runningHigh = runningHigh;
    this.#runningLow = runningLow;
    this.upper = Math.max(slots[j + 6], runningHigh);
    this.lower = Math.min(slots[j + 7], runningLow);
    if (at + 1 === this.period) this.#closeBlock();
    else this.#position = at + 1;
    return ++this.#seen >= this.period;
  }

  #closeBlock(): void {
    const slots = this.#slots;
    let high = -Infinity;
    let low = Infinity;
    for (let j = 4 * this.period - 4; j >= 0; j -= 4) {
      high = Math.max(high, slots[j]);
      low = Math.min(low, slots[j + 1]);
      slots[j + 2] = high;
      slots[j + 3] = low;
    }
    this.#position = 0;
  }
}
