/**
 * All timeframes of one symbol behind one entry point. Bars that close on the same watermark step are
 * delivered together, ordered by close time and, for equal close times, longest timeframe first: a consumer
 * that computes features on the base-timeframe close then already sees every higher-timeframe bar that closed
 * at the same instant, and none that closed later.
 */
import { BarAggregator, type BarAggregatorOptions, type BarEvent, type BarSink } from "./bar-aggregator.ts";
import type { Bar, Trade } from "./bar.ts";
import { DEFAULT_TIMEFRAMES, parseTimeframe } from "./timeframe.ts";

export class SymbolBars {
  readonly aggregators: readonly BarAggregator[];
  private readonly pending: BarEvent[] = [];

  constructor(
    readonly venue: string,
    readonly symbol: string,
    private readonly sink: BarSink,
    timeframes: readonly string[] = DEFAULT_TIMEFRAMES,
    options: BarAggregatorOptions = {},
  ) {
    const collect: BarSink = (event) => this.pending.push(event);
    this.aggregators = timeframes.map((label) => new BarAggregator(venue, symbol, parseTimeframe(label), collect, options));
  }

  addTrade(trade: Trade): void {
    for (const aggregator of this.aggregators) aggregator.addTrade(trade);
    this.flush();
  }

  advance(timeNs: bigint): void {
    for (const aggregator of this.aggregators) aggregator.advance(timeNs);
    this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const events = this.pending.splice(0);
    const bars = events.filter((e): e is Exclude<BarEvent, { kind: "late" }> => e.kind !== "late").sort(compareBars);
    for (const event of bars) this.sink(event);
    for (const event of events) if (event.kind === "late") this.sink(event);
  }
}

function compareBars(a: { bar: Bar }, b: { bar: Bar }): number {
  if (a.bar.closeTimeNs !== b.bar.closeTimeNs) return a.bar.closeTimeNs < b.bar.closeTimeNs ? -1 : 1;
  const da = a.bar.closeTimeNs - a.bar.openTimeNs;
  const db = b.bar.closeTimeNs - b.bar.openTimeNs;
  return da === db ? 0 : da > db ? -1 : 1;
}
