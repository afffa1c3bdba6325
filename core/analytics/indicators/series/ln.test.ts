import { describe, expect, it } from "vitest";
import { ln, lnAbsolute } from "./ln.ts";

/** Distance between adjacent doubles at v. */
const ulp = (v: number) => 2 ** (Math.floor(Math.log2(Math.abs(v))) - 52);

/** Deterministic pseudo-random numbers in [0, 1), so a failure reproduces. */
function uniform(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("ln", () => {
  it("is within 1 ulp of Math.log across magnitudes, near 1 and at prices", () => {
    const u = uniform(7);
    const samples = [
      ...Array.from({ length: 200_000 }, () => Math.exp((u() - 0.5) * 1400)),
      ...Array.from({ length: 200_000 }, () => 1 + (u() - 0.5) * 0.05),
      ...Array.from({ length: 200_000 }, () => 1 + (u() - 0.5) * 1e-9),
      ...Array.from({ length: 100_000 }, () => 1e-7 * (1 + u())),
      ...Array.from({ length: 100_000 }, () => 20_000 + 50_000 * u()),
    ];
    let worst = 0;
    for (const x of samples) worst = Math.max(worst, Math.abs(ln(x) - Math.log(x)) / ulp(Math.log(x)));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it("is exact where Math.log is exact and agrees on the special values", () => {
    expect(ln(1)).toBe(0);
    expect(ln(2)).toBe(Math.LN2);
    for (const x of [0, -0, -1, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE, 1e-310, Number.MAX_VALUE]) {
      expect(ln(x)).toBe(Math.log(x));
    }
  });

  it("lnAbsolute differs from ln by at most an ulp plus its truncated r⁷/7 term", () => {
    const u = uniform(11);
    const samples = [
      ...Array.from({ length: 200_000 }, () => Math.exp((u() - 0.5) * 1400)),
      ...Array.from({ length: 200_000 }, () => 1 + (u() - 0.5) * 0.05),
      ...Array.from({ length: 100_000 }, () => 1e-9 * (1 + 100 * u())),
      ...Array.from({ length: 100_000 }, () => 20_000 + 50_000 * u()),
    ];
    let worstNearOne = 0;
    let worstElsewhere = 0;
    for (const x of samples) {
      const excess = Math.abs(lnAbsolute(x) - ln(x)) - ulp(ln(x));
      if (Math.abs(x - 1) < 0.01) worstNearOne = Math.max(worstNearOne, excess);
      else worstElsewhere = Math.max(worstElsewhere, excess);
    }
    expect(worstNearOne).toBeLessThanOrEqual(1.3e-15);
    expect(worstElsewhere).toBeLessThanOrEqual(6.4e-18);
    for (const x of [0, -1, Number.NaN, Infinity, 1e-310]) expect(lnAbsolute(x)).toBe(Math.log(x));
  });
});
