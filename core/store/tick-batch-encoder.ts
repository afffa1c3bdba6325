/**
 * Turns one columnar ingest.v1.TickBatch into RowBinary bytes per tick table, straight from the
 * columns: no per-row objects, instrument strings encoded once per batch, numbers written as binary
 * (no decimal formatting). The whole batch is checked while it is encoded and nothing is returned
 * unless all of it is valid, because a row ClickHouse refuses would block its table's insert queue
 * (the writer retries, it never drops).
 */
import type { ingest, market } from "../../proto/gen/proto.js";
import { NsTimeBase, VENUE_TIME_UNKNOWN_DELTA } from "./ns-time.ts";
import { RowBinaryBuffer } from "./row-binary.ts";
import type { TickTable } from "./tick-tables.ts";

export interface EncodedPart {
  table: TickTable;
  rows: number;
  /** RowBinary rows, fields in `insertColumns(table)` order. */
  bytes: Uint8Array;
}

export interface EncodedBatch {
  edgeId: string;
  seq: number;
  parts: EncodedPart[];
  /** Non-empty tables left out by the caller's `include`, with their row counts. */
  skipped: Array<{ table: TickTable; rows: number }>;
}

export class TickBatchError extends Error {
  override name = "TickBatchError";
}

/** Enum8 values of the tables' side and severity columns equal the proto enums' numbers. */
const TRADE_SIDE_VALUES = 3;
const SEVERITY_VALUES = 4;

type Column<T> = ArrayLike<T> | null | undefined;

/**
 * The row being encoded, named in error messages (`trades[3]`) only when one is thrown: formatting
 * the name for every row cost more than encoding the row.
 */
class Where {
  index = 0;
  constructor(private readonly table: string) {}
  toString(): string {
    return `${this.table}[${this.index}]`;
  }
}

/** Per-batch context: the row key, the instruments and times, and validation naming the offending field. */
class Rows {
  readonly out: RowBinaryBuffer;

  constructor(
    private readonly key: Uint8Array,
    private readonly instruments: Uint8Array[],
    /** key + instrument, for the tables whose rows start with both (one copy per row instead of two). */
    private readonly keyedInstruments: Uint8Array[],
    private readonly times: NsTimeBase,
    expectedBytes: number,
  ) {
    this.out = new RowBinaryBuffer(expectedBytes);
  }

  /** edge_id, seq: every row's first two fields. */
  start(): void {
    this.out.raw(this.key);
  }

  instrument(where: Where, index: number | null | undefined): void {
    this.out.raw(this.checkedInstrument(where, index, this.instruments));
  }

  /** edge_id, seq, venue, symbol, venue_symbol. */
  startWithInstrument(where: Where, index: number | null | undefined): void {
    this.out.raw(this.checkedInstrument(where, index, this.keyedInstruments));
  }

  private checkedInstrument(where: Where, index: number | null | undefined, encoded: Uint8Array[]): Uint8Array {
    const bytes = encoded[index ?? 0];
    if (bytes === undefined) throw new TickBatchError(`${where}: instrument index ${index} outside the dictionary (${encoded.length})`);
    return bytes;
  }

  /** A venue time: the "unknown" sentinel becomes 0. */
  venueTime(where: Where, delta: number | null | undefined): void {
    if (delta === VENUE_TIME_UNKNOWN_DELTA) this.out.i64(0, 0);
    else this.time(where, delta);
  }

  time(where: Where, delta: number | null | undefined): void {
    try {
      this.times.at(delta ?? 0);
    } catch (err) {
      throw new TickBatchError(`${where}: ${(err as Error).message}`);
    }
    this.out.i64(this.times.low, this.times.high);
  }

  u64(where: Where, value: number | null | undefined): void {
    const v = value ?? 0;
    if (!Number.isSafeInteger(v) || v < 0) throw new TickBatchError(`${where}: ${v} is not an unsigned integer below 2^53`);
    this.out.u64(v);
  }

  i64(where: Where, value: number | null | undefined): void {
    const v = value ?? 0;
    if (!Number.isSafeInteger(v)) throw new TickBatchError(`${where}: ${v} is not an integer`);
    const high = Math.floor(v / 4294967296);
    this.out.i64(v - high * 4294967296, high);
  }

