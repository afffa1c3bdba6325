/**
 * The last N closed bars of one timeframe as parallel ring buffers of numbers. Feature code reads "k bars
 * back" without allocating, which keeps a full vector for 100 symbols inside a few milliseconds.
 */
import type { Bar } from "../bars/bar.ts";

export class BarHistory {
  /** Open time, epoch ms (exact for any real date). */
  readonly openTimeMs: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
  readonly quoteVolume: Float64Array;
  readonly buyVolume: Float64Array;
  readonly sellVolume: Float64Array;
  readonly tradeCount: Float64Array;
  /** Log return of each bar's close over the previous bar's close; NaN for the first bar. */
  readonly logReturn: Float64Array;
  /** Bars pushed so far (not capped). */
  count = 0;
  lastCloseTimeNs = -1n;
  private head = -1;

  constructor(readonly capacity: number) {
    const make = () => new Float64Array(capacity);
    this.openTimeMs = make();
    this.open = make();
    this.high = make();
    this.low = make();
    this.close = make();
    this.volume = make();
    this.quoteVolume = make();
    this.buyVolume = make();
    this.sellVolume = make();
    this.tradeCount = make();
    this.logReturn = make();
  }

  push(bar: Bar): void {
    const previousClose = this.count > 0 ? this.close[this.head] : NaN;
    this.head = (this.head + 1) % this.capacity;
    const i = this.head;
    this.openTimeMs[i] = Number(bar.openTimeNs / 1_000_000n);
    this.open[i] = bar.open;
    this.high[i] = bar.high;
    this.low[i] = bar.low;
    this.close[i] = bar.close;
    this.volume[i] = bar.volume;
    this.quoteVolume[i] = bar.quoteVolume;
    this.buyVolume[i] = bar.buyVolume;
    this.sellVolume[i] = bar.sellVolume;
    this.tradeCount[i] = bar.tradeCount;
    this.logReturn[i] = Math.log(bar.close / previousClose);
    this.count++;
    this.lastCloseTimeNs = bar.closeTimeNs;
  }

  /** Ring index of the bar `back` bars ago (0 = latest). Callers check `has(back)` first. */
  at(back: number): number {
    const i = this.head - back;
    return i >= 0 ? i : i + this.capacity;
  }

  /** Whether the bar `back` bars ago is still held. */
  has(back: number): boolean {
    return back < this.count && back < this.capacity;
  }

  /** Whether `n` bars with a defined log return are held (the first bar ever has none). */
  hasReturns(n: number): boolean {
    return n < this.count && n <= this.capacity;
  }
}
