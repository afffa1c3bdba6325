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
 * once), without ORDER BY (rows are regrouped here, the server need not sort). A batch is emitted once the
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
import { type ReplayBatch, TickBatchBuilder } from "./batch-builder.ts";
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

export const emptyStoredBatchStats = (): StoredBatchStats => ({ windows: 0, rows: 0, batches: 0, reorderedBatches: 0, readToNs: 0 });

interface RowBase {
  edge_id: string;
  seq: string;
  venue: string;
  symbol: string;
  venue_symbol: string;
  /** Venue and receive time, ns, as decimal text (Int64 exact). */
  vt: string;
  rt: string;
}
interface TradeRow extends RowBase {
  trade_id: string;
  price: number | null;
  size: number | null;
  side: number;
}
interface BboRow extends RowBase {
  uid: string;
  bid_price: number | null;
  bid_size: number | null;
  ask_price: number | null;
  ask_size: number | null;
}
interface BookRow extends RowBase {
  event_index: number;
  fu: string;
  lu: string;
  pu: string;
  bid_price: (number | null)[];
  bid_size: (number | null)[];
  ask_price: (number | null)[];
  ask_size: (number | null)[];
}

const COMMON = "edge_id, toString(seq) AS seq, venue, symbol, venue_symbol, toString(venue_time_ns) AS vt, toString(receive_time_ns) AS rt";
const COLUMNS: Record<ReplayTable, string> = {
  trades: `${COMMON}, trade_id, price, size, CAST(side AS Int8) AS side`,
  bbo: `${COMMON}, toString(update_id) AS uid, bid_price, bid_size, ask_price, ask_size`,
  book_snapshots: `${COMMON}, event_index, toString(first_update_id) AS fu, toString(last_update_id) AS lu, toString(prev_update_id) AS pu, bid_price, bid_size, ask_price, ask_size`,
  book_deltas: `${COMMON}, event_index, toString(first_update_id) AS fu, toString(last_update_id) AS lu, toString(prev_update_id) AS pu, bid_price, bid_size, ask_price, ask_size`,
};
const TABLES = Object.keys(COLUMNS) as ReplayTable[];

/** Rows whose event time (the venue's, or the receive stamp where the venue gave none) is in [fromNs, toNs). */
const eventTimeIn = (fromNs: bigint, toNs: bigint) =>
  `(venue_time_ns >= ${fromNs} AND venue_time_ns < ${toNs} OR venue_time_ns = 0 AND receive_time_ns >= ${fromNs} AND receive_time_ns < ${toNs})`;

/** Non-negative decimal ns text compared as numbers (same length: as text). */
function compareNs(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}
const byArrival = (a: RowBase, b: RowBase) => compareNs(a.rt, b.rt) || compareNs(a.vt, b.vt);
const tradeOrder = (a: TradeRow, b: TradeRow) => byArrival(a, b) || compareNs(a.trade_id, b.trade_id);
const bboOrder = (a: BboRow, b: BboRow) => byArrival(a, b) || compareNs(a.uid, b.uid);
const bookOrder = (a: BookRow, b: BookRow) => a.event_index - b.event_index;

/** `ns − baseMs·1e6` exactly, from decimal text: ms part and sub-ms part as numbers, BigInt only off the usual path. */
function deltaNs(ns: string, baseMs: number): number {
  if (ns.length > 6 && ns.length < 22 && ns.charCodeAt(0) !== 45) return (Number(ns.slice(0, -6)) - baseMs) * 1e6 + Number(ns.slice(-6));
  return Number(BigInt(ns) - BigInt(baseMs) * 1_000_000n);
}
const msOf = (ns: string) => (ns.length > 6 ? Number(ns.slice(0, -6)) : 0);
const num = (v: number | null) => v ?? NaN;

/** One batch's rows as they come in, per table. */
class PendingBatch {
  /** Latest receive stamp among its rows (text), and as a number for ordering. */
  lastReceive = "";
  key = -Infinity;
  readonly trades: TradeRow[] = [];
  readonly bbo: BboRow[] = [];
  readonly book_snapshots: BookRow[] = [];
  readonly book_deltas: BookRow[] = [];

  constructor(
    readonly edgeId: string,
    readonly seq: number,
  ) {}

  add(table: ReplayTable, row: RowBase): void {
    (this[table] as RowBase[]).push(row);
    if (this.lastReceive === "" || compareNs(row.rt, this.lastReceive) > 0) {
      this.lastReceive = row.rt;
      this.key = Number(row.rt);
    }
  }

