import { describe, expect, it } from "vitest";
import { classicPivots } from "./pivots.ts";
import { SwingLevels } from "./swing-levels.ts";

describe("classicPivots", () => {
  it("computes floor-trader pivots", () => {
    const p = classicPivots(110, 90, 105);
    expect(p.p).toBeCloseTo(101.6666667, 6);
    expect(p.r1).toBeCloseTo(113.3333333, 6);
    expect(p.s1).toBeCloseTo(93.3333333, 6);
    expect(p.r2).toBeCloseTo(121.6666667, 6);
    expect(p.s2).toBeCloseTo(81.6666667, 6);
  });
});

describe("SwingLevels", () => {
  /** A zig-zag whose peaks sit near 110 and troughs near 100. */
  function zigzag(levels: SwingLevels, cycles: number): void {
    const shape = [104, 106, 108, 110, 108, 106, 104, 102, 101, 100, 101, 102];
    for (let c = 0; c < cycles; c++) for (const [i, x] of shape.entries()) levels.add(x + (i === 3 ? c * 0.05 : 0) + 0.5, x - 0.5);
  }

  it("clusters repeated swing highs and lows into levels with touch counts", () => {
    const levels = new SwingLevels({ strength: 2, tolerance: 0.005 });
    zigzag(levels, 4);
    const near = levels.nearest(105);
    expect(near.support).toBeCloseTo(99.5, 6);
    expect(near.supportTouches).toBe(4);
    expect(near.resistance).toBeGreaterThan(110.5);
    expect(near.resistance).toBeLessThan(110.7);
    expect(near.resistanceTouches).toBe(4);
  });

  it("confirms a swing only after `strength` later bars", () => {
    const levels = new SwingLevels({ strength: 2 });
    for (const x of [1, 2, 5, 2]) levels.add(x, x - 0.1);
    expect(levels.nearest(3).resistance).toBeNaN();
    levels.add(1, 0.9);
    expect(levels.nearest(3).resistance).toBe(5);
  });

  it("reports no levels without swings", () => {
    const near = new SwingLevels().nearest(100);
    expect(near).toEqual({ support: NaN, supportTouches: 0, resistance: NaN, resistanceTouches: 0 });
  });
});
