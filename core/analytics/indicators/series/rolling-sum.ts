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
  /**
   * Per position i: [2i] the current block's value, [2i + 1] the sum of the previous block from i
   * to its end; [2·period + 1] is 0 (an empty tail). One array, not two: inside #closeBlock's loop
   * V8 re-checks every typed array it touches (map, base, length) on each iteration.
   */
  readonly #slots: Float64Array;
  #position = 0;
  #running = 0;
  #seen = 0;
  #sum = 0;

  constructor(readonly period: number) {
    this.#slots = new Float64Array(2 * period + 2);
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
    const slots = this.#slots;
    slots[2 * at] = x;
    const running = at === 0 ? x : this.#running + x;
    this.#running = running;
    const sum = slots[2 * at + 3] + running;
    this.#sum = sum;
    if (at + 1 === this.period) this.#closeBlock();
    else this.#position = at + 1;
    this.#seen++;
    return sum;
  }

  #closeBlock(): void {
    const slots = this.#slots;
    let s = 0;
    for (let j = 2 * this.period - 2; j >= 0; j -= 2) {
      s += slots[j];
      slots[j + 1] = s;
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
  /**
   * Per position i, as RollingSum's slots: [4i] and [4i + 1] the current block's first and second
   * values, [4i + 2] and [4i + 3] the previous block's suffix sums; [4·period + 2], [4·period + 3]
   * are 0.
   */
  readonly #slots: Float64Array;
  #position = 0;
  #runningFirst = 0;
  #runningSecond = 0;
  #seen = 0;
  /** The window sums after the latest push. */
  first = 0;
  second = 0;

  constructor(readonly period: number) {
    this.#slots = new Float64Array(4 * period + 4);
  }

  get full(): boolean {
    return this.#seen >= this.period;
  }

  /** Adds a and b as the newest values of the two series; returns `full`. */
  push(a: number, b: number): boolean {
    const at = this.#position;
    const slots = this.#slots;
    const j = 4 * at;
    slots[j] = a;
    slots[j + 1] = b;
    const runningFirst = at === 0 ? a : this.#runningFirst + a;
    const runningSecond = at === 0 ? b : this.#runningSecond + b;
    this.#runningFirst = runningFirst;
    this.#runningSecond = runningSecond;
    this.first = slots[j + 6] + runningFirst;
    this.second = slots[j + 7] + runningSecond;
    if (at + 1 === this.period) this.#closeBlock();
    else this.#position = at + 1;
    return ++this.#seen >= this.period;
  }

  #closeBlock(): void {
    const slots = this.#slots;
    let a = 0;
    let b = 0;
    for (let j = 4 * this.period - 4; j >= 0; j -= 4) {
      a += slots[j];
      b += slots[j + 1];
      slots[j + 2] = a;
      slots[j + 3] = b;
    }
    this.#position = 0;
  }
}
