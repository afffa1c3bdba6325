/**
 * Turns one columnar ingest.v1.TickBatch into TabSeparated text per tick table, straight from the
 * columns: no per-row objects, instrument fields escaped once per batch. The whole batch is checked
 * while it is encoded and nothing is returned unless all of it is valid, because a row ClickHouse
 * refuses would block its table's insert queue (the writer retries, it never drops).
 */
import type { ingest, market } from "../../proto/gen/proto.js";
import { nsDecimal, VENUE_TIME_UNKNOWN_DELTA } from "./ns-time.ts";
import { tsvEscape, tsvFloat, tsvFloatArray, tsvStringArray } from "./sql-escape.ts";
import type { TickTable } from "./tick-tables.ts";

export interface EncodedPart {
  table: TickTable;
  rows: number;
  /** TSV rows, each ending in "\n", fields in `insertColumns(table)` order. */
  text: string;
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

const TRADE_SIDES = ["unknown", "buy", "sell"];
const SEVERITIES = ["unspecified", "green", "yellow", "red"];

type Column<T> = ArrayLike<T> | null | undefined;

/** Per-batch context: validation helpers that name the offending field. */
class Reader {
  constructor(
    readonly baseMs: number,
    private readonly instruments: string[],
  ) {}

  instrument(where: string, index: number | null | undefined): string {
    const prefix = this.instruments[index ?? 0];
    if (prefix === undefined) throw new TickBatchError(`${where}: instrument index ${index} outside the dictionary (${this.instruments.length})`);
    return prefix;
  }

  /** A venue time: the "unknown" sentinel becomes 0. */
  venueTime(where: string, delta: number | null | undefined): string {
    return delta === VENUE_TIME_UNKNOWN_DELTA ? "0" : this.time(where, delta);
  }

