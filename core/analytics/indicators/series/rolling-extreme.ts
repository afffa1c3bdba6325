/**
 * Windowed max or min with a monotonic deque: amortized O(1) per update. On ties the newest bar
 * wins, as in TA-Lib's AROON (which reports how many bars ago the extreme was).
 */
export class RollingExtreme {
  readonly #values: Float64Array;
  readonly #indices: Float64Array;
  readonly #sign: number;
  #front = 0;
  #size = 0;
  #index = -1;

  constructor(
    readonly period: number,
    kind: "max" | "min",
  ) {
    this.#values = new Float64Array(period);
    this.#indices = new Float64Array(period);
    this.#sign = kind === "max" ? 1 : -1;
  }

  /** Bars seen so far reach a full window. */
  get full(): boolean {
    return this.#index + 1 >= this.period;
  }

  /** How many bars ago the current extreme was (0 = the latest bar). */
  get age(): number {
    return this.#index - this.#indices[this.#front];
  }

  get extreme(): number {
    return this.#values[this.#front];
  }

  push(x: number): number {
    const cap = this.period;
    const s = this.#sign;
    this.#index++;
    if (this.#size > 0 && this.#indices[this.#front] <= this.#index - cap) {
      this.#front = this.#front + 1 === cap ? 0 : this.#front + 1;
      this.#size--;
    }
    while (this.#size > 0) {
      let back = this.#front + this.#size - 1;
      if (back >= cap) back -= cap;
      if (s * this.#values[back] > s * x) break;
      this.#size--;
    }
    let slot = this.#front + this.#size;
    if (slot >= cap) slot -= cap;
    this.#values[slot] = x;
    this.#indices[slot] = this.#index;
    this.#size++;
    return this.#values[this.#front];
  }
}
