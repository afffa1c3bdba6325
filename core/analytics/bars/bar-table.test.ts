import type { ClickHouseClient } from "@clickhouse/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runMigrations } from "../../store/migrations.ts";
import { quoteIdentifier } from "../../store/sql-escape.ts";
import { openStoreClient } from "../../store/store-client.ts";
import type { Bar } from "./bar.ts";
import { BarAggregator } from "./bar-aggregator.ts";
import { barTableMigrations, BarWriter, barToTsv, createBarsTable } from "./bar-table.ts";
import { parseTimeframe } from "./timeframe.ts";

const url = process.env.CLICKHOUSE_URL ?? inject("clickhouseUrl");
const database = `test_bars_${process.pid}_${Date.now()}`;
const S = 1_000_000_000n;

describe("bars table DDL and rows", () => {
  it("uses plain types on 18.16 and LowCardinality, codecs and DateTime64 on modern servers", () => {
    const legacy = createBarsTable({ kind: "legacy", version: "18.16.1" });
    const modern = createBarsTable({ kind: "modern", version: "24.8.1" });
    expect(legacy).not.toMatch(/LowCardinality|CODEC|DateTime64/);
    expect(legacy).toContain("ReplacingMergeTree(`revision`)");
    expect(legacy).toContain("ORDER BY (`venue`, `symbol`, `timeframe`, `open_time_ns`)");
    expect(modern).toContain("`venue` LowCardinality(String)");
    expect(modern).toContain("`open_time_ns` Int64 CODEC(Delta, ZSTD)");
    expect(modern).toContain("DateTime64(9, 'UTC') MATERIALIZED");
  });

  it("writes an empty bar's NaN VWAP as ClickHouse's nan and escapes text fields", () => {
    const row = barToTsv({ venue: "a\tb", symbol: "X/Y", timeframe: "1m", openTimeNs: 60n * S, closeTimeNs: 120n * S, open: 1, high: 1, low: 1, close: 1, volume: 0, quoteVolume: 0, vwap: NaN, tradeCount: 0, buyVolume: 0, sellVolume: 0, revision: 0 });
    expect(row.split("\t")).toEqual(["a\\tb", "X/Y", "1m", "60000000000", "120000000000", "1", "1", "1", "1", "0", "0", "nan", "0", "0", "0", "0\n"]);
  });
});

describe.skipIf(!url)("bars table (ClickHouse)", () => {
  let client: ClickHouseClient;

  beforeAll(async () => {
    client = await openStoreClient({ url: url!, database });
  });

  afterAll(async () => {
    await client?.command({ query: `DROP DATABASE IF EXISTS ${quoteIdentifier(database)}` });
    await client?.close();
  });

  it("migrates once and stores closed bars, an amendment replacing its first revision", async () => {
    const first = await runMigrations(client, barTableMigrations);
    expect(first.applied).toEqual(["bars-001-table"]);
    expect((await runMigrations(client, barTableMigrations)).applied).toEqual([]);

    const writer = new BarWriter(client);
    const emitted: Bar[] = [];
    const venue = "odd\tvenue\\x";
    const agg = new BarAggregator(venue, "XRP/ETH", parseTimeframe("1m"), (e) => {
      if (e.kind !== "late") {
        emitted.push(e.bar);
        writer.add(e.bar);
      }
    });
    const trade = (sec: bigint, price: number, side: "buy" | "sell") => ({ venue, symbol: "XRP/ETH", timeNs: sec * S, price, size: 2, side, tradeId: `${sec}` });
    agg.addTrade(trade(10n, 0.5, "buy"));
    agg.addTrade(trade(121n, 0.75, "sell"));
    agg.addTrade(trade(119n, 0.25, "sell"));
    await writer.flush();
    expect(writer.inserted).toBe(emitted.length);
    expect(emitted.map((b) => [b.openTimeNs / S, b.revision])).toEqual([[0n, 0], [60n, 0], [60n, 1]]);

    const result = await client.query({
      query: "SELECT venue, symbol, timeframe, toString(open_time_ns) AS open_ns, open, low, close, volume, vwap, trade_count, buy_volume, sell_volume, revision FROM bars FINAL ORDER BY open_time_ns",
      format: "JSONEachRow",
    });
    const rows = await result.json<Record<string, unknown>>();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ venue, symbol: "XRP/ETH", timeframe: "1m", open_ns: "0", open: 0.5, close: 0.5, volume: 2, vwap: 0.5, buy_volume: 2, revision: 0 });
    expect(rows[1]).toMatchObject({ open_ns: String(60n * S), open: 0.25, low: 0.25, close: 0.25, volume: 2, sell_volume: 2, trade_count: 1, revision: 1 });
  });
});
