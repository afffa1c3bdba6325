/**
 * Windowed sum: a running sum (add the new value, subtract the one leaving) that is rebuilt
 * exactly from the window every max(period, 32) updates (amortized O(1); short windows such as a
 * stochastic's 3-bar SMA would otherwise pay a rebuild call every few bars). The rebuild bounds
 * rounding drift to what that many additions can accumulate, however long the stream runs; that
 * is as precise as compensated summation for these windows at a fraction of its per-update cost.
 */
import { Ring } from "./ring.ts";

export class RollingSum {
  readonly #ring: Ring;
  readonly #rebuildEvery: number;
  #sum = 0;
  #sinceExact = 0;

  constructor(readonly period: number) {
    this.#ring = new Ring(period);
    this.#rebuildEvery = Math.max(period, 32);
  }

  get full(): boolean {
    return this.#ring.full;
  }

  /** Adds x, drops the value leaving the window, returns the window sum. */
  push(x: number): number {
    const old = this.#ring.push(x);
    if (++this.#sinceExact === this.#rebuildEvery) return this.#rebuild();
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
