/**
 * Inputs for a dataset export (dataset-export.ts): the tick store's trades, books and BBOs as the edges' batches
 * (live/stored-batches.ts, read in windows), recorded trade files as batches, or candle files as closed bars.
 * Files are small enough to merge in memory; the store is never read whole.
 */
import type { ClickHouseClient } from "@clickhouse/client";
import type { Bar, Trade, TradeSide } from "../bars/bar.ts";
import type { Timeframe } from "../bars/timeframe.ts";
import { readTradeFile, type TradeFileStats } from "../bars/trade-file.ts";
import { readCandles } from "../candles/read-candles.ts";
import { type ReplayBatch, TickBatchBuilder } from "../live/batch-builder.ts";
import { MARGIN_NS, type StoredBatchStats, StoredBatches, type StoredTickRange } from "../live/stored-batches.ts";
import { quoteString } from "../../store/sql-escape.ts";
import type { ExportInput } from "./dataset-export.ts";

export interface SourceRead {
  readonly input: ExportInput;
  /** Events (or candles) the input holds, for progress. */
  readonly total: number;
}

const byTime = <T>(timeOf: (x: T) => bigint) => (a: T, b: T) => (timeOf(a) < timeOf(b) ? -1 : timeOf(a) > timeOf(b) ? 1 : 0);

/** Trades per batch when files become batches. */
const FILE_BATCH = 1_000;

/**
 * Trade files merged by time, as batches of one edge. Files carry no receive stamps: the venue time stands in,
 * as it does live for a venue whose clock agrees with the edge's.
 */
export async function tradesFromFiles(files: readonly string[], symbols: readonly string[], venue: string, untilNs: bigint | undefined): Promise<SourceRead & { skipped: number }> {
  let skipped = 0;
  const lists = await Promise.all(
    files.map(async (file, i) => {
      const stats: TradeFileStats = { rows: 0, skipped: 0 };
      const trades: Trade[] = [];
      for await (const trade of readTradeFile(file, venue, symbols[i], stats)) if (untilNs === undefined || trade.timeNs < untilNs) trades.push(trade);
      skipped += stats.skipped;
      return trades;
    }),
  );
  const trades = lists.flat().sort(byTime((t) => t.timeNs));
  const batches: ReplayBatch[] = [];
  for (let start = 0; start < trades.length; start += FILE_BATCH) {
    const chunk = trades.slice(start, start + FILE_BATCH);
    const builder = new TickBatchBuilder(Number(chunk[0].timeNs / 1_000_000n));
    for (const trade of chunk) builder.addTrade(trade, trade.timeNs);
    batches.push(builder.build("trade-files", batches.length + 1));
  }
  return { input: { kind: "ticks", batches }, total: trades.length, skipped };
}

/** Candles become closed base bars; volume splits and trade counts are unknown (NaN) for candle input. */
export function barsFromCandleFiles(files: readonly string[], symbols: readonly string[], venue: string, timeframe: Timeframe, untilNs: bigint | undefined): SourceRead {
  const bars = files.flatMap((file, i) =>
    readCandles(file).flatMap((c): Bar[] => {
      const openTimeNs = BigInt(Math.round(c.timeMs)) * 1_000_000n;
      if (openTimeNs % timeframe.durationNs !== 0n) throw new Error(`${file}: candle at ${new Date(c.timeMs).toISOString()} is not aligned to ${timeframe.label}; is --timeframe right?`);
      const closeTimeNs = openTimeNs + timeframe.durationNs;
      if (untilNs !== undefined && closeTimeNs > untilNs) return [];
      return [{
        venue,
        symbol: symbols[i],
        timeframe: timeframe.label,
        openTimeNs,
        closeTimeNs,
        open: c.open,
        high: c.high,
        low: c.low,
        close: c.close,
        volume: c.volume,
        quoteVolume: NaN,
        vwap: NaN,
        tradeCount: NaN,
        buyVolume: NaN,
        sellVolume: NaN,
        revision: 0,
      }];
    })
  ).sort(byTime((b) => b.closeTimeNs));
  return { input: { kind: "candles", bars }, total: bars.length };
}

/**
 * The tick store's trades, book events and BBOs of `range`, streamed as the edges' batches. The read runs on
 * MARGIN_NS past the range's end: live, a bar closes at the first event at or after its end, with whatever
 * arrived before that event (out of order too), and the period's last bars must close the same way.
 */
export async function ticksFromClickHouse(client: ClickHouseClient, range: StoredTickRange): Promise<SourceRead & { stats: StoredBatchStats }> {
  const stored = new StoredBatches(client, { ...range, toNs: range.toNs + MARGIN_NS });
  return { input: { kind: "ticks", batches: stored.batches() }, total: await stored.count(), stats: stored.stats };
}

export type TradeEvent = { readonly kind: "trade"; readonly trade: Trade };

interface TradeRow {
  venue: string;
  symbol: string;
  t: string;
  price: number;
  size: number;
  side: string;
  trade_id: string;
}

const SIDES = new Set<TradeSide>(["buy", "sell", "unknown"]);

function tradesQuery(columns: string, symbols: readonly string[], fromNs: bigint, toNs: bigint, venue: string | undefined): string {
  const where = [`symbol IN (${symbols.map(quoteString).join(", ")})`, `venue_time_ns >= ${fromNs}`, `venue_time_ns < ${toNs}`];
  if (venue !== undefined) where.push(`venue = ${quoteString(venue)}`);
  return `SELECT ${columns} FROM trades WHERE ${where.join(" AND ")}`;
}

/**
 * Trades alone from the tick store in venue-time order, in one sorted query: an independent read for checks
 * (test/e2e rebuilds bars from it); exports read every tick kind through `ticksFromClickHouse`. Trades in the
 * same nanosecond are ordered by trade id (numerically for the numeric ids venues assign in sequence).
 */
export async function tradesFromClickHouse(
  client: ClickHouseClient,
  symbols: readonly string[],
  fromNs: bigint,
  toNs: bigint,
  venue: string | undefined,
): Promise<{ total: number; events: AsyncGenerator<TradeEvent> }> {
  const counted = await client.query({ query: tradesQuery("count() AS n", symbols, fromNs, toNs, venue), format: "JSONEachRow" });
  const total = Number((await counted.json<{ n: string }>())[0]?.n ?? 0);
  const result = await client.query({
    query: `${tradesQuery("venue, symbol, toString(venue_time_ns) AS t, price, size, toString(side) AS side, trade_id", symbols, fromNs, toNs, venue)} ORDER BY venue_time_ns, length(trade_id), trade_id`,
    format: "JSONEachRow",
  });
  async function* events(): AsyncGenerator<TradeEvent> {
    for await (const rows of result.stream<TradeRow>()) {
      for (const row of rows) {
        const r = row.json();
        const side = SIDES.has(r.side as TradeSide) ? (r.side as TradeSide) : "unknown";
        yield { kind: "trade", trade: { venue: r.venue, symbol: r.symbol, timeNs: BigInt(r.t), price: Number(r.price), size: Number(r.size), side, tradeId: r.trade_id } };
      }
    }
  }
  return { total, events: events() };
}