  build(): ReplayBatch {
    const baseMs = msOf(this.lastReceive);
    const b = new TickBatchBuilder(baseMs);
    const venueDelta = (vt: string) => (vt === "0" ? VENUE_TIME_UNKNOWN_DELTA : deltaNs(vt, baseMs));
    const instrument = (r: RowBase) => b.instrument(r.venue, r.symbol, r.venue_symbol);
    for (const r of this.trades.sort(tradeOrder)) b.trade(instrument(r), venueDelta(r.vt), deltaNs(r.rt, baseMs), r.trade_id, num(r.price), num(r.size), r.side);
    for (const r of this.bbo.sort(bboOrder)) b.bbo(instrument(r), venueDelta(r.vt), deltaNs(r.rt, baseMs), Number(r.uid), num(r.bid_price), num(r.bid_size), num(r.ask_price), num(r.ask_size));
    for (const snapshot of [true, false]) {
      for (const r of (snapshot ? this.book_snapshots : this.book_deltas).sort(bookOrder)) {
        b.book(snapshot, instrument(r), venueDelta(r.vt), deltaNs(r.rt, baseMs), Number(r.fu), Number(r.lu), Number(r.pu));
        for (let i = 0; i < r.bid_price.length; i++) b.level(true, num(r.bid_price[i]), num(r.bid_size[i]));
        for (let i = 0; i < r.ask_price.length; i++) b.level(false, num(r.ask_price[i]), num(r.ask_size[i]));
      }
    }
    return b.build(this.edgeId, this.seq);
  }
}

const laterOf = (a: bigint, b: bigint) => (a > b ? a : b);
const earlierOf = (a: bigint, b: bigint) => (a < b ? a : b);

/** Reads the stored ticks of a range; `stats` is updated as it goes. */
export class StoredBatches {
  readonly stats: StoredBatchStats = emptyStoredBatchStats();
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
    let reading: Promise<RowBase[][]> | null = this.read(fromNs, readTo);
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

  /** The rows of [fromNs, toNs), per table (in TABLES order). */
  private async read(fromNs: bigint, toNs: bigint): Promise<RowBase[][]> {
    const tables = await Promise.all(
      TABLES.map(async (table) => {
        const result = await this.client.query({ query: `SELECT ${COLUMNS[table]} FROM ${quoteIdentifier(table)} WHERE ${eventTimeIn(fromNs, toNs)}${this.filter}`, format: "JSONEachRow" });
        const rows: RowBase[] = [];
        for await (const chunk of result.stream<RowBase>()) for (const row of chunk) rows.push(row.json());
        return rows;
      }),
    );
    this.stats.windows++;
    this.stats.readToNs = Number(toNs);
    return tables;
  }

  /** Files a window's rows under their batches (after the cut, if any); returns the rows read. */
  private collect(tables: RowBase[][], pending: Map<string, PendingBatch>): number {
    const cut = this.range.cut;
    let count = 0;
    tables.forEach((rows, t) => {
      const table = TABLES[t];
      count += rows.length;
      for (const row of rows) {
        const seq = Number(row.seq);
        if (cut && !cut.includes(table, row.edge_id, seq)) continue;
        const key = `${row.edge_id}\u0000${seq}`;
        let batch = pending.get(key);
        if (!batch) pending.set(key, (batch = new PendingBatch(row.edge_id, seq)));
        batch.add(table, row);
      }
    });
    this.stats.rows += count;
    return count;
  }

  /** Rows (events) in the range, before any cut: the total for a progress bar. */
  async count(): Promise<number> {
    const counts = await Promise.all(TABLES.map((table) => this.aggregate(table, "count() AS n", this.range.fromNs)));
    return counts.reduce((sum, row) => sum + Number(row.n), 0);
  }

  /** The earliest event time at or after `fromNs` in the range, or null when there is none. */
  private async nextTime(fromNs: bigint): Promise<bigint | null> {
    const found = await Promise.all(TABLES.map((table) => this.aggregate(table, "toString(min(if(venue_time_ns = 0, receive_time_ns, venue_time_ns))) AS t, count() AS n", fromNs)));
    const times = found.filter((row) => Number(row.n) > 0).map((row) => BigInt(row.t));
    return times.length === 0 ? null : times.reduce(earlierOf);
  }

  private async aggregate(table: ReplayTable, select: string, fromNs: bigint): Promise<{ t: string; n: string | number }> {
    const result = await this.client.query({ query: `SELECT ${select} FROM ${quoteIdentifier(table)} WHERE ${eventTimeIn(fromNs, this.range.toNs)}${this.filter}`, format: "JSONEachRow" });
    const [row] = await result.json<{ t: string; n: string | number }>();
    return row;
  }
}
