/**
 * Recorded ticks (trades from bars/trade-file.ts or a recorder's trade CSV, best bid/ask and order-book depth
 * from shared/data/ticks) as the columnar ingest batches an edge would send (batch-builder.ts), through the real
 * protobuf encode/decode: how the engine's tests and bench/analytics-live.ts feed real ticks through the bus.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { ingest } from "../../../proto/gen/proto.js";
import type { Trade } from "../bars/bar.ts";
import { sharedDataPath } from "../bars/shared-data.ts";
import { TickBatchBuilder } from "./batch-builder.ts";

export function wire(batch: ingest.v1.ITickBatch): ingest.v1.TickBatch {
  return ingest.v1.TickBatch.decode(ingest.v1.TickBatch.encode(batch).finish());
}

/** One tick: `timeNs` venue time, `receiveNs` the edge's receive stamp. */
export type TickEvent =
  | { readonly kind: "trade"; readonly timeNs: bigint; readonly receiveNs: bigint; readonly trade: Trade }
  | { readonly kind: "bbo"; readonly timeNs: bigint; readonly receiveNs: bigint; readonly venue: string; readonly symbol: string; readonly updateId?: number; readonly bid: number; readonly bidSize: number; readonly ask: number; readonly askSize: number }
  | {
    readonly kind: "book";
    readonly timeNs: bigint;
    readonly receiveNs: bigint;
    readonly venue: string;
    readonly symbol: string;
    readonly snapshot: boolean;
    readonly updateIds?: readonly [first: number, last: number, prev: number];
    readonly isBid: boolean[];
    readonly prices: number[];
    readonly sizes: number[];
  };

const venueSymbol = (symbol: string) => symbol.replace(/[/:]/g, "");

export const tradeEvent = (trade: Trade, receiveLagNs = 0n): TickEvent => ({ kind: "trade", timeNs: trade.timeNs, receiveNs: trade.timeNs + receiveLagNs, trade });

/** A recorder's trade CSV (local_ts_ns,event_time_ms,trade_time_ms,trade_id,price,qty,is_buyer_maker): trades with their receive stamps. */
export function readRecordedTrades(path: string, venue: string, symbol: string): TickEvent[] {
  return readFileSync(path, "utf8").trim().split("\n").slice(1).map((line) => {
    const c = line.split(",");
    const trade: Trade = { venue, symbol, timeNs: BigInt(c[2]) * 1_000_000n, price: +c[4], size: +c[5], side: c[6] === "true" ? "sell" : "buy", tradeId: c[3] };
    return { kind: "trade", timeNs: trade.timeNs, receiveNs: BigInt(c[0]), trade };
  });
}

/** A best bid/ask CSV (local_ts_ns,event_time_ms,transaction_time_ms,update_id,bid_price,bid_qty,ask_price,ask_qty). */
export function readBboFile(path: string, venue: string, symbol: string): TickEvent[] {
  return readFileSync(path, "utf8").trim().split("\n").slice(1).map((line) => {
    const c = line.split(",");
    return { kind: "bbo", timeNs: BigInt(c[1]) * 1_000_000n, receiveNs: BigInt(c[0]), venue, symbol, updateId: +c[3], bid: +c[4], bidSize: +c[5], ask: +c[6], askSize: +c[7] };
  });
}

/** A depth CSV, gzipped (local_ts_ns,event_time_ms,first_update_id,last_update_id,prev_last_update_id,is_snapshot,side,price,qty), one event per update. */
export function readDepthFile(path: string, venue: string, symbol: string): TickEvent[] {
  const out: TickEvent[] = [];
  let current: Extract<TickEvent, { kind: "book" }> | undefined;
  let key = "";
  for (const line of gunzipSync(readFileSync(path)).toString("utf8").trim().split("\n").slice(1)) {
    const c = line.split(",");
    const k = `${c[0]},${c[2]},${c[3]},${c[5]}`;
    if (k !== key) {
      key = k;
      const updateIds = [+c[2], +c[3], +c[4]] as const;
      current = { kind: "book", timeNs: BigInt(c[1]) * 1_000_000n, receiveNs: BigInt(c[0]), venue, symbol, snapshot: c[5] === "1", updateIds, isBid: [], prices: [], sizes: [] };
      out.push(current);
    }
    current!.isBid.push(c[6] === "bid");
    current!.prices.push(+c[7]);
    current!.sizes.push(+c[8]);
  }
  return out;
}

/** Stable sort by venue time. */
export function byTime(events: TickEvent[]): TickEvent[] {
  return events.sort((a, b) => (a.timeNs < b.timeNs ? -1 : a.timeNs > b.timeNs ? 1 : 0));
}

/** Stable sort by receive time: the order an edge batches events in (venue times may then run backwards). */
export function byReceive(events: TickEvent[]): TickEvent[] {
  return events.sort((a, b) => (a.receiveNs < b.receiveNs ? -1 : a.receiveNs > b.receiveNs ? 1 : 0));
}

