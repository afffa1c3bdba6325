/**
 * Windowed max or min in O(1) per update (van Herk / Gil–Werman). The stream is cut into blocks of
 * `period` bars; a window then covers the tail of the previous block and the head of the current
 * one, so its extreme is max(suffix max of the previous block, running max of the current block).
 * The suffix maxima are built once per completed block. Unlike a monotonic deque, whose pop loop
 * runs a data-dependent number of times, every step here has a fixed shape, which keeps the CPU's
 * branch prediction working (about half a deque's cost on real candles).
 *
 * On ties the newest bar wins, as in TA-Lib's AROON (which reports how many bars ago the extreme
 * was). A min is kept as the max of the negated values (negation is exact).
 */
export class RollingExtreme {
  readonly #sign: number;
  /**
   * Per position i: [3i] the current block's value (sign-adjusted), [3i + 1] the max of the previous
   * block from i to its end and [3i + 2] the bar it came from. One array, as RollingSum's slots (see
   * there).
   */
  readonly #slots: Float64Array;
  #position = 0;
  #bar = -1;
  #running = -Infinity;
  #runningBar = -1;
  #extreme = Number.NaN;
  #extremeBar = -1;

  constructor(
    readonly period: number,
    kind: "max" | "min",
  ) {
    this.#sign = kind === "max" ? 1 : -1;
    this.#slots = new Float64Array(3 * period);
    for (let j = 1; j < 3 * period; j += 3) this.#slots[j] = -Infinity;
  }

  /** Bars seen so far reach a full window. */
  get full(): boolean {
    return this.#bar + 1 >= this.period;
  }

  /** How many bars ago the current extreme was (0 = the latest bar). */
  get age(): number {
    return this.#bar - this.#extremeBar;
  }

  get extreme(): number {
    return this.#sign * this.#extreme;
  }

  /** Adds x as the newest bar; returns the window's extreme. */
  push(x: number): number {
    const v = this.#sign * x;
    const bar = ++this.#bar;
    const at = this.#position;
    const slots = this.#slots;
    slots[3 * at] = v;
    if (at === 0 || v >= this.#running) {
      this.#running = v;
      this.#runningBar = bar;
    }
    // The window is the previous block after `at` plus the current block up to `at`.
    const rest = at + 1;
    if (rest < this.period && slots[3 * rest + 1] > this.#running) {
      this.#extreme = slots[3 * rest + 1];
      this.#extremeBar = slots[3 * rest + 2];
    } else {
      this.#extreme = this.#running;
      this.#extremeBar = this.#runningBar;
    }
    if (rest === this.period) this.#closeBlock(bar);
    else this.#position = rest;
    return this.#sign * this.#extreme;
  }

  #closeBlock(lastBar: number): void {
    const n = this.period;
    const slots = this.#slots;
    const first = lastBar - (n - 1);
    let max = -Infinity;
    let maxBar = -1;
    for (let i = n - 1; i >= 0; i--) {
      const j = 3 * i;
      // Strictly greater: on a tie the later bar, already held, stays.
      if (slots[j] > max) {
        max = slots[j];
        maxBar = first + i;
      }
      slots[j + 1] = max;
      slots[j + 2] = maxBar;
    }
    this.#position = 0;
  }
}
