import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { EventBus } from "../../bus/event-bus.ts";
import type { CoreTopics, FeatureVector } from "../../bus/topics.ts";
import { AnalyticsConfigSchema } from "../../config/core-config.ts";
import { TickWriter } from "../../store/tick-writer.ts";
import { haveSharedData, sharedDataPath } from "../bars/shared-data.ts";
import { readTradeFile } from "../bars/trade-file.ts";
import { featureLayout } from "../features/feature-layout.ts";
import { featureSchema } from "../features/feature-schema.ts";
import { runMigrations } from "../../store/migrations.ts";
import { quoteIdentifier } from "../../store/sql-escape.ts";
import { openStoreClient } from "../../store/store-client.ts";
import { insertColumns, tickTableMigrations } from "../../store/tick-tables.ts";
import { AnalyticsEngine } from "../live/analytics-engine.ts";
import { edgeBatches, readRecordedUsdm, RECORDED_USDM } from "../live/tick-batches.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const tsx = join(root, "node_modules/.bin/tsx");
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "features-cli-"));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ["core/analytics/cli/features.ts", ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function readCsv(path: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = readFileSync(path, "utf8").trim().split("\n").map((l) => l.split(","));
  return { header, rows };
}

const trades = "ticks/binance_XRP-ETH_trades_2019-10-11_13.csv";
const candles = "candles/binance_XRP-ETH_1m_2019-10-11_13.csv";
const window = ["--from", "2019-10-12T00:00:00Z", "--to", "2019-10-12T06:00:00Z"];

describe("features CLI", () => {
  it("prints help", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: npm run features");
  });

  it("rejects bad arguments with a clear message and exit code 2", async () => {
    const cases: [string[], RegExp][] = [
      [["--symbols", "A", "--trades", "x.csv"], /--out/],
      [["--symbols", "A,B", "--trades", "x.csv", "--out", "o.csv"], /one file per symbol/],
      [["--symbols", "A", "--trades", "x.csv", "--candles", "y.csv", "--out", "o.csv"], /exactly one input/],
      [["--symbols", "A", "--trades", "x.csv", "--out", "o.csv", "--from", "yesterday"], /not a time/],
      [["--symbols", "A", "--trades", "x.csv", "--out", "o.csv", "--timeframe", "7x"], /bad timeframe/],
      [["--nonsense"], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await cli(...args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(message);
    }
  });

  it.skipIf(!haveSharedData(trades))("exports vectors, future labels and a sidecar from a trade file", async () => {
    const out = join(dir, "trades.csv");
    const { code, stderr } = await cli("--symbols", "XRP/ETH", "--trades", sharedDataPath(trades), "--out", out, ...window);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/100%/);
    const schema = featureSchema(featureLayout({ baseTimeframe: "1m" }));
    const { header, rows } = readCsv(out);
    const names = schema.features.map((f) => f.name);
    expect(header).toEqual(["venue", "symbol", "timeframe", "open_time_ns", "close_time_ns", "open_time_utc", ...names, "label_fwd_logret_1", "label_fwd_logret_5", "label_fwd_logret_15"]);
    expect(rows).toHaveLength(360);
    expect(rows[0][5]).toBe("2019-10-12T00:00:00.000Z");
    // The 1-bar label of bar t is the 1-bar return feature of bar t + 1: labels are the future, features never.
    const ret1 = header.indexOf("bar_ret_1");
    const label1 = header.indexOf("label_fwd_logret_1");
    for (let i = 0; i + 1 < rows.length; i++) expect(Number(rows[i][label1])).toBeCloseTo(Number(rows[i + 1][ret1]), 12);
    expect(rows.at(-1)![label1]).toBe("NaN");
    const sidecar = JSON.parse(readFileSync(`${out}.json`, "utf8"));
    expect(sidecar.schemaHash).toBe(schema.hash);
    expect(sidecar.schema.features.map((f: { name: string }) => f.name)).toEqual(names);
    expect(sidecar.labels.every((l: { future: boolean }) => l.future)).toBe(true);
    expect(sidecar.period).toEqual({ from: "2019-10-12T00:00:00.000Z", to: "2019-10-12T06:00:00.000Z" });
    expect(sidecar.rows).toBe(360);
  });

  it.skipIf(!haveSharedData(candles))("exports from a candle file in float32, with book features NaN", async () => {
    const out = join(dir, "candles.csv");
    const { code, stderr } = await cli("--symbols", "XRP/ETH", "--candles", sharedDataPath(candles), "--out", out, "--dtype", "float32", ...window);
    expect(code, stderr).toBe(0);
    const { header, rows } = readCsv(out);
    expect(rows).toHaveLength(360);
    const spread = header.indexOf("book_spread_bps");
    const ret1 = header.indexOf("bar_ret_1");
    expect(rows.every((r) => r[spread] === "NaN")).toBe(true);
    expect(rows.every((r) => Math.fround(Number(r[ret1])) === Number(r[ret1]))).toBe(true);
    expect(JSON.parse(readFileSync(`${out}.json`, "utf8")).schema.dtype).toBe("float32");
  });

  const url = process.env.CLICKHOUSE_URL ?? inject("clickhouseUrl");
  const database = `test_features_cli_${process.pid}_${Date.now()}`;
  afterAll(async () => {
    if (!url) return;
    const client = await openStoreClient({ url, database });
    await client.command({ query: `DROP DATABASE IF EXISTS ${quoteIdentifier(database)}` });
    await client.close();
  });

  it.skipIf(!url || !haveSharedData(trades))("exports the same rows from the ClickHouse trades table as from the file", async () => {
    const client = await openStoreClient({ url: url!, database });
    await runMigrations(client, tickTableMigrations);
    const columns = insertColumns("trades");
    expect(columns).toEqual(["edge_id", "seq", "venue", "symbol", "venue_symbol", "venue_time_ns", "receive_time_ns", "trade_id", "price", "size", "side"]);
    const lines: string[] = [];
    let seq = 0;
    for await (const t of readTradeFile(sharedDataPath(trades), "binance", "XRP/ETH")) {
      lines.push(["test", ++seq, "binance", "XRP/ETH", "XRPETH", t.timeNs, t.timeNs, t.tradeId, t.price, t.size, t.side].join("\t"));
    }
    await client.insert({ table: "trades", values: Readable.from([`${lines.join("\n")}\n`], { objectMode: false }), format: "TabSeparated", columns: columns as [string, ...string[]] });
    await client.close();

    const fromDb = join(dir, "clickhouse.csv");
    const fromFile = join(dir, "file.csv");
    const db = await cli("--symbols", "XRP/ETH", "--clickhouse", url!, "--database", database, "--out", fromDb, ...window);
    expect(db.code, db.stderr).toBe(0);
    const file = await cli("--symbols", "XRP/ETH", "--trades", sharedDataPath(trades), "--out", fromFile, ...window);
    expect(file.code, file.stderr).toBe(0);
    expect(readCsv(fromDb).rows).toHaveLength(360);
    expect(readFileSync(fromDb, "utf8")).toBe(readFileSync(fromFile, "utf8"));
  });

  it.skipIf(!url || !haveSharedData(...RECORDED_USDM))("exports from the tick store exactly the vectors the live engine published, book features included", async () => {
    // Two edges of one venue stream real Binance USDⓈ-M BTC and ETH ticks; a live engine (1s vectors) takes the
    // batches as they arrive while the tick writer stores them, plus a second venue the export must leave out.
    const batches = edgeBatches(readRecordedUsdm("binance-usdm"), (e) => ((e.kind === "trade" ? e.trade.symbol : e.symbol).startsWith("BTC") ? "edge-btc" : "edge-eth"), 300);
    const other = edgeBatches(readRecordedUsdm("other-venue").slice(0, 20_000), () => "edge-other", 300);
    const bus = new EventBus<CoreTopics>();
    const live: FeatureVector[] = [];
    bus.subscribe("features.vector", (v) => live.push(v));
    const engine = new AnalyticsEngine({ config: AnalyticsConfigSchema.parse({ features: { timeframes: ["1s"] } }), bus });
    const client = await openStoreClient({ url: url!, database });
    const writer = new TickWriter({ client });
    await writer.open();
    for (const batch of [...batches, ...other]) {
      engine.onBatch({ edgeId: batch.edgeId, seq: batch.seq, batch, receivedNs: process.hrtime.bigint() });
      writer.write(batch);
    }
    await writer.close();
    await client.close();

    const usdm = live.filter((v) => v.venue === "binance-usdm");
    const from = usdm[200].bar.openTimeNs;
    const to = usdm.at(-200)!.bar.openTimeNs;
    const ms = (ns: bigint) => String(ns / 1_000_000n);
    const out = join(dir, "ticks.csv");
    const result = await cli("--symbols", "BTC/USDT:USDT,ETH/USDT:USDT", "--clickhouse", url!, "--database", database, "--venue", "binance-usdm", "--timeframe", "1s", "--from", ms(from), "--to", ms(to), "--out", out);
    expect(result.code, result.stderr).toBe(0);
    const { header, rows } = readCsv(out);
    const first = header.indexOf("venue") + 6;
    const names = featureSchema(featureLayout({ baseTimeframe: "1s" })).features.map((f) => f.name);
    const expected = usdm.filter((v) => v.bar.openTimeNs >= from && v.bar.openTimeNs < to);
    expect(rows.length).toBeGreaterThan(250);
    // Every vector, same bars, same values (String of a double round-trips exactly).
    expect(rows.map((r) => `${r[0]} ${r[1]} ${r[3]} ${r.slice(first, first + names.length).join(",")}`).sort()).toEqual(
      expected.map((v) => `${v.venue} ${v.symbol} ${v.bar.openTimeNs} ${Array.from(v.vector, String).join(",")}`).sort(),
    );
    const depth = first + names.indexOf("book_log_depth_50bps");
    const imbalance = first + names.indexOf("book_imbalance_1");
    expect(rows.filter((r) => r[depth] !== "NaN" && r[imbalance] !== "NaN").length / rows.length).toBeGreaterThan(0.95);

    // Without --venue every venue is exported, each apart as live: the binance-usdm rows do not change.
    const both = join(dir, "ticks-all-venues.csv");
    const all = await cli("--symbols", "BTC/USDT:USDT,ETH/USDT:USDT", "--clickhouse", url!, "--database", database, "--timeframe", "1s", "--from", ms(from), "--to", ms(to), "--out", both);
    expect(all.code, all.stderr).toBe(0);
    const allRows = readCsv(both).rows;
    expect(new Set(allRows.map((r) => r[0]))).toEqual(new Set(["binance-usdm", "other-venue"]));
    expect(allRows.filter((r) => r[0] === "binance-usdm").map((r) => r.join(",")).sort()).toEqual(rows.map((r) => r.join(",")).sort());
  });
});
