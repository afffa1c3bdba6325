/**
 * The `--until-done` summary: what a run stored, read back from ClickHouse (not from the processes'
 * own counters), so it proves the data landed.
 */
import type { ClickHouseClient } from "@clickhouse/client";
import { quoteIdentifier, quoteString } from "../../core/store/sql-escape.ts";

export interface StoredCounts {
  trades: number;
  bookDeltas: number;
  bookSnapshots: number;
  bbo: number;
  /** Book levels (rows) behind the delta and snapshot events. */
  bookLevels: number;
  derivatives: number;
  liquidations: number;
  health: number;
}

async function scalar(client: ClickHouseClient, query: string): Promise<number> {
  const result = await client.query({ query, format: "JSONEachRow" });
  const rows = (await result.json()) as Array<Record<string, string | number>>;
  return Number(Object.values(rows[0] ?? { n: 0 })[0]);
}

/** Counts for these edges; tables of `database` (default: the client's own). */
export async function storedCounts(client: ClickHouseClient, edgeIds: readonly string[], database?: string): Promise<StoredCounts> {
  const where = `edge_id IN (${edgeIds.map(quoteString).join(", ")})`;
  const table = (name: string) => (database ? `${quoteIdentifier(database)}.${name}` : name);
  const count = (name: string) => scalar(client, `SELECT count() AS n FROM ${table(name)} WHERE ${where}`);
  const levels = (name: string) =>
    scalar(client, `SELECT sum(length(bid_price) + length(ask_price)) AS n FROM ${table(name)} WHERE ${where}`);
  const [trades, bookDeltas, bookSnapshots, bbo, deltaLevels, snapshotLevels, derivatives, liquidations, health] = await Promise.all([
    count("trades"),
    count("book_deltas"),
    count("book_snapshots"),
    count("bbo"),
    levels("book_deltas"),
    levels("book_snapshots"),
    count("derivative_tickers"),
    count("liquidations"),
    count("edge_health"),
  ]);
  return { trades, bookDeltas, bookSnapshots, bbo, bookLevels: deltaLevels + snapshotLevels, derivatives, liquidations, health };
}
