/**
 * The tick store's tables: one column list per table, rendered per dialect. The TSV encoder writes
 * fields in exactly this order and the writer names these columns in its INSERT, so the schema and
 * the encoder cannot drift apart silently.
 *
 * Every row carries (edge_id, seq): the writer's exactly-once check reads max(seq) per edge back
 * from each table after a restart. Times are Int64 ns (exact); on modern servers a MATERIALIZED
 * DateTime64(9) twin makes them readable without changing what is inserted.
 */
import type { Dialect } from "./dialect.ts";
import type { Migration } from "./migrations.ts";
import { quoteIdentifier } from "./sql-escape.ts";

export type TickTable = "trades" | "book_deltas" | "book_snapshots" | "bbo" | "derivative_tickers" | "liquidations" | "edge_health";

export const TICK_TABLES: readonly TickTable[] = ["trades", "book_deltas", "book_snapshots", "bbo", "derivative_tickers", "liquidations", "edge_health"];

interface Column {
  name: string;
  type: string;
  /** Few distinct values: LowCardinality(String) on modern servers. */
  dictionary?: true;
  /** Monotone-ish ns times: Delta + ZSTD codec on modern servers. */
  nsTime?: true;
}

interface TableSpec {
  columns: Column[];
  /** ns time column the modern servers' readable twin is made from. */
  timeColumn: string;
  /** SQL of the ns event time that partitions (by UTC day) and ends the sort key. */
  eventTime: string;
  /** Sort key: column names, then `eventTime`. */
  orderBy: string[];
  /** Name of the modern servers' MATERIALIZED DateTime64(9) twin of `timeColumn`. */
  readableTime: string;
  /** A Nested column, inserted as parallel arrays `name.field`. */
  nested?: { name: string; fields: Array<[field: string, type: string]> };
}

const TRADE_SIDE = "Enum8('unknown' = 0, 'buy' = 1, 'sell' = 2)";
const SEVERITY = "Enum8('unspecified' = 0, 'green' = 1, 'yellow' = 2, 'red' = 3)";

const source: Column[] = [
  { name: "edge_id", type: "String", dictionary: true },
  { name: "seq", type: "UInt64" },
];
const instrumentAndTimes: Column[] = [
  { name: "venue", type: "String", dictionary: true },
  { name: "symbol", type: "String", dictionary: true },
  { name: "venue_symbol", type: "String", dictionary: true },
  { name: "venue_time_ns", type: "Int64", nsTime: true },
  { name: "receive_time_ns", type: "Int64", nsTime: true },
];
const f64 = (name: string): Column => ({ name, type: "Float64" });
const u64 = (name: string): Column => ({ name, type: "UInt64" });
const f64s = (name: string): Column => ({ name, type: "Array(Float64)" });
/**
 * A tick's event time: the venue's stamp, or the receive stamp where the venue gives none (0; Binance
 * spot bookTicker, for one). Partitioning or sorting by the venue stamp alone put every such row in
 * the 1970-01-01 partition, unsorted: a full scan for any time range, and the first partition a
 * retention policy would drop.
 */
export const TICK_EVENT_TIME_SQL = "if(venue_time_ns = 0, receive_time_ns, venue_time_ns)";

const tickTable = (columns: Column[]): TableSpec => ({
  columns,
  timeColumn: "venue_time_ns",
  eventTime: TICK_EVENT_TIME_SQL,
  orderBy: ["venue", "symbol"],
  readableTime: "venue_time",
});

/**
 * One row per book event, its levels as parallel arrays: a depth update carries ~5-30 levels (a
 * snapshot 1,000+ a side), and a row per level repeated ~100 bytes of edge, instrument, times and ids
 * for every 16 bytes of price and size, which made book levels most of the insert work. Per-level
 * queries use `ARRAY JOIN bid_price AS price, bid_size AS size`.
 */
const book = tickTable([
  ...source,
  { name: "event_index", type: "UInt32" },
  ...instrumentAndTimes,
  u64("first_update_id"),
  u64("last_update_id"),
  u64("prev_update_id"),
  f64s("bid_price"),
  f64s("bid_size"),
  f64s("ask_price"),
  f64s("ask_size"),
]);

const SPECS: Record<TickTable, TableSpec> = {
  trades: tickTable([...source, ...instrumentAndTimes, { name: "trade_id", type: "String" }, f64("price"), f64("size"), { name: "side", type: TRADE_SIDE }]),
  book_deltas: book,
  book_snapshots: book,
  bbo: tickTable([...source, ...instrumentAndTimes, u64("update_id"), f64("bid_price"), f64("bid_size"), f64("ask_price"), f64("ask_size")]),
  derivative_tickers: tickTable([
    ...source,
    ...instrumentAndTimes,
    f64("funding_rate"),
    { name: "next_funding_time_ns", type: "Int64" },
    f64("mark_price"),
    f64("index_price"),
    f64("open_interest"),
  ]),
  liquidations: tickTable([...source, ...instrumentAndTimes, { name: "side", type: TRADE_SIDE }, f64("price"), f64("size")]),
  edge_health: {
    columns: [
      ...source,
      { name: "venue", type: "String", dictionary: true },
      { name: "symbol", type: "String", dictionary: true },
      { name: "connection", type: "String", dictionary: true },
      { name: "time_ns", type: "Int64", nsTime: true },
      { name: "severity", type: SEVERITY },
      { name: "reason", type: "String" },
      { name: "clock_offset_ns", type: "Int64" },
      f64("latency_p50_ms"),
      f64("latency_p99_ms"),
      f64("messages_per_second"),
      ...["reconnects", "resyncs", "gaps", "checksum_failures", "malformed", "dropped"].map(u64),
    ],
    nested: { name: "metrics", fields: [["key", "String"], ["value", "Float64"]] },
    timeColumn: "time_ns",
    eventTime: "time_ns",
    orderBy: ["edge_id", "connection"],
    readableTime: "time",
  },
};

