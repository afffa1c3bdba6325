/**
 * The wire-writing BatchBuilder must mean exactly what protobufjs encoded before: each batch is
 * decoded with protobufjs and compared with the decoded bytes of the reference (plain arrays +
 * generated `TickBatch.encode`) builder fed the same events.
 */
import assert from "node:assert/strict";
import { ingest, market } from "../../proto/gen/proto.js";
import type { HealthEvent, Instrument, MarketEvent } from "../normalize/events.ts";
import { replayCapture } from "../replay/replay-transport.ts";
import { hasSharedData, sharedDataPath } from "../replay/shared-data.ts";
import { createAdapter } from "../venues/registry.ts";
import { BatchBuilder, VENUE_TIME_UNKNOWN_DELTA } from "./batch-builder.ts";
import { LEN, WireBuffer } from "./proto-writer.ts";
import { ReferenceBatchBuilder } from "./reference-batch-builder.ts";

const USDM = "exchange-captures/binance-recorded/usdm-btcusdt_20240808.gz";
const NOW_NS = 1_723_075_200_123_456_789n;

type Item = { market: MarketEvent } | { health: HealthEvent };

/** Decoded as plain objects; opened_time_us is the builder's wall clock at its first event, so it is left out. */
function decoded(bytes: Uint8Array): Record<string, unknown> {
  const object = ingest.v1.TickBatch.toObject(ingest.v1.TickBatch.decode(bytes), {
    defaults: true,
    arrays: true,
    longs: Number,
  });
  delete object.openedTimeUs;
  return object;
}

/** Feeds `items` to both builders, sealing every `batchEvents`, and compares each batch. */
function compareBuilders(items: readonly Item[], batchEvents: number): number {
  const fast = new BatchBuilder("edge-a");
  const reference = new ReferenceBatchBuilder("edge-a");
  let seq = 0;
  const seal = () => {
    seq++;
    const traceparent = seq % 2 === 0 ? "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" : "";
    const a = fast.seal(seq, traceparent, NOW_NS + BigInt(seq));
    const b = reference.seal(seq, traceparent, NOW_NS + BigInt(seq));
    if (a === null || b === null) {
      assert.equal(a, b);
      return;
    }
    assert.deepEqual(a.counts, b.counts);
    assert.equal(a.firstReceiveNs, b.firstReceiveNs);
    assert.deepStrictEqual(decoded(a.bytes), decoded(b.bytes), `batch ${seq}`);
    // Same fields, other order and packing choices aside, the sizes agree (opened_time_us may differ).
    assert.ok(Math.abs(a.bytes.length - b.bytes.length) <= 2, `batch ${seq}: ${a.bytes.length} vs ${b.bytes.length}`);
  };
  for (const item of items) {
    if ("market" in item) {
      fast.add(item.market);
      reference.add(item.market);
    } else {
      fast.addHealth(item.health);
      reference.addHealth(item.health);
    }
    if (fast.size >= batchEvents) seal();
  }
  seal();
  seal(); // empty: null from both
  return seq;
}

const BTC: Instrument = { venue: "binance-usdm", symbol: "BTC/USDT:USDT", venueSymbol: "BTCUSDT" };
const ETH: Instrument = { venue: "binance-usdm", symbol: "ETH/USDT:USDT", venueSymbol: "ETHUSDT" };
const T0 = 1_723_075_200_000_000_000n;
const MAX = Number.MAX_SAFE_INTEGER;

function health(timeNs: bigint, reason: string): HealthEvent {
  return {
    venue: "binance-usdm",
    symbol: "BTC/USDT:USDT",
    connection: "ws.0",
    timeNs,
    severity: "YELLOW",
    reason,
    clockOffsetNs: -1_234_567n,
    latencyP50Ms: 1.5,
    latencyP99Ms: 12.25,
    messagesPerSecond: 900,
    reconnects: 1,
    resyncs: 2,
    gaps: 3,
    checksumFailures: 0,
    malformed: 4,
    dropped: 0,
    metrics: { depthLag: 7, "ünïcode": -1 },
  };
}

