/**
 * The Binance adapter on real recorded traffic: trades against an independent extraction, rebuilt
 * books against Binance's own bookTicker, and damaged streams (a diff removed or reordered) against a
 * reference replay of the undamaged stream.
 */
import assert from "node:assert/strict";
import type { AdapterRequests } from "./adapter.ts";
import type { BboEvent, BookEvent, MarketEvent, TradeEvent } from "../normalize/events.ts";
import { L2Book } from "../book/l2-book.ts";
import { BinanceAdapter, createBinanceAdapter, MAX_STREAMS_PER_CONNECTION } from "./binance.ts";
import type { BinanceVenue } from "./binance/markets.ts";
import { replayCapture } from "../replay/replay-transport.ts";
import { type CaptureRecord, readCapture } from "../replay/capture-records.ts";
import { captureVenue } from "../replay/capture-venue.ts";
import { readLines } from "../replay/lines.ts";
import { hasSharedData, sharedDataPath } from "../replay/shared-data.ts";
import { assertControlFramesHandled } from "./venue-test-kit.ts";

const REC = "exchange-captures/binance-recorded/";
const RECORDED = [
  "usdm-btcusdt_20240808.gz",
  "usdm-ethusdt_20240808.gz",
  "spot-btcusdt_20240808.gz",
  "spot-btcusdt_20240809.gz",
  "spot-ethusdt_20240808.gz",
  "cm-btcusd_perp_20240808.gz",
];
const UNIFORM = [
  "exchange-captures/binance/binance-spot_2021-10-12.jsonl",
  "exchange-captures/binance-futures/binance-usdm-futures_2021-07-22.jsonl",
  "exchange-captures/binance-delivery/binance-coinm-delivery_2021-07-22.jsonl",
];
const TRADES_CSV = "ticks/binance-futures_BTCUSDT_20240808_trades.csv";

const noRequests: AdapterRequests = { send() {}, requestSnapshot() {}, reconnect() {}, reportError() {} };

/** Files that continue another recording (no snapshot of their own): replayed after it. */
const CONTINUES: Readonly<Record<string, string>> = {
  "spot-btcusdt_20240809.gz": "spot-btcusdt_20240808.gz",
};

function replayVenue(relatives: readonly string[], sink: (e: MarketEvent) => void) {
  const paths = relatives.map(sharedDataPath);
  const venue = captureVenue(paths[0]) as BinanceVenue;
  return replayCapture(paths, (requests) => createBinanceAdapter(venue, { sink, requests }));
}

Deno.test({
  name: "every USD-M BTCUSDT trade matches the independent extraction field by field",
  ignore: !hasSharedData(REC + RECORDED[0], TRADES_CSV),
  fn: async () => {
    const trades: TradeEvent[] = [];
    await replayVenue([REC + RECORDED[0]], (e) => e.type === "trade" && trades.push(e));
    const rows: string[][] = [];
    for await (const line of readLines(sharedDataPath(TRADES_CSV))) rows.push(line.split(","));
    const header = rows.shift()!;
    assert.deepEqual(header, [
      "local_ts_ns",
      "event_time_ms",
      "trade_time_ms",
      "trade_id",
      "price",
      "qty",
      "is_buyer_maker",
    ]);
    assert.equal(trades.length, 21_313);
    assert.equal(rows.length, trades.length);
    for (let i = 0; i < rows.length; i++) {
      const [localNs, , tradeMs, id, price, qty, buyerMaker] = rows[i];
      const t = trades[i];
      assert.equal(t.instrument.symbol, "BTC/USDT:USDT");
      assert.equal(t.instrument.venue, "binance-usdm");
      assert.equal(t.tradeId, id, `row ${i}`);
      assert.equal(t.price, Number(price), `row ${i}`);
      assert.equal(t.size, Number(qty), `row ${i}`);
      assert.equal(t.side, buyerMaker === "true" ? "sell" : "buy", `row ${i}`);
      assert.equal(t.venueTimeNs, BigInt(tradeMs) * 1_000_000n, `row ${i}`);
      assert.equal(t.receiveTimeNs, BigInt(localNs), `row ${i}`);
    }
  },
});

