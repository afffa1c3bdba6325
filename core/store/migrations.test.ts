import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dialectOf, detectDialect } from "./dialect.ts";
import { runMigrations, type Migration } from "./migrations.ts";
import { quoteIdentifier, quoteString } from "./sql-escape.ts";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database.ts";
import { createTableStatement, insertColumns, TICK_EVENT_TIME_SQL, tickTableMigrations, TICK_TABLES } from "./tick-tables.ts";

let db: ScratchDatabase;
beforeAll(async () => {
  db = await createScratchDatabase(inject("clickhouseUrl"), "migrations_test");
});
afterAll(async () => {
  await db?.drop();
});

describe("dialect", () => {
  it("tells Debian's 18.16 from servers with DateTime64 and codecs", () => {
    expect(dialectOf("18.16.1").kind).toBe("legacy");
    expect(dialectOf("21.3.20.1").kind).toBe("legacy");
    expect(dialectOf("21.8.15.7").kind).toBe("modern");
    expect(dialectOf("24.8.4.13").kind).toBe("modern");
    expect(() => dialectOf("garbage")).toThrow(/unrecognised/);
  });
  it("reads the running server's version", async () => {
    const dialect = await detectDialect(db.client);
    expect(dialect.version).toMatch(/^\d+\.\d+/);
    expect(dialect.kind).toBe(dialectOf(dialect.version).kind);
  });
});

describe("tick table DDL", () => {
  it("uses the modern types only on modern servers", () => {
    const modern = createTableStatement("trades", { kind: "modern", version: "24.8" });
    expect(modern).toContain("`venue` LowCardinality(String)");
    expect(modern).toContain("`venue_time_ns` Int64 CODEC(Delta, ZSTD)");
    expect(modern).toContain("`venue_time` DateTime64(9, 'UTC') MATERIALIZED fromUnixTimestamp64Nano(`venue_time_ns`, 'UTC')");
    const legacy = createTableStatement("trades", { kind: "legacy", version: "18.16.1" });
    expect(legacy).not.toMatch(/LowCardinality|CODEC|DateTime64/);
    expect(legacy).toContain("PARTITION BY toDate(toDateTime(intDiv(if(venue_time_ns = 0, receive_time_ns, venue_time_ns), 1000000000), 'UTC'))");
    expect(legacy).toContain("ORDER BY (`venue`, `symbol`, if(venue_time_ns = 0, receive_time_ns, venue_time_ns))");
  });
});

