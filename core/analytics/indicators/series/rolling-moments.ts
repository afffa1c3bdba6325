/**
 * Windowed mean and population variance. The sums are kept around a shift K (the window mean at the
 * last exact recomputation, done once per `period` updates, amortized O(1)): without the shift,
 * E[x²] − E[x]² on prices like 46 000 cancels away most digits of a variance of ~100.
 */
import type { Shared, Use } from "../shared.ts";
import { Ring } from "./ring.ts";

export class RollingMoments {
  readonly #ring: Ring;
  #shift = Number.NaN;
  #s1 = 0;
  #s2 = 0;
  #sinceExact = 0;

  constructor(readonly period: number) {
    this.#ring = new Ring(period);
  }

  /** The moments of the close over `period` bars (STDDEV, z-score and Bollinger share them). */
  static ofClose(period: number, shared: Shared): Use<RollingMoments> {
    return shared.take(`close-moments:${period}`, () => new RollingMoments(period));
  }

  /** Brings `use` to x: pushes it when this indicator owns it (else its owner already has). */
  static advance(use: Use<RollingMoments>, x: number): RollingMoments {
    if (use.owner) use.series.push(x);
    return use.series;
  }

  get full(): boolean {
    return this.#ring.full;
  }

  push(x: number): void {
    if (this.#shift !== this.#shift) this.#shift = x;
    const old = this.#ring.push(x);
    const d = x - this.#shift;
    this.#s1 += d;
    this.#s2 += d * d;
    if (old === old) {
      const o = old - this.#shift;
      this.#s1 -= o;
      this.#s2 -= o * o;
    }
    if (++this.#sinceExact >= this.period && this.#ring.full) this.#recompute();
  }

  get mean(): number {
    return this.#shift + this.#s1 / this.#ring.count;
  }

  /** Population variance (TA-Lib's VAR/STDDEV divide by n), never negative. */
  get variance(): number {
    const n = this.#ring.count;
    const m = this.#s1 / n;
    const v = this.#s2 / n - m * m;
    return v > 0 ? v : 0;
  }

  #recompute(): void {
    const data = this.#ring.data;
    const newest = this.#ring.newest;
    const oldest = newest - this.#ring.count + 1;
    let sum = 0;
    for (let i = newest; i >= oldest; i--) sum += data[i];
    const shift = sum / this.#ring.count;
    let s1 = 0;
    let s2 = 0;
    for (let i = newest; i >= oldest; i--) {
      const d = data[i] - shift;
      s1 += d;
      s2 += d * d;
    }
    this.#shift = shift;
    this.#s1 = s1;
    this.#s2 = s2;
    this.#sinceExact = 0;
  }
}