for (const file of RECORDED) {
  Deno.test({
    name: `${file}: the rebuilt book ends on the last bookTicker (price and size)`,
    ignore: !hasSharedData(REC + file),
    fn: async () => {
      const files = CONTINUES[file] === undefined ? [REC + file] : [REC + CONTINUES[file], REC + file];
      // bookTicker is pushed on every change of the top, so the top at the book's final update id L
      // is the last bookTicker with u <= L. Spot depth is batched every 100 ms, so on spot a few
      // bookTickers newer than the last diff can follow; futures depth@0ms ends on the very last one.
      const bbos: BboEvent[] = [];
      let lastBookId = NaN;
      const { adapter } = await replayVenue(files, (e) => {
        if (e.type === "bbo") bbos.push(e);
        if (e.type === "book") lastBookId = e.lastUpdateId;
      });
      const s = adapter.stats();
      assert.equal(s.sequenceGaps, 0);
      assert.equal(s.malformed, 0);
      const atBook = bbos.findLast((b) => b.updateId <= lastBookId);
      assert.ok(atBook !== undefined);
      if (!file.startsWith("spot-")) assert.equal(atBook, bbos.at(-1), "futures: the very last bookTicker");
      const top = adapter.topOfBooks().get(atBook.instrument.symbol);
      assert.deepEqual(top, {
        bidPrice: atBook.bidPrice,
        bidSize: atBook.bidSize,
        askPrice: atBook.askPrice,
        askSize: atBook.askSize,
      });
      assert.equal(top!.bidPrice, bbos.at(-1)!.bidPrice, "and on the last bookTicker's prices");
      assert.equal(top!.askPrice, bbos.at(-1)!.askPrice);
    },
  });
}

for (const file of UNIFORM) {
  Deno.test({
    name: `${file}: rebuilt top of book equals bookTicker at the same update id`,
    ignore: !hasSharedData(file),
    fn: async () => {
      const bookAt = new Map<string, number>();
      const bboAt = new Map<string, BboEvent>();
      let adapter: BinanceAdapter | undefined;
      let compared = 0;
      const compare = (symbol: string, bbo: BboEvent) => {
        compared++;
        const top = adapter!.topOfBooks().get(symbol);
        assert.deepEqual(top, {
          bidPrice: bbo.bidPrice,
          bidSize: bbo.bidSize,
          askPrice: bbo.askPrice,
          askSize: bbo.askSize,
        }, `${symbol} at update ${bbo.updateId}`);
      };
      const sink = (e: MarketEvent) => {
        const symbol = e.instrument.symbol;
        if (e.type === "bbo") {
          bboAt.set(symbol, e);
          if (bookAt.get(symbol) === e.updateId) compare(symbol, e);
        } else if (e.type === "book") {
          bookAt.set(symbol, e.lastUpdateId);
          const bbo = bboAt.get(symbol);
          if (bbo !== undefined && bbo.updateId === e.lastUpdateId) compare(symbol, bbo);
        }
      };
      const path = sharedDataPath(file);
      const venue = captureVenue(path) as BinanceVenue;
      await replayCapture(path, (requests) => (adapter = createBinanceAdapter(venue, { sink, requests })));
      assert.ok(compared > 0, "some bookTickers are comparable");
      assert.equal(adapter!.stats().sequenceGaps, 0);
      console.log(`${file}: ${compared} bookTicker comparisons, all equal`);
    },
  });
}

