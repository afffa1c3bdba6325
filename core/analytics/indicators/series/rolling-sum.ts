/**
 * Windowed sum: a running sum (add the new value, subtract the one leaving) that is rebuilt
 * exactly from the window once per `period` updates (amortized O(1)). The rebuild bounds rounding
 * drift to what `period` additions can accumulate, however long the stream runs; that is as
 * precise as compensated summation for these windows at a fraction of its per-update cost.
 */
import { Ring } from "./ring.ts";

export class RollingSum {
  readonly #ring: Ring;
  #sum = 0;
  #sinceExact = 0;

  constructor(readonly period: number) {
    this.#ring = new Ring(period);
  }

  get full(): boolean {
    return this.#ring.full;
  }

  /** Adds x, drops the value leaving the window, returns the window sum. */
  push(x: number): number {
    const old = this.#ring.push(x);
    if (++this.#sinceExact === this.period) return this.#rebuild();
    this.#sum = old === old ? this.#sum + (x - old) : this.#sum + x;
    return this.#sum;
  }

  #rebuild(): number {
    const data = this.#ring.data;
    const newest = this.#ring.newest;
    let sum = 0;
    for (let i = newest - this.#ring.count + 1; i <= newest; i++) sum += data[i];
    this.#sum = sum;
    this.#sinceExact = 0;
    return sum;
  }
}
