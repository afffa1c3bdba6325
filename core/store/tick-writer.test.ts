import { finished } from "node:stream/promises";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ClickHouseClient } from "@clickhouse/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startLocalClickHouse } from "../../ops/clickhouse/local-server.ts";
import { fullBatch, onlyParts, tradesBatch } from "./sample-batches.ts";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database.ts";
import { quoteIdentifier, quoteString } from "./sql-escape.ts";
import { openStoreClient } from "./store-client.ts";
import { TickBatchError } from "./tick-batch-encoder.ts";
import { TICK_TABLES, type TickTable } from "./tick-tables.ts";
import { BODY_CHUNK_BYTES } from "./insert-body-arena.ts";
import { TickWriter, type TickWriterOptions } from "./tick-writer.ts";

let db: ScratchDatabase;
beforeAll(async () => {
  db = await createScratchDatabase(inject("clickhouseUrl"), "tick_writer_test");
});
afterAll(async () => {
  await db?.drop();
});

async function rows<T>(client: ClickHouseClient, query: string): Promise<T[]> {
  return (await client.query({ query, format: "JSONEachRow" })).json<T>();
}

/** Rows per table for one edge, plus the number of distinct (seq, row identity) keys: equal when nothing is stored twice. */
async function counts(client: ClickHouseClient, edge: string): Promise<Record<TickTable, { total: number; distinct: number }>> {
  const identity: Record<TickTable, string> = {
    trades: "seq, trade_id",
    book_deltas: "seq, event_index",
    book_snapshots: "seq, event_index",
    bbo: "seq, update_id",
    derivative_tickers: "seq, venue_time_ns",
    liquidations: "seq, venue_time_ns",
    edge_health: "seq, time_ns",
  };
  const out = {} as Record<TickTable, { total: number; distinct: number }>;
  for (const table of TICK_TABLES) {
    const [row] = await rows<{ total: string; distinct: string }>(
      client,
      `SELECT count() AS total, uniqExact(${identity[table]}) AS distinct FROM ${quoteIdentifier(table)} WHERE edge_id = ${quoteString(edge)}`,
    );
    out[table] = { total: Number(row.total), distinct: Number(row.distinct) };
  }
  return out;
}

/** What `n` full batches put in each table. */
const perFullBatch: Record<TickTable, number> = { trades: 2, book_deltas: 2, book_snapshots: 1, bbo: 1, derivative_tickers: 1, liquidations: 1, edge_health: 1 };
const expected = (n: number) => Object.fromEntries(TICK_TABLES.map((t) => [t, { total: perFullBatch[t] * n, distinct: perFullBatch[t] * n }]));

async function openWriter(client: ClickHouseClient, options: Partial<TickWriterOptions> = {}): Promise<TickWriter> {
  const writer = new TickWriter({ client, flushIntervalMs: 20, ...options });
  await writer.open();
  return writer;
}

async function durableAt(writer: TickWriter, edge: string, seq: number): Promise<void> {
  while (writer.durableSeq(edge) < seq) await once(writer, "durable");
}

