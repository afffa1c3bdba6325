/**
 * Fixed-capacity ring of the last `capacity` values: the window behind every rolling statistic.
 *
 * Each value is stored twice, at its slot and at slot + capacity, so the window is always one
 * contiguous run of `data` (oldest first, ending at index `newest`): reading the value `ago` bars
 * back is a plain index with no wrap-around test, and loops over the window (exact rebuilds, CCI's
 * deviation) walk memory in order.
 */
export class Ring {
  readonly #data: Float64Array;
  /** The slot the next value goes to. */
  #head = 0;
  #count = 0;

  constructor(readonly capacity: number) {
    this.#data = new Float64Array(2 * capacity);
  }

  get count(): number {
    return this.#count;
  }

  get full(): boolean {
    return this.#count === this.capacity;
  }

  /** Appends x; returns the value that fell out of the window, or NaN while filling. */
  push(x: number): number {
    const head = this.#head;
    const old = this.#count === this.capacity ? this.#data[head] : Number.NaN;
    this.#data[head] = x;
    this.#data[head + this.capacity] = x;
    this.#head = head + 1 === this.capacity ? 0 : head + 1;
    if (this.#count < this.capacity) this.#count++;
    return old;
  }

  /** ago = 0 is the newest value, ago = count-1 the oldest. */
  get(ago: number): number {
    return this.#data[this.#head + this.capacity - 1 - ago];
  }

  /** The storage, for loops over the window: the value `ago` bars back is at data[newest − ago]. */
  get data(): Float64Array {
    return this.#data;
  }

  /** Index in `data` of the newest value. */
  get newest(): number {
    return this.#head + this.capacity - 1;
  }
}
