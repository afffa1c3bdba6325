import { describe, expect, it } from "vitest";
import type { ingest } from "../../../proto/gen/proto.js";
import { EventBus } from "../../bus/event-bus.ts";
import type { BarClosed, CoreTopics, FeatureVector } from "../../bus/topics.ts";
import { AnalyticsConfigSchema } from "../../config/core-config.ts";
import { VENUE_TIME_UNKNOWN_DELTA } from "../../store/ns-time.ts";
import { featureLayout } from "../features/feature-layout.ts";
import { featureSchema } from "../features/feature-schema.ts";
import type { FusedQuote } from "../fusion/quote-types.ts";
import { AnalyticsEngine } from "./analytics-engine.ts";
import { startLiveAnalytics } from "./live-analytics.ts";
import { wire } from "./tick-batches.ts";

const S = 1_000_000_000;
const BASE_MS = 1_700_000_040_000; // 1_700_000_040 s is a whole minute
const BASE_NS = BigInt(BASE_MS) * 1_000_000n;

function setup(overrides: object = {}) {
  const bus = new EventBus<CoreTopics>((topic, error) => {
    throw new Error(`${topic}: ${error}`);
  });
  const engine = new AnalyticsEngine({ config: AnalyticsConfigSchema.parse({ timeframes: ["1m"], features: { timeframes: ["1m"] }, ...overrides }), bus });
  const bars: BarClosed[] = [];
  const vectors: FeatureVector[] = [];
  const fused: FusedQuote[] = [];
  bus.subscribe("bars.closed", (e) => bars.push(e));
  bus.subscribe("features.vector", (e) => vectors.push(e));
  bus.subscribe("quote.fused", (e) => fused.push(e));
  let seq = 0;
  const feed = (batch: ingest.v1.ITickBatch, receivedNs = process.hrtime.bigint()) =>
    engine.onBatch({ edgeId: "e", seq: ++seq, batch: batch as ingest.v1.TickBatch, receivedNs });
  return { bus, engine, bars, vectors, fused, feed };
}

const inst = (venue: string, symbol: string) => ({ venue, symbol, venueSymbol: symbol.replace("/", "") });

/** Trades as [instrument, seconds after base, price, size]. */
function trades(rows: [number, number, number, number][], instruments = [inst("v", "A/X"), inst("v", "B/X")]): ingest.v1.TickBatch {
  return wire({
    edgeId: "e",
    seq: 1,
    baseTimeMs: BASE_MS,
    instruments,
    trades: {
      instrument: rows.map((r) => r[0]),
      venueTimeDeltaNs: rows.map((r) => Math.round(r[1] * S)),
      receiveTimeDeltaNs: rows.map((r) => Math.round(r[1] * S) + 1_000_000),
      tradeId: rows.map((_, i) => String(i)),
      price: rows.map((r) => r[2]),
      size: rows.map((r) => r[3]),
      side: rows.map(() => 1),
    },
  });
}

const closed = (bars: BarClosed[]) => bars.filter((e) => e.kind === "closed").map((e) => `${e.bar.symbol}@${(e.bar.openTimeNs - BASE_NS) / 1_000_000_000n}:${e.bar.close}`);

