/**
 * The `bars` table and its writer. Rows are keyed by (venue, symbol, timeframe, open_time_ns); the engine is
 * ReplacingMergeTree(revision), so a bar amended by a late trade (revision + 1) replaces the first version when
 * parts merge (`FINAL` when reading before that). Times are Int64 ns like the tick tables; modern servers also
 * get LowCardinality keys, codecs and a readable DateTime64 twin, 18.16 ("legacy") gets plain types.
 */
import { Readable } from "node:stream";
import type { ClickHouseClient } from "@clickhouse/client";
import type { Dialect } from "../../store/dialect.ts";
import type { Migration } from "../../store/migrations.ts";
import { quoteIdentifier, tsvEscape, tsvFloat } from "../../store/sql-escape.ts";
import type { Bar } from "./bar.ts";

export const BARS_TABLE = "bars";

interface Column {
  name: string;
  type: string;
  field: (bar: Bar) => string;
  dictionary?: true;
  nsTime?: true;
}

const f64 = (name: string, field: (bar: Bar) => number): Column => ({ name, type: "Float64", field: (b) => tsvFloat(field(b)) });

const COLUMNS: Column[] = [
  { name: "venue", type: "String", dictionary: true, field: (b) => tsvEscape(b.venue) },
  { name: "symbol", type: "String", dictionary: true, field: (b) => tsvEscape(b.symbol) },
  { name: "timeframe", type: "String", dictionary: true, field: (b) => tsvEscape(b.timeframe) },
  { name: "open_time_ns", type: "Int64", nsTime: true, field: (b) => String(b.openTimeNs) },
  { name: "close_time_ns", type: "Int64", nsTime: true, field: (b) => String(b.closeTimeNs) },
  f64("open", (b) => b.open),
  f64("high", (b) => b.high),
  f64("low", (b) => b.low),
  f64("close", (b) => b.close),
  f64("volume", (b) => b.volume),
  f64("quote_volume", (b) => b.quoteVolume),
  f64("vwap", (b) => b.vwap),
  { name: "trade_count", type: "UInt32", field: (b) => String(b.tradeCount) },
  f64("buy_volume", (b) => b.buyVolume),
  f64("sell_volume", (b) => b.sellVolume),
  { name: "revision", type: "UInt32", field: (b) => String(b.revision) },
];

function columnType(column: Column, dialect: Dialect): string {
  if (dialect.kind === "legacy") return column.type;
  if (column.dictionary) return `LowCardinality(${column.type})`;
  if (column.nsTime) return `${column.type} CODEC(Delta, ZSTD)`;
  return column.type;
}

export function createBarsTable(dialect: Dialect): string {
  const lines = COLUMNS.map((c) => `${quoteIdentifier(c.name)} ${columnType(c, dialect)}`);
  if (dialect.kind === "modern") lines.push("`open_time` DateTime64(9, 'UTC') MATERIALIZED fromUnixTimestamp64Nano(`open_time_ns`, 'UTC')");
  return [
    `CREATE TABLE IF NOT EXISTS ${quoteIdentifier(BARS_TABLE)} (`,
    `  ${lines.join(",\n  ")}`,
    ") ENGINE = ReplacingMergeTree(`revision`)",
    "PARTITION BY toYYYYMM(toDateTime(intDiv(`open_time_ns`, 1000000000), 'UTC'))",
    "ORDER BY (`venue`, `symbol`, `timeframe`, `open_time_ns`)",
  ].join("\n");
}

export const barTableMigrations: readonly Migration[] = [{ id: "bars-001-table", statements: (dialect) => [createBarsTable(dialect)] }];

/** One TabSeparated row (with its newline) in column order. */
export function barToTsv(bar: Bar): string {
  return `${COLUMNS.map((c) => c.field(bar)).join("\t")}\n`;
}

/**
 * Buffers closed and amended bars and inserts them in batches. A failed insert keeps its rows for the next
 * flush (bars are few: one per symbol and timeframe per period), so a ClickHouse restart loses nothing.
 */
export class BarWriter {
  private rows: string[] = [];
  inserted = 0;

  constructor(private readonly client: ClickHouseClient) {}

  add(bar: Bar): void {
    this.rows.push(barToTsv(bar));
  }

  get pending(): number {
    return this.rows.length;
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const batch = this.rows;
    this.rows = [];
    try {
      await this.client.insert({ table: BARS_TABLE, values: Readable.from([batch.join("")], { objectMode: false }), format: "TabSeparated", columns: COLUMNS.map((c) => c.name) as [string, ...string[]] });
      this.inserted += batch.length;
    } catch (err) {
      this.rows = batch.concat(this.rows);
      throw err;
    }
  }
}
