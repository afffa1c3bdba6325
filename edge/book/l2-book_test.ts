/**
 * The block-sorted BookSide against a plain sorted-array reference (the flat layout it replaced):
 * random sets, deletes, truncations, snapshot loads and texts, on books deep enough to split and
 * merge blocks many times, with every accessor compared after every step.
 */
import assert from "node:assert/strict";
import { BookSide, L2Book } from "./l2-book.ts";
import { rng } from "./book-test-kit.ts";

/** The reference: parallel best-first arrays, one splice per change. */
class FlatSide {
  prices: number[] = [];
  sizes: number[] = [];
  pts: (string | undefined)[] = [];
  sts: (string | undefined)[] = [];
  constructor(readonly descending: boolean) {}
  index(price: number): number {
    return this.prices.findIndex((p) => (this.descending ? p <= price : p >= price));
  }
  set(price: number, size: number, pt?: string, st?: string): void {
    let i = this.index(price);
    if (i < 0) i = this.prices.length;
    if (this.prices[i] === price) {
      if (size === 0) {
        for (const a of [this.prices, this.sizes, this.pts, this.sts] as unknown[][]) a.splice(i, 1);
      } else {
        this.sizes[i] = size;
        if (st !== undefined) {
          this.pts[i] = pt ?? this.pts[i];
          this.sts[i] = st;
        }
      }
      return;
    }
    if (size === 0) return;
    this.prices.splice(i, 0, price);
    this.sizes.splice(i, 0, size);
    this.pts.splice(i, 0, st === undefined ? undefined : pt);
    this.sts.splice(i, 0, pt === undefined ? undefined : st);
  }
  truncate(depth: number): void {
    for (const a of [this.prices, this.sizes, this.pts, this.sts] as unknown[][]) {
      if (a.length > depth) a.length = depth;
    }
  }
}

function same(side: BookSide, ref: FlatSide, texts: boolean, step: number): void {
  const at = `step ${step}`;
  assert.equal(side.length, ref.prices.length, at);
  assert.deepEqual(side.prices, ref.prices, at);
  assert.deepEqual(side.sizes, ref.sizes, at);
  assert.deepEqual(side.levels(), ref.prices.map((p, i) => [p, ref.sizes[i]]), at);
  assert.equal(side.bestPrice(), ref.prices[0], at);
  assert.equal(side.bestSize(), ref.sizes[0], at);
  const top: number[] = [];
  const topSizes: number[] = [];
  assert.equal(side.copyTop(25, top, topSizes), Math.min(25, ref.prices.length), at);
  assert.deepEqual(top, ref.prices.slice(0, 25), at);
  assert.deepEqual(topSizes, ref.sizes.slice(0, 25), at);
  for (const i of [0, 1, 7, 63, 64, 127, 128, 129, ref.prices.length - 1, ref.prices.length]) {
    assert.equal(side.priceAt(i), ref.prices[i], `${at} priceAt(${i})`);
    assert.equal(side.sizeAt(i), ref.sizes[i], `${at} sizeAt(${i})`);
    if (texts) {
      assert.equal(side.priceTextAt(i), ref.pts[i], `${at} priceTextAt(${i})`);
      assert.equal(side.sizeTextAt(i), ref.sts[i], `${at} sizeTextAt(${i})`);
    }
  }
  if (texts) {
    assert.deepEqual(side.priceTexts, ref.pts, at);
    assert.deepEqual(side.sizeTexts, ref.sts, at);
  }
  const walked: number[] = [];
  side.forEachLevel((p) => void walked.push(p), 300);
  assert.deepEqual(walked, ref.prices.slice(0, 300), at);
}

