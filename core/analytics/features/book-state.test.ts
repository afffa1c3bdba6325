import { describe, expect, it } from "vitest";
import { BookState, type BookView } from "./book-state.ts";

const book = (bids: [number, number][], asks: [number, number][]): BookView => ({
  bids: { prices: bids.map((l) => l[0]), sizes: bids.map((l) => l[1]) },
  asks: { prices: asks.map((l) => l[0]), sizes: asks.map((l) => l[1]) },
});

describe("BookState", () => {
  it("reduces a book to spread, microprice, imbalances, depth bands and slopes", () => {
    const s = new BookState();
    s.onBook(book([[99.99, 3], [99.9, 2], [99.5, 5]], [[100.01, 1], [100.2, 4], [101, 10]]));
    expect(s.mid).toBeCloseTo(100, 12);
    expect(s.microprice).toBeCloseTo((99.99 * 1 + 100.01 * 3) / 4, 12);
    expect(s.imbalance[0]).toBeCloseTo((3 - 1) / 4, 12);
    expect(s.imbalance[1]).toBeCloseTo((10 - 15) / 25, 12);
    // Within 10 bps of 100: bid ≥ 99.9, ask ≤ 100.1; 25 bps adds the 100.2 ask; 50 bps the 99.5 bid.
    expect([...s.bidDepth]).toEqual([5, 5, 10]);
    expect([...s.askDepth]).toEqual([1, 5, 5]);
    expect(s.bidSlope).toBeGreaterThan(0);
  });

  it("computes Cont's order-flow imbalance per bar, scaled by mean best depth", () => {
    const s = new BookState();
    s.onBook(book([[10, 5]], [[11, 5]]));
    s.onBook(book([[10, 8]], [[11, 5]])); // bid size +3 at same price: e = 8 − 5 = +3
    s.onBook(book([[10.5, 2]], [[11, 5]])); // bid improves: e = +2
    s.onBook(book([[10.5, 2]], [[10.9, 4]])); // ask improves: e = −4
    s.closeBar();
    const meanDepth = (5 + 6.5 + 3.5 + 3) / 4;
    expect(s.ofi(1)).toBeCloseTo((3 + 2 - 4) / meanDepth, 12);
    s.onBook(book([[10.4, 1]], [[10.9, 4]])); // bid drops: e = −2
    s.closeBar();
    expect(s.ofi(1)).toBeCloseTo(-2 / 2.5, 12);
    expect(s.ofi(5)).toBeNaN();
    expect(s.updatesInLastBar()).toBe(1);
  });

  it("counts and ignores crossed or one-sided books", () => {
    const s = new BookState();
    s.onBook(book([[11, 1]], [[10, 1]]));
    s.onBook(book([], [[10, 1]]));
    expect(s.rejected).toBe(2);
    expect(s.valid).toBe(false);
  });
});
