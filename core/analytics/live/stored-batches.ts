/**
 * The tick store read back as the batches the edges sent: trades, book snapshots and deltas, and best
 * bid/asks of a time range, regrouped by (edge_id, seq) into columnar TickBatches (batch-builder.ts) and
 * yielded in the order the core received them. A warm start and a dataset export replay them through the live
 * engine's own input path, so they rebuild exactly what the engine computed live: one implementation.
 *
 * Order. Live, the engine takes batch after batch, and inside a batch the walker interleaves the columns by
 * event time. Bit for bit that needs each batch back whole, the batches in arrival order, and each column in
 * its arrival order:
 *   - batches: by their latest receive stamp (an edge stamps events as they arrive and seals a batch after its
 *     last one: per edge this is seq order, across edges the order the core got them in), ties by edge, seq;
 *   - book events by event_index (their place in the batch). Trades and BBOs have no such column: by receive
 *     stamp, then venue time, then trade id / update id (the order one venue message lists them in).
 * Reading. The range is read in windows of event time sized to about TARGET_ROWS rows (never the range at
 * once), without ORDER BY (rows are regrouped here, the server need not sort), as RowBinary (decoded in
 * row-binary-reader.ts: doubles bit for bit, Int64 times exact). A batch is emitted once the
 * window holding its latest receive stamp has been read MARGIN_NS beyond its end, so a batch whose venue
 * times lie within MARGIN_NS of its receive times always comes back whole. A row further off (a broken venue
 * clock) still comes back, later, as a fragment of its batch, counted in `reorderedBatches`.
 *
 * Event time selects the rows: the venue's stamp, or the receive stamp where the venue gave none (stored as
 * venue time 0). ClickHouse 18.16 has no query parameters: every value is spliced in through sql-escape.ts.
 */
import type { ClickHouseClient } from "@clickhouse/client";
import { VENUE_TIME_UNKNOWN_DELTA } from "../../store/ns-time.ts";
import { quoteIdentifier, quoteString } from "../../store/sql-escape.ts";
import { TICK_EVENT_TIME_SQL } from "../../store/tick-tables.ts";
import { type ReplayBatch, TickBatchBuilder } from "./batch-builder.ts";
import { NsHalves, RowBinaryReader } from "./row-binary-reader.ts";
import type { ReplayCut, ReplayTable } from "./replay-cut.ts";

/** Rows per window aimed at: large enough that query overhead is small, small enough to hold in memory. */
const TARGET_ROWS = 50_000;
const FIRST_WINDOW_NS = 60_000_000_000n;
const MIN_WINDOW_NS = 1_000_000_000n;
const MAX_WINDOW_NS = 24n * 3_600_000_000_000n;
/** How far a venue stamp may lie from its receive stamp and the batch still come back whole. */
export const MARGIN_NS = 60_000_000_000n;

export interface StoredTickRange {
  /** Event time range, ns: [fromNs, toNs). */
  readonly fromNs: bigint;
  readonly toNs: bigint;
  /** Only this venue (default: every venue, each kept apart by the engine as live). */
  readonly venue?: string;
  /** Only these symbols (default: all). */
  readonly symbols?: readonly string[];
  /** Only parts stored before a warm start began (replay-cut.ts). */
  readonly cut?: ReplayCut;
}

export interface StoredBatchStats {
  windows: number;
  rows: number;
  batches: number;
  /** Batches that came back after a later batch of their edge (a venue stamp beyond MARGIN_NS). */
  reorderedBatches: number;
  /** Event time read up to, ns since the epoch (progress). */
  readToNs: number;
}


/** The columns every row starts with, decoded in this order (RowBinary); a class per table keeps rows monomorphic. */
const COMMON = "edge_id, seq, venue, symbol, venue_symbol, venue_time_ns, receive_time_ns";
class Row {
  readonly edgeId: string;
  readonly seq: number;
  readonly venue: string;
  readonly symbol: string;
  readonly venueSymbol: string;
  readonly venueTime: NsHalves;
  readonly receiveTime: NsHalves;

