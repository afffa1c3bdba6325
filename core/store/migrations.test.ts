import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dialectOf, detectDialect } from "./dialect.ts";
import { runMigrations, type Migration } from "./migrations.ts";
import { quoteIdentifier } from "./sql-escape.ts";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database.ts";
import { createTableStatement, insertColumns, tickTableMigrations, TICK_TABLES } from "./tick-tables.ts";

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
    expect(legacy).toContain("ORDER BY (`venue`, `symbol`, `venue_time_ns`)");
  });
});

describe("runMigrations", () => {
  it("creates every tick table with the columns the writer inserts, once", async () => {
    const first = await runMigrations(db.client, tickTableMigrations);
    expect(first.applied).toEqual(["ticks-001-tables", "ticks-002-book-level-arrays"]);
    const second = await runMigrations(db.client, tickTableMigrations);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(["ticks-001-tables", "ticks-002-book-level-arrays"]);
    // A fresh database gets the current layout from 001; 002 finds nothing to convert.
    const tables = await (await db.client.query({ query: "SHOW TABLES", format: "JSONEachRow" })).json<{ name: string }>();
    expect(tables.map((t) => t.name)).not.toContain("book_deltas_by_level_v1");

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
      expect(result.applied).toEqual(["ticks-002-book-level-arrays"]);
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

  it("refuses duplicate ids", async () => {
    const m: Migration = { id: "dup", statements: () => [] };
    await expect(runMigrations(db.client, [m, m])).rejects.toThrow(/duplicate migration id/);
  });
});
