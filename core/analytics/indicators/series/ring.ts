/** Fixed-capacity ring of the last `capacity` values: the window behind every rolling statistic. */
export class Ring {
  readonly #data: Float64Array;
  #head = 0;
  #count = 0;

  constructor(readonly capacity: number) {
    this.#data = new Float64Array(capacity);
  }

  get count(): number {
    return this.#count;
  }

  get full(): boolean {
    return this.#count === this.capacity;
  }

  /** Appends x; returns the value that fell out of the window, or NaN while filling. */
  push(x: number): number {
    const old = this.#count === this.capacity ? this.#data[this.#head] : Number.NaN;
    this.#data[this.#head] = x;
    this.#head = this.#head + 1 === this.capacity ? 0 : this.#head + 1;
    if (this.#count < this.capacity) this.#count++;
    return old;
  }

  /** ago = 0 is the newest value, ago = count-1 the oldest. */
  get(ago: number): number {
    let i = this.#head - 1 - ago;
    if (i < 0) i += this.capacity;
    return this.#data[i];
  }
}
