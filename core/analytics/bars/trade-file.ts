/**
 * Reads recorded trade CSVs (the layouts in shared/data/ticks) as `Trade`s. Columns are found by header name,
 * so one reader covers every layout: time from `trade_time_ms`/`time_ms`, size from `amount`/`qty`, side from
 * `side` or Binance's `is_buyer_maker` (maker buyer ⇒ the seller aggressed). Bad rows are counted, not thrown.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Trade, TradeSide } from "./bar.ts";

export interface TradeFileStats {
  rows: number;
  skipped: number;
}

interface Columns {
  timeMs: number;
  price: number;
  size: number;
  id: number;
  side: number;
  buyerMaker: number;
}

function columnsOf(header: string): Columns {
  const names = header.trim().split(",");
  const find = (...candidates: string[]) => {
    for (const c of candidates) {
      const i = names.indexOf(c);
      if (i >= 0) return i;
    }
    return -1;
  };
  const columns = {
    timeMs: find("trade_time_ms", "time_ms", "timestamp"),
    price: find("price"),
    size: find("amount", "qty", "size"),
    id: find("agg_trade_id", "trade_id", "id"),
    side: find("side"),
    buyerMaker: find("is_buyer_maker"),
  };
  if (columns.timeMs < 0 || columns.price < 0 || columns.size < 0) {
    throw new Error(`trade file header has no time_ms/price/amount columns: ${header.trim()}`);
  }
  return columns;
}

function sideOf(cells: string[], c: Columns): TradeSide {
  if (c.side >= 0) {
    const s = cells[c.side];
    return s === "buy" || s === "sell" ? s : "unknown";
  }
  if (c.buyerMaker >= 0) {
    const m = cells[c.buyerMaker]?.toLowerCase();
    return m === "true" ? "sell" : m === "false" ? "buy" : "unknown";
  }
  return "unknown";
}

/** Streams the trades of one file in file order. */
export async function* readTradeFile(path: string, venue: string, symbol: string, stats: TradeFileStats = { rows: 0, skipped: 0 }): AsyncGenerator<Trade> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let columns: Columns | undefined;
  for await (const line of lines) {
    if (!columns) {
      columns = columnsOf(line);
      continue;
    }
    if (line.length === 0) continue;
    stats.rows++;
    const cells = line.split(",");
    const timeMs = cells[columns.timeMs];
    const price = Number(cells[columns.price]);
    const size = Number(cells[columns.size]);
    if (!/^[0-9]+$/.test(timeMs ?? "") || !(price > 0) || !(size >= 0)) {
      stats.skipped++;
      continue;
    }
    yield {
      venue,
      symbol,
      timeNs: BigInt(timeMs) * 1_000_000n,
      price,
      size,
      side: sideOf(cells, columns),
      tradeId: columns.id >= 0 ? cells[columns.id] : String(stats.rows),
    };
  }
}
