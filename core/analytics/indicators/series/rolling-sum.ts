/**
 * Windowed sum in O(1) per update that never subtracts. The stream is cut into blocks of `period`
 * values; a window is the tail of the previous block plus the head of the current one, so its sum
 * is (suffix sum of the previous block) + (running sum of the current block). Suffix sums are built
 * once per completed block: amortized two additions per update, no ring, no branches on the data.
 *
 * With nothing subtracted there is no drift to compensate or rebuild and no residue (a window of
 * zero flows sums to exactly 0, which MFI and CMF rely on on flat zero-volume bars): each window
 * sum carries the rounding of at most `period` additions, as summing the window directly does. An
 * input NaN makes the sums NaN only while it is inside the window. RollingExtreme uses the same
 * blocks for maxima.
 */
export class RollingSum {
  /** The current block's values. */
  readonly #block: Float64Array;
  /** Sum of the previous block from position i to its end; [period] is 0 (an empty tail). */
  readonly #suffix: Float64Array;
  #position = 0;
  #running = 0;
  #seen = 0;
  #sum = 0;

  constructor(readonly period: number) {
    this.#block = new Float64Array(period);
    this.#suffix = new Float64Array(period + 1);
  }

  get full(): boolean {
    return this.#seen >= this.period;
  }

  get sum(): number {
    return this.#sum;
  }

  /** Adds x as the newest value; returns the sum of the last `period` values (fewer while filling). */
  push(x: number): number {
    const at = this.#position;
    this.#block[at] = x;
    const running = at === 0 ? x : this.#running + x;
    this.#running = running;
    const sum = this.#suffix[at + 1] + running;
    this.#sum = sum;
    if (at + 1 === this.period) this.#closeBlock();
    else this.#position = at + 1;
    this.#seen++;
    return sum;
  }

  #closeBlock(): void {
    const block = this.#block;
    const suffix = this.#suffix;
    let s = 0;
    for (let i = this.period - 1; i >= 0; i--) {
      s += block[i];
      suffix[i] = s;
    }
    this.#position = 0;
  }
}