  float(where: Where, value: number | null | undefined): void {
    if (typeof value === "number") this.out.f64(value);
    else if (value == null) this.out.f64(0);
    else throw new TickBatchError(`${where}: ${String(value)} is not a number`);
  }

  enum8(where: Where, values: number, value: number | null | undefined): void {
    const v = value ?? 0;
    if (!Number.isInteger(v) || v < 0 || v >= values) throw new TickBatchError(`${where}: unknown enum value ${value}`);
    this.out.u8(v);
  }

  string(value: string | null | undefined): void {
    this.out.string(value ?? "");
  }
}

function column<T>(where: string, values: Column<T>, length: number): ArrayLike<T> {
  const got = values ?? [];
  if (got.length !== length) throw new TickBatchError(`${where} has ${got.length} values, expected ${length}`);
  return got;
}

function part(table: TickTable, rows: number, r: Rows): EncodedPart {
  return { table, rows, bytes: r.out.finish() };
}

function encodeTrades(r: Rows, c: ingest.v1.ITradeColumns): EncodedPart | null {
  const n = c.instrument?.length ?? 0;
  if (n === 0) return null;
  const inst = c.instrument!;
  const vt = column("trades.venue_time_delta_ns", c.venueTimeDeltaNs, n);
  const rt = column("trades.receive_time_delta_ns", c.receiveTimeDeltaNs, n);
  const id = column("trades.trade_id", c.tradeId, n);
  const price = column("trades.price", c.price, n);
  const size = column("trades.size", c.size, n);
  const side = column("trades.side", c.side, n);
  const where = new Where("trades");
  for (let i = 0; i < n; i++) {
    where.index = i;
    r.startWithInstrument(where, inst[i]);
    r.venueTime(where, vt[i]);
    r.time(where, rt[i]);
    r.string(id[i]);
    r.float(where, price[i]);
    r.float(where, size[i]);
    r.enum8(where, TRADE_SIDE_VALUES, side[i]);
  }
  return part("trades", n, r);
}

function levelRun(r: Rows, where: Where, values: ArrayLike<number>, from: number, to: number): void {
  r.out.varint(to - from);
  if (!r.out.f64Run(values, from, to)) throw new TickBatchError(`${where}: a level price or size is not a number`);
}

function levelArray(r: Rows, where: Where, isBid: ArrayLike<boolean>, values: ArrayLike<number>, from: number, end: number, bid: boolean, count: number): void {
  r.out.varint(count);
  for (let l = from; l < end; l++) if (isBid[l] === bid) r.float(where, values[l]);
}

function encodeBook(r: Rows, table: "book_deltas" | "book_snapshots", c: ingest.v1.IBookColumns): EncodedPart | null {
  const events = c.instrument?.length ?? 0;
  if (events === 0) return null;
  const inst = c.instrument!;
  const vt = column(`${table}.venue_time_delta_ns`, c.venueTimeDeltaNs, events);
  const rt = column(`${table}.receive_time_delta_ns`, c.receiveTimeDeltaNs, events);
  const first = column(`${table}.first_update_id`, c.firstUpdateId, events);
  const last = column(`${table}.last_update_id`, c.lastUpdateId, events);
  const prev = column(`${table}.prev_update_id`, c.prevUpdateId, events);
  const counts = column(`${table}.level_count`, c.levelCount, events);
  let levels = 0;
  for (let i = 0; i < events; i++) levels += counts[i] ?? 0;
  const isBid = column(`${table}.level_is_bid`, c.levelIsBid, levels);
  const price = column(`${table}.level_price`, c.levelPrice, levels);
  const size = column(`${table}.level_size`, c.levelSize, levels);
  let level = 0;
  const where = new Where(table);
  for (let i = 0; i < events; i++) {
    where.index = i;
    r.start();
    r.out.u32(i);
    r.instrument(where, inst[i]);
    r.venueTime(where, vt[i]);
    r.time(where, rt[i]);
    r.u64(where, first[i]);
    r.u64(where, last[i]);
    r.u64(where, prev[i]);
    const end = level + (counts[i] ?? 0);
    let bids = 0;
    let bidsFirst = true;
    for (let l = level; l < end; l++) {
      if (!isBid[l]) continue;
      if (l !== level + bids) bidsFirst = false;
      bids++;
    }
    // The edge sends levels side-tagged; the table has bid_price, bid_size, ask_price, ask_size arrays.
    if (bidsFirst) {
      // How edges send them: bids, then asks. Each array is then one run of the column.
      const split = level + bids;
      levelRun(r, where, price, level, split);
      levelRun(r, where, size, level, split);
      levelRun(r, where, price, split, end);
      levelRun(r, where, size, split, end);
    } else {
      levelArray(r, where, isBid, price, level, end, true, bids);
      levelArray(r, where, isBid, size, level, end, true, bids);
      levelArray(r, where, isBid, price, level, end, false, end - level - bids);
      levelArray(r, where, isBid, size, level, end, false, end - level - bids);
    }
    level = end;
  }
  return part(table, events, r);
}

