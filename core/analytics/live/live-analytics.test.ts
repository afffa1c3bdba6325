/**
 * Real ticks through the live path: Binance XRP/ETH trades (2019-10-11..13) as ingest batches on the bus →
 * engine → "bars.closed" (equal to Binance's own 1m and 5m candles), the `bars` table of a real ClickHouse,
 * "features.vector" (equal to `npm run features`' vectors), and "regime.change".
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EventBus } from "../../bus/event-bus.ts";
import type { BarClosed, CoreTopics, FeatureVector, RegimeChange } from "../../bus/topics.ts";
import { AnalyticsConfigSchema, type AnalyticsConfig } from "../../config/core-config.ts";
import { createScratchDatabase, type ScratchDatabase } from "../../store/scratch-database.ts";
import type { Bar, Trade } from "../bars/bar.ts";
import { haveSharedData, sharedDataPath } from "../bars/shared-data.ts";
import { readTradeFile } from "../bars/trade-file.ts";
import { exportDataset } from "../features/dataset-export.ts";
import { DatasetWriter } from "../features/dataset-writer.ts";
import { tradesFromFiles } from "../features/export-sources.ts";
import { featureLayout } from "../features/feature-layout.ts";
import { featureSchema } from "../features/feature-schema.ts";
import { labelSpecs } from "../features/forward-labels.ts";
import { REGIMES } from "../regime/regimes.ts";
import { type LiveAnalytics, startLiveAnalytics } from "./live-analytics.ts";
import { tradeBatches } from "./tick-batches.ts";

const TRADES = "ticks/binance_XRP-ETH_trades_2019-10-11_13.csv";
const CANDLES = { "1m": "candles/binance_XRP-ETH_1m_2019-10-11_13.csv", "5m": "candles/binance_XRP-ETH_5m_2019-10-11_13.csv" };
const haveData = haveSharedData(TRADES, CANDLES["1m"], CANDLES["5m"]);
const url = process.env.CLICKHOUSE_URL ?? inject("clickhouseUrl");
const MIN = 60_000_000_000n;

function config(overrides: object = {}): AnalyticsConfig {
  return AnalyticsConfigSchema.parse({ timeframes: ["1m", "5m"], ...overrides });
}

function candles(file: string): { openMs: string; ohlcv: number[] }[] {
  return readFileSync(sharedDataPath(file), "utf8").trim().split("\n").slice(1).map((line) => {
    const c = line.split(",");
    return { openMs: c[0], ohlcv: [+c[2], +c[3], +c[4], +c[5], +c[6]] };
  });
}

interface Run {
  live: LiveAnalytics;
  bars: BarClosed[];
  vectors: FeatureVector[];
  regimes: RegimeChange[];
}

/** Publishes the batches on a bus the way ingest does and waits for the engine to catch up. */
async function run(trades: readonly Trade[], cfg: AnalyticsConfig, client?: ScratchDatabase["client"]): Promise<Run> {
  const bus = new EventBus<CoreTopics>((topic, error) => {
    throw new Error(`${topic}: ${error}`);
  });
  const out: Run = { live: undefined as unknown as LiveAnalytics, bars: [], vectors: [], regimes: [] };
  bus.subscribe("bars.closed", (e) => out.bars.push(e));
  bus.subscribe("features.vector", (e) => out.vectors.push(e));
  bus.subscribe("regime.change", (e) => out.regimes.push(e));
  out.live = (await startLiveAnalytics({ config: cfg, bus, client, log: () => {} }))!;
  for (const batch of tradeBatches(trades, { batchSize: 250 })) bus.publish("ingest.batch", { edgeId: batch.edgeId, seq: batch.seq, batch, receivedNs: process.hrtime.bigint() });
  await out.live.idle();
  return out;
}

const closedOf = (bars: BarClosed[], tf: string): Bar[] => bars.filter((e) => e.kind === "closed" && e.bar.timeframe === tf).map((e) => e.bar);

