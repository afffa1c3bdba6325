import { describe, expect, it } from "vitest";
import { nsDecimal } from "./ns-time.ts";

/** The BigInt reference the fast number-only path must match. */
const reference = (baseMs: number, deltaNs: number) => (BigInt(baseMs) * 1_000_000n + BigInt(deltaNs)).toString();

describe("nsDecimal", () => {
  it("keeps the last nanosecond digits that a JS number would round away", () => {
    expect(nsDecimal(1723161255030, 314667)).toBe("1723161255030314667");
    expect(nsDecimal(1723161255030, 314789)).toBe("1723161255030314789");
    expect(Number("1723161255030314789").toString()).not.toBe("1723161255030314789");
  });
  it("handles negative deltas, deltas beyond a millisecond and remainders with leading zeros", () => {
    expect(nsDecimal(1723161255030, -1)).toBe("1723161255029999999");
    expect(nsDecimal(1723161255030, -1_500_000)).toBe("1723161255028500000");
    expect(nsDecimal(1723161255030, 3_000_000_007)).toBe("1723161258030000007");
    expect(nsDecimal(1723161255030, 0)).toBe("1723161255030000000");
  });
  it("handles times at and before the epoch", () => {
    expect(nsDecimal(0, 5)).toBe("5");
    expect(nsDecimal(0, -5)).toBe("-5");
    expect(nsDecimal(-1, 0)).toBe("-1000000");
    expect(nsDecimal(-2, 1)).toBe("-1999999");
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
    for (const [base, delta] of cases) expect(nsDecimal(base, delta)).toBe(reference(base, delta));
  });
  it("refuses parts that are not exact integers", () => {
    expect(() => nsDecimal(1.5, 0)).toThrow(RangeError);
    expect(() => nsDecimal(0, 2 ** 60)).toThrow(RangeError);
  });
});
