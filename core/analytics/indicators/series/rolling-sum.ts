/**
 * Windowed sum with Neumaier compensation. A plain running sum (add new, subtract old) drifts over
 * millions of updates; compensation keeps it at full precision at O(1) without recomputing.
 */
import { Ring } from "./ring.ts";

export class RollingSum {
  readonly #ring: Ring;
  #sum = 0;
  #comp = 0;

  constructor(readonly period: number) {
    this.#ring = new Ring(period);
  }

  get full(): boolean {
    return this.#ring.full;
  }

  get sum(): number {
    return this.#sum + this.#comp;
  }

  /** Adds x, drops the value leaving the window, returns the window sum. */
  push(x: number): number {
    const old = this.#ring.push(x);
    this.#add(x);
    if (old === old) this.#add(-old);
    return this.#sum + this.#comp;
  }

  #add(x: number): void {
    const t = this.#sum + x;
    this.#comp += Math.abs(this.#sum) >= Math.abs(x) ? this.#sum - t + x : x - t + this.#sum;
    this.#sum = t;
  }
}