describe("AnalyticsEngine: time", () => {
  it("closes a quiet symbol's bar when its venue's clock passes the close, not other venues' clocks", () => {
    const { bars, feed } = setup();
    feed(trades([[0, 10, 1, 1], [1, 20, 5, 1], [2, 30, 7, 1]], [inst("v", "A/X"), inst("v", "B/X"), inst("w", "B/X")]));
    expect(closed(bars)).toEqual([]);
    feed(trades([[0, 65, 2, 1]]));
    expect(closed(bars).sort()).toEqual(["A/X@0:1", "B/X@0:5"]);
    expect(bars.every((e) => e.bar.venue === "v")).toBe(true);
  });

  it("amends the last bar for a late trade inside the grace window and counts one beyond it", () => {
    const { engine, bars, feed } = setup();
    feed(trades([[0, 10, 1, 1], [0, 61, 2, 1], [0, 59.5, 3, 1]]));
    expect(bars.map((e) => [e.kind, e.bar.revision, e.bar.close, e.bar.volume])).toEqual([["closed", 0, 1, 1], ["amended", 1, 3, 2]]);
    feed(trades([[0, 70, 2, 1], [0, 30, 9, 1]]));
    expect(engine.stats()).toMatchObject({ barsClosed: 1, barsAmended: 1, lateTrades: 1, trades: 5 });
  });

  it("uses the receive time when the venue gave none or its clock is off by more than maxClockSkewMs", () => {
    const { engine, bars, feed } = setup({ maxClockSkewMs: 60_000 });
    const batch = trades([[0, 10, 1, 1], [0, 20, 2, 1], [0, 30, 3, 1]]);
    batch.trades!.venueTimeDeltaNs![1] = VENUE_TIME_UNKNOWN_DELTA;
    batch.trades!.receiveTimeDeltaNs![1] = 62 * S; // → the next minute, by receive time
    batch.trades!.venueTimeDeltaNs![2] = 86_400 * S; // a day ahead of its receive stamp (30 s)
    feed(batch);
    expect(engine.stats()).toMatchObject({ venueTimeMissing: 1, venueTimeSkewed: 1, trades: 3 });
    // The 62 s trade closed the first minute; the skewed one was placed at its receive time (30 s) — late, not a day ahead.
    expect(closed(bars)).toEqual(["A/X@0:1"]);
    expect(engine.stats().lateTrades).toBe(1);
  });

  it("closes a silent venue's last bars on the idle clock (monotonic time since its last event), not before", () => {
    const { engine, bars, feed } = setup({ idleCloseMs: 5_000 });
    const t0 = 1_000_000_000_000n;
    feed(trades([[0, 50, 1, 1]]), t0);
    engine.onIdle(t0 + 14n * 1_000_000_000n); // estimate 50 + 14 − 5 = 59 s: not yet
    expect(closed(bars)).toEqual([]);
    engine.onIdle(t0 + 15n * 1_000_000_000n); // 60 s: the minute is over
    expect(closed(bars)).toEqual(["A/X@0:1"]);
    expect(engine.stats().idleAdvances).toBe(2);
  });
});

describe("AnalyticsEngine: bad input is counted and skipped, never thrown", () => {
  it("skips unknown or empty instruments, bad prices and sizes, bad times, ragged columns, bad books, quotes and health", () => {
    const { engine, bars, feed } = setup();
    const bad = {
      edgeId: "e",
      seq: 1,
      baseTimeMs: BASE_MS,
      instruments: [inst("v", "A/X"), { venue: "", symbol: "B/X", venueSymbol: "BX" }],
      trades: {
        instrument: [0, 7, 1, 0, 0, 0, 0, 0, 0],
        venueTimeDeltaNs: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((x) => x * S + (x === 8 ? 0.5 : 0)),
        receiveTimeDeltaNs: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((x) => x * S),
        tradeId: ["a", "b", "c", "d", "e", "f", "g", "h", "i"],
        price: [1, 1, 1, NaN, -1, Infinity, 2, 1, 1],
        size: [1, 1, 1, 1, 1, 1, -3, 1, 1],
        side: [1, 1, 1, 1, 1, 1, 1, 1, 9],
      },
      bbos: { instrument: [0, 0], venueTimeDeltaNs: [1, 2], receiveTimeDeltaNs: [1, 2], updateId: [1, 2], bidPrice: [1], bidSize: [1, 1], askPrice: [2, 2], askSize: [1, 1] },
      bookDeltas: { instrument: [0], venueTimeDeltaNs: [S], receiveTimeDeltaNs: [S], firstUpdateId: [1], lastUpdateId: [1], prevUpdateId: [0], levelCount: [1], levelIsBid: [true], levelPrice: [1], levelSize: [1] },
      health: [{ venue: "v", severity: 0 }, { venue: "", severity: 1 }, { venue: "v", severity: 1, timeDeltaNs: 0.5 }],
    };
    expect(() => feed(bad as unknown as ingest.v1.TickBatch)).not.toThrow();
    const crossed = {
      edgeId: "e",
      seq: 2,
      baseTimeMs: BASE_MS,
      instruments: [inst("v", "A/X")],
      bookSnapshots: { instrument: [0, 0], venueTimeDeltaNs: [10 * S, 11 * S], receiveTimeDeltaNs: [10 * S, 11 * S], firstUpdateId: [1, 2], lastUpdateId: [1, 2], prevUpdateId: [0, 1], levelCount: [2, 2], levelIsBid: [true, false, true, false], levelPrice: [2, 1, 1, NaN], levelSize: [1, 1, 1, 1] },
      bbos: { instrument: [0], venueTimeDeltaNs: [12 * S], receiveTimeDeltaNs: [12 * S], updateId: [3], bidPrice: [2], bidSize: [1], askPrice: [1.5], askSize: [1] },
    };
    expect(() => feed(crossed as unknown as ingest.v1.TickBatch)).not.toThrow();
    expect(() => feed({ edgeId: "e", seq: 3, baseTimeMs: NaN } as unknown as ingest.v1.TickBatch)).not.toThrow();
    expect(engine.stats().skipped).toEqual({
      unknownInstrument: 1,
      badInstrument: 1,
      badTrade: 4,
      badQuote: 1,
      badBookLevel: 1,
      bookBeforeSnapshot: 1,
      crossedBook: 1,
      badHealth: 2,
      badTime: 2,
      malformedColumns: 2,
    });
    // The good trades still make their bar.
    feed(trades([[0, 61, 3, 1]]));
    expect(bars.map((e) => [e.bar.symbol, e.bar.tradeCount, e.bar.volume, e.bar.close])).toEqual([["A/X", 2, 2, 1]]);
  });
});