function edgeCases(): Item[] {
  const items: Item[] = [];
  const m = (event: MarketEvent) => items.push({ market: event });
  // Receive times stay within T0's millisecond, so every batch's base is T0 and venue deltas reach ±(2^53-1).
  m({ type: "trade", instrument: BTC, venueTimeNs: 0n, receiveTimeNs: T0 + 7n, tradeId: "1", price: 60000.5, size: 0.001, side: "buy" });
  m({ type: "trade", instrument: BTC, venueTimeNs: T0 - 5_000_000_000n, receiveTimeNs: T0 + 8n, tradeId: "Ωmega-交易-🚀", price: NaN, size: Infinity, side: "sell" });
  m({ type: "trade", instrument: ETH, venueTimeNs: T0 + BigInt(MAX), receiveTimeNs: T0 + 9n, tradeId: "", price: -Infinity, size: -0, side: "buy" });
  m({ type: "trade", instrument: { ...ETH }, venueTimeNs: T0 - BigInt(MAX), receiveTimeNs: T0 + 10n, tradeId: "x".repeat(43), price: 5e-324, size: Number.MAX_VALUE, side: "sell" });
  m({ type: "trade", instrument: BTC, venueTimeNs: T0 - BigInt(MAX - 1), receiveTimeNs: T0 + 999_999n, tradeId: "é".repeat(42) + "€".repeat(200), price: 1, size: 2, side: "buy" });
  m({ type: "trade", instrument: BTC, venueTimeNs: T0 + BigInt(MAX - 1), receiveTimeNs: T0 + 11n, tradeId: "a\u0000b", price: 1, size: 2, side: "buy" });
  m({ type: "trade", instrument: BTC, venueTimeNs: T0 - 2n ** 31n - 1n, receiveTimeNs: T0, tradeId: "é".repeat(42), price: 1, size: 2, side: "sell" });
  m({ type: "trade", instrument: BTC, venueTimeNs: T0 + 2n ** 31n, receiveTimeNs: T0 + 1n, tradeId: "9".repeat(42), price: 1, size: 2, side: "sell" });
  for (const id of [0, 1, 127, 128, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 35 + 3, 2 ** 49 - 1, MAX - 1, MAX]) {
    m({ type: "bbo", instrument: BTC, venueTimeNs: T0 + 100n, receiveTimeNs: T0 + 101n, updateId: id, bidPrice: 1.25, bidSize: NaN, askPrice: 1.5, askSize: 0 });
    m({ type: "book", instrument: ETH, snapshot: false, venueTimeNs: 0n, receiveTimeNs: T0 + 9n, firstUpdateId: id, lastUpdateId: MAX - (id % 1000), prevUpdateId: Math.floor(id / 2), bids: [[1, 2], [0.5, 0]], asks: [] });
  }
  m({ type: "book", instrument: BTC, snapshot: true, venueTimeNs: T0, receiveTimeNs: T0, firstUpdateId: 0, lastUpdateId: 9, prevUpdateId: 0, bids: [], asks: [] });
  m({ type: "book", instrument: BTC, snapshot: true, venueTimeNs: T0 + 1n, receiveTimeNs: T0 + 1n, firstUpdateId: 1, lastUpdateId: 9, prevUpdateId: 0, bids: Array.from({ length: 1000 }, (_, i) => [60000 - i * 0.1, i] as const), asks: Array.from({ length: 999 }, (_, i) => [60001 + i * 0.1, NaN] as const) });
  m({ type: "derivative", instrument: BTC, venueTimeNs: T0 + 3n, receiveTimeNs: T0 + 4n, fundingRate: 0.0001, nextFundingTimeNs: T0 + 3_600_000_000_000n, markPrice: 60000.1, indexPrice: NaN, openInterest: 12345.5 });
  m({ type: "derivative", instrument: ETH, venueTimeNs: 0n, receiveTimeNs: T0 + 4n, fundingRate: NaN, nextFundingTimeNs: 0n, markPrice: 3000, indexPrice: 2999, openInterest: NaN });
  m({ type: "liquidation", instrument: ETH, venueTimeNs: T0 - 1n, receiveTimeNs: T0 + 5n, side: "sell", price: 2950.5, size: 3 });
  items.push({ health: health(T0 + 6n, "gap — resynced") });
  return items;
}

/** Receive times seconds apart: a batch's base moves with its first event and receive deltas go negative. */
function spreadReceiveTimes(): Item[] {
  return [2n ** 33n, 0n, -(2n ** 31n), 2n ** 31n, -1n, 2n ** 32n + 1n, -(2n ** 33n) - 5n].map((offset, i) => ({
    market: { type: "trade", instrument: BTC, venueTimeNs: T0 + offset + 1n, receiveTimeNs: T0 + offset, tradeId: `${i}`, price: i, size: i, side: "buy" },
  }));
}

Deno.test("hand-made edge cases decode exactly as protobufjs' encoding of the same batch", () => {
  const items = edgeCases();
  compareBuilders(items, 1_000_000); // one batch holding everything
  compareBuilders(items, 1); // one event per batch: all other columns empty
  compareBuilders(items, 7);
  // A batch opened by a health event, and one holding only health.
  compareBuilders([{ health: health(T0, "") }, ...items], 3);
  compareBuilders([{ health: health(T0 - 1n, "first") }, { health: health(T0 + 1n, "second") }], 10);
  for (const n of [1, 2, 3, 100]) compareBuilders(spreadReceiveTimes(), n);
});