/** A consumer's view: the book rebuilt from the adapter's forwarded snapshot and delta events only. */
class ConsumerBook {
  readonly book = new L2Book();
  lastId = NaN;
  apply(e: BookEvent): void {
    if (e.snapshot) this.book.clear();
    for (const [p, s] of e.bids) this.book.bids.set(p, s);
    for (const [p, s] of e.asks) this.book.asks.set(p, s);
    this.lastId = e.lastUpdateId;
  }
  /** The book as a Binance REST depth response at `lastId`. */
  toSnapshotJson(): string {
    const side = (prices: number[], sizes: number[]) => prices.map((p, i) => [String(p), String(sizes[i])]);
    return JSON.stringify({
      lastUpdateId: this.lastId,
      bids: side(this.book.bids.prices, this.book.bids.sizes),
      asks: side(this.book.asks.prices, this.book.asks.sizes),
    });
  }
}

type Damage = "remove" | "reorder";

/**
 * Play `file` into a reference adapter untouched and into a test adapter with one depth diff removed
 * (or swapped with the next one) after the book is live. The test adapter's resync snapshot is the
 * reference consumer book at that moment, answered a few records later, as a slow REST call would be.
 */
async function damagedReplay(file: string, damage: Damage) {
  const reference = new ConsumerBook();
  const consumer = new ConsumerBook();
  let lastBbo: BboEvent | undefined;
  let invalidSince = -1;
  let forwardedWhileInvalid = 0;
  let resyncSnapshots = 0;
  const pending: Array<{ key: string; due: number }> = [];
  let refKey = "";
  const requests: AdapterRequests = {
    ...noRequests,
    requestSnapshot: (key) => pending.push({ key, due: n + 3 }),
  };
  const ref = new BinanceAdapter(captureVenue(file) as BinanceVenue, {
    sink: (e) => e.type === "book" && reference.apply(e),
    requests: { ...noRequests, requestSnapshot: (key) => (refKey = key) },
  });
  const test = new BinanceAdapter(captureVenue(file) as BinanceVenue, {
    sink: (e) => {
      if (e.type === "bbo") lastBbo = e;
      if (e.type !== "book") return;
      if (invalidSince >= 0) {
        if (!e.snapshot) forwardedWhileInvalid++;
        else {
          resyncSnapshots++;
          invalidSince = -1;
        }
      }
      consumer.apply(e);
    },
    requests,
  });
  let n = 0;
  let diffs = 0;
  let held: CaptureRecord | undefined;
  const damageAt = 200;
  const deliver = (r: CaptureRecord) => {
    if (r.kind === "connect") test.onOpen(r.conn);
    else test.onFrame(r.conn, r.msg, r.timeNs);
    if (test.stats().sequenceGaps > 0 && resyncSnapshots === 0) invalidSince = n;
  };
  for await (const r of readCapture(file)) {
    if (r.kind === "malformed") continue;
    n++;
    if (r.kind === "http") {
      // The recorded snapshot answers both adapters' first request.
      ref.onSnapshot(refKey, r.msg, r.timeNs);
      const first = pending.shift();
      if (first !== undefined) test.onSnapshot(first.key, r.msg, r.timeNs);
      continue;
    }
    if (r.kind === "connect") ref.onOpen(r.conn);
    else ref.onFrame(r.conn, r.msg, r.timeNs);
    const isDiff = r.msg.includes('"depthUpdate"');
    if (isDiff && ++diffs === damageAt) {
      if (damage === "reorder") held = r;
      continue;
    }
    deliver(r);
    if (held !== undefined && isDiff) {
      deliver(held);
      held = undefined;
    }
    // Resync requests: answered a few records later with the undamaged book at that moment.
    while (test.stats().resyncs > 0 && pending.length > 0 && pending[0].due <= n) {
      test.onSnapshot(pending.shift()!.key, reference.toSnapshotJson(), r.timeNs);
    }
  }
  return { test, ref, reference, consumer, lastBbo, forwardedWhileInvalid, resyncSnapshots };
}

