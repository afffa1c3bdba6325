import { describe, expect, it } from "vitest";
import { L2Book } from "../../../edge/book/l2-book.ts";
import { haveSharedData, sharedDataPath } from "../bars/shared-data.ts";
import { BookState } from "../features/book-state.ts";
import { LiveBook } from "./live-book.ts";
import { readDepthFile } from "./tick-batches.ts";

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

  /** The reference: every level `set` one at a time on a plain L2Book (what LiveBook did before staging). */
  function reference(maxLevels: number) {
    const book = new L2Book();
    let synced = false;
    return {
      book,
      apply(snapshot: boolean, isBid: boolean[], price: number[], size: number[]): void {
        if (snapshot) {
          book.clear();
          synced = true;
        } else if (!synced) return;
        for (let i = 0; i < price.length; i++) {
          if (!(price[i] > 0) || !(size[i] >= 0) || price[i] === Infinity || size[i] === Infinity) continue;
          (isBid[i] ? book.bids : book.asks).set(price[i], size[i]);
        }
        if (book.bids.length > 2 * maxLevels) book.bids.truncate(maxLevels);
        if (book.asks.length > 2 * maxLevels) book.asks.truncate(maxLevels);
      },
    };
  }

  const sameBook = (a: L2Book, b: L2Book) => {
    expect(a.bids.prices).toEqual(b.bids.prices);
    expect(a.bids.sizes).toEqual(b.bids.sizes);
    expect(a.asks.prices).toEqual(b.asks.prices);
    expect(a.asks.sizes).toEqual(b.asks.sizes);
  };

  /** Stages and commits one event; checks mayBreak never says no to an event that leaves the book unusable. */
  function step(book: LiveBook, snapshot: boolean, isBid: boolean[], price: number[], size: number[]): number {
    const wasSynced = book.synced;
    const bad = book.stage(snapshot, { levelIsBid: isBid, levelPrice: price, levelSize: size }, 0, price.length);
    const mayBreak = book.mayBreak();
    book.commit();
    if (wasSynced && !snapshot && !book.usable()) expect(mayBreak).toBe(true);
    return bad;
  }

  it("staged events (bulk load, sorted or unsorted setLevels) give the book of one set per level; mayBreak is never wrongly false", () => {
    const r = rng(11);
    const live = new LiveBook(300);
    const ref = reference(300);
    let mid = 1_000;
    let unusable = 0;
    for (let n = 0; n < 3_000; n++) {
      const snapshot = n % 500 === 0 || (!live.usable() && r() < 0.6);
      const count = snapshot ? Math.floor(r() * 700) : Math.floor(r() * 40);
      const isBid: boolean[] = [];
      const price: number[] = [];
      const size: number[] = [];
      mid += (r() - 0.5) * 2;
      for (let i = 0; i < count; i++) {
        const bid = r() < 0.5;
        // Snapshots uncrossed; deltas mostly near the touch (some through it: crossing levels), sometimes deep;
        // now and then malformed.
        const offset = snapshot ? 1 + Math.floor(r() * 400) : r() < 0.8 ? Math.floor((r() - 0.1) * 20) : Math.floor(r() * 800);
        isBid.push(bid);
        price.push(r() < 0.01 ? [NaN, -1, Infinity][Math.floor(r() * 3)] : Math.round(mid) + (bid ? -offset : offset) * 0.5);
        size.push(r() < 0.01 ? NaN : !snapshot && r() < 0.35 ? 0 : Math.floor(r() * 5) + 1);
      }
      // Snapshots best-first (the bulk load) or not; deltas sorted by price per side, as Binance sends them, or not.
      if (r() < 0.5) {
        const order = price.map((_, i) => i).sort((a, b) => (isBid[a] !== isBid[b] ? (isBid[a] ? -1 : 1) : snapshot === isBid[a] ? price[b] - price[a] : price[a] - price[b]));
        const [b, p, s] = [order.map((i) => isBid[i]), order.map((i) => price[i]), order.map((i) => size[i])];
        isBid.splice(0, count, ...b);
        price.splice(0, count, ...p);
        size.splice(0, count, ...s);
      }
      const wasUsable = live.usable();
      step(live, snapshot, isBid, price, size);
      ref.apply(snapshot, isBid, price, size);
      sameBook(live.book, ref.book);
      if (wasUsable && !live.usable()) unusable++;
    }
    // The stream really crossed and emptied books now and then.
    expect(unusable).toBeGreaterThan(50);
  });

  const depth = "ticks/binance-futures_BTCUSDT_20240808_depth.csv.gz";
  it.skipIf(!haveSharedData(depth))("staged Binance USDⓈ-M depth events give the book of one set per level", () => {
    const live = new LiveBook(1_000);
    const ref = reference(1_000);
    let n = 0;
    let breaks = 0;
    for (const e of readDepthFile(sharedDataPath(depth), "v", "BTC/USDT:USDT")) {
      if (e.kind !== "book") continue;
      const isBid = [...e.isBid];
      const price = [...e.prices];
      const size = [...e.sizes];
      const wasSynced = live.synced;
      live.stage(e.snapshot, { levelIsBid: isBid, levelPrice: price, levelSize: size }, 0, price.length);
      if (wasSynced && live.mayBreak()) breaks++;
      live.commit();
      ref.apply(e.snapshot, isBid, price, size);
      if (++n % 100 === 0) sameBook(live.book, ref.book);
    }
    sameBook(live.book, ref.book);
    expect(n).toBeGreaterThan(1_000);
    // Deltas that delete asks and put bids at their prices do not count as breaking (settling is a full reduction).
    expect(breaks).toBeLessThan(n / 100);
  });
});
