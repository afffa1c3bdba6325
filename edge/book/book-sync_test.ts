/**
 * State-machine tests of the shared sync mechanism with Binance-spot-style rules. The real-capture
 * tests (every Binance market, removed and reordered diffs) live in edge/venues/binance_test.ts.
 */
import assert from "node:assert/strict";
import { type BookSnapshot, BookSync, type SequencedDiff, type SyncRules } from "./book-sync.ts";
import { emptyStats } from "../venues/adapter.ts";

const spotRules: SyncRules = {
  isStale: (d, s) => d.lastId <= s,
  bridges: (d, s) => d.firstId <= s + 1 && s + 1 <= d.lastId,
  continues: (d, prev) => d.firstId === prev + 1,
};

function diff(firstId: number, lastId: number, bids: [number, number][], asks: [number, number][] = []) {
  return { firstId, lastId, prevId: NaN, bids, asks } satisfies SequencedDiff;
}

function harness() {
  const stats = emptyStats();
  const log: string[] = [];
  let requests = 0;
  const sync = new BookSync<SequencedDiff>(spotRules, {
    requestSnapshot: () => void requests++,
    onSynced: (book, lastId) => log.push(`synced@${lastId} bid=${book.bestBid()} ask=${book.bestAsk()}`),
    onDelta: (d) => log.push(`delta ${d.firstId}-${d.lastId}`),
  }, stats);
  return { sync, stats, log, requests: () => requests };
}

const snap = (lastId: number): BookSnapshot => ({
  lastId,
  bids: [[100, 1], [99, 2]],
  asks: [[101, 1], [102, 3]],
});

Deno.test("buffers until the snapshot, drops stale diffs, applies the bridge and forwards deltas", () => {
  const h = harness();
  assert.equal(h.sync.state, "awaiting-snapshot");
  h.sync.onDiff(diff(5, 8, [[100, 0]]));
  assert.equal(h.sync.state, "buffering");
  assert.equal(h.requests(), 1);
  h.sync.onDiff(diff(9, 12, [[100, 5]]));
  h.sync.onDiff(diff(13, 15, [[100.5, 1]]));
  h.sync.onSnapshot(snap(10));
  assert.equal(h.sync.state, "live");
  assert.deepEqual(h.log, ["synced@15 bid=100.5 ask=101"]);
  assert.equal(h.sync.book.bids.sizes[1], 5, "the bridging diff 9-12 was applied, 5-8 dropped as stale");
  h.sync.onDiff(diff(16, 16, [], [[101, 0]]));
  assert.deepEqual(h.log.at(-1), "delta 16-16");
  assert.equal(h.sync.book.bestAsk(), 102);
  assert.equal(h.stats.bookUpdatesApplied, 3);
  assert.equal(h.stats.sequenceGaps, 0);
});

Deno.test("a gap invalidates the book, forwards nothing and resyncs on the next snapshot", () => {
  const h = harness();
  h.sync.onDiff(diff(11, 12, []));
  h.sync.onSnapshot(snap(10));
  h.sync.onDiff(diff(14, 15, [[100, 9]]));
  assert.equal(h.sync.state, "invalid");
  assert.equal(h.stats.sequenceGaps, 1);
  assert.equal(h.stats.resyncs, 1);
  assert.equal(h.requests(), 2);
  assert.equal(h.sync.book.bids.length, 0, "a book known to be wrong is not kept");
  h.sync.onDiff(diff(16, 17, [[99, 7]]));
  assert.deepEqual(h.log, ["synced@12 bid=100 ask=101"], "nothing forwarded while invalid");
  h.sync.onSnapshot(snap(15));
  assert.equal(h.sync.state, "live");
  assert.deepEqual(h.log.at(-1), "synced@17 bid=100 ask=101");
  assert.equal(h.sync.book.bids.sizes[1], 7);
});

Deno.test("a snapshot older than the first buffered diff does not bridge: gap and new request", () => {
  const h = harness();
  h.sync.onDiff(diff(20, 25, []));
  h.sync.onSnapshot(snap(10));
  assert.equal(h.sync.state, "invalid");
  assert.equal(h.stats.sequenceGaps, 1);
  assert.equal(h.requests(), 2);
  h.sync.onSnapshot(snap(22));
  assert.equal(h.sync.state, "live", "the kept diff 20-25 bridges the newer snapshot");
});

Deno.test("a crossed book after a diff is invalid, counted and resynced", () => {
  const h = harness();
  h.sync.onDiff(diff(11, 11, []));
  h.sync.onSnapshot(snap(10));
  h.sync.onDiff(diff(12, 12, [[101.5, 1]]));
  assert.equal(h.sync.state, "invalid");
  assert.equal(h.stats.crossedBooks, 1);
  assert.equal(h.stats.resyncs, 1);
  assert.equal(h.log.length, 1, "the crossed delta was not forwarded");
});

Deno.test("a failed snapshot request is retried on the next diff; reset starts over", () => {
  const h = harness();
  h.sync.onDiff(diff(11, 11, []));
  h.sync.onSnapshot(null);
  assert.equal(h.sync.state, "awaiting-snapshot");
  h.sync.onDiff(diff(12, 12, []));
  assert.equal(h.requests(), 2);
  h.sync.onSnapshot(snap(11));
  assert.equal(h.sync.state, "live");
  h.sync.reset();
  assert.equal(h.sync.state, "awaiting-snapshot");
  assert.equal(h.sync.book.asks.length, 0);
  h.sync.onSnapshot(snap(11));
  assert.equal(h.sync.state, "awaiting-snapshot", "an unrequested snapshot is ignored");
});

Deno.test("depth option truncates the kept book", () => {
  const stats = emptyStats();
  const sync = new BookSync<SequencedDiff>(
    spotRules,
    {
      requestSnapshot() {},
      onSynced() {},
      onDelta() {},
    },
    stats,
    { depth: 1 },
  );
  sync.onDiff(diff(11, 11, [[98, 1]]));
  sync.onSnapshot(snap(10));
  assert.equal(sync.book.bids.length, 1);
  assert.equal(sync.book.asks.length, 1);
});