  constructor(r: RowBinaryReader) {
    this.edgeId = r.string();
    this.seq = r.u64();
    this.venue = r.string();
    this.symbol = r.string();
    this.venueSymbol = r.string();
    r.i64();
    this.venueTime = NsHalves.of(r);
    r.i64();
    this.receiveTime = NsHalves.of(r);
  }
}

class TradeRow extends Row {
  static readonly columns = `${COMMON}, trade_id, price, size, side`;
  readonly tradeId: string;
  readonly price: number;
  readonly size: number;
  readonly side: number;

  constructor(r: RowBinaryReader) {
    super(r);
    this.tradeId = r.string();
    this.price = r.f64();
    this.size = r.f64();
    this.side = r.i8();
  }
}

class BboRow extends Row {
  static readonly columns = `${COMMON}, update_id, bid_price, bid_size, ask_price, ask_size`;
  readonly updateId: number;
  readonly bidPrice: number;
  readonly bidSize: number;
  readonly askPrice: number;
  readonly askSize: number;

  constructor(r: RowBinaryReader) {
    super(r);
    this.updateId = r.u64();
    this.bidPrice = r.f64();
    this.bidSize = r.f64();
    this.askPrice = r.f64();
    this.askSize = r.f64();
  }
}

class BookRow extends Row {
  static readonly columns = `${COMMON}, event_index, first_update_id, last_update_id, prev_update_id, bid_price, bid_size, ask_price, ask_size`;
  readonly eventIndex: number;
  readonly firstUpdateId: number;
  readonly lastUpdateId: number;
  readonly prevUpdateId: number;
  readonly bidPrice: number[];
  readonly bidSize: number[];
  readonly askPrice: number[];
  readonly askSize: number[];

  constructor(r: RowBinaryReader) {
    super(r);
    this.eventIndex = r.u32();
    this.firstUpdateId = r.u64();
    this.lastUpdateId = r.u64();
    this.prevUpdateId = r.u64();
    this.bidPrice = r.f64Array();
    this.bidSize = r.f64Array();
    this.askPrice = r.f64Array();
    this.askSize = r.f64Array();
  }
}

const TABLES: Record<ReplayTable, { readonly columns: string; new (r: RowBinaryReader): Row }> = {
  trades: TradeRow,
  bbo: BboRow,
  book_snapshots: BookRow,
  book_deltas: BookRow,
};
const TABLE_NAMES = Object.keys(TABLES) as ReplayTable[];

/** Rows whose event time (the venue's, or the receive stamp where the venue gave none) is in [fromNs, toNs). */
const eventTimeIn = (fromNs: bigint, toNs: bigint) =>
  `(${TICK_EVENT_TIME_SQL} >= ${fromNs} AND ${TICK_EVENT_TIME_SQL} < ${toNs})`;

const byArrival = (a: Row, b: Row) => a.receiveTime.compare(b.receiveTime) || a.venueTime.compare(b.venueTime);
/** Numeric ids (the usual kind) in numeric order: by length, then as text. */
const byId = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
const tradeOrder = (a: TradeRow, b: TradeRow) => byArrival(a, b) || byId(a.tradeId, b.tradeId);
const bboOrder = (a: BboRow, b: BboRow) => byArrival(a, b) || a.updateId - b.updateId;
const bookOrder = (a: BookRow, b: BookRow) => a.eventIndex - b.eventIndex;

/** One batch's rows as they come in, per table. */
class PendingBatch {
  /** Latest receive stamp among its rows: the batch's place in the replay. */
  lastReceive: NsHalves | undefined;
  readonly trades: TradeRow[] = [];
  readonly bbo: BboRow[] = [];
  readonly book_snapshots: BookRow[] = [];
  readonly book_deltas: BookRow[] = [];

  constructor(
    readonly edgeId: string,
    readonly seq: number,
  ) {}