describe.skipIf(!haveData)("live analytics on real trades (Binance XRP/ETH)", () => {
  let trades: Trade[];
  let db: ScratchDatabase | undefined;
  let full: Run;

  beforeAll(async () => {
    trades = [];
    for await (const t of readTradeFile(sharedDataPath(TRADES), "binance", "XRP/ETH")) trades.push(t);
    if (url) db = await createScratchDatabase(url, "live_analytics_test");
    full = await run(trades, config(), db?.client);
    // Nothing more arrives: the idle watermark (monotonic time since the venue's last event) closes the last bars.
    full.live.engine.onIdle(process.hrtime.bigint() + 10n * MIN);
    await full.live.close();
  });

  afterAll(async () => {
    await db?.drop();
  });

  for (const tf of ["1m", "5m"] as const) {
    it(`publishes on "bars.closed" exactly Binance's ${tf} candles`, () => {
      const exchange = candles(CANDLES[tf]);
      const built = closedOf(full.bars, tf);
      // The idle close also emits the empty bars after the data's end; the file ends with the data.
      const lastOpen = BigInt(exchange.at(-1)!.openMs) * 1_000_000n;
      expect(built.at(-1)!.openTimeNs).toBeGreaterThan(lastOpen);
      const inRange = built.filter((b) => b.openTimeNs <= lastOpen);
      expect(inRange.map((b) => ({ openMs: String(b.openTimeNs / 1_000_000n), ohlcv: [b.open, b.high, b.low, b.close, b.volume] }))).toEqual(exchange);
    });
  }

  it("counts what it did: trades, closes, no late trades or amendments for in-order data, no skips", () => {
    const stats = full.live.stats();
    expect(stats).toMatchObject({ trades: trades.length, barsAmended: 0, lateTrades: 0, queue: { shedBatches: 0 } });
    expect(stats.barsClosed).toBe(full.bars.length);
    expect(stats.idleAdvances).toBeGreaterThan(0);
    expect(Object.values(stats.skipped).every((n) => n === 0)).toBe(true);
    expect(stats.nsPerEvent).toBeGreaterThan(0);
  });

  it.skipIf(!url)("stores every published bar in the ClickHouse bars table", async () => {
    const rows = await (await db!.client.query({
      query: "SELECT timeframe, toString(open_time_ns) AS open_ns, open, high, low, close, volume, trade_count, buy_volume, sell_volume, revision FROM bars FINAL ORDER BY timeframe, open_time_ns",
      format: "JSONEachRow",
    })).json<Record<string, string | number>>();
    const published = full.bars.map((e) => e.bar).sort((a, b) => (a.timeframe !== b.timeframe ? (a.timeframe < b.timeframe ? -1 : 1) : Number(a.openTimeNs - b.openTimeNs)));
    expect(rows).toHaveLength(published.length);
    expect(rows).toEqual(published.map((b) => ({ timeframe: b.timeframe, open_ns: String(b.openTimeNs), open: b.open, high: b.high, low: b.low, close: b.close, volume: b.volume, trade_count: b.tradeCount, buy_volume: b.buyVolume, sell_volume: b.sellVolume, revision: 0 })));
    expect(full.live.stats().store).toMatchObject({ inserted: published.length, pending: 0, dropped: 0 });
  });

  it("publishes one feature vector per 1m bar with the schema hash, equal to the exporter's (npm run features)", async () => {
    const layout = featureLayout({ baseTimeframe: "1m" });
    const schema = featureSchema(layout);
    expect(full.vectors.length).toBe(closedOf(full.bars, "1m").length);
    for (const v of full.vectors) {
      expect(v).toMatchObject({ venue: "binance", symbol: "XRP/ETH", timeframe: "1m", schemaHash: schema.hash, schemaVersion: schema.version, dtype: "float64" });
      expect(v.vector).toHaveLength(schema.features.length);
    }
    // The same bars: the vector's bar is the bar on "bars.closed".
    expect(full.vectors.map((v) => v.bar)).toEqual(closedOf(full.bars, "1m"));

    const out = join(mkdtempSync(join(tmpdir(), "live-vs-export-")), "export.csv");
    const writer = new DatasetWriter(out, schema, labelSpecs([1]));
    const { input } = await tradesFromFiles([sharedDataPath(TRADES)], ["XRP/ETH"], "binance", undefined);
    await exportDataset({ layout, horizons: [1], writer }, input);
    await writer.close({ period: { from: null, to: null }, symbols: ["XRP/ETH"], reference: null, source: "test" });
    const [header, ...rows] = readFileSync(out, "utf8").trim().split("\n").map((l) => l.split(","));
    const first = header.indexOf(schema.features[0].name);
    const live = new Map(full.vectors.map((v) => [String(v.bar.closeTimeNs), Array.from(v.vector, String)]));
    expect(rows.length).toBeGreaterThan(3_500);
    for (const row of rows) expect(live.get(row[header.indexOf("close_time_ns")]), row[5]).toEqual(row.slice(first, first + schema.features.length));
    // Well past warm-up most features are defined (book and cross-asset ones have no input here).
    const late = full.vectors.at(-100)!.vector;
    expect(late.filter(Number.isFinite).length / late.length).toBeGreaterThan(0.7);
  });

  it("publishes regime changes from the forward filter alone: a prefix of the data gives the same changes", async () => {
    expect(full.regimes.length).toBeGreaterThan(0);
    expect(full.regimes[0].alert.from).toBeNull();
    for (const r of full.regimes) {
      expect(r).toMatchObject({ venue: "binance", alert: { type: "regime_change", symbol: "XRP/ETH", timeframe: "1m" } });
      expect(REGIMES).toContain(r.alert.to);
      expect(Object.values(r.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(r.closeTimeNs).toBe(r.alert.timeNs + MIN);
    }
    expect(full.live.stats().regimeChanges).toBe(full.regimes.length);
    // Cut the trades two thirds in: every change up to the cut is unchanged (nothing later was used).
    const cut = trades[Math.floor(trades.length * 0.66)].timeNs;
    const prefix = await run(trades.filter((t) => t.timeNs < cut), config({ store: { enabled: false } }));
    await prefix.live.close();
    const before = (r: RegimeChange) => r.closeTimeNs <= cut - (cut % MIN);
    expect(prefix.regimes.filter(before)).toEqual(full.regimes.filter(before));
    expect(full.regimes.filter(before).length).toBeGreaterThan(0);
  });
});