export interface TickBatchOptions {
  readonly edgeId?: string;
  /** Events per batch (default 500). */
  readonly batchSize?: number;
  /** First seq (default 1). */
  readonly firstSeq?: number;
}

/** One wire batch of `events` (in order), with its own instrument dictionary. */
export function tickBatch(events: readonly TickEvent[], edgeId: string, seq: number): ingest.v1.TickBatch {
  const baseTimeMs = Number(events[0].timeNs / 1_000_000n);
  const base = BigInt(baseTimeMs) * 1_000_000n;
  const batch = new TickBatchBuilder(baseTimeMs);
  for (const e of events) {
    if (e.kind === "trade") {
      batch.addTrade(e.trade, e.receiveNs);
      continue;
    }
    const instrument = batch.instrument(e.venue, e.symbol, venueSymbol(e.symbol));
    const vt = Number(e.timeNs - base);
    const rt = Number(e.receiveNs - base);
    if (e.kind === "bbo") batch.bbo(instrument, vt, rt, e.updateId ?? 0, e.bid, e.bidSize, e.ask, e.askSize);
    else {
      const [first, last, prev] = e.updateIds ?? [0, 0, 0];
      batch.book(e.snapshot, instrument, vt, rt, first, last, prev);
      for (let i = 0; i < e.prices.length; i++) batch.level(e.isBid[i], e.prices[i], e.sizes[i]);
    }
  }
  return wire(batch.build(edgeId, seq).batch);
}

/** Events in order, cut into wire batches of one edge. */
export function tickBatches(events: readonly TickEvent[], options: TickBatchOptions = {}): ingest.v1.TickBatch[] {
  const size = options.batchSize ?? 500;
  const out: ingest.v1.TickBatch[] = [];
  for (let start = 0, seq = options.firstSeq ?? 1; start < events.length; start += size, seq++) out.push(tickBatch(events.slice(start, start + size), options.edgeId ?? "test-edge", seq));
  return out;
}

/**
 * Events in arrival order (byReceive) shared among several edges, each cutting its own batches of `batchSize`:
 * the batches in the order they are sealed (a batch is sealed when its last event arrives), as a core would
 * receive them.
 */
export function edgeBatches(events: readonly TickEvent[], edgeOf: (event: TickEvent) => string, batchSize: number): ingest.v1.TickBatch[] {
  const open = new Map<string, { events: TickEvent[]; seq: number }>();
  const out: ingest.v1.TickBatch[] = [];
  const seal = (edgeId: string, edge: { events: TickEvent[]; seq: number }) => {
    out.push(tickBatch(edge.events, edgeId, ++edge.seq));
    edge.events = [];
  };
  for (const e of events) {
    const edgeId = edgeOf(e);
    let edge = open.get(edgeId);
    if (!edge) open.set(edgeId, (edge = { events: [], seq: 0 }));
    edge.events.push(e);
    if (edge.events.length === batchSize) seal(edgeId, edge);
  }
  const last = (edge: { events: TickEvent[] }) => edge.events.at(-1)!.receiveNs;
  const rest = [...open].filter(([, edge]) => edge.events.length > 0).sort(([, a], [, b]) => (last(a) < last(b) ? -1 : last(a) > last(b) ? 1 : 0));
  for (const [edgeId, edge] of rest) seal(edgeId, edge);
  return out;
}

const usdmFile = (coin: string, kind: string) => `ticks/binance-futures_${coin}USDT_20240808_${kind}`;
const USDM_COINS = ["BTC", "ETH"];

/** The Binance USDⓈ-M recordings in shared/data/ticks (BTC and ETH perpetuals: trades, BBO, depth). */
export const RECORDED_USDM = USDM_COINS.flatMap((coin) => ["trades.csv", "bbo.csv", "depth.csv.gz"].map((kind) => usdmFile(coin, kind)));

/** RECORDED_USDM as events of `venue`, in arrival order. */
export function readRecordedUsdm(venue: string): TickEvent[] {
  const events: TickEvent[] = [];
  for (const coin of USDM_COINS) {
    const symbol = `${coin}/USDT:USDT`;
    const path = (kind: string) => sharedDataPath(usdmFile(coin, kind));
    events.push(...readRecordedTrades(path("trades.csv"), venue, symbol), ...readBboFile(path("bbo.csv"), venue, symbol), ...readDepthFile(path("depth.csv.gz"), venue, symbol));
  }
  return byReceive(events);
}

/** Trades (any venues and symbols) in order, as batches. */
export function tradeBatches(trades: readonly Trade[], options: TickBatchOptions & { receiveLagNs?: number } = {}): ingest.v1.TickBatch[] {
  const lag = BigInt(options.receiveLagNs ?? 0);
  return tickBatches(trades.map((t) => tradeEvent(t, lag)), options);
}
