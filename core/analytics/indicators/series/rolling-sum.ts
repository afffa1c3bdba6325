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

/**
 * Two RollingSums over the same bars (ULTOSC's buying pressure and true range, MFI's flows, CMF's
 * and VWAP's flow and volume): each sum is exactly the one a RollingSum of its own series gives,
 * but the block position and count are kept once.
 */
export class RollingSumPair {
  /** The current block's values, interleaved: [2i] first, [2i + 1] second. */
  readonly #block: Float64Array;
  /** Suffix sums of the previous block, interleaved as the block; [2·period], [2·period + 1] are 0. */
  readonly #suffix: Float64Array;
  #position = 0;
  #runningFirst = 0;
  #runningSecond = 0;
  #seen = 0;
  /** The window sums after the latest push. */
  first = 0;
  second = 0;

  constructor(readonly period: number) {
    this.#block = new Float64Array(2 * period);
    this.#suffix = new Float64Array(2 * period + 2);
  }

  get full(): boolean {
    return this.#seen >= this.period;
  }

  /** Adds a and b as the newest values of the two series; returns `full`. */
  push(a: number, b: number): boolean {
    const at = this.#position;
    const j = 2 * at;
    this.#block[j] = a;
    this.#block[j + 1] = b;
    const runningFirst = at === 0 ? a : this.#runningFirst + a;
    const runningSecond = at === 0 ? b : this.#runningSecond + b;
    this.#runningFirst = runningFirst;
    this.#runningSecond = runningSecond;
    this.first = this.#suffix[j + 2] + runningFirst;
    this.second = this.#suffix[j + 3] + runningSecond;
    if (at + 1 === this.period) this.#closeBlock();
    else this.#position = at + 1;
    return ++this.#seen >= this.period;
  }

  #closeBlock(): void {
    const block = this.#block;
    const suffix = this.#suffix;
    let a = 0;
    let b = 0;
    for (let j = 2 * this.period - 2; j >= 0; j -= 2) {
      a += block[j];
      b += block[j + 1];
      suffix[j] = a;
      suffix[j + 1] = b;
    }
    this.#position = 0;
  }
}