for (const descending of [true, false]) {
  for (const texts of [false, true]) {
    Deno.test(`BookSide (${descending ? "bids" : "asks"}${texts ? ", texts" : ""}) equals a flat sorted array under random churn`, () => {
      const r = rng(descending ? 7 : 11);
      const side = new BookSide(descending);
      const ref = new FlatSide(descending);
      // Prices on a 0.5 tick, concentrated near a drifting mid, with a long tail: deep books.
      let mid = 1000;
      for (let step = 0; step < 30_000; step++) {
        const op = r();
        if (op < 0.0005) {
          const depth = Math.floor(r() * 1500);
          side.truncate(depth);
          ref.truncate(depth);
        } else if (op < 0.0008) {
          // A snapshot: best-first, sometimes shuffled (the set-per-level path).
          const n = Math.floor(r() * 3000);
          const levels: [number, number][] = [];
          const seen = new Set<number>();
          for (let i = 0; i < n; i++) {
            const p = Math.round((mid + (r() - 0.5) * 4000) * 2) / 2;
            if (p <= 0 || seen.has(p)) continue;
            seen.add(p);
            levels.push([p, r() < 0.02 ? 0 : Math.round(r() * 1000) / 100]);
          }
          if (r() < 0.7) levels.sort((a, b) => (descending ? b[0] - a[0] : a[0] - b[0]));
          side.load(levels);
          ref.prices = [];
          ref.sizes = [];
          ref.pts = [];
          ref.sts = [];
          const sorted = [...levels].sort((a, b) => (descending ? b[0] - a[0] : a[0] - b[0]));
          for (const [p, s] of sorted) if (s > 0) ref.set(p, s);
          if (texts) ref.pts = ref.pts.map(() => undefined);
        } else if (op < 0.02) {
          // A diff: a batch through setLevels.
          const batch: [number, number][] = [];
          const n = 1 + Math.floor(r() * 80);
          for (let i = 0; i < n; i++) {
            const spread = r() < 0.7 ? 40 : 3000;
            const p = Math.max(0.5, Math.round((mid + (r() - 0.5) * spread) * 2) / 2);
            batch.push([p, r() < 0.4 ? 0 : Math.round(r() * 10_000) / 1000]);
          }
          // Sorted one way or the other (Binance sends bids ascending), or not at all.
          const up = r() < 0.5;
          if (r() < 0.8) batch.sort((a, b) => (up ? a[0] - b[0] : b[0] - a[0]));
          side.setLevels(batch);
          for (const [p, s] of batch) ref.set(p, s);
        } else {
          mid += (r() - 0.5) * 2;
          const spread = r() < 0.7 ? 20 : 3000;
          const price = Math.max(0.5, Math.round((mid + (r() - 0.5) * spread) * 2) / 2);
          const size = r() < 0.4 ? 0 : Math.round(r() * 10_000) / 1000;
          if (texts) {
            const pt = price.toFixed(2);
            const st = `${size}0`;
            side.set(price, size, pt, st);
            ref.set(price, size, pt, st);
          } else {
            side.set(price, size);
            ref.set(price, size);
          }
        }
        if (step % 97 === 0 || step > 29_900 || (op >= 0.0008 && op < 0.02 && step % 7 === 0)) {
          same(side, ref, texts, step);
        }
        const probe = Math.round((mid + (r() - 0.5) * 30) * 2) / 2;
        const i = ref.prices.indexOf(probe);
        assert.equal(side.sizeOf(probe), i < 0 ? 0 : ref.sizes[i]);
        const found = side.find(probe);
        if (i >= 0) assert.equal(found, i);
        else {
          const ins = ref.index(probe);
          assert.equal(found, -(ins < 0 ? ref.prices.length : ins) - 1);
        }
      }
      side.clear();
      assert.equal(side.length, 0);
      assert.equal(side.bestPrice(), undefined);
      assert.deepEqual(side.prices, []);
    });
  }
}

Deno.test("L2Book: best bid/ask and the crossed test", () => {
  const book = new L2Book();
  assert.equal(book.isCrossed(), false);
  book.bids.set(100, 1);
  book.bids.set(99.5, 2);
  book.asks.set(101, 1);
  assert.equal(book.bestBid(), 100);
  assert.equal(book.bestAsk(), 101);
  assert.equal(book.isCrossed(), false);
  book.bids.set(101, 3);
  assert.equal(book.isCrossed(), true);
  book.bids.set(101, 0);
  book.asks.set(101, 0);
  assert.equal(book.bestAsk(), undefined);
  assert.equal(book.isCrossed(), false);
});

