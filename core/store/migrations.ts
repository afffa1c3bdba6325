/**
 * Schema migrations shared by every module that owns tables (tick store, analytics bars, ...): each
 * passes its own list to the same runner at start-up. Applied ids are recorded in
 * `schema_migrations` of the client's database, so a second start applies nothing. Statements must
 * be idempotent themselves (CREATE ... IF NOT EXISTS): a crash between a statement and its record
 * simply re-runs them.
 */
import type { ClickHouseClient } from "@clickhouse/client";
import { detectDialect, type Dialect } from "./dialect.ts";
import { quoteString } from "./sql-escape.ts";

/** The tables and columns of the client's database as they are before a migration runs. */
export interface ExistingSchema {
  hasColumn(table: string, column: string): boolean;
  /** The table's partition key as the server prints it; undefined when there is no such table. */
  partitionKey(table: string): string | undefined;
}

export interface Migration {
  /** Globally unique, namespaced by owner: "ticks-001-tables". Never renamed once shipped. */
  id: string;
  /** `existing` lets a migration that changes a layout convert old tables and skip new ones. */
  statements(dialect: Dialect, existing: ExistingSchema): string[];
}

async function readSchema(client: ClickHouseClient): Promise<ExistingSchema> {
  const result = await client.query({
    query: "SELECT table, name FROM system.columns WHERE database = currentDatabase()",
    format: "JSONEachRow",
  });
  const columns = new Set((await result.json<{ table: string; name: string }>()).map((r) => `${r.table}\u0000${r.name}`));
  const tables = await client.query({
    query: "SELECT name, partition_key FROM system.tables WHERE database = currentDatabase()",
    format: "JSONEachRow",
  });
  const partitionKeys = new Map((await tables.json<{ name: string; partition_key: string }>()).map((r) => [r.name, r.partition_key]));
  return {
    hasColumn: (table, column) => columns.has(`${table}\u0000${column}`),
    partitionKey: (table) => partitionKeys.get(table),
  };
}

export interface MigrationResult {
  dialect: Dialect;
  applied: string[];
  alreadyApplied: string[];
}

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (id String, applied_at DateTime)
ENGINE = MergeTree() ORDER BY id`;

export async function runMigrations(client: ClickHouseClient, migrations: readonly Migration[]): Promise<MigrationResult> {
  const ids = new Set<string>();
  for (const m of migrations) {
    if (ids.has(m.id)) throw new Error(`duplicate migration id "${m.id}"`);
    ids.add(m.id);
  }
  const dialect = await detectDialect(client);
  await client.command({ query: LEDGER });
  const done = await client.query({ query: "SELECT DISTINCT id FROM schema_migrations", format: "JSONEachRow" });
  const doneIds = new Set((await done.json<{ id: string }>()).map((r) => r.id));

  const applied: string[] = [];
  const alreadyApplied: string[] = [];
  for (const migration of migrations) {
    if (doneIds.has(migration.id)) {
      alreadyApplied.push(migration.id);
      continue;
    }
    for (const statement of migration.statements(dialect, await readSchema(client))) {
      try {
        await client.command({ query: statement });
      } catch (err) {
        throw new Error(`migration ${migration.id} failed on ClickHouse ${dialect.version}: ${(err as Error).message}`, { cause: err });
      }
    }
    await client.command({ query: `INSERT INTO schema_migrations (id, applied_at) VALUES (${quoteString(migration.id)}, now())` });
    applied.push(migration.id);
  }
  return { dialect, applied, alreadyApplied };
}
