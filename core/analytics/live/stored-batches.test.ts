/**
 * Stored ticks replayed through the engine equal the live run bit for bit: real Binance USDⓈ-M BTC and ETH
 * trades, BBOs and depth from two edges, fed live as batches, stored by the real tick writer in a real
 * ClickHouse, read back by StoredBatches and fed to a fresh engine. Book features included.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ingest } from "../../../proto/gen/proto.js";
import { EventBus } from "../../bus/event-bus.ts";
import type { BarClosed, CoreTopics, FeatureVector } from "../../bus/topics.ts";
import { AnalyticsConfigSchema } from "../../config/core-config.ts";
import { createScratchDatabase, type ScratchDatabase } from "../../store/scratch-database.ts";
import { TickWriter } from "../../store/tick-writer.ts";
import { haveSharedData } from "../bars/shared-data.ts";
import { featureLayout } from "../features/feature-layout.ts";
import { featureSchema } from "../features/feature-schema.ts";
import { AnalyticsEngine, type EngineBatch } from "./analytics-engine.ts";
import { StoredBatches } from "./stored-batches.ts";
import { edgeBatches, readRecordedUsdm, RECORDED_USDM } from "./tick-batches.ts";

const url = process.env.CLICKHOUSE_URL ?? inject("clickhouseUrl");
const VENUE = "binance-usdm";
const bits = (v: Float64Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex");

interface Output {
  vectors: FeatureVector[];
  bars: BarClosed[];
  engine: AnalyticsEngine;
}

/** A 1s-feature engine (many vectors from a few minutes of data) fed `batches`, its bars closed at the end. */
function runEngine(batches: Iterable<EngineBatch>): Output {
  const bus = new EventBus<CoreTopics>((topic, error) => {
    throw new Error(`${topic}: ${error}`);
  });
  const config = AnalyticsConfigSchema.parse({ timeframes: ["1s", "1m"], features: { timeframes: ["1s"] }, regime: { timeframe: "1s" } });
  const out: Output = { vectors: [], bars: [], engine: new AnalyticsEngine({ config, bus }) };
  bus.subscribe("features.vector", (v) => out.vectors.push(v));
  bus.subscribe("bars.closed", (b) => out.bars.push(b));
  for (const b of batches) out.engine.onBatch(b);
  out.engine.advanceAll(1n << 62n);
  return out;
}

const vectorBits = (o: Output) => o.vectors.map((v) => `${v.venue} ${v.symbol} ${v.bar.closeTimeNs} ${bits(v.vector)}`);

describe.skipIf(!url || !haveSharedData(...RECORDED_USDM))("stored ticks replayed through the engine", () => {
  let db: ScratchDatabase;
  let batches: ingest.v1.TickBatch[];
  let live: Output;

  beforeAll(async () => {
    db = await createScratchDatabase(url!, "stored_batches_test");
    batches = edgeBatches(readRecordedUsdm(VENUE), (e) => (e.kind === "trade" ? e.trade.symbol : e.symbol).startsWith("BTC") ? "edge-btc" : "edge-eth", 300);
    live = runEngine(batches.map((batch) => ({ edgeId: batch.edgeId, seq: batch.seq, batch, receivedNs: 0n })));
    const writer = new TickWriter({ client: db.client });
    await writer.open();
    for (const batch of batches) writer.write(batch);
    await writer.close();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("gives back every batch whole, in arrival order, and the engine's vectors and bars bit for bit", async () => {
    const stored = new StoredBatches(db.client, { fromNs: 0n, toNs: 1n << 62n });
    const replayed: EngineBatch[] = [];
    for await (const b of stored.batches()) replayed.push({ edgeId: b.edgeId, seq: b.seq, batch: b.batch, receivedNs: 0n });
    expect(replayed.map((b) => `${b.edgeId}#${b.seq}`)).toEqual(batches.map((b) => `${b.edgeId}#${b.seq}`));
    expect(stored.stats).toMatchObject({ batches: batches.length, reorderedBatches: 0 });
    expect(stored.stats.windows).toBeGreaterThan(2);

    const again = runEngine(replayed);
    expect(live.vectors.length).toBeGreaterThan(600);
    expect(vectorBits(again)).toEqual(vectorBits(live));
    expect(again.bars).toEqual(live.bars);
    expect(again.engine.stats()).toMatchObject({ ...live.engine.stats(), busyNs: expect.any(Number), nsPerEvent: expect.any(Number) });

    // The book features are real: defined for both symbols once their books are synced.
    const names = featureSchema(featureLayout({ baseTimeframe: "1s" })).features.map((f) => f.name);
    const depth = names.indexOf("book_log_depth_50bps");
    for (const symbol of ["BTC/USDT:USDT", "ETH/USDT:USDT"]) {
      const last = live.vectors.filter((v) => v.symbol === symbol).at(-1)!;
      expect(Number.isFinite(last.vector[depth]), symbol).toBe(true);
    }
  });

  it("reads only the venue, symbols and time range asked for", async () => {
    const all = live.vectors.filter((v) => v.symbol === "ETH/USDT:USDT");
    const fromNs = all[100].bar.openTimeNs;
    const toNs = all[200].bar.openTimeNs;
    const stored = new StoredBatches(db.client, { fromNs, toNs, venue: VENUE, symbols: ["ETH/USDT:USDT"] });
    let events = 0;
    for await (const b of stored.batches()) {
      expect(b.edgeId).toBe("edge-eth");
      for (const column of [b.batch.trades, b.batch.bbos, b.batch.bookDeltas, b.batch.bookSnapshots]) {
        const base = BigInt(b.batch.baseTimeMs!) * 1_000_000n;
        column!.venueTimeDeltaNs!.forEach((d) => {
          const t = base + BigInt(d!);
          expect(t >= fromNs && t < toNs).toBe(true);
        });
      }
      events += b.events;
    }
    expect(events).toBeGreaterThan(1_000);
    const none = new StoredBatches(db.client, { fromNs, toNs, venue: "other" });
    for await (const _ of none.batches()) throw new Error("a batch of another venue");
  });
});
