/**
 * Recorded ticks (trades from bars/trade-file.ts, best bid/ask and order-book depth from shared/data/ticks) as
 * the columnar ingest batches an edge would send, through the real protobuf encode/decode: how the engine's
 * tests and bench/analytics-live.ts feed real ticks through the bus.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { ingest, market } from "../../../proto/gen/proto.js";
import type { Trade } from "../bars/bar.ts";

const SIDE = { buy: market.v1.Side.SIDE_BUY, sell: market.v1.Side.SIDE_SELL, unknown: market.v1.Side.SIDE_UNSPECIFIED } as const;

export function wire(batch: ingest.v1.ITickBatch): ingest.v1.TickBatch {
  return ingest.v1.TickBatch.decode(ingest.v1.TickBatch.encode(batch).finish());
}

/** One tick: `timeNs` venue time, `receiveNs` the edge's receive stamp. */
export type TickEvent =
  | { readonly kind: "trade"; readonly timeNs: bigint; readonly receiveNs: bigint; readonly trade: Trade }
  | { readonly kind: "bbo"; readonly timeNs: bigint; readonly receiveNs: bigint; readonly venue: string; readonly symbol: string; readonly bid: number; readonly bidSize: number; readonly ask: number; readonly askSize: number }
  | { readonly kind: "book"; readonly timeNs: bigint; readonly receiveNs: bigint; readonly venue: string; readonly symbol: string; readonly snapshot: boolean; readonly isBid: boolean[]; readonly prices: number[]; readonly sizes: number[] };

export const tradeEvent = (trade: Trade, receiveLagNs = 0n): TickEvent => ({ kind: "trade", timeNs: trade.timeNs, receiveNs: trade.timeNs + receiveLagNs, trade });

/** A best bid/ask CSV (local_ts_ns,event_time_ms,transaction_time_ms,update_id,bid_price,bid_qty,ask_price,ask_qty). */
export function readBboFile(path: string, venue: string, symbol: string): TickEvent[] {
  return readFileSync(path, "utf8").trim().split("\n").slice(1).map((line) => {
    const c = line.split(",");
    return { kind: "bbo", timeNs: BigInt(c[1]) * 1_000_000n, receiveNs: BigInt(c[0]), venue, symbol, bid: +c[4], bidSize: +c[5], ask: +c[6], askSize: +c[7] };
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
      current = { kind: "book", timeNs: BigInt(c[1]) * 1_000_000n, receiveNs: BigInt(c[0]), venue, symbol, snapshot: c[5] === "1", isBid: [], prices: [], sizes: [] };
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

export interface TickBatchOptions {
  readonly edgeId?: string;
  /** Events per batch (default 500). */
  readonly batchSize?: number;
  /** First seq (default 1). */
  readonly firstSeq?: number;
}

/** Events in order, cut into wire batches with a per-batch instrument dictionary. */
export function tickBatches(events: readonly TickEvent[], options: TickBatchOptions = {}): ingest.v1.TickBatch[] {
  const size = options.batchSize ?? 500;
  const out: ingest.v1.TickBatch[] = [];
  for (let start = 0, seq = options.firstSeq ?? 1; start < events.length; start += size, seq++) {
    const chunk = events.slice(start, start + size);
    const baseTimeMs = Number(chunk[0].timeNs / 1_000_000n);
    const base = BigInt(baseTimeMs) * 1_000_000n;
    const dictionary = new Map<string, number>();
    const instruments: market.v1.IInstrument[] = [];
    const index = (venue: string, symbol: string) => {
      const key = `${venue}\u0000${symbol}`;
      let i = dictionary.get(key);
      if (i === undefined) {
        dictionary.set(key, (i = instruments.length));
        instruments.push({ venue, symbol, venueSymbol: symbol.replace(/[/:]/g, "") });
      }
      return i;
    };
    const trades = { instrument: [] as number[], venueTimeDeltaNs: [] as number[], receiveTimeDeltaNs: [] as number[], tradeId: [] as string[], price: [] as number[], size: [] as number[], side: [] as number[] };
    const bbos = { instrument: [] as number[], venueTimeDeltaNs: [] as number[], receiveTimeDeltaNs: [] as number[], updateId: [] as number[], bidPrice: [] as number[], bidSize: [] as number[], askPrice: [] as number[], askSize: [] as number[] };
    const book = () => ({ instrument: [] as number[], venueTimeDeltaNs: [] as number[], receiveTimeDeltaNs: [] as number[], firstUpdateId: [] as number[], lastUpdateId: [] as number[], prevUpdateId: [] as number[], levelCount: [] as number[], levelIsBid: [] as boolean[], levelPrice: [] as number[], levelSize: [] as number[] });
    const snapshots = book();
    const deltas = book();
    for (const e of chunk) {
      const vt = Number(e.timeNs - base);
      const rt = Number(e.receiveNs - base);
      if (e.kind === "trade") {
        trades.instrument.push(index(e.trade.venue, e.trade.symbol));
        trades.venueTimeDeltaNs.push(vt);
        trades.receiveTimeDeltaNs.push(rt);
        trades.tradeId.push(e.trade.tradeId);
        trades.price.push(e.trade.price);
        trades.size.push(e.trade.size);
        trades.side.push(SIDE[e.trade.side]);
      } else if (e.kind === "bbo") {
        bbos.instrument.push(index(e.venue, e.symbol));
        bbos.venueTimeDeltaNs.push(vt);
        bbos.receiveTimeDeltaNs.push(rt);
        bbos.updateId.push(0);
        bbos.bidPrice.push(e.bid);
        bbos.bidSize.push(e.bidSize);
        bbos.askPrice.push(e.ask);
        bbos.askSize.push(e.askSize);
      } else {
        const b = e.snapshot ? snapshots : deltas;
        b.instrument.push(index(e.venue, e.symbol));
        b.venueTimeDeltaNs.push(vt);
        b.receiveTimeDeltaNs.push(rt);
        b.firstUpdateId.push(0);
        b.lastUpdateId.push(0);
        b.prevUpdateId.push(0);
        b.levelCount.push(e.prices.length);
        for (let i = 0; i < e.prices.length; i++) {
          b.levelIsBid.push(e.isBid[i]);
          b.levelPrice.push(e.prices[i]);
          b.levelSize.push(e.sizes[i]);
        }
      }
    }
    out.push(wire({ edgeId: options.edgeId ?? "test-edge", seq, baseTimeMs, instruments, trades, bbos, bookSnapshots: snapshots, bookDeltas: deltas }));
  }
  return out;
}

/** Trades (any venues and symbols) in order, as batches. */
export function tradeBatches(trades: readonly Trade[], options: TickBatchOptions & { receiveLagNs?: number } = {}): ingest.v1.TickBatch[] {
  const lag = BigInt(options.receiveLagNs ?? 0);
  return tickBatches(trades.map((t) => tradeEvent(t, lag)), options);
}