describe("TickWriter", () => {
  it("stores every table's values exactly, nanoseconds included", async () => {
    const writer = await openWriter(db.client);
    writer.write(fullBatch("values", 1));
    await writer.close();

    const trades = await rows<Record<string, unknown>>(
      db.client,
      "SELECT edge_id, seq, venue, symbol, venue_symbol, venue_time_ns, receive_time_ns, trade_id, price, size, side FROM trades WHERE edge_id = 'values' ORDER BY trade_id",
    );
    expect(trades).toEqual([
      { edge_id: "values", seq: "1", venue: "binance", symbol: "BTC/USDT", venue_symbol: "BTCUSDT", venue_time_ns: "1723161255030314667", receive_time_ns: "1723161255030400000", trade_id: "t1-0", price: 61000.5, size: 0.001, side: "buy" },
      { edge_id: "values", seq: "1", venue: "bybit-linear", symbol: "ETH/USDT:USDT", venue_symbol: "ETHUSDT", venue_time_ns: "1723161255030314789", receive_time_ns: "1723161255029999995", trade_id: "t1-1\tx'y\\z", price: 2650.25, size: 1e-7, side: "sell" },
    ]);

    const deltas = await rows<Record<string, unknown>>(
      db.client,
      "SELECT event_index, symbol, venue_time_ns, first_update_id, last_update_id, prev_update_id, bid_price, bid_size, ask_price, ask_size FROM book_deltas WHERE edge_id = 'values' ORDER BY event_index",
    );
    expect(deltas).toEqual([
      { event_index: 0, symbol: "BTC/USDT", venue_time_ns: "1723161255030001000", first_update_id: "101", last_update_id: "101", prev_update_id: "100", bid_price: [61000], bid_size: [1.5], ask_price: [61001], ask_size: [0] },
      { event_index: 1, symbol: "ETH/USDT:USDT", venue_time_ns: "1723161255030002000", first_update_id: "102", last_update_id: "102", prev_update_id: "101", bid_price: [2650], bid_size: [3], ask_price: [], ask_size: [] },
    ]);
    const snapshot = await rows<Record<string, unknown>>(db.client, "SELECT bid_price, bid_size, ask_price, ask_size, last_update_id FROM book_snapshots WHERE edge_id = 'values'");
    expect(snapshot).toEqual([{ bid_price: [60999, 60998], bid_size: [1, 2], ask_price: [61002], ask_size: [3], last_update_id: "9007199254740991" }]);
    expect(await rows(db.client, "SELECT venue_time_ns, update_id, bid_price, bid_size, ask_price, ask_size FROM bbo WHERE edge_id = 'values'")).toEqual([
      { venue_time_ns: "1723161255028999999", update_id: "77", bid_price: 2650, bid_size: 4, ask_price: 2650.5, ask_size: 5 },
    ]);
    expect(await rows(db.client, "SELECT venue_time_ns, funding_rate, next_funding_time_ns, mark_price, index_price, open_interest FROM derivative_tickers WHERE edge_id = 'values'")).toEqual([
      { venue_time_ns: "1723161255030000003", funding_rate: 0.0001, next_funding_time_ns: "1723164855030000000", mark_price: 2650.1, index_price: 2650.2, open_interest: 12345.5 },
    ]);
    expect(await rows(db.client, "SELECT symbol, receive_time_ns, side, price, size FROM liquidations WHERE edge_id = 'values'")).toEqual([
      { symbol: "BTC/USDT", receive_time_ns: "1723161255030000006", side: "sell", price: 60000, size: 0.5 },
    ]);
    expect(
      await rows(
        db.client,
        "SELECT venue, symbol, connection, time_ns, severity, reason, clock_offset_ns, latency_p50_ms, latency_p99_ms, messages_per_second, reconnects, resyncs, gaps, checksum_failures, malformed, dropped, metrics.key, metrics.value FROM edge_health WHERE edge_id = 'values'",
      ),
    ).toEqual([
      {
        venue: "binance", symbol: "BTC/USDT", connection: "ws-1", time_ns: "1723161255030000007", severity: "yellow", reason: "sequence gap: expected 11 got 13",
        clock_offset_ns: "-1234567", latency_p50_ms: 1.5, latency_p99_ms: 9.25, messages_per_second: 120,
        reconnects: "1", resyncs: "2", gaps: "3", checksum_failures: "4", malformed: "5", dropped: "6",
        "metrics.key": ["depth", "odd\tkey'"], "metrics.value": [20, 0.5],
      },
    ]);
    expect(writer.stats().rowsByTable).toEqual(perFullBatch);
  });

  it("reports a batch durable only after its inserts, and a resend stores nothing twice", async () => {
    const writer = await openWriter(db.client);
    const advanced: number[] = [];
    writer.on("durable", (_edge, seq) => advanced.push(seq));
    for (let seq = 1; seq <= 3; seq++) writer.write(fullBatch("resend", seq));
    expect(writer.durableSeq("resend")).toBe(0);
    await durableAt(writer, "resend", 3);
    expect(await counts(db.client, "resend")).toEqual(expected(3));
    expect(advanced.at(-1)).toBe(3);

    for (let seq = 1; seq <= 3; seq++) writer.write(fullBatch("resend", seq));
    writer.write(fullBatch("resend", 4));
    await durableAt(writer, "resend", 4);
    await writer.close();
    expect(await counts(db.client, "resend")).toEqual(expected(4));
    const stats = writer.stats();
    expect(stats.duplicateBatches).toBe(3);
    expect(stats.duplicateRows).toBe(3 * 9);
    expect(stats.batches).toBe(7);
  });

  it("after a crash between tables' inserts, a restarted writer fills in exactly what is missing", async () => {
    const first = await openWriter(db.client);
    for (let seq = 1; seq <= 5; seq++) first.write(fullBatch("restart", seq));
    await first.close();
    // Crash mid-stream: batches 6 and 7 got only their trades and bbo inserted.
    const partial = await openWriter(db.client);
    for (let seq = 6; seq <= 7; seq++) partial.write(onlyParts(fullBatch("restart", seq), ["trades", "bbos"]));
    await partial.close();

    const restarted = await openWriter(db.client);
    for (let seq = 3; seq <= 9; seq++) restarted.write(fullBatch("restart", seq));
    await durableAt(restarted, "restart", 9);
    await restarted.close();
    expect(await counts(db.client, "restart")).toEqual(expected(9));
    const stats = restarted.stats();
    expect(stats.duplicateBatches).toBe(3);
    expect(stats.rowsByTable.trades).toBe(2 * 2);
    expect(stats.rowsByTable.book_deltas).toBe(4 * 2);
  });

  it("retries an insert that landed although the client saw it fail, without storing it twice", async () => {
    let failNext = true;
    const flaky = new Proxy(db.client, {
      get(target, prop, receiver) {
        if (prop !== "exec") return Reflect.get(target, prop, receiver);
        return async (params: Parameters<ClickHouseClient["exec"]>[0]) => {
          const result = await target.exec(params);
          if (!failNext) return result;
          failNext = false;
          await finished(result.stream.resume());
          throw new Error("socket hang up (after the server committed)");
        };
      },
    });
    const writer = await openWriter(flaky, { retryBaseMs: 10 });
    writer.write(tradesBatch("landed", 1, 10));
    await durableAt(writer, "landed", 1);
    await writer.close();
    const [row] = await rows<{ n: string }>(db.client, "SELECT count() AS n FROM trades WHERE edge_id = 'landed'");
    expect(Number(row.n)).toBe(10);
    expect(writer.stats().landedBeforeRetry).toBe(1);
    expect(writer.stats().retries).toBe(1);
  });

  it("refuses a malformed batch whole, storing nothing of it", async () => {
    const writer = await openWriter(db.client);
    const bad = fullBatch("bad", 1);
    bad.trades!.instrument = [0, 5];
    expect(() => writer.write(bad)).toThrow(TickBatchError);
    const short = fullBatch("bad", 2);
    short.bbos!.askSize = [];
    expect(() => writer.write(short)).toThrow(/bbos.ask_size has 0 values, expected 1/);
    writer.write(fullBatch("bad", 3));
    await durableAt(writer, "bad", 3);
    await writer.close();
    expect(writer.stats().invalidBatches).toBe(2);
    expect(await counts(db.client, "bad")).toEqual(expected(1));
  });

  it("holds batches while they keep coming, and inserts them all once no batch has come for quietFlushMs", async () => {
    const writer = await openWriter(db.client, { flushIntervalMs: 600_000, quietFlushMs: 1_000 });
    const batches = 30;
    for (let seq = 1; seq <= batches; seq++) {
      writer.write(tradesBatch("quiet", seq, 5));
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(writer.stats().inserts).toBe(0);
    const stoppedAt = Date.now();
    await durableAt(writer, "quiet", batches);
    // Far below the age of 10 minutes: the quiet rule flushed them, in one insert for the table.
    expect(Date.now() - stoppedAt).toBeLessThan(60_000);
    expect(writer.stats().inserts).toBe(1);
    await writer.close();
    expect((await counts(db.client, "quiet")).trades).toEqual({ total: batches * 5, distinct: batches * 5 });
  });

  it("stores a block of many batches, written as several body chunks, every row intact", async () => {
    const writer = await openWriter(db.client, { flushIntervalMs: 600_000, quietFlushMs: 200 });
    const batches = 600;
    for (let seq = 1; seq <= batches; seq++) writer.write(tradesBatch("chunked", seq, 20));
    expect(writer.stats().bufferedBytes).toBeGreaterThan(2 * BODY_CHUNK_BYTES);
    await durableAt(writer, "chunked", batches);
    expect(writer.stats().inserts).toBe(1);
    await writer.close();
    expect((await counts(db.client, "chunked")).trades).toEqual({ total: batches * 20, distinct: batches * 20 });
    const [row] = await rows<{ seqs: string }>(db.client, "SELECT uniqExact(seq) AS seqs FROM trades WHERE edge_id = 'chunked'");
    expect(Number(row.seqs)).toBe(batches);
  });

  it("reuses body chunks across inserts without a byte of a waiting block changing", async () => {
    const writer = await openWriter(db.client, { flushRows: 2_000, flushIntervalMs: 600_000, quietFlushMs: 20 });
    const waves = 10;
    const perWave = 300;
    for (let wave = 0; wave < waves; wave++) {
      for (let i = 1; i <= perWave; i++) writer.write(tradesBatch("reuse", wave * perWave + i, 20));
      await durableAt(writer, "reuse", (wave + 1) * perWave);
    }
    const { inserts, insertedBytes, bodyChunks } = writer.stats();
    await writer.close();
    expect(inserts).toBe(waves * 3);
    // ~5 MB went through, ~19 chunks' worth; a wave holds ~0.5 MB, so a few chunks serve them all.
    expect(insertedBytes).toBeGreaterThan(15 * BODY_CHUNK_BYTES);
    expect(bodyChunks.allocated).toBeLessThanOrEqual(5);
    expect((await counts(db.client, "reuse")).trades).toEqual({ total: waves * perWave * 20, distinct: waves * perWave * 20 });
    // Every row is the one its batch sent: its trade id names its seq and index, and the price follows the index.
    const [wrong] = await rows<{ n: string }>(
      db.client,
      "SELECT count() AS n FROM trades WHERE edge_id = 'reuse' AND (splitByChar('-', trade_id)[1] != toString(seq) OR price != 61000 + (toUInt32(splitByChar('-', trade_id)[2]) % 100) * 0.5)",
    );
    expect(Number(wrong.n)).toBe(0);
  });

  it("inserts a table whose oldest row reached the flush age although batches keep coming", async () => {
    const writer = await openWriter(db.client, { flushIntervalMs: 100, quietFlushMs: 600_000 });
    let seq = 0;
    while (writer.durableSeq("aged") === 0) {
      writer.write(tradesBatch("aged", ++seq, 5));
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(writer.stats().inserts).toBeGreaterThanOrEqual(1);
    await writer.close();
    expect((await counts(db.client, "aged")).trades).toEqual({ total: seq * 5, distinct: seq * 5 });
  });

  it("applies backpressure: write() returns false over the byte limit and 'drain' follows", async () => {
    const writer = await openWriter(db.client, { maxBufferedBytes: 4096 });
    expect(writer.write(tradesBatch("pressure", 1, 10))).toBe(true);
    const drained = once(writer, "drain");
    expect(writer.write(tradesBatch("pressure", 2, 500))).toBe(false);
    expect(writer.stats().bufferedBytes).toBeGreaterThanOrEqual(4096);
    await drained;
    expect(writer.stats().bufferedBytes).toBeLessThan(4096);
    await writer.close();
    const [row] = await rows<{ n: string }>(db.client, "SELECT count() AS n FROM trades WHERE edge_id = 'pressure'");
    expect(Number(row.n)).toBe(510);
  });
});

describe("TickWriter with ClickHouse stopped mid-stream", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "tick-writer-outage-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keeps the data, retries until the server is back, and stores it once", async () => {
    let server = await startLocalClickHouse({ name: "store-outage", dataDir });
    try {
      const dbClient = await openStoreClient({ url: server.url, database: "outage", requestTimeoutMs: 5_000 });
      const writer = await openWriter(dbClient, { retryBaseMs: 20, retryMaxMs: 200 });
      for (let seq = 1; seq <= 3; seq++) writer.write(fullBatch("outage", seq));
      await durableAt(writer, "outage", 3);

      const port = server.httpPort;
      await server.stop();
      for (let seq = 4; seq <= 8; seq++) writer.write(fullBatch("outage", seq));
      while (writer.stats().retries < 3) await once(writer, "insertError");
      expect(writer.durableSeq("outage")).toBe(3);
      expect(writer.stats().bufferedRows).toBeGreaterThan(0);
      expect(writer.stats().lastError).not.toBeNull();

      server = await startLocalClickHouse({ name: "store-outage", dataDir });
      expect(server.httpPort).toBe(port);
      await durableAt(writer, "outage", 8);
      await writer.close();
      expect(await counts(dbClient, "outage")).toEqual(expected(8));
      await dbClient.close();
    } finally {
      await server.stop();
    }
  });
});
