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
  /** The current block's values (sign-adjusted). */
  readonly #block: Float64Array;
  /** Max of the previous block from position i to its end, and the bar it came from. */
  readonly #suffix: Float64Array;
  readonly #suffixBar: Float64Array;
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
    this.#block = new Float64Array(period);
    this.#suffix = new Float64Array(period).fill(-Infinity);
    this.#suffixBar = new Float64Array(period);
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
    this.#block[at] = v;
    if (at === 0 || v >= this.#running) {
      this.#running = v;
      this.#runningBar = bar;
    }
    // The window is the previous block after `at` plus the current block up to `at`.
    const rest = at + 1;
    if (rest < this.period && this.#suffix[rest] > this.#running) {
      this.#extreme = this.#suffix[rest];
      this.#extremeBar = this.#suffixBar[rest];
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
    const block = this.#block;
    const first = lastBar - (n - 1);
    let max = -Infinity;
    let maxBar = -1;
    for (let i = n - 1; i >= 0; i--) {
      // Strictly greater: on a tie the later bar, already held, stays.
      if (block[i] > max) {
        max = block[i];
        maxBar = first + i;
      }
      this.#suffix[i] = max;
      this.#suffixBar[i] = maxBar;
    }
    this.#position = 0;
  }
}