function encodeBbo(r: Rows, c: ingest.v1.IBboColumns): EncodedPart | null {
  const n = c.instrument?.length ?? 0;
  if (n === 0) return null;
  const inst = c.instrument!;
  const vt = column("bbos.venue_time_delta_ns", c.venueTimeDeltaNs, n);
  const rt = column("bbos.receive_time_delta_ns", c.receiveTimeDeltaNs, n);
  const id = column("bbos.update_id", c.updateId, n);
  const bp = column("bbos.bid_price", c.bidPrice, n);
  const bs = column("bbos.bid_size", c.bidSize, n);
  const ap = column("bbos.ask_price", c.askPrice, n);
  const as = column("bbos.ask_size", c.askSize, n);
  const where = new Where("bbos");
  for (let i = 0; i < n; i++) {
    where.index = i;
    r.startWithInstrument(where, inst[i]);
    r.venueTime(where, vt[i]);
    r.time(where, rt[i]);
    r.u64(where, id[i]);
    r.float(where, bp[i]);
    r.float(where, bs[i]);
    r.float(where, ap[i]);
    r.float(where, as[i]);
  }
  return part("bbo", n, r);
}

function encodeDerivatives(r: Rows, rows: ingest.v1.IDerivativeRow[]): EncodedPart | null {
  if (rows.length === 0) return null;
  const where = new Where("derivatives");
  rows.forEach((d, i) => {
    where.index = i;
    r.startWithInstrument(where, d.instrument);
    r.venueTime(where, d.venueTimeDeltaNs);
    r.time(where, d.receiveTimeDeltaNs);
    r.float(where, d.fundingRate);
    if (d.hasNextFundingTime) r.time(where, d.nextFundingTimeDeltaNs);
    else r.out.i64(0, 0);
    r.float(where, d.markPrice);
    r.float(where, d.indexPrice);
    r.float(where, d.openInterest);
  });
  return part("derivative_tickers", rows.length, r);
}

function encodeLiquidations(r: Rows, rows: ingest.v1.ILiquidationRow[]): EncodedPart | null {
  if (rows.length === 0) return null;
  const where = new Where("liquidations");
  rows.forEach((l, i) => {
    where.index = i;
    r.startWithInstrument(where, l.instrument);
    r.venueTime(where, l.venueTimeDeltaNs);
    r.time(where, l.receiveTimeDeltaNs);
    r.enum8(where, TRADE_SIDE_VALUES, l.side);
    r.float(where, l.price);
    r.float(where, l.size);
  });
  return part("liquidations", rows.length, r);
}

function encodeHealth(r: Rows, rows: market.v1.IEdgeHealth[]): EncodedPart | null {
  if (rows.length === 0) return null;
  const where = new Where("health");
  rows.forEach((h, i) => {
    where.index = i;
    r.start();
    r.string(h.venue);
    r.string(h.symbol);
    r.string(h.connection);
    r.time(where, h.timeDeltaNs);
    r.enum8(where, SEVERITY_VALUES, h.severity);
    r.string(h.reason);
    r.i64(where, h.clockOffsetNs);
    r.float(where, h.latencyP50Ms);
    r.float(where, h.latencyP99Ms);
    r.float(where, h.messagesPerSecond);
    for (const counter of [h.reconnects, h.resyncs, h.gaps, h.checksumFailures, h.malformed, h.dropped]) r.u64(where, counter);
    const metrics = Object.entries(h.metrics ?? {});
    r.out.varint(metrics.length);
    for (const [key] of metrics) r.string(key);
    r.out.varint(metrics.length);
    for (const [, value] of metrics) r.float(where, value);
  });
  return part("edge_health", rows.length, r);
}

