/**
 * Live analytics in the real core process: an edge replays a real Binance USDⓈ-M recording (trades and
 * order book); the core's engine builds bars on event time, stores them, and reports its counters on /stats
 * and /metrics. The stored 1m bars must equal bars rebuilt independently from the stored trades.
 */
import { afterAll, describe, expect, it } from "vitest";
import { BarAggregator } from "../../core/analytics/bars/bar-aggregator.ts";
import type { Bar } from "../../core/analytics/bars/bar.ts";
import { parseTimeframe } from "../../core/analytics/bars/timeframe.ts";
import { tradesFromClickHouse } from "../../core/analytics/features/export-sources.ts";
import { openStoreClient } from "../../core/store/store-client.ts";
import { createTestStack, sharedFile, waitUntil } from "./harness.ts";

const capture = sharedFile("exchange-captures/binance-recorded/usdm-btcusdt_20240808.gz");

describe.skipIf(!capture)("edge → core analytics → bars table", () => {
  const stack = createTestStack("analytics");
  afterAll(() => stack.close());

  it("stores the bars of the replayed trades and counts the engine's work on /stats and /metrics", async () => {
    const core = await stack.startCore({ env: { CORE_ANALYTICS_IDLE_CLOSE_MS: "500", CORE_ANALYTICS_TIMEFRAMES: "1s,1m" } });
    const edge = stack.startEdge("e2e-analytics", ["--venue", "binance-usdm", "--replay", capture!, "--core", core.ingest, "--until-done"]);
    expect(await edge.exited).toBe(0);
    const stats = async () => ((await (await fetch(`${core.http}/stats`)).json()) as { analytics: Record<string, any> }).analytics;
    // The replay is over: the idle clock closes the last bars half a second of silence later, and from then
    // on keeps closing an empty 1s bar about every second (bars have no holes). So the store is never quiet:
    // wait for every trade and the first idle close, then until every bar closed by then has landed (inserts
    // keep the order bars closed in). Waiting for no bar pending at all raced the 1 s idle clock against the
    // store's 1 s flush and, at some phases of the two, timed out.
    let last: Record<string, any> | undefined;
    const failWithLast = (error: Error) => {
      // Which of the conditions never came true (a rare CI timeout left no trace of it).
      const { trades, queue, store, barsClosed, barsAmended, idleAdvances, warmup } = last ?? {};
      throw new Error(`${error.message}; last /stats analytics: ${JSON.stringify({ trades, queue, store, barsClosed, barsAmended, idleAdvances, warmup })}`);
    };
    await waitUntil(async () => {
      const a = (last = await stats());
      return a.trades === 21_313 && a.queue.depth === 0 && a.idleAdvances > 0;
    }, 20_000, "the engine to take every trade and close its last bars").catch(failWithLast);
    const closed = last!.barsClosed + last!.barsAmended;
    await waitUntil(async () => {
      const a = (last = await stats());
      return a.store.inserted + a.store.dropped >= closed;
    }, 20_000, `the ${closed} bars closed by then to land in the bars table`).catch(failWithLast);
    const a = await stats();
    expect(a.bookEvents).toBeGreaterThan(0);
    expect(a.barsClosed).toBeGreaterThan(60);
    expect(a.featuresEmitted).toBeGreaterThan(0);
    expect(a.fusedQuotes).toBeGreaterThan(0);
    expect(a.skipped).toMatchObject({ unknownInstrument: 0, badInstrument: 0, badTrade: 0, badTime: 0, malformedColumns: 0 });
    // The idle clock may close another empty bar between two reads: /metrics must report the engine's own
    // counter, so its value lies between a /stats read before it and one after it.
    const metrics = await (await fetch(`${core.http}/metrics`)).text();
    const after = await stats();
    const reported = Number(/^core_analytics_bars_closed_total (\d+)$/m.exec(metrics)?.[1]);
    expect(reported).toBeGreaterThanOrEqual(a.barsClosed);
    expect(reported).toBeLessThanOrEqual(after.barsClosed);

    // Independent rebuild of the 1m bars from the stored trades (venue time order, as the exporter reads them).
    const client = await openStoreClient({ url: stack.clickhouseUrl, database: stack.database });
    try {
      const built: Bar[] = [];
      const aggregator = new BarAggregator("binance-usdm", "BTC/USDT:USDT", parseTimeframe("1m"), (e) => e.kind === "closed" && built.push(e.bar));
      const { events } = await tradesFromClickHouse(client, ["BTC/USDT:USDT"], 0n, 1n << 62n, "binance-usdm");
      for await (const e of events) if (e.kind === "trade") aggregator.addTrade(e.trade);
      aggregator.advance(aggregator.watermark + 60_000_000_000n);
      const stored = await (await client.query({
        query: "SELECT toString(open_time_ns) AS open_ns, open, high, low, close, volume, trade_count FROM bars FINAL WHERE timeframe = '1m' ORDER BY open_time_ns",
        format: "JSONEachRow",
      })).json<Record<string, string | number>>();
      expect(built.length).toBeGreaterThan(0);
      // Volume is a float sum: trades stamped in the same ms may be summed in another order here.
      expect(stored.map(({ volume: _, ...rest }) => rest)).toEqual(built.map((b) => ({ open_ns: String(b.openTimeNs), open: b.open, high: b.high, low: b.low, close: b.close, trade_count: b.tradeCount })));
      stored.forEach((row, i) => expect(row.volume).toBeCloseTo(built[i].volume, 8));
    } finally {
      await client.close();
    }
  });
});
