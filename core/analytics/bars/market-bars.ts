/**
 * Bars for every (venue, symbol) seen, behind one trade entry point: the piece the core wires between its
 * event bus (trades in) and the bus/tick store (closed and amended bars out). A clock `advance` closes bars
 * of quiet symbols too, so a minute without trades still yields its bar on time.
 */
import { DEFAULT_GRACE_NS, type BarAggregatorOptions, type BarAggregatorStats, type BarSink } from "./bar-aggregator.ts";
import type { Trade } from "./bar.ts";
import { SymbolBars } from "./symbol-bars.ts";
import { DEFAULT_TIMEFRAMES, parseTimeframe } from "./timeframe.ts";
import { WatermarkGate } from "./watermark-gate.ts";

export class MarketBars {
  private readonly symbols = new Map<string, SymbolBars>();
  private readonly gate: WatermarkGate;
  /** Symbols created since their first trade was added: they still need the shared watermark. */
  private readonly fresh = new Set<SymbolBars>();

  constructor(
    private readonly sink: BarSink,
    private readonly timeframes: readonly string[] = DEFAULT_TIMEFRAMES,
    private readonly options: BarAggregatorOptions = {},
  ) {
    // Every bar of every timeframe closes on a multiple of the durations' gcd (all are aligned to the epoch).
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
    const step = timeframes.map((t) => parseTimeframe(t).durationNs).reduce(gcd);
    this.gate = new WatermarkGate(step, options.graceNs ?? DEFAULT_GRACE_NS);
  }

  onTrade(trade: Trade): void {
    this.addTo(this.symbolBars(trade.venue, trade.symbol), trade);
  }

  /** `onTrade` for a caller that keeps the (venue, symbol)'s bars from `symbolBars` (no key lookup per trade). */
  addTo(bars: SymbolBars, trade: Trade): void {
    bars.addTrade(trade);
    if (this.fresh.size > 0 && this.fresh.delete(bars)) bars.advance(this.gate.lastDueNs);
  }

  /** The bars of one (venue, symbol), created on first use; hot paths keep the reference and call `addTo`. */
  symbolBars(venue: string, symbol: string): SymbolBars {
    const key = `${venue}\u0000${symbol}`;
    let bars = this.symbols.get(key);
    if (!bars) {
      bars = new SymbolBars(venue, symbol, this.sink, this.timeframes, this.options);
      this.symbols.set(key, bars);
      this.fresh.add(bars);
    }
    return bars;
  }

  /**
   * Venue-clock heartbeat (e.g. the edge's latest venue time): closes every bar that has ended. Pushed into the
   * symbols only at the instants that can change a bar (see WatermarkGate), so calling it per event is cheap.
   */
  advance(timeNs: bigint): void {
    if (!this.gate.due(timeNs)) return;
    for (const bars of this.symbols.values()) if (!this.fresh.has(bars)) bars.advance(timeNs);
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