Deno.test("BookSide: texts follow their level; an update without a price text keeps the old one", () => {
  const side = new BookSide(false);
  side.set(2, 1, "2.0", "1.00");
  side.set(1, 5, "1.0", "5.00");
  side.set(2, 3, undefined, "3.00");
  assert.deepEqual(side.priceTexts, ["1.0", "2.0"]);
  assert.deepEqual(side.sizeTexts, ["5.00", "3.00"]);
  side.set(1, 0);
  assert.deepEqual(side.priceTexts, ["2.0"]);
  assert.equal(side.priceTextAt(0), "2.0");
});

Deno.test("BookSide.load with texts equals one set per level, sorted or not; arrayWindow caps the arrays", () => {
  for (const descending of [true, false]) {
    const rows: [string, string][] = [["101.5", "2"], ["101.0", "0"], ["100.5", "1.50"], ["99", "3"], [
      "98.25",
      "0.1",
    ]];
    if (!descending) rows.reverse();
    for (const order of [rows, [...rows].reverse(), [rows[2], rows[0], rows[4], rows[2], rows[1], rows[3]]]) {
      const loaded = new BookSide(descending);
      loaded.set(1, 1, "1", "1");
      loaded.load(order.map(([p, s]) => [+p, +s]), order);
      const set = new BookSide(descending);
      for (const [p, s] of order) set.set(+p, +s, p, s);
      assert.deepEqual(loaded.prices, set.prices);
      assert.deepEqual(loaded.sizes, set.sizes);
      assert.deepEqual(loaded.priceTexts, set.priceTexts);
      assert.deepEqual(loaded.sizeTexts, set.sizeTexts);
      loaded.arrayWindow = 2;
      assert.deepEqual(loaded.priceTexts, set.priceTexts.slice(0, 2));
      assert.deepEqual(loaded.prices, set.prices.slice(0, 2));
      assert.equal(loaded.length, set.length, "the window limits the arrays, not the book");
      loaded.arrayWindow = Infinity;
      assert.deepEqual(loaded.priceTexts, set.priceTexts);
    }
  }
});

Deno.test("BookSide.loadSpelled equals one setSpelled per level, sorted or not, deep enough to fill blocks", () => {
  for (const descending of [true, false]) {
    // Prices 100.0 ... 139.9 spelled "ddd.d", sizes "d.dd"; every 7th level has size 0 (sets nothing).
    const best = Array.from({ length: 400 }, (_, i) => descending ? 139.9 - i / 10 : 100 + i / 10);
    const levels = best.map((p, i) =>
      [Math.round(p * 10) / 10, i % 7 === 3 ? 0 : 1 + (i % 5) / 100] as const
    );
    const spelling = 3 | 1 << 4 | (1 | 2 << 4) << 8;
    for (const order of [levels, [...levels].reverse()]) {
      const numbers = order.flatMap(([p, s]) => [p, s]);
      // Stale entries past `count`, as a scanner's reused lists hold.
      numbers.push(1, 1);
      const loaded = new BookSide(descending);
      loaded.set(1, 1, "1", "1");
      loaded.loadSpelled(numbers, order.length, order.map(() => spelling));
      const set = new BookSide(descending);
      for (const [p, s] of order) set.setSpelled(p, s, spelling);
      assert.deepEqual(loaded.prices, set.prices);
      assert.deepEqual(loaded.sizes, set.sizes);
      assert.deepEqual(loaded.priceTexts, set.priceTexts);
      assert.deepEqual(loaded.sizeTexts, set.sizeTexts);
      assert.equal(loaded.priceTextAt(0), set.priceTextAt(0));
      const plain = new BookSide(descending);
      plain.loadSpelled(numbers, order.length, undefined);
      assert.deepEqual(plain.prices, set.prices);
      assert.deepEqual(plain.priceTexts, []);
    }
  }
});
