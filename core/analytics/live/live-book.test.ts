import { describe, expect, it } from "vitest";
import { BookState } from "../features/book-state.ts";
import { LiveBook } from "./live-book.ts";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The reduction's numbers, for bit-exact comparison. */
function reduction(state: BookState): number[] {
  return [state.bestBid, state.bestAsk, state.bidSize, state.askSize, ...state.imbalance, ...state.bidDepth, ...state.askDepth, state.bidSlope, state.askSlope, state.ofi(1)];
}

describe("LiveBook", () => {
  it("hands the features a short view that reduces bit-identically to the whole deep book", () => {
    const r = rng(7);
    const book = new LiveBook(5_000);
    const fromView = new BookState();
    const fromWhole = new BookState();
    const tick = 0.1;
    let mid = 60_000;
    let shortest = Infinity;
    let deepest = 0;
    for (let step = 0; step < 400; step++) {
      // A 3,000-level snapshot now and then, random deltas (near and far, inserts and deletes) otherwise.
      const snapshot = step % 100 === 0;
      const n = snapshot ? 3_000 : 1 + Math.floor(r() * 60);
      const isBid: boolean[] = [];
      const price: number[] = [];
      const size: number[] = [];
      mid += (r() - 0.5) * 5;
      for (let i = 0; i < n; i++) {
        const bid = snapshot ? i % 2 === 0 : r() < 0.5;
        const distance = snapshot ? Math.floor(i / 2) + 1 : Math.floor(r() ** 3 * 1_500) + 1;
        isBid.push(bid);
        price.push(+(Math.round(mid / tick) * tick + (bid ? -distance : distance) * tick).toFixed(1));
        size.push(r() < 0.2 && !snapshot ? 0 : +(r() * 3).toFixed(3));
      }
      expect(book.apply(snapshot, { levelIsBid: isBid, levelPrice: price, levelSize: size }, 0, n)).toBe(0);
      if (!book.usable()) continue;
      const view = book.view();
      shortest = Math.min(shortest, view.bids.prices.length);
      deepest = Math.max(deepest, book.book.bids.length);
      fromView.onBook(view);
      fromWhole.onBook({ bids: { prices: book.book.bids.prices, sizes: book.book.bids.sizes }, asks: { prices: book.book.asks.prices, sizes: book.book.asks.sizes } });
      if (step % 7 === 0) {
        fromView.closeBar();
        fromWhole.closeBar();
      }
      expect(reduction(fromView)).toEqual(reduction(fromWhole));
    }
    // The view really is short: 50 bps of a 60,000 book at a 0.1 tick is ~3,000 ticks, most levels deeper.
    expect(deepest).toBeGreaterThan(1_000);
    expect(shortest).toBeGreaterThanOrEqual(10);
  });

  it("ignores deltas before the first snapshot, skips malformed levels and caps each side", () => {
    const book = new LiveBook(3);
    const levels = (prices: number[], sizes: number[], bid: boolean[]) => ({ levelIsBid: bid, levelPrice: prices, levelSize: sizes });
    expect(book.apply(false, levels([1], [1], [true]), 0, 1)).toBe(0);
    expect(book.synced).toBe(false);
    expect(book.book.bids.length).toBe(0);
    const prices = [10, 9, 8, 7, 6, 5, 4, NaN, 11, 12];
    const sizes = [1, 1, 1, 1, 1, 1, 1, 1, -1, 1];
    expect(book.apply(true, levels(prices, sizes, [true, true, true, true, true, true, true, true, false, false]), 0, prices.length)).toBe(2);
    expect(book.book.bids.length).toBe(3);
    expect(book.usable()).toBe(true);
    expect(book.apply(false, levels([13], [1], [true]), 0, 1)).toBe(0);
    expect(book.crossed()).toBe(true);
    expect(book.usable()).toBe(false);
  });
});
