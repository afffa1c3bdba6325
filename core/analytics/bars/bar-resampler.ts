/**
 * Builds higher-timeframe bars from closed lower-timeframe bars (1m → 5m, 1h, 1d …). Features use it so that
 * trade-built and candle-file inputs produce their context bars the same way, and a higher bar is released
 * exactly when the lower bar that ends it closes: never earlier (it would be incomplete), never later.
 * With gap-free input the result equals what `BarAggregator` builds from the trades themselves.
 */
import type { Bar } from "./bar.ts";
import { barOpen, type Timeframe } from "./timeframe.ts";

interface Partial {
  openTimeNs: bigint;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  quoteVolume: number;
  tradeCount: number;
  buyVolume: number;
  sellVolume: number;
  hasTrades: boolean;
}

export class BarResampler {
  private partial: Partial | undefined;

  constructor(
    readonly timeframe: Timeframe,
    private readonly sink: (bar: Bar) => void,
  ) {}

  /** Adds one closed lower-timeframe bar; emits the higher bar it completes, if any. */
  add(bar: Bar): void {
    const dur = this.timeframe.durationNs;
    const open = barOpen(bar.openTimeNs, dur);
    if (this.partial && this.partial.openTimeNs !== open) {
      this.emit(bar);
      this.partial = undefined;
    }
    const p = (this.partial ??= { openTimeNs: open, open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: 0, quoteVolume: 0, tradeCount: 0, buyVolume: 0, sellVolume: 0, hasTrades: false });
    // An empty filled bar at the start must not pin the open/high/low of a bar that later trades.
    if (bar.volume > 0 && !p.hasTrades) {
      p.open = bar.open;
      p.high = bar.high;
      p.low = bar.low;
      p.hasTrades = true;
    } else if (bar.volume > 0 || !p.hasTrades) {
      if (bar.high > p.high) p.high = bar.high;
      if (bar.low < p.low) p.low = bar.low;
    }
    p.close = bar.close;
    p.volume += bar.volume;
    p.quoteVolume += bar.quoteVolume;
    p.tradeCount += bar.tradeCount;
    p.buyVolume += bar.buyVolume;
    p.sellVolume += bar.sellVolume;
    if (bar.closeTimeNs === open + dur) {
      this.emit(bar);
      this.partial = undefined;
    }
  }

  private emit(from: Bar): void {
    const p = this.partial!;
    this.sink({
      venue: from.venue,
      symbol: from.symbol,
      timeframe: this.timeframe.label,
      openTimeNs: p.openTimeNs,
      closeTimeNs: p.openTimeNs + this.timeframe.durationNs,
      open: p.open,
      high: p.high,
      low: p.low,
      close: p.close,
      volume: p.volume,
      quoteVolume: p.quoteVolume,
      vwap: p.volume > 0 ? p.quoteVolume / p.volume : NaN,
      tradeCount: p.tradeCount,
      buyVolume: p.buyVolume,
      sellVolume: p.sellVolume,
      revision: 0,
    });
  }
}
