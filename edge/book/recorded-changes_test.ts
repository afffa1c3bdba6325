/**
 * GuardedBook records a delta's forwarded changes while it applies the levels; the reference copies
 * the window before and after and diffs them (`forwardByDiff`). On random deltas — shallow and deep,
 * repeated prices within one update, deletes of absent levels, windows that grow and shrink, sides
 * shorter than the window, the venue depth cut — both must forward exactly the same events.
 */
import assert from "node:assert/strict";
import { GuardedBook, type TextLevel } from "./guarded-book.ts";
import { emptyStats } from "../venues/adapter.ts";
import type { MarketEvent } from "../normalize/events.ts";
import { rng } from "./book-test-kit.ts";

for (
  const [depth, venueDepth, spread] of [[5, 40, 30], [1, 8, 10], [10, 30, 25], [25, 400, 300], [50, 60, 80]] as const
) {
  Deno.test(`recorded forwarded changes equal the window diff: depth ${depth}/${venueDepth}`, () => {
    const r = rng(depth * 7919 + venueDepth);
    const make = (forwardByDiff: boolean, events: MarketEvent[]) =>
      new GuardedBook({
        instrument: { venue: "test", symbol: "X/Y", venueSymbol: "XY" },
        sink: (e) => events.push(e),
        stats: emptyStats(),
        depth,
        venueDepth,
        bboFromBook: true,
        forwardByDiff,
        resync: () => assert.fail("no fault expected"),
      });
    const recordedEvents: MarketEvent[] = [];
    const diffEvents: MarketEvent[] = [];
    const recorded = make(false, recordedEvents);
    const reference = make(true, diffEvents);
    const side = (bid: boolean, n: number, deep: number): TextLevel[] => {
      const out: TextLevel[] = [];
      for (let i = 0; i < n; i++) {
        // Bids 1..spread-ish below 1000, asks above; sometimes far deeper; prices repeat.
        const off = 1 + Math.floor(r() * (r() < deep ? spread * 4 : spread));
        const price = bid ? 1000 - off : 1000 + off;
        const size = r() < 0.35 ? 0 : 1 + Math.floor(r() * 4);
        out.push([String(price), String(size)]);
      }
      if (r() < 0.5) out.sort((a, b) => (bid ? +b[0] - +a[0] : +a[0] - +b[0]));
      return out;
    };
    const meta = (i: number) => ({ venueTimeNs: BigInt(i), receiveTimeNs: BigInt(i), updateId: i });
    const snapB = side(true, Math.floor(r() * spread), 0.2).filter((l) => l[1] !== "0");
    const snapA = side(false, Math.floor(r() * spread), 0.2).filter((l) => l[1] !== "0");
    const dedupe = (ls: TextLevel[]) => [...new Map(ls.map((l) => [l[0], l])).values()];
    recorded.snapshot(dedupe(snapB), dedupe(snapA), meta(0));
    reference.snapshot(dedupe(snapB), dedupe(snapA), meta(0));
    for (let i = 1; i < 3000; i++) {
      const burst = r() < 0.1 ? 20 : 4;
      const bids = side(true, Math.floor(r() * burst), r());
      const asks = side(false, Math.floor(r() * burst), r());
      assert.equal(recorded.delta(bids, asks, meta(i)), reference.delta(bids, asks, meta(i)));
    }
    assert.ok(diffEvents.length > 500, String(diffEvents.length));
    assert.deepEqual(recordedEvents, diffEvents);
    assert.deepEqual(recorded.book.bids.levels(), reference.book.bids.levels());
    assert.deepEqual(recorded.book.asks.levels(), reference.book.asks.levels());
  });
}
