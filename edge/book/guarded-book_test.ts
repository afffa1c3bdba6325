/**
 * GuardedBook forwards, per delta, only the changes of the best `depth` levels. A consumer that keeps
 * `depth` levels from those events must hold exactly the guarded book's top after every update: checked
 * here on random deltas deep and shallow (the guarded book skips the window comparison for sides
 * touched only below the window), with the venue depth cut and BBOs derived from the book.
 */
import assert from "node:assert/strict";
import { GuardedBook, type TextLevel } from "./guarded-book.ts";
import { BookSide } from "./l2-book.ts";
import { emptyStats } from "../venues/adapter.ts";
import type { BboEvent, BookEvent, MarketEvent } from "../normalize/events.ts";
import { rng } from "./book-test-kit.ts";

for (const [depth, venueDepth] of [[5, 20], [1, 8], [10, 10], [25, 400]] as const) {
  Deno.test(`GuardedBook depth ${depth}/${venueDepth}: a consumer of the forwarded events holds the book's top`, () => {
    const r = rng(depth * 31 + venueDepth);
    const events: MarketEvent[] = [];
    const book = new GuardedBook({
      instrument: { venue: "test", symbol: "X/Y", venueSymbol: "XY" },
      sink: (e) => events.push(e),
      stats: emptyStats(),
      depth,
      venueDepth,
      bboFromBook: true,
      resync: () => assert.fail("no fault expected"),
    });
    const consumer = { bids: new BookSide(true), asks: new BookSide(false) };
    const apply = (e: BookEvent) => {
      if (e.snapshot) {
        consumer.bids.load(e.bids);
        consumer.asks.load(e.asks);
        return;
      }
      consumer.bids.setLevels(e.bids);
      consumer.asks.setLevels(e.asks);
    };
    // Bids below 1000, asks above: never crossed. Ticks of 0.5, a long tail on both sides.
    const level = (side: "bid" | "ask", near: boolean): TextLevel => {
      const distance = near ? r() * 10 : r() * 300;
      const p = Math.round((side === "bid" ? 999 - distance : 1001 + distance) * 2) / 2;
      return [p.toFixed(1), r() < 0.35 ? "0" : (Math.round(r() * 1000) / 100).toString()];
    };
    const side = (s: "bid" | "ask", n: number, near: number) =>
      Array.from({ length: n }, () => level(s, r() < near));
    assert.ok(
      book.snapshot(side("bid", 60, 0.5), side("ask", 60, 0.5), {
        venueTimeNs: 0n,
        receiveTimeNs: 0n,
        updateId: 1,
      }),
    );
    let lastBbo: BboEvent | undefined;
    let seen = 0;
    const consume = () => {
      for (; seen < events.length; seen++) {
        const e = events[seen];
        if (e.type === "book") apply(e);
        else if (e.type === "bbo") lastBbo = e;
      }
    };
    consume();
    for (let u = 2; u < 3000; u++) {
      const near = r() < 0.5 ? 0.05 : 0.6;
      book.delta(side("bid", Math.floor(r() * 6), near), side("ask", Math.floor(r() * 6), near), {
        venueTimeNs: BigInt(u),
        receiveTimeNs: BigInt(u),
        updateId: u,
      });
      consume();
      consumer.bids.truncate(depth);
      consumer.asks.truncate(depth);
      assert.deepEqual(consumer.bids.levels(), book.book.bids.levels(depth), `update ${u} bids`);
      assert.deepEqual(consumer.asks.levels(), book.book.asks.levels(depth), `update ${u} asks`);
      const top = book.top()!;
      assert.ok(lastBbo !== undefined);
      assert.deepEqual(
        [lastBbo.bidPrice, lastBbo.bidSize, lastBbo.askPrice, lastBbo.askSize],
        [top.bidPrice, top.bidSize, top.askPrice, top.askSize],
        `update ${u} bbo`,
      );
      assert.ok(book.book.bids.length <= venueDepth && book.book.asks.length <= venueDepth);
    }
  });
}