  /** Ordering key, ns (approximate: ties within ±256 ns are broken by edge and seq). */
  get key(): number {
    return this.lastReceive!.approx;
  }

  add(table: ReplayTable, row: Row): void {
    (this[table] as Row[]).push(row);
    if (this.lastReceive === undefined || row.receiveTime.compare(this.lastReceive) > 0) this.lastReceive = row.receiveTime;
  }

  build(): ReplayBatch {
    const baseMs = Math.floor(this.key / 1e6);
    const base = NsHalves.ofMs(baseMs);
    const b = new TickBatchBuilder(baseMs);
    const venueDelta = (t: NsHalves) => (t.isZero ? VENUE_TIME_UNKNOWN_DELTA : t.deltaFrom(base));
    const instrument = (r: Row) => b.instrument(r.venue, r.symbol, r.venueSymbol);
    for (const r of this.trades.sort(tradeOrder)) b.trade(instrument(r), venueDelta(r.venueTime), r.receiveTime.deltaFrom(base), r.tradeId, r.price, r.size, r.side);
    for (const r of this.bbo.sort(bboOrder)) b.bbo(instrument(r), venueDelta(r.venueTime), r.receiveTime.deltaFrom(base), r.updateId, r.bidPrice, r.bidSize, r.askPrice, r.askSize);
    for (const snapshot of [true, false]) {
      for (const r of (snapshot ? this.book_snapshots : this.book_deltas).sort(bookOrder)) {
        b.book(snapshot, instrument(r), venueDelta(r.venueTime), r.receiveTime.deltaFrom(base), r.firstUpdateId, r.lastUpdateId, r.prevUpdateId);
        b.levels(true, r.bidPrice, r.bidSize);
        b.levels(false, r.askPrice, r.askSize);
      }
    }
    return b.build(this.edgeId, this.seq);
  }
}

const laterOf = (a: bigint, b: bigint) => (a > b ? a : b);
const earlierOf = (a: bigint, b: bigint) => (a < b ? a : b);

/** Reads the stored ticks of a range; `stats` is updated as it goes. */
export class StoredBatches {
  readonly stats: StoredBatchStats = { windows: 0, rows: 0, batches: 0, reorderedBatches: 0, readToNs: 0 };
  private readonly filter: string;

  constructor(
    private readonly client: ClickHouseClient,
    private readonly range: StoredTickRange,
  ) {
    const where: string[] = [];
    if (range.venue !== undefined) where.push(`venue = ${quoteString(range.venue)}`);
    if (range.symbols !== undefined) where.push(`symbol IN (${range.symbols.length > 0 ? range.symbols.map(quoteString).join(", ") : "''"})`);
    this.filter = where.map((w) => ` AND ${w}`).join("");
  }

  /** The batches in arrival order. */
  async *batches(): AsyncGenerator<ReplayBatch> {
    const { fromNs, toNs } = this.range;
    const pending = new Map<string, PendingBatch>();
    const lastSeq = new Map<string, number>();
    let width = FIRST_WINDOW_NS;
    let emitTo = earlierOf(fromNs + width, toNs);
    let readTo = earlierOf(emitTo + MARGIN_NS, toNs);
    let reading: Promise<Row[][]> | null = this.read(fromNs, readTo);
    while (reading) {
      const rows = this.collect(await reading, pending);
      const emitUntil = Number(emitTo);
      const cursor = readTo;
      reading = null;
      if (cursor < toNs) {
        // Wider or narrower windows to stay near TARGET_ROWS (at most 4× per step); after a stretch without
        // data, jump to its next row (the density there is unknown: start narrow again).
        const empty = rows === 0 && pending.size === 0;
        const start = empty ? await this.nextTime(cursor) : cursor;
        const scale = Math.min(4, Math.max(0.25, TARGET_ROWS / Math.max(rows, 1)));
        width = empty ? FIRST_WINDOW_NS : laterOf(MIN_WINDOW_NS, earlierOf(MAX_WINDOW_NS, BigInt(Math.round(Number(width) * scale))));
        if (start !== null) {
          emitTo = earlierOf(start + width, toNs);
          readTo = earlierOf(emitTo + MARGIN_NS, toNs);
          reading = this.read(cursor, readTo);
          // Read ahead while the caller works through this window's batches; errors surface at the await.
          reading.catch(() => {});
        }
      }
      // The last window emits everything left.
      const ready = [...pending.values()].filter((p) => reading === null || p.key < emitUntil);
      ready.sort((a, b) => a.key - b.key || (a.edgeId < b.edgeId ? -1 : a.edgeId > b.edgeId ? 1 : a.seq - b.seq));
      for (const p of ready) {
        pending.delete(`${p.edgeId}\u0000${p.seq}`);
        if (p.seq <= (lastSeq.get(p.edgeId) ?? 0)) this.stats.reorderedBatches++;
        else lastSeq.set(p.edgeId, p.seq);
        this.stats.batches++;
        yield p.build();
      }
    }
  }