for (const file of [REC + "spot-btcusdt_20240808.gz", REC + "usdm-btcusdt_20240808.gz"]) {
  for (const damage of ["remove", "reorder"] as const) {
    Deno.test({
      name: `${file}: a ${
        damage === "remove" ? "removed" : "reordered"
      } diff is a detected gap and a resync, never a wrong book`,
      ignore: !hasSharedData(file),
      fn: async () => {
        const r = await damagedReplay(sharedDataPath(file), damage);
        const s = r.test.stats();
        assert.equal(s.sequenceGaps, 1, "the gap is detected once");
        assert.equal(s.resyncs, 1);
        assert.equal(s.crossedBooks, 0);
        assert.equal(r.forwardedWhileInvalid, 0, "no book event between the gap and the resync");
        assert.equal(r.resyncSnapshots, 1, "the resync forwards a fresh full book");
        assert.equal(r.ref.stats().sequenceGaps, 0);
        // After the resync the forwarded book is exactly the undamaged one, level by level.
        assert.equal(r.consumer.lastId, r.reference.lastId);
        assert.deepEqual(r.consumer.book.bids.prices, r.reference.book.bids.prices);
        assert.deepEqual(r.consumer.book.bids.sizes, r.reference.book.bids.sizes);
        assert.deepEqual(r.consumer.book.asks.prices, r.reference.book.asks.prices);
        assert.deepEqual(r.consumer.book.asks.sizes, r.reference.book.asks.sizes);
        const [refTop] = r.ref.topOfBooks().values();
        assert.deepEqual([...r.test.topOfBooks().values()], [refTop]);
        assert.equal(refTop.bidPrice, r.lastBbo!.bidPrice);
        assert.equal(refTop.askPrice, r.lastBbo!.askPrice);
      },
    });
  }
}

Deno.test("malformed and unknown frames are counted and skipped, never thrown", () => {
  const events: MarketEvent[] = [];
  const a = createBinanceAdapter("binance-usdm", { sink: (e) => events.push(e), requests: noRequests });
  const frames = [
    "{not json",
    "[]",
    "42",
    '{"stream":"btcusdt@trade","data":{"e":"trade","s":"BTCUSDT","t":1,"p":"abc","q":"1","T":1,"m":true}}',
    '{"stream":"btcusdt@depth@0ms","data":{"e":"depthUpdate","s":"BTCUSDT","U":1,"u":2,"pu":0,"b":[["1"]],"a":[]}}',
    '{"stream":"btcusdt@kline_1m","data":{"e":"kline","s":"BTCUSDT"}}',
    '{"result":null,"id":1}',
    '{"stream":"foo","data":{"s":"BTCUSDT"}}',
    '{"stream":"x@trade","data":{"e":"trade","s":"NOTAQUOTEXYZ","t":1,"p":"1","q":"1","T":1,"m":true}}',
  ];
  for (const f of frames) a.onFrame("c", f, 1n);
  const s = a.stats();
  assert.equal(s.malformed, 6);
  assert.equal(s.ignored, 3);
  assert.deepEqual(s.messagesByType, { kline: 1, ack: 1, unmappedSymbol: 1 });
  assert.equal(events.length, 0);
  a.onFrame(
    "c",
    '{"stream":"btcusdt@trade","data":{"e":"trade","E":5,"T":4,"s":"BTCUSDT","t":7,"p":"61800.30","q":"0.006","m":false}}',
    9n,
  );
  assert.deepEqual(events, [{
    type: "trade",
    instrument: { venue: "binance-usdm", symbol: "BTC/USDT:USDT", venueSymbol: "BTCUSDT" },
    venueTimeNs: 4_000_000n,
    receiveTimeNs: 9n,
    tradeId: "7",
    price: 61800.3,
    size: 0.006,
    side: "buy",
  }]);
});