/** Column names in insert (and TSV field) order. */
export function insertColumns(table: TickTable): string[] {
  const { columns, nested } = SPECS[table];
  return [...columns.map((c) => c.name), ...(nested?.fields.map(([field]) => `${nested.name}.${field}`) ?? [])];
}

function columnType(column: Column, dialect: Dialect): string {
  if (dialect.kind === "legacy") return column.type;
  if (column.dictionary) return `LowCardinality(${column.type})`;
  if (column.nsTime) return `${column.type} CODEC(Delta, ZSTD)`;
  return column.type;
}

/** `as` names the table created (a migration builds the new layout beside the old table). */
export function createTableStatement(table: TickTable, dialect: Dialect, as: string = table): string {
  const spec = SPECS[table];
  const time = quoteIdentifier(spec.timeColumn);
  const lines = spec.columns.map((c) => `${quoteIdentifier(c.name)} ${columnType(c, dialect)}`);
  if (spec.nested) {
    const fields = spec.nested.fields.map(([field, type]) => `${quoteIdentifier(field)} ${type}`);
    lines.push(`${quoteIdentifier(spec.nested.name)} Nested(${fields.join(", ")})`);
  }
  if (dialect.kind === "modern") {
    lines.push(`${quoteIdentifier(spec.readableTime)} DateTime64(9, 'UTC') MATERIALIZED fromUnixTimestamp64Nano(${time}, 'UTC')`);
  }
  return [
    `CREATE TABLE IF NOT EXISTS ${quoteIdentifier(as)} (`,
    `  ${lines.join(",\n  ")}`,
    `) ENGINE = MergeTree()`,
    `PARTITION BY toDate(toDateTime(intDiv(${spec.eventTime}, 1000000000), 'UTC'))`,
    `ORDER BY (${[...spec.orderBy.map(quoteIdentifier), spec.eventTime].join(", ")})`,
  ].join("\n");
}

/** The tick store's migrations, run at start-up by `runMigrations` beside other modules' lists. */
export const tickTableMigrations: readonly Migration[] = [
  {
    id: "ticks-001-tables",
    statements: (dialect) => TICK_TABLES.map((table) => createTableStatement(table, dialect)),
  },
  {
    // Book tables moved from a row per level to a row per event. Old tables keep their data under a
    // new name (nothing is dropped); the new layout is created in their place.
    id: "ticks-002-book-level-arrays",
    statements: (dialect, existing) =>
      (["book_deltas", "book_snapshots"] as const)
        .filter((table) => existing.hasColumn(table, "side"))
        .flatMap((table) => [
          `RENAME TABLE ${quoteIdentifier(table)} TO ${quoteIdentifier(`${table}_by_level_v1`)}`,
          createTableStatement(table, dialect),
        ]),
  },
  {
    // Tick tables partitioned and sorted by the venue stamp alone move to the event time (see
    // TICK_EVENT_TIME_SQL). ClickHouse cannot change a partition key in place: the new layout is
    // filled beside the old table, which then keeps its rows under a new name (nothing is dropped).
    // A table already in the new layout (a fresh database, or converted by an interrupted run) is
    // left alone; a half-built copy from an interrupted run is dropped and built again.
    id: "ticks-003-event-time-partition",
    statements: (dialect, existing) =>
      TICK_TABLES.filter((table) => SPECS[table].eventTime === TICK_EVENT_TIME_SQL)
        .filter((table) => existing.partitionKey(table) !== undefined && !existing.partitionKey(table)!.includes("receive_time_ns"))
        .flatMap((table) => {
          const building = `${table}__event_time`;
          const columns = insertColumns(table).map(quoteIdentifier).join(", ");
          return [
            `DROP TABLE IF EXISTS ${quoteIdentifier(building)}`,
            createTableStatement(table, dialect, building),
            `INSERT INTO ${quoteIdentifier(building)} (${columns}) SELECT ${columns} FROM ${quoteIdentifier(table)}`,
            `RENAME TABLE ${quoteIdentifier(table)} TO ${quoteIdentifier(`${table}_by_venue_time_v2`)}, ${quoteIdentifier(building)} TO ${quoteIdentifier(table)}`,
          ];
        }),
  },
];