/** Rows each table gets from a batch, counted without encoding (book tables: one row per event). */
function rowCounts(batch: ingest.v1.ITickBatch): Array<[TickTable, number]> {
  return [
    ["trades", batch.trades?.instrument?.length ?? 0],
    ["book_deltas", batch.bookDeltas?.instrument?.length ?? 0],
    ["book_snapshots", batch.bookSnapshots?.instrument?.length ?? 0],
    ["bbo", batch.bbos?.instrument?.length ?? 0],
    ["derivative_tickers", batch.derivatives?.length ?? 0],
    ["liquidations", batch.liquidations?.length ?? 0],
    ["edge_health", batch.health?.length ?? 0],
  ];
}

/**
 * Encodes the batch's non-empty tables; tables `include` turns down (already stored) are only
 * counted in `skipped`, not encoded, so a resend of a long spool costs little.
 */
export function encodeTickBatch(batch: ingest.v1.ITickBatch, include: (table: TickTable) => boolean = () => true): EncodedBatch {
  const edgeId = batch.edgeId ?? "";
  const seq = batch.seq ?? 0;
  if (edgeId === "") throw new TickBatchError("batch without edge_id");
  if (!Number.isSafeInteger(seq) || seq < 1) throw new TickBatchError(`batch seq ${seq} is not a positive integer`);
  const baseMs = batch.baseTimeMs ?? 0;
  if (!Number.isSafeInteger(baseMs)) throw new TickBatchError(`base_time_ms ${baseMs} is not an integer`);
  const key = new RowBinaryBuffer(edgeId.length + 16);
  key.string(edgeId);
  key.u64(seq);
  const keyBytes = key.finish();
  const instruments = (batch.instruments ?? []).map((i) => {
    const venue = i.venue ?? "";
    const symbol = i.symbol ?? "";
    const venueSymbol = i.venueSymbol ?? "";
    // Sized for ASCII names (a longer UTF-8 one grows it): a batch of 1 ms carries a handful of events,
    // and a default-sized buffer per instrument cost more than encoding them.
    const strings = new RowBinaryBuffer(venue.length + symbol.length + venueSymbol.length + 6);
    strings.string(venue);
    strings.string(symbol);
    strings.string(venueSymbol);
    return strings.finish();
  });
  const keyedInstruments = instruments.map((bytes) => {
    const keyed = new RowBinaryBuffer(keyBytes.length + bytes.length);
    keyed.raw(keyBytes);
    keyed.raw(bytes);
    return keyed.finish();
  });
  const times = new NsTimeBase(baseMs);
  // Sized for the usual row so a part is written without regrowing: key + instrument + times + fields.
  const partRows = (count: number, bytesPerRow: number) => new Rows(keyBytes, instruments, keyedInstruments, times, count * (keyBytes.length + 64 + bytesPerRow));
  const levels = (c: ingest.v1.IBookColumns | null | undefined) => c?.levelPrice?.length ?? 0;
  const encoders: Record<TickTable, (rowCount: number) => EncodedPart | null> = {
    trades: (n) => encodeTrades(partRows(n, 48), batch.trades!),
    book_deltas: (n) => encodeBook(partRows(n, 32 + (16 * levels(batch.bookDeltas)) / n), "book_deltas", batch.bookDeltas!),
    book_snapshots: (n) => encodeBook(partRows(n, 32 + (16 * levels(batch.bookSnapshots)) / n), "book_snapshots", batch.bookSnapshots!),
    bbo: (n) => encodeBbo(partRows(n, 40), batch.bbos!),
    derivative_tickers: (n) => encodeDerivatives(partRows(n, 48), batch.derivatives!),
    liquidations: (n) => encodeLiquidations(partRows(n, 24), batch.liquidations!),
    edge_health: (n) => encodeHealth(partRows(n, 256), batch.health!),
  };
  const parts: EncodedPart[] = [];
  const skipped: Array<{ table: TickTable; rows: number }> = [];
  for (const [table, rows] of rowCounts(batch)) {
    if (rows === 0) continue;
    if (!include(table)) {
      skipped.push({ table, rows });
      continue;
    }
    const part = encoders[table](rows);
    if (part) parts.push(part);
  }
  return { edgeId, seq, parts, skipped };
}