Deno.test("plan shards streams within Binance's per-connection limit, with backups on spot", () => {
  const symbols = Array.from({ length: 150 }, (_, i) => `C${i}/USDT`);
  const spot = createBinanceAdapter("binance", { sink() {}, requests: noRequests });
  const plans = spot.plan(symbols);
  assert.equal(plans.length, 3);
  const streams = plans.flatMap((p) => p.url.split("streams=")[1].split("/"));
  assert.equal(streams.length, 450);
  for (const p of plans) {
    assert.ok(p.url.split("streams=")[1].split("/").length <= MAX_STREAMS_PER_CONNECTION);
    assert.ok(p.url.startsWith("wss://stream.binance.com:9443/stream?streams="));
    assert.equal(p.backupUrls?.length, 2);
    assert.equal(p.probe, '{"method":"LIST_SUBSCRIPTIONS","id":1}', "quiet symbols are probed, not dropped");
  }
  assert.ok(streams.includes("c0usdt@trade") && streams.includes("c0usdt@depth@100ms"));
  assert.ok(streams.includes("c149usdt@bookTicker"));
  const coinm = createBinanceAdapter("binance-coinm", { sink() {}, requests: noRequests });
  const [cm] = coinm.plan(["BTC/USD:BTC", "ETH/USD:ETH-240927", "XRPUSD_PERP"]);
  assert.match(cm.url, /^wss:\/\/dstream\.binance\.com\/stream\?streams=btcusd_perp@trade\//);
  assert.ok(cm.url.includes("ethusd_240927@depth@0ms") && cm.url.includes("xrpusd_perp@bookTicker"));
  const usdm = createBinanceAdapter("binance-usdm", { sink() {}, requests: noRequests });
  assert.ok(usdm.plan(["BTC/USDT:USDT"])[0].url.includes("btcusdt@depth@0ms"));
});

Deno.test("snapshot requests carry the market's endpoint and weight; stale answers are ignored", () => {
  const asked: Array<[string, string, number]> = [];
  const events: MarketEvent[] = [];
  const a = createBinanceAdapter("binance", {
    sink: (e) => events.push(e),
    requests: { ...noRequests, requestSnapshot: (k, u, w) => asked.push([k, u, w]) },
  });
  const diff = (U: number, u: number) =>
    `{"stream":"btcusdt@depth@100ms","data":{"e":"depthUpdate","E":1,"s":"BTCUSDT","U":${U},"u":${u},"b":[["10","1"]],"a":[]}}`;
  a.onFrame("c", diff(5, 8), 1n);
  assert.deepEqual(asked, [[
    "BTCUSDT#1",
    "https://api.binance.com/api/v3/depth?symbol=BTCUSDT&limit=1000",
    50,
  ]]);
  a.onOpen("c");
  a.onSnapshot("BTCUSDT#1", '{"lastUpdateId":7,"bids":[["9","1"]],"asks":[["11","1"]]}', 2n);
  assert.equal(events.length, 0, "an answer to a request from before the reconnect is stale");
  a.onFrame("c", diff(9, 9), 3n);
  a.onSnapshot("BTCUSDT#2", '{"lastUpdateId":8,"bids":[["9","1"]],"asks":[["11","1"]]}', 4n);
  assert.equal(events.length, 1);
  const snap = events[0] as BookEvent;
  assert.equal(snap.snapshot, true);
  assert.equal(snap.lastUpdateId, 9);
  assert.equal(snap.receiveTimeNs, 4n);
  assert.deepEqual(snap.bids, [[10, 1], [9, 1]]);
  assert.equal(a.stats().ignored, 1);
});

for (
  const [shape, refusal, reason] of [
    ["error object", '{"error":{"code":2,"msg":"Invalid request: invalid stream"},"id":1}', /^2: Invalid request: invalid stream$/],
    ["code and msg", '{"code":0,"msg":"Unknown property","id":1}', /^0: Unknown property$/],
  ] as const
) {
  Deno.test({
    name: `binance: a refused subscription (${shape}) is reported, never malformed, and changes nothing else`,
    ignore: !hasSharedData(UNIFORM[0]),
    fn: async () => {
      const frames: CaptureRecord[] = [];
      for await (const r of readCapture(sharedDataPath(UNIFORM[0]))) {
        if (r.kind === "recv") frames.push(r);
        if (frames.length >= 2_000) break;
      }
      assertControlFramesHandled((sink, requests) => createBinanceAdapter("binance", { sink, requests }), frames, {
        refusal,
        reason,
      });
    },
  });
}