  /** The rows of [fromNs, toNs), per table (in TABLE_NAMES order). */
  private async read(fromNs: bigint, toNs: bigint): Promise<Row[][]> {
    const tables = await Promise.all(
      TABLE_NAMES.map(async (table) => {
        const RowOf = TABLES[table];
        const result = await this.client.exec({ query: `SELECT ${RowOf.columns} FROM ${quoteIdentifier(table)} WHERE ${eventTimeIn(fromNs, toNs)}${this.filter} FORMAT RowBinary` });
        const rows: Row[] = [];
        const reader = new RowBinaryReader();
        for await (const chunk of result.stream) reader.rows(chunk as Buffer, (r) => rows.push(new RowOf(r)));
        if (reader.leftover) throw new Error(`${table}: RowBinary stream ended inside a row`);
        return rows;
      }),
    );
    this.stats.windows++;
    this.stats.readToNs = Number(toNs);
    return tables;
  }

  /** Files a window's rows under their batches (after the cut, if any); returns the rows read. */
  private collect(tables: Row[][], pending: Map<string, PendingBatch>): number {
    const cut = this.range.cut;
    let count = 0;
    tables.forEach((rows, t) => {
      const table = TABLE_NAMES[t];
      count += rows.length;
      for (const row of rows) {
        if (cut && !cut.includes(table, row.edgeId, row.seq)) continue;
        const key = `${row.edgeId}\u0000${row.seq}`;
        let batch = pending.get(key);
        if (!batch) pending.set(key, (batch = new PendingBatch(row.edgeId, row.seq)));
        batch.add(table, row);
      }
    });
    this.stats.rows += count;
    return count;
  }

  /** Rows (events) in the range, before any cut: the total for a progress bar. */
  async count(): Promise<number> {
    const counts = await Promise.all(TABLE_NAMES.map((table) => this.aggregate(table, "count() AS n", this.range.fromNs)));
    return counts.reduce((sum, row) => sum + Number(row.n), 0);
  }

  /** The earliest event time at or after `fromNs` in the range, or null when there is none. */
  private async nextTime(fromNs: bigint): Promise<bigint | null> {
    const found = await Promise.all(TABLE_NAMES.map((table) => this.aggregate(table, `toString(min(${TICK_EVENT_TIME_SQL})) AS t, count() AS n`, fromNs)));
    const times = found.filter((row) => Number(row.n) > 0).map((row) => BigInt(row.t));
    return times.length === 0 ? null : times.reduce(earlierOf);
  }

  private async aggregate(table: ReplayTable, select: string, fromNs: bigint): Promise<{ t: string; n: string | number }> {
    const result = await this.client.query({ query: `SELECT ${select} FROM ${quoteIdentifier(table)} WHERE ${eventTimeIn(fromNs, this.range.toNs)}${this.filter}`, format: "JSONEachRow" });
    const [row] = await result.json<{ t: string; n: string | number }>();
    return row;
  }
}