describe("AnalyticsEngine: books, features and fusion", () => {
  const snapshot = (t: number, bids: [number, number][], asks: [number, number][]) => ({ t, bids, asks });
  function books(instruments: ReturnType<typeof inst>[], events: { i?: number; t: number; snap?: boolean; bids: [number, number][]; asks: [number, number][] }[]): ingest.v1.TickBatch {
    const col = (snap: boolean) => {
      const list = events.filter((e) => (e.snap ?? false) === snap);
      const levels = list.flatMap((e) => [...e.bids.map((l) => [true, ...l] as const), ...e.asks.map((l) => [false, ...l] as const)]);
      return {
        instrument: list.map((e) => e.i ?? 0),
        venueTimeDeltaNs: list.map((e) => Math.round(e.t * S)),
        receiveTimeDeltaNs: list.map((e) => Math.round(e.t * S)),
        firstUpdateId: list.map((_, k) => k + 1),
        lastUpdateId: list.map((_, k) => k + 1),
        prevUpdateId: list.map((_, k) => k),
        levelCount: list.map((e) => e.bids.length + e.asks.length),
        levelIsBid: levels.map((l) => l[0]),
        levelPrice: levels.map((l) => l[1]),
        levelSize: levels.map((l) => l[2]),
      };
    };
    return wire({ edgeId: "e", seq: 1, baseTimeMs: BASE_MS, instruments, bookSnapshots: col(true), bookDeltas: col(false) });
  }

  it("feeds the book known at each close into that bar's vector, never a later one", () => {
    const { vectors, feed } = setup();
    const schema = featureSchema(featureLayout({ baseTimeframe: "1m" }));
    const spread = schema.features.findIndex((f) => f.name === "book_spread_bps");
    feed(trades([[0, 5, 100, 1]]));
    const s = snapshot(10, [[99, 1], [98, 2]], [[101, 1], [102, 2]]);
    // A delta before the close narrows the spread to 100 − 99.5; one after it (61 s) to 99.9 − 99.5.
    feed(books([inst("v", "A/X")], [{ ...s, snap: true }, { t: 30, bids: [[99.5, 1]], asks: [] }, { t: 61, bids: [], asks: [[99.9, 1], [101, 0]] }]));
    expect(vectors).toHaveLength(1);
    expect(vectors[0].vector[spread]).toBeCloseTo(((101 - 99.5) / 100.25) * 1e4, 9);
    feed(trades([[0, 125, 100, 1]]));
    expect(vectors.map((v) => v.vector[spread].toFixed(6))).toEqual([(((101 - 99.5) / 100.25) * 1e4).toFixed(6), (((99.9 - 99.5) / 99.7) * 1e4).toFixed(6)]);
  });

  it("fuses venues' quotes per symbol: outliers and RED venues excluded, health weights applied, one quote per interval", () => {
    const { engine, fused, feed } = setup({ fusion: { intervalMs: 100 } });
    const instruments = ["a", "b", "c", "d"].map((v) => inst(v, "BTC/USDT"));
    const bbo = (t: number, mids: number[]) =>
      wire({
        edgeId: "e",
        seq: 1,
        baseTimeMs: BASE_MS,
        instruments,
        health: [{ venue: "d", symbol: "", severity: 3, timeDeltaNs: t * S }, { venue: "b", symbol: "BTC/USDT", severity: 2, latencyP99Ms: 5, timeDeltaNs: t * S }],
        bbos: {
          instrument: mids.map((_, i) => i),
          venueTimeDeltaNs: mids.map(() => Math.round(t * S)),
          receiveTimeDeltaNs: mids.map(() => Math.round(t * S)),
          updateId: mids.map((_, i) => i),
          bidPrice: mids.map((m) => m - 0.5),
          bidSize: mids.map(() => 1),
          askPrice: mids.map((m) => m + 0.5),
          askSize: mids.map(() => 2),
        },
      });
    feed(bbo(1, [60_000, 60_001, 60_600, 60_000.5]));
    expect(fused).toHaveLength(1);
    const q = fused[0];
    expect(q.symbol).toBe("BTC/USDT");
    expect(q.sources.map((s) => s.venue)).toEqual(["a", "b"]);
    expect(q.excluded.map((e) => [e.venue, e.reason])).toEqual([["c", "outlier"], ["d", "red_health"]]);
    // b is YELLOW: it weighs less than a (health unknown).
    expect(q.sources[1].weight).toBeLessThan(q.sources[0].weight);
    feed(bbo(1.05, [60_000, 60_001, 60_600, 60_000.5]));
    expect(fused).toHaveLength(1);
    feed(bbo(1.2, [60_000, 60_001, 60_600, 60_000.5]));
    expect(fused).toHaveLength(2);
    expect(engine.stats()).toMatchObject({ fusedQuotes: 2, fusionOutliers: 2, healthReports: 6 });
  });

  it("fuses book-derived quotes too", () => {
    const { fused, feed } = setup({ fusion: { intervalMs: 0 } });
    feed(books([inst("a", "X/Y"), inst("b", "X/Y")], [{ i: 0, t: 1, snap: true, bids: [[10, 1]], asks: [[11, 1]] }, { i: 1, t: 1, snap: true, bids: [[10.2, 1]], asks: [[10.8, 1]] }]));
    expect(fused.at(-1)).toMatchObject({ symbol: "X/Y", bestBid: { venue: "b", price: 10.2 }, bestAsk: { venue: "b", price: 10.8 } });
    expect(fused.at(-1)!.sources).toHaveLength(2);
  });
});

describe("live analytics wiring", () => {
  it("runs the engine after the ingest callback, and sheds (counted) beyond maxQueuedBatches", async () => {
    const bus = new EventBus<CoreTopics>();
    const live = (await startLiveAnalytics({ config: AnalyticsConfigSchema.parse({ maxQueuedBatches: 2 }), bus, log: () => {} }))!;
    const batch = trades([[0, 1, 1, 1], [0, 2, 1, 1]]);
    for (let i = 0; i < 5; i++) bus.publish("ingest.batch", { edgeId: "e", seq: i + 1, batch, receivedNs: process.hrtime.bigint() });
    expect(live.stats().trades).toBe(0);
    await live.idle();
    expect(live.stats()).toMatchObject({ trades: 4, queue: { depth: 0, maxDepth: 2, shedBatches: 3, shedEvents: 6 } });
    await live.close();
    expect(await startLiveAnalytics({ config: AnalyticsConfigSchema.parse({ enabled: false }), bus, log: () => {} })).toBeNull();
  });
});
