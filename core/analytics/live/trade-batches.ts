/**
 * Recorded trades (bars/trade-file.ts) as the columnar ingest batches an edge would send, through the real
 * protobuf encode/decode: how the engine's tests and bench/analytics-live.ts feed real ticks through the bus.
 */
import { ingest, market } from "../../../proto/gen/proto.js";
import type { Trade } from "../bars/bar.ts";

const SIDE = { buy: market.v1.Side.SIDE_BUY, sell: market.v1.Side.SIDE_SELL, unknown: market.v1.Side.SIDE_UNSPECIFIED } as const;

export function wire(batch: ingest.v1.ITickBatch): ingest.v1.TickBatch {
  return ingest.v1.TickBatch.decode(ingest.v1.TickBatch.encode(batch).finish());
}

export interface TradeBatchOptions {
  readonly edgeId?: string;
  /** Trades per batch (default 500). */
  readonly batchSize?: number;
  /** First seq (default 1). */
  readonly firstSeq?: number;
  /** Receive stamp = venue stamp + this, ns (default 0). */
  readonly receiveLagNs?: number;
}

/** Trades (any venues and symbols) in order, cut into batches with a per-batch instrument dictionary. */
export function tradeBatches(trades: readonly Trade[], options: TradeBatchOptions = {}): ingest.v1.TickBatch[] {
  const size = options.batchSize ?? 500;
  const lag = options.receiveLagNs ?? 0;
  const batches: ingest.v1.TickBatch[] = [];
  for (let start = 0, seq = options.firstSeq ?? 1; start < trades.length; start += size, seq++) {
    const chunk = trades.slice(start, start + size);
    const baseTimeMs = Number(chunk[0].timeNs / 1_000_000n);
    const baseNs = BigInt(baseTimeMs) * 1_000_000n;
    const dictionary = new Map<string, number>();
    const instruments: market.v1.IInstrument[] = [];
    const columns = { instrument: [] as number[], venueTimeDeltaNs: [] as number[], receiveTimeDeltaNs: [] as number[], tradeId: [] as string[], price: [] as number[], size: [] as number[], side: [] as number[] };
    for (const t of chunk) {
      const key = `${t.venue}\u0000${t.symbol}`;
      let index = dictionary.get(key);
      if (index === undefined) {
        index = instruments.length;
        dictionary.set(key, index);
        instruments.push({ venue: t.venue, symbol: t.symbol, venueSymbol: t.symbol.replace(/[/:]/g, "") });
      }
      const delta = Number(t.timeNs - baseNs);
      columns.instrument.push(index);
      columns.venueTimeDeltaNs.push(delta);
      columns.receiveTimeDeltaNs.push(delta + lag);
      columns.tradeId.push(t.tradeId);
      columns.price.push(t.price);
      columns.size.push(t.size);
      columns.side.push(SIDE[t.side]);
    }
    batches.push(wire({ edgeId: options.edgeId ?? "test-edge", seq, baseTimeMs, instruments, trades: columns }));
  }
  return batches;
}
