/**
 * Warm start on a real ClickHouse: engine A runs uninterrupted over real Binance USDⓈ-M ticks from two edges;
 * the tick store holds what a first core stored before it stopped; engine B starts from that store while the
 * edges resend everything after their last ack. From the restart on, B publishes exactly what A published:
 * the same bars (none rebuilt from the resent batches alone), vectors bit for bit, regime changes and fused
 * quotes, and nothing twice.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ingest } from "../../../proto/gen/proto.js";
import { coreMetrics } from "../../api/core-metrics.ts";
import { renderPrometheus } from "../../api/prometheus.ts";
import { EventBus } from "../../bus/event-bus.ts";
import type { CoreTopics } from "../../bus/topics.ts";
import { type AnalyticsConfig, AnalyticsConfigSchema } from "../../config/core-config.ts";
import { createScratchDatabase, type ScratchDatabase } from "../../store/scratch-database.ts";
import { TickWriter } from "../../store/tick-writer.ts";
import type { IngestStats } from "../../ingest/ingest-server.ts";
import { haveSharedData } from "../bars/shared-data.ts";
import { type LiveAnalytics, startLiveAnalytics } from "./live-analytics.ts";
import { ReplayCut } from "./replay-cut.ts";
import { edgeBatches, readRecordedUsdm, RECORDED_USDM, wire } from "./tick-batches.ts";

const url = process.env.CLICKHOUSE_URL ?? inject("clickhouseUrl");
const VENUE = "binance-usdm";
const window = { p50: 0, p99: 0, max: 0, samples: 0 };
const NO_INGEST: IngestStats = {
  streams: 0,
  activeStreams: 0,
  batchesAccepted: 0,
  duplicateBatches: 0,
  rejectedBatches: 0,
  seqGaps: 0,
  unauthenticated: 0,
  bytesReceived: 0,
  events: { trades: 0, bookDeltas: 0, bookSnapshots: 0, bbos: 0, health: 0 },
  edgeToBusMs: window,
  edgeBatchingMs: window,
  sealedToBusMs: window,
  edgeToStoredMs: window,
};

/** Everything the engine publishes, in order, as comparable text (vectors as their bits). */
function recorder(bus: EventBus<CoreTopics>): string[] {
  const out: string[] = [];
  const bits = (v: Float64Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex");
  const text = (value: unknown) => JSON.stringify(value, (_, v) => (typeof v === "bigint" ? String(v) : v instanceof Float64Array ? bits(v) : v));
  for (const topic of ["bars.closed", "features.vector", "regime.change", "quote.fused"] as const) bus.subscribe(topic, (e) => out.push(`${topic} ${text(e)}`));
  return out;
}

const config = (overrides: object = {}): AnalyticsConfig =>
  AnalyticsConfigSchema.parse({ timeframes: ["1s", "1m"], features: { timeframes: ["1s"] }, regime: { timeframe: "1s" }, idleCloseMs: 0, store: { enabled: false }, ...overrides });

function publish(bus: EventBus<CoreTopics>, batches: readonly ingest.v1.TickBatch[]): void {
  for (const batch of batches) bus.publish("ingest.batch", { edgeId: batch.edgeId, seq: batch.seq, batch, receivedNs: process.hrtime.bigint() });
}

describe.skipIf(!url || !haveSharedData(...RECORDED_USDM))("warm start from the tick store", () => {
  let db: ScratchDatabase;
  let batches: ingest.v1.TickBatch[];
  /** Batches the first core stored before it stopped. */
  const stored = 400;
  /** The edges had not yet been acked for this many of them: they resend them. */
  const resent = 40;
  let afterRestart: string[];
  let warm: { live: LiveAnalytics; published: string[] };

  beforeAll(async () => {
    db = await createScratchDatabase(url!, "warm_start_test");
    batches = edgeBatches(readRecordedUsdm(VENUE), (e) => ((e.kind === "trade" ? e.trade.symbol : e.symbol).startsWith("BTC") ? "edge-btc" : "edge-eth"), 300);
    expect(batches.length).toBeGreaterThan(stored + 100);

    // A: no restart.
    const busA = new EventBus<CoreTopics>();
    const publishedA = recorder(busA);
    const a = (await startLiveAnalytics({ config: config(), bus: busA, log: () => {} }))!;
    publish(busA, batches.slice(0, stored));
    await a.idle();
    const atRestart = publishedA.length;
    publish(busA, batches.slice(stored));
    await a.close();
    a.engine.advanceAll(1n << 62n);
    afterRestart = publishedA.slice(atRestart);

    // The first core's store.
    const writer = new TickWriter({ client: db.client });
    await writer.open();
    for (const batch of batches.slice(0, stored)) writer.write(batch);
    await writer.close();

    // B: starts on that store (the wall clock at the last stored tick) while the edges resend.
    const busB = new EventBus<CoreTopics>();
    const published = recorder(busB);
    const lastReceiveMs = Number(batches[stored - 1].baseTimeMs);
    const live = (await startLiveAnalytics({ config: config({ warmupHours: 1 }), bus: busB, client: db.client, log: () => {}, nowMs: () => lastReceiveMs }))!;
    expect(live.stats().warmup.state).toBe("running");
    publish(busB, batches.slice(stored - resent));
    await live.idle();
    await live.close();
    live.engine.advanceAll(1n << 62n);
    warm = { live, published };
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("publishes from the restart on exactly what the uninterrupted engine published", () => {
    expect(afterRestart.filter((p) => p.startsWith("features.vector")).length).toBeGreaterThan(50);
    expect(afterRestart.filter((p) => p.startsWith("bars.closed")).length).toBeGreaterThan(100);
    expect(warm.published).toEqual(afterRestart);
  });

  it("counts the replay and the resent parts it dropped in the stats", () => {
    const stats = warm.live.stats();
    const storedEvents = batches.slice(0, stored).reduce((n, b) => n + [b.trades, b.bbos, b.bookDeltas, b.bookSnapshots].reduce((m, c) => m + (c?.instrument?.length ?? 0), 0), 0);
    expect(stats.warmup).toMatchObject({ state: "done", hours: 1, progress: 1, batches: stored, events: storedEvents, reorderedBatches: 0, duplicateBatches: resent, error: null });
    expect(stats.warmup.duplicateEvents).toBeGreaterThan(resent * 100);
    expect(stats.silenced).toBeGreaterThan(0);
    expect(stats.queue.shedBatches).toBe(0);
    // On /metrics.
    const text = renderPrometheus(coreMetrics(NO_INGEST, {}, 0, stats));
    expect(text).toContain('core_analytics_warmup_state{state="done"} 1');
    expect(text).toContain('core_analytics_warmup_state{state="running"} 0');
    expect(text).toMatch(new RegExp(`^core_analytics_warmup_events_total ${storedEvents}$`, "m"));
    expect(text).toMatch(new RegExp(`^core_analytics_warmup_duplicate_events_total ${stats.warmup.duplicateEvents}$`, "m"));
    expect(text).toMatch(/^core_analytics_warmup_progress 1$/m);
  });
});

describe("replay cut", () => {
  const batch = wire({
    edgeId: "e",
    seq: 5,
    baseTimeMs: 1_700_000_000_000,
    instruments: [{ venue: "v", symbol: "A/B", venueSymbol: "AB" }],
    trades: { instrument: [0], venueTimeDeltaNs: [0], receiveTimeDeltaNs: [0], tradeId: ["1"], price: [1], size: [1], side: [1] },
    bbos: { instrument: [0, 0], venueTimeDeltaNs: [0, 1], receiveTimeDeltaNs: [0, 1], updateId: [1, 2], bidPrice: [1, 1], bidSize: [1, 1], askPrice: [2, 2], askSize: [1, 1] },
  });
  const cut = new ReplayCut({ trades: new Map([["e", 5]]), bbo: new Map([["e", 4]]), book_snapshots: new Map(), book_deltas: new Map() });

  it("strips the parts stored before the cut, keeps the rest, drops a batch with nothing left", () => {
    const { batch: rest, events } = cut.strip(batch, "e", 5);
    expect(events).toBe(1);
    expect(rest?.trades).toBeNull();
    expect(rest?.bbos?.instrument).toEqual([0, 0]);
    expect(cut.strip(batch, "e", 4)).toEqual({ batch: null, events: 3 });
    expect(cut.strip(batch, "other", 1)).toEqual({ batch, events: 0 });
  });

  it("after a replay that stopped early, strips only what it walked", () => {
    const early = cut.upTo(new Map([["e", 3]]));
    expect(early.includes("trades", "e", 3)).toBe(true);
    expect(early.includes("trades", "e", 4)).toBe(false);
    expect(early.strip(batch, "e", 5)).toEqual({ batch, events: 0 });
  });
});