describe("runMigrations", () => {
  it("creates every tick table with the columns the writer inserts, once", async () => {
    const first = await runMigrations(db.client, tickTableMigrations);
    expect(first.applied).toEqual(["ticks-001-tables", "ticks-002-book-level-arrays", "ticks-003-event-time-partition"]);
    const second = await runMigrations(db.client, tickTableMigrations);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(["ticks-001-tables", "ticks-002-book-level-arrays", "ticks-003-event-time-partition"]);
    // A fresh database gets the current layout from 001; 002 and 003 find nothing to convert.
    const tables = (await (await db.client.query({ query: "SHOW TABLES", format: "JSONEachRow" })).json<{ name: string }>()).map((t) => t.name);
    expect(tables).not.toContain("book_deltas_by_level_v1");
    expect(tables.filter((t) => t.endsWith("_by_venue_time_v2") || t.endsWith("__event_time"))).toEqual([]);

    for (const table of TICK_TABLES) {
      const result = await db.client.query({ query: `DESCRIBE TABLE ${quoteIdentifier(table)}`, format: "JSONEachRow" });
      const columns = await result.json<{ name: string; default_type: string }>();
      expect(columns.filter((c) => c.default_type !== "MATERIALIZED").map((c) => c.name)).toEqual(insertColumns(table));
    }
  });

  it("runs another module's migrations beside the tick tables, in order, and reports failures by id", async () => {
    const own: Migration[] = [
      { id: "test-001", statements: () => ["CREATE TABLE IF NOT EXISTS m1 (x UInt8) ENGINE = MergeTree() ORDER BY x"] },
      { id: "test-002", statements: () => ["INSERT INTO m1 VALUES (7)"] },
    ];
    const result = await runMigrations(db.client, [...tickTableMigrations, ...own]);
    expect(result.applied).toEqual(["test-001", "test-002"]);
    await runMigrations(db.client, own);
    const rows = await (await db.client.query({ query: "SELECT x FROM m1", format: "JSONEachRow" })).json();
    expect(rows).toEqual([{ x: 7 }]);

    const broken: Migration[] = [{ id: "test-003", statements: () => ["CREATE TABLE broken (x NoSuchType) ENGINE = Memory"] }];
    await expect(runMigrations(db.client, broken)).rejects.toThrow(/migration test-003 failed/);
    expect((await runMigrations(db.client, [])).applied).toEqual([]);
  });

  it("upgrades row-per-level book tables written by the first layout, keeping their rows", async () => {
    const old = await createScratchDatabase(inject("clickhouseUrl"), "migrations_upgrade");
    try {
      const levelColumns = "edge_id String, seq UInt64, event_index UInt32, venue String, symbol String, venue_symbol String, venue_time_ns Int64, receive_time_ns Int64, first_update_id UInt64, last_update_id UInt64, prev_update_id UInt64, side Enum8('bid' = 1, 'ask' = 2), price Float64, size Float64";
      const v1: Migration = {
        id: "ticks-001-tables",
        statements: (dialect) => [
          ...TICK_TABLES.filter((t) => t !== "book_deltas" && t !== "book_snapshots").map((t) => createTableStatement(t, dialect)),
          ...["book_deltas", "book_snapshots"].map((t) => `CREATE TABLE ${t} (${levelColumns}) ENGINE = MergeTree() ORDER BY (venue, symbol, venue_time_ns)`),
        ],
      };
      await runMigrations(old.client, [v1]);
      await old.client.command({ query: "INSERT INTO book_deltas (edge_id, seq, side, price, size) VALUES ('e', 1, 'bid', 100, 2)" });

      const result = await runMigrations(old.client, tickTableMigrations);
      expect(result.applied).toEqual(["ticks-002-book-level-arrays", "ticks-003-event-time-partition"]);
      for (const table of ["book_deltas", "book_snapshots"] as const) {
        const described = await (await old.client.query({ query: `DESCRIBE TABLE ${table}`, format: "JSONEachRow" })).json<{ name: string; default_type: string }>();
        expect(described.filter((c) => c.default_type !== "MATERIALIZED").map((c) => c.name)).toEqual(insertColumns(table));
      }
      const kept = await (await old.client.query({ query: "SELECT side, price, size FROM book_deltas_by_level_v1", format: "JSONEachRow" })).json();
      expect(kept).toEqual([{ side: "bid", price: 100, size: 2 }]);
    } finally {
      await old.drop();
    }
  });

  it("moves tick tables partitioned by the venue stamp to the event time, keeping every row, once", async () => {
    const old = await createScratchDatabase(inject("clickhouseUrl"), "migrations_event_time");
    try {
      // The layout 001 and 002 created before 003: partitioned and sorted by venue_time_ns alone.
      const byVenueTime = (table: (typeof TICK_TABLES)[number], dialect: Parameters<typeof createTableStatement>[1]) =>
        createTableStatement(table, dialect)
          .replace(`PARTITION BY toDate(toDateTime(intDiv(${TICK_EVENT_TIME_SQL}, 1000000000), 'UTC'))`, "PARTITION BY toDate(toDateTime(intDiv(`venue_time_ns`, 1000000000), 'UTC'))")
          .replace(`, ${TICK_EVENT_TIME_SQL})`, ", `venue_time_ns`)");
      const before: Migration[] = [
        { id: "ticks-001-tables", statements: (dialect) => TICK_TABLES.map((t) => byVenueTime(t, dialect)) },
        { id: "ticks-002-book-level-arrays", statements: () => [] },
      ];
      await runMigrations(old.client, before);
      // 2024-08-08 in ns; the second row has no venue time (a Binance spot bookTicker).
      const received = 1723161255088169167n;
      await old.client.command({
        query: `INSERT INTO bbo (edge_id, seq, venue, symbol, venue_time_ns, receive_time_ns, bid_price) VALUES ('e', 1, 'binance', 'BTC/USDT', ${received - 5_000_000n}, ${received}, 1), ('e', 2, 'binance', 'BTC/USDT', 0, ${received + 1n}, 2)`,
      });
      const partitions = async () =>
        (await (await old.client.query({ query: "SELECT partition, sum(rows) AS rows FROM system.parts WHERE database = currentDatabase() AND table = 'bbo' AND active GROUP BY partition ORDER BY partition", format: "JSONEachRow" })).json<{ partition: string; rows: string }>())
          .map((p) => [p.partition, Number(p.rows)]);
      // The row without a venue time sits in the epoch's partition (18.16 prints it as 0000-00-00).
      expect(await partitions()).toEqual([[expect.stringMatching(/^(1970-01-01|0000-00-00)$/), 1], ["2024-08-08", 1]]);

      const result = await runMigrations(old.client, tickTableMigrations);
      expect(result.applied).toEqual(["ticks-003-event-time-partition"]);
      expect(await partitions()).toEqual([["2024-08-08", 2]]);
      const rows = await (await old.client.query({ query: "SELECT seq, toString(venue_time_ns) AS v, bid_price FROM bbo ORDER BY seq", format: "JSONEachRow" })).json();
      expect(rows).toEqual([{ seq: "1", v: String(received - 5_000_000n), bid_price: 1 }, { seq: "2", v: "0", bid_price: 2 }]);
      const kept = await (await old.client.query({ query: "SELECT count() AS n FROM bbo_by_venue_time_v2", format: "JSONEachRow" })).json<{ n: string }>();
      expect(Number(kept[0].n)).toBe(2);
      for (const table of TICK_TABLES.filter((t) => t !== "edge_health")) {
        const key = await (await old.client.query({ query: `SELECT partition_key FROM system.tables WHERE database = currentDatabase() AND name = ${quoteString(table)}`, format: "JSONEachRow" })).json<{ partition_key: string }>();
        expect(key[0].partition_key).toContain("receive_time_ns");
      }
      expect((await runMigrations(old.client, tickTableMigrations)).applied).toEqual([]);
    } finally {
      await old.drop();
    }
  });

  it("refuses duplicate ids", async () => {
    const m: Migration = { id: "dup", statements: () => [] };
    await expect(runMigrations(db.client, [m, m])).rejects.toThrow(/duplicate migration id/);
  });
});
