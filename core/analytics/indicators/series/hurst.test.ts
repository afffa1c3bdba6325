import { describe, expect, it } from "vitest";
import { Hurst } from "./hurst.ts";

/** A deterministic price path with some wiggle (no two lag differences all zero). */
const wiggle = (i: number) => 100 + 5 * Math.sin(i / 7) + 3 * Math.sin(i / 2.3) + 0.01 * i;

describe("Hurst", () => {
  it("is undefined while any lag difference is flat over the window, in the steady state too", () => {
    const h = new Hurst(20, 5);
    const out: number[] = [];
    // 30 varying bars, then 40 flat ones (the whole window flat from bar 50), then varying again.
    for (let i = 0; i < 110; i++) out.push(h.next(i < 30 || i >= 70 ? wiggle(i) : 100));
    expect(out.slice(0, 19).every(Number.isNaN)).toBe(true);
    expect(out.slice(19, 30).every(Number.isFinite)).toBe(true);
    // Once every lag's differences within the window are zero, the exponent is undefined.
    expect(out.slice(52, 70).every(Number.isNaN)).toBe(true);
    // Varying prices refill the window and the exponent returns.
    expect(out.slice(95).every(Number.isFinite)).toBe(true);
  });

  it("gives the same values whether the sums are rebuilt on a bar or carried over it", () => {
    // Two instances fed the same prices: one sees them from the start, the other only the last
    // window's worth, so their rebuild bars fall differently; both must agree closely on each
    // value once the second has a full window (rebuilds only bound rounding drift).
    const prices = Array.from({ length: 3000 }, (_, i) => wiggle(i));
    const long = new Hurst(50, 10);
    const outLong = prices.map((p) => long.next(p));
    const start = 2000;
    const short = new Hurst(50, 10);
    const outShort = prices.slice(start).map((p) => short.next(p));
    for (let i = 60; i < outShort.length; i++) {
      expect(outShort[i]).toBeCloseTo(outLong[start + i], 12);
    }
  });
});