Deno.test("a batch with no rows of a column type still carries its (empty) column message", () => {
  const b = new BatchBuilder("e");
  b.add({ type: "liquidation", instrument: BTC, venueTimeNs: T0, receiveTimeNs: T0, side: "buy", price: 1, size: 1 });
  const decodedBatch = ingest.v1.TickBatch.decode(b.seal(1, "", NOW_NS)!.bytes);
  for (const key of ["trades", "bookDeltas", "bookSnapshots", "bbos"] as const) {
    assert.ok(decodedBatch[key], key);
    assert.equal(decodedBatch[key]!.instrument!.length, 0);
  }
  assert.equal(decodedBatch.liquidations.length, 1);
  assert.equal(decodedBatch.edgeId, "e");
  assert.equal(b.seal(2, "", NOW_NS), null);
});

Deno.test("a bad id or a time too far from the base refuses the event whole, before any column is written", () => {
  const b = new BatchBuilder("e");
  const reference = new ReferenceBatchBuilder("e");
  const good: MarketEvent = { type: "bbo", instrument: BTC, venueTimeNs: T0, receiveTimeNs: T0, updateId: 5, bidPrice: 1, bidSize: 1, askPrice: 2, askSize: 1 };
  b.add(good);
  reference.add(good);
  for (const bad of [
    { ...good, updateId: MAX + 1 },
    { ...good, updateId: -1 },
    { ...good, updateId: 1.5 },
    { ...good, receiveTimeNs: T0 + 2n ** 53n },
    { ...good, venueTimeNs: T0 - 2n ** 60n },
    { type: "book", instrument: BTC, snapshot: false, venueTimeNs: T0, receiveTimeNs: T0, firstUpdateId: 1, lastUpdateId: 2, prevUpdateId: 2 ** 53, bids: [[1, 1]], asks: [] } as MarketEvent,
  ]) {
    assert.throws(() => b.add(bad as MarketEvent), RangeError);
  }
  assert.equal(b.size, 1);
  assert.deepStrictEqual(decoded(b.seal(1, "", NOW_NS)!.bytes), decoded(reference.seal(1, "", NOW_NS)!.bytes));
});

Deno.test("wire primitives: 64-bit varints and zigzag near ±2^53 round-trip through protobufjs' reader", () => {
  const values = [0, -0, 1, -1, 63, -64, 64, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 32, -(2 ** 32), 2 ** 52 + 1, -(2 ** 52) - 1, MAX, -MAX, MAX - 1, -MAX + 1, VENUE_TIME_UNKNOWN_DELTA];
  const message = ingest.v1.BboColumns.decode(
    (() => {
      // Wrap as BboColumns: field 2 (sint64) packed, field 4 (uint64) packed.
      const sints = new WireBuffer(4);
      for (const v of values) sints.sint53(v);
      const uints = new WireBuffer(4);
      for (const v of values) if (v >= 0) uints.uint53(v);
      const out = new WireBuffer(4);
      out.tag(2, LEN);
      out.uint32(sints.length);
      out.raw(sints.view());
      out.tag(4, LEN);
      out.uint32(uints.length);
      out.raw(uints.view());
      return out.view();
    })(),
  );
  assert.deepStrictEqual(message.venueTimeDeltaNs.map(Number), values.map((v) => v + 0));
  assert.deepStrictEqual(message.updateId.map(Number), values.filter((v) => v >= 0).map((v) => v + 0));
  assert.throws(() => new WireBuffer().sint53(2 ** 53), RangeError);
  assert.throws(() => new WireBuffer().uint53(-1), RangeError);
  assert.throws(() => new WireBuffer().uint53(0.5), RangeError);
});

Deno.test({
  name: "every event of a real Binance USD-M capture decodes exactly as protobufjs' encoding of the same batches",
  ignore: !hasSharedData(USDM),
  async fn() {
    const items: Item[] = [];
    await replayCapture(sharedDataPath(USDM), (requests) =>
      createAdapter("binance-usdm", { sink: (event) => items.push({ market: event }), requests }));
    const types = new Set(items.map((i) => ("market" in i ? i.market.type : "health")));
    assert.ok(items.length > 10_000, `${items.length} events`);
    assert.ok(types.has("trade") && types.has("book"), [...types].join());
    // Health rows mixed in, as the pipeline adds them.
    const mixed: Item[] = [];
    for (let i = 0; i < items.length; i++) {
      mixed.push(items[i]);
      const e = items[i];
      if (i % 5000 === 0 && "market" in e) mixed.push({ health: health(e.market.receiveTimeNs + 1n, `tick ${i}`) });
    }
    const batches = compareBuilders(mixed, 2048);
    assert.ok(batches > 5);
    compareBuilders(items.slice(0, 20_000), 97);
  },
});

Deno.test("the side enum values are the proto's", () => {
  assert.equal(market.v1.Side.SIDE_BUY, 1);
  assert.equal(market.v1.Side.SIDE_SELL, 2);
});
