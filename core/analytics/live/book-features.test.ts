/**
 * The engine reduces each live book once per bar (deferred) from a short view; features must equal an eager
 * reduction of the whole book after every update, bit for bit — on real Binance USDⓈ-M depth, BBO and trades,
 * and on a synthetic stream whose book crosses (the deferred reduction must have been settled before).
 */
import { describe, expect, it } from "vitest";
import type { ingest } from "../../../proto/gen/proto.js";
import { EventBus } from "../../bus/event-bus.ts";
import type { CoreTopics, FeatureVector } from "../../bus/topics.ts";
import { AnalyticsConfigSchema } from "../../config/core-config.ts";
import type { Trade } from "../bars/bar.ts";
import { haveSharedData, sharedDataPath } from "../bars/shared-data.ts";
import { readTradeFile } from "../bars/trade-file.ts";
import { featureLayout } from "../features/feature-layout.ts";
import { FeatureUniverse } from "../features/feature-universe.ts";
import { AnalyticsEngine } from "./analytics-engine.ts";
import { BatchWalker } from "./batch-walker.ts";
import { LiveBook } from "./live-book.ts";
import { byTime, readBboFile, readDepthFile, type TickEvent, tickBatches, tradeEvent } from "./tick-batches.ts";

const bits = (v: Float64Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex");

function engineVectors(batches: ingest.v1.TickBatch[]): FeatureVector[] {
  const bus = new EventBus<CoreTopics>((topic, error) => {
    throw new Error(`${topic}: ${error}`);
  });
  const out: FeatureVector[] = [];
  bus.subscribe("features.vector", (v) => out.push(v));
  const engine = new AnalyticsEngine({ config: AnalyticsConfigSchema.parse({ timeframes: ["1s"], features: { timeframes: ["1s"] }, regime: { timeframe: "1s" } }), bus });
  for (const batch of batches) engine.onBatch({ edgeId: "e", seq: batch.seq, batch, receivedNs: 0n });
  engine.advanceVenue("v", 1n << 62n);
  return out;
}

/** The reference: the same batches, every usable book reduced whole and at once (FeatureUniverse.onBook). */
function eagerVectors(batches: ingest.v1.TickBatch[]): { bar: string; bits: string }[] {
  const out: { bar: string; bits: string }[] = [];
  const universe = new FeatureUniverse(featureLayout({ baseTimeframe: "1s" }), (row) => out.push({ bar: `${row.bar.symbol}@${row.bar.closeTimeNs}`, bits: bits(row.vector) }));
  const books = new Map<string, LiveBook>();
  const walker = new BatchWalker(600e9);
  for (const batch of batches) {
    const symbol = (i: number) => batch.instruments[i].symbol ?? "";
    walker.walk(batch, {
      trade: (i, timeNs, price, size, side, tradeId) => universe.onTrade({ venue: "v", symbol: symbol(i), timeNs, price, size, side, tradeId }),
      book: (i, timeNs, _r, snapshot, levels, from, count) => {
        let book = books.get(symbol(i));
        if (!book) books.set(symbol(i), (book = new LiveBook(1_000)));
        if (!snapshot && !book.synced) return;
        universe.advance(timeNs);
        book.apply(snapshot, levels, from, count);
        const { bids, asks } = book.book;
        if (book.usable()) universe.onBook(symbol(i), timeNs, { bids: { prices: bids.prices, sizes: bids.sizes }, asks: { prices: asks.prices, sizes: asks.sizes } });
      },
      bbo: (i, timeNs, _r, bidPrice, bidSize, askPrice, askSize) => {
        if (books.get(symbol(i))?.synced) return;
        universe.onBook(symbol(i), timeNs, { bids: { prices: [bidPrice], sizes: [bidSize] }, asks: { prices: [askPrice], sizes: [askSize] } });
      },
      health: () => {},
    });
  }
  universe.advance(1n << 62n);
  return out;
}

function compare(batches: ingest.v1.TickBatch[]): number {
  const live = engineVectors(batches).map((v) => ({ bar: `${v.symbol}@${v.bar.closeTimeNs}`, bits: bits(v.vector) }));
  const eager = eagerVectors(batches);
  expect(live.length).toBe(eager.length);
  expect(live).toEqual(eager);
  return live.length;
}

describe("book features of the live engine", () => {
  const files = ["ticks/binance-futures_BTCUSDT_20240808_trades.csv", "ticks/binance-futures_BTCUSDT_20240808_bbo.csv", "ticks/binance-futures_BTCUSDT_20240808_depth.csv.gz"];
  it.skipIf(!haveSharedData(...files))("equal an eager whole-book reduction after every update (Binance USDⓈ-M BTCUSDT depth, BBO, trades)", async () => {
    const events: TickEvent[] = [];
    for await (const t of readTradeFile(sharedDataPath(files[0]), "v", "BTC/USDT:USDT")) events.push(tradeEvent(t));
    events.push(...readBboFile(sharedDataPath(files[1]), "v", "BTC/USDT:USDT"), ...readDepthFile(sharedDataPath(files[2]), "v", "BTC/USDT:USDT"));
    const batches = tickBatches(byTime(events), { batchSize: 300 });
    const vectors = compare(batches);
    expect(vectors).toBeGreaterThan(200);
    // The book features are really there (not NaN throughout).
    const spread = featureLayout({ baseTimeframe: "1s" }).createBlocks().flatMap((b) => b.specs).findIndex((s) => s.name === "book_log_depth_50bps");
    const last = engineVectors(batches).at(-1)!;
    expect(Number.isFinite(last.vector[spread])).toBe(true);
  });

  it("settle before a delta that crosses or empties the book, so the bar keeps the last good book", () => {
    const S = 1_000_000_000n;
    const t0 = 1_700_000_040n * S;
    const trade = (s: bigint, price: number): TickEvent => tradeEvent({ venue: "v", symbol: "A/B", timeNs: t0 + s, price, size: 1, side: "buy", tradeId: String(s) } as Trade);
    const book = (s: bigint, snapshot: boolean, levels: [boolean, number, number][]): TickEvent => ({ kind: "book", timeNs: t0 + s, receiveNs: t0 + s, venue: "v", symbol: "A/B", snapshot, isBid: levels.map((l) => l[0]), prices: levels.map((l) => l[1]), sizes: levels.map((l) => l[2]) });
    const ms = 1_000_000n;
    const events = [
      trade(100n * ms, 100),
      book(200n * ms, true, [[true, 99, 1], [true, 98, 2], [false, 101, 1], [false, 102, 3]]),
      book(300n * ms, false, [[true, 99.5, 4]]),
      // Crosses: a bid through the best ask (the engine must settle the 300 ms book first).
      book(400n * ms, false, [[true, 101.5, 1]]),
      trade(1_200n * ms, 100),
      // Heals; then empties the ask side.
      book(1_300n * ms, false, [[true, 101.5, 0]]),
      book(1_500n * ms, false, [[false, 101, 0], [false, 102, 0]]),
      trade(2_100n * ms, 100),
      book(2_200n * ms, false, [[false, 100.5, 2]]),
      book(2_300n * ms, false, [[false, 100.4, 2], [true, 100.45, 1]]),
      trade(3_100n * ms, 100),
      book(3_200n * ms, true, [[true, 99, 1], [false, 99.1, 1]]),
      trade(4_100n * ms, 100),
    ];
    expect(compare(tickBatches(events, { batchSize: 3 }))).toBe(5);
  });
});
