/**
 * Inputs for a dataset export, as one time-ordered list of trades or closed candle bars: recorded trade files,
 * candle files, or the ClickHouse `trades` table. Files are small enough to merge in memory; ClickHouse is
 * read in one ordered query whose values are spliced in through the store's escaping (18.16 has no query
 * parameters).
 */
import type { ClickHouseClient } from "@clickhouse/client";
import type { Bar, Trade, TradeSide } from "../bars/bar.ts";
import type { Timeframe } from "../bars/timeframe.ts";
import { readTradeFile, type TradeFileStats } from "../bars/trade-file.ts";
import { readCandles } from "../candles/read-candles.ts";
import { quoteString } from "../../store/sql-escape.ts";

export type ExportEvent = { readonly kind: "trade"; readonly trade: Trade } | { readonly kind: "bar"; readonly bar: Bar };

const timeOf = (e: ExportEvent) => (e.kind === "trade" ? e.trade.timeNs : e.bar.closeTimeNs);

function mergeByTime(lists: ExportEvent[][]): ExportEvent[] {
  return lists.flat().sort((a, b) => (timeOf(a) < timeOf(b) ? -1 : timeOf(a) > timeOf(b) ? 1 : 0));
}

export async function tradesFromFiles(files: readonly string[], symbols: readonly string[], venue: string, untilNs: bigint | undefined): Promise<{ events: ExportEvent[]; skipped: number }> {
  let skipped = 0;
  const lists = await Promise.all(
    files.map(async (file, i) => {
      const stats: TradeFileStats = { rows: 0, skipped: 0 };
      const events: ExportEvent[] = [];
      for await (const trade of readTradeFile(file, venue, symbols[i], stats)) if (untilNs === undefined || trade.timeNs < untilNs) events.push({ kind: "trade", trade });
      skipped += stats.skipped;
      return events;
    }),
  );
  return { events: mergeByTime(lists), skipped };
}

/** Candles become closed base bars; volume splits and trade counts are unknown (NaN) for candle input. */
export function barsFromCandleFiles(files: readonly string[], symbols: readonly string[], venue: string, timeframe: Timeframe, untilNs: bigint | undefined): ExportEvent[] {
  const lists = files.map((file, i) =>
    readCandles(file).flatMap((c): ExportEvent[] => {
      const openTimeNs = BigInt(Math.round(c.timeMs)) * 1_000_000n;
      if (openTimeNs % timeframe.durationNs !== 0n) throw new Error(`${file}: candle at ${new Date(c.timeMs).toISOString()} is not aligned to ${timeframe.label}; is --timeframe right?`);
      const closeTimeNs = openTimeNs + timeframe.durationNs;
      if (untilNs !== undefined && closeTimeNs > untilNs) return [];
      const bar: Bar = {
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
      };
      return [{ kind: "bar", bar }];
    }),
  );
  return mergeByTime(lists);
}

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
 * Trades from the tick store in venue-time order; also returns the row count first, for progress. Trades in
 * the same nanosecond are ordered by trade id (numerically for the numeric ids venues assign in sequence),
 * since the bar close is the last trade and storage order is not preserved.
 */
export async function tradesFromClickHouse(
  client: ClickHouseClient,
  symbols: readonly string[],
  fromNs: bigint,
  toNs: bigint,
  venue: string | undefined,
): Promise<{ total: number; events: AsyncGenerator<ExportEvent> }> {
  const counted = await client.query({ query: tradesQuery("count() AS n", symbols, fromNs, toNs, venue), format: "JSONEachRow" });
  const total = Number((await counted.json<{ n: string }>())[0]?.n ?? 0);
  const result = await client.query({
    query: `${tradesQuery("venue, symbol, toString(venue_time_ns) AS t, price, size, toString(side) AS side, trade_id", symbols, fromNs, toNs, venue)} ORDER BY venue_time_ns, length(trade_id), trade_id`,
    format: "JSONEachRow",
  });
  async function* events(): AsyncGenerator<ExportEvent> {
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
