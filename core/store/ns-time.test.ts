import { describe, expect, it } from "vitest";
import { NsTimeBase } from "./ns-time.ts";

/** The Int64 the halves spell, via BigInt: the reference the number-only path must match. */
function joined(base: NsTimeBase, deltaNs: number): string {
  base.at(deltaNs);
  return BigInt.asIntN(64, (BigInt(base.high) << 32n) | BigInt(base.low)).toString();
}
const reference = (baseMs: number, deltaNs: number) => (BigInt(baseMs) * 1_000_000n + BigInt(deltaNs)).toString();

describe("NsTimeBase", () => {
  it("keeps the last nanosecond digits that a JS number would round away", () => {
    const base = new NsTimeBase(1723161255030);
    expect(joined(base, 314667)).toBe("1723161255030314667");
    expect(joined(base, 314789)).toBe("1723161255030314789");
    expect(Number("1723161255030314789").toString()).not.toBe("1723161255030314789");
  });
  it("handles negative deltas, deltas beyond a millisecond, and times before the epoch", () => {
    const base = new NsTimeBase(1723161255030);
    expect(joined(base, -1)).toBe("1723161255029999999");
    expect(joined(base, -1_500_000)).toBe("1723161255028500000");
    expect(joined(base, 3_000_000_007)).toBe("1723161258030000007");
    expect(joined(new NsTimeBase(0), -5)).toBe("-5");
    expect(joined(new NsTimeBase(-2), 1)).toBe("-1999999");
  });
  it("matches BigInt arithmetic over random and extreme inputs", () => {
    const cases: Array<[number, number]> = [
      [1723161255030, Number.MAX_SAFE_INTEGER],
      [1723161255030, -Number.MAX_SAFE_INTEGER],
      [0, Number.MAX_SAFE_INTEGER - 1],
    ];
    for (let i = 0; i < 5_000; i++) {
      const base = Math.floor(Math.random() * 4e12) - 1e12;
      const delta = Math.floor((Math.random() - 0.5) * 2 * 10 ** Math.floor(Math.random() * 16));
      cases.push([base, delta]);
    }
    for (const [base, delta] of cases) expect(joined(new NsTimeBase(base), delta)).toBe(reference(base, delta));
  });
  it("refuses parts that are not exact integers and sums beyond Int64", () => {
    expect(() => new NsTimeBase(1.5)).toThrow(RangeError);
    expect(() => new NsTimeBase(0).at(2 ** 60)).toThrow(RangeError);
    expect(() => new NsTimeBase(9_223_372_036_854).at(Number.MAX_SAFE_INTEGER)).toThrow(/overflows Int64/);
  });
});
