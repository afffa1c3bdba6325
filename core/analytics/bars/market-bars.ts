/**
 * Bars for every (venue, symbol) seen, behind one trade entry point: the piece the core wires between its
 * event bus (trades in) and the bus/tick store (closed and amended bars out). A clock `advance` closes bars
 * of quiet symbols too, so a minute without trades still yields its bar on time.
 */
import type { BarAggregatorOptions, BarAggregatorStats, BarSink } from "./bar-aggregator.ts";
import type { Trade } from "./bar.ts";
import { SymbolBars } from "./symbol-bars.ts";
import { DEFAULT_TIMEFRAMES } from "./timeframe.ts";

export class MarketBars {
  private readonly symbols = new Map<string, SymbolBars>();

  constructor(
    private readonly sink: BarSink,
    private readonly timeframes: readonly string[] = DEFAULT_TIMEFRAMES,
    private readonly options: BarAggregatorOptions = {},
  ) {}

  onTrade(trade: Trade): void {
    const key = `${trade.venue}\u0000${trade.symbol}`;
    let bars = this.symbols.get(key);
    if (!bars) {
      bars = new SymbolBars(trade.venue, trade.symbol, this.sink, this.timeframes, this.options);
      this.symbols.set(key, bars);
    }
    bars.addTrade(trade);
  }

  /** Venue-clock heartbeat (e.g. the edge's latest venue time): closes every bar that has ended. */
  advance(timeNs: bigint): void {
    for (const bars of this.symbols.values()) bars.advance(timeNs);
  }

  /** Counters summed over all symbols and timeframes (late trades, amendments, rejects). */
  stats(): BarAggregatorStats {
    const total: BarAggregatorStats = { trades: 0, amendments: 0, lateBeyondGrace: 0, rejected: 0, gapsNotFilled: 0 };
    for (const bars of this.symbols.values()) {
      for (const agg of bars.aggregators) for (const k of Object.keys(total) as (keyof BarAggregatorStats)[]) total[k] += agg.stats[k];
    }
    return total;
  }
}