  time(where: string, delta: number | null | undefined): string {
    try {
      return nsDecimal(this.baseMs, delta ?? 0);
    } catch (err) {
      throw new TickBatchError(`${where}: ${(err as Error).message}`);
    }
  }
}

function column<T>(where: string, values: Column<T>, length: number): ArrayLike<T> {
  const got = values ?? [];
  if (got.length !== length) throw new TickBatchError(`${where} has ${got.length} values, expected ${length}`);
  return got;
}

function u64(where: string, value: number | null | undefined): string {
  const v = value ?? 0;
  if (!Number.isSafeInteger(v) || v < 0) throw new TickBatchError(`${where}: ${v} is not an unsigned integer below 2^53`);
  return String(v);
}

function float(where: string, value: number | null | undefined): string {
  const v = value ?? 0;
  if (typeof v !== "number") throw new TickBatchError(`${where}: ${String(v)} is not a number`);
  return tsvFloat(v);
}

function enumName(where: string, names: string[], value: number | null | undefined): string {
  const name = names[value ?? 0];
  if (name === undefined) throw new TickBatchError(`${where}: unknown enum value ${value}`);
  return name;
}

function instrumentPrefix(instrument: market.v1.IInstrument): string {
  return `${tsvEscape(instrument.venue ?? "")}\t${tsvEscape(instrument.symbol ?? "")}\t${tsvEscape(instrument.venueSymbol ?? "")}`;
}

function encodeTrades(r: Reader, key: string, c: ingest.v1.ITradeColumns): EncodedPart | null {
  const n = c.instrument?.length ?? 0;
  if (n === 0) return null;
  const inst = c.instrument!;
  const vt = column("trades.venue_time_delta_ns", c.venueTimeDeltaNs, n);
  const rt = column("trades.receive_time_delta_ns", c.receiveTimeDeltaNs, n);
  const id = column("trades.trade_id", c.tradeId, n);
  const price = column("trades.price", c.price, n);
  const size = column("trades.size", c.size, n);
  const side = column("trades.side", c.side, n);
  let text = "";
  for (let i = 0; i < n; i++) {
    const where = `trades[${i}]`;
    text += `${key}${r.instrument(where, inst[i])}\t${r.venueTime(where, vt[i])}\t${r.time(where, rt[i])}\t${tsvEscape(id[i] ?? "")}\t${float(where, price[i])}\t${float(where, size[i])}\t${enumName(where, TRADE_SIDES, side[i])}\n`;
  }
  return { table: "trades", rows: n, text };
}

function encodeBook(r: Reader, key: string, table: "book_deltas" | "book_snapshots", c: ingest.v1.IBookColumns): EncodedPart | null {
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
  let text = "";
  let level = 0;
  for (let i = 0; i < events; i++) {
    const where = `${table}[${i}]`;
    const event = `${key}${i}\t${r.instrument(where, inst[i])}\t${r.venueTime(where, vt[i])}\t${r.time(where, rt[i])}\t${u64(where, first[i])}\t${u64(where, last[i])}\t${u64(where, prev[i])}\t`;
    for (const end = level + (counts[i] ?? 0); level < end; level++) {
      text += `${event}${isBid[level] ? "bid" : "ask"}\t${float(where, price[level])}\t${float(where, size[level])}\n`;
    }
  }
  return levels === 0 ? null : { table, rows: levels, text };
}

function encodeBbo(r: Reader, key: string, c: ingest.v1.IBboColumns): EncodedPart | null {
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
  let text = "";
  for (let i = 0; i < n; i++) {
    const where = `bbos[${i}]`;
    text += `${key}${r.instrument(where, inst[i])}\t${r.venueTime(where, vt[i])}\t${r.time(where, rt[i])}\t${u64(where, id[i])}\t${float(where, bp[i])}\t${float(where, bs[i])}\t${float(where, ap[i])}\t${float(where, as[i])}\n`;
  }
  return { table: "bbo", rows: n, text };
}

function encodeDerivatives(r: Reader, key: string, rows: ingest.v1.IDerivativeRow[]): EncodedPart | null {
  if (rows.length === 0) return null;
  let text = "";
  rows.forEach((d, i) => {
    const where = `derivatives[${i}]`;
    const nextFunding = d.hasNextFundingTime ? r.time(where, d.nextFundingTimeDeltaNs) : "0";
    text += `${key}${r.instrument(where, d.instrument)}\t${r.venueTime(where, d.venueTimeDeltaNs)}\t${r.time(where, d.receiveTimeDeltaNs)}\t${float(where, d.fundingRate)}\t${nextFunding}\t${float(where, d.markPrice)}\t${float(where, d.indexPrice)}\t${float(where, d.openInterest)}\n`;
  });
  return { table: "derivative_tickers", rows: rows.length, text };
}

function encodeLiquidations(r: Reader, key: string, rows: ingest.v1.ILiquidationRow[]): EncodedPart | null {
  if (rows.length === 0) return null;
  let text = "";
  rows.forEach((l, i) => {
    const where = `liquidations[${i}]`;
    text += `${key}${r.instrument(where, l.instrument)}\t${r.venueTime(where, l.venueTimeDeltaNs)}\t${r.time(where, l.receiveTimeDeltaNs)}\t${enumName(where, TRADE_SIDES, l.side)}\t${float(where, l.price)}\t${float(where, l.size)}\n`;
  });
  return { table: "liquidations", rows: rows.length, text };
}

function encodeHealth(r: Reader, key: string, rows: market.v1.IEdgeHealth[]): EncodedPart | null {
  if (rows.length === 0) return null;
  let text = "";
  rows.forEach((h, i) => {
    const where = `health[${i}]`;
    const metrics = Object.entries(h.metrics ?? {});
    const counters = [h.reconnects, h.resyncs, h.gaps, h.checksumFailures, h.malformed, h.dropped].map((v) => u64(where, v)).join("\t");
    const offset = h.clockOffsetNs ?? 0;
    if (!Number.isSafeInteger(offset)) throw new TickBatchError(`${where}: clock_offset_ns ${offset} is not an integer`);
    text +=
      `${key}${tsvEscape(h.venue ?? "")}\t${tsvEscape(h.symbol ?? "")}\t${tsvEscape(h.connection ?? "")}\t${r.time(where, h.timeDeltaNs)}\t` +
      `${enumName(where, SEVERITIES, h.severity)}\t${tsvEscape(h.reason ?? "")}\t${offset}\t${float(where, h.latencyP50Ms)}\t${float(where, h.latencyP99Ms)}\t` +
      `${float(where, h.messagesPerSecond)}\t${counters}\t${tsvStringArray(metrics.map(([k]) => k))}\t${tsvFloatArray(metrics.map(([, v]) => v))}\n`;
  });
  return { table: "edge_health", rows: rows.length, text };
}

/** Rows each table gets from a batch, counted without encoding (book tables: one row per level). */
function rowCounts(batch: ingest.v1.ITickBatch): Array<[TickTable, number]> {
  const levels = (c: ingest.v1.IBookColumns | null | undefined) => {
    let n = 0;
    for (const count of c?.levelCount ?? []) n += count ?? 0;
    return n;
  };
  return [
    ["trades", batch.trades?.instrument?.length ?? 0],
    ["book_deltas", levels(batch.bookDeltas)],
    ["book_snapshots", levels(batch.bookSnapshots)],
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
  const r = new Reader(baseMs, (batch.instruments ?? []).map(instrumentPrefix));
  const key = `${tsvEscape(edgeId)}\t${seq}\t`;
  const encoders: Record<TickTable, () => EncodedPart | null> = {
    trades: () => encodeTrades(r, key, batch.trades!),
    book_deltas: () => encodeBook(r, key, "book_deltas", batch.bookDeltas!),
    book_snapshots: () => encodeBook(r, key, "book_snapshots", batch.bookSnapshots!),
    bbo: () => encodeBbo(r, key, batch.bbos!),
    derivative_tickers: () => encodeDerivatives(r, key, batch.derivatives!),
    liquidations: () => encodeLiquidations(r, key, batch.liquidations!),
    edge_health: () => encodeHealth(r, key, batch.health!),
  };
  const parts: EncodedPart[] = [];
  const skipped: Array<{ table: TickTable; rows: number }> = [];
  for (const [table, rows] of rowCounts(batch)) {
    if (rows === 0) continue;
    if (!include(table)) {
      skipped.push({ table, rows });
      continue;
    }
    const part = encoders[table]();
    if (part) parts.push(part);
  }
  return { edgeId, seq, parts, skipped };
}
