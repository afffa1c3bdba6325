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
    expect(first.applied).toEqual(["ticks-001-tables"]);
    const second = await runMigrations(db.client, tickTableMigrations);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(["ticks-001-tables"]);

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

  it("refuses duplicate ids", async () => {
    const m: Migration = { id: "dup", statements: () => [] };
    await expect(runMigrations(db.client, [m, m])).rejects.toThrow(/duplicate migration id/);
  });
});
