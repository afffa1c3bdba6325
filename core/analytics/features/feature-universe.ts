/**
 * Feature vectors for a set of symbols on one shared clock. Every input (trade, book update, candle) first
 * advances the clock to its own time, which closes every base bar that ended by then for ALL symbols, and
 * only then is applied: so a vector can only see inputs stamped before its bar's close. Bars closing at the
 * same instant are processed reference symbol first, so cross-asset features see the reference's same bar.
 */
import type { Bar, Trade } from "../bars/bar.ts";
import { BarAggregator, DEFAULT_GRACE_NS, type BarAggregatorOptions, type BarSink } from "../bars/bar-aggregator.ts";
import { WatermarkGate } from "../bars/watermark-gate.ts";
import type { BookSource, BookView } from "./book-state.ts";
import type { FeatureLayout } from "./feature-layout.ts";
import { SymbolFeatures } from "./symbol-features.ts";

export interface FeatureRow {
  readonly bar: Bar;
  readonly vector: Float64Array;
}

export interface FeatureUniverseOptions extends BarAggregatorOptions {
  /** Symbol whose returns the cross-asset features compare against (e.g. "BTC/USDT"). */
  readonly reference?: string;
}

interface Entry {
  readonly features: SymbolFeatures;
  aggregator?: BarAggregator;
}

export class FeatureUniverse {
  private readonly entries = new Map<string, Entry>();
  private readonly pending: Bar[] = [];
  private readonly collect: BarSink = (e) => {
    if (e.kind === "closed") this.pending.push(e.bar);
  };
  private clockNs = -1n;
  private readonly gate: WatermarkGate;

  constructor(
    readonly layout: FeatureLayout,
    private readonly sink: (row: FeatureRow) => void,
    private readonly options: FeatureUniverseOptions = {},
  ) {
    this.gate = new WatermarkGate(layout.base.durationNs, options.graceNs ?? DEFAULT_GRACE_NS);
  }

  get symbols(): string[] {
    return [...this.entries.keys()];
  }

  /** The symbol's feature state (created on first use). */
  symbol(symbol: string): SymbolFeatures {
    return this.entry(symbol).features;
  }

  onTrade(trade: Trade): void {
    this.advance(trade.timeNs);
    const entry = this.entry(trade.symbol);
    if (entry.aggregator) entry.aggregator.addTrade(trade);
    else {
      entry.aggregator = new BarAggregator(trade.venue, trade.symbol, this.layout.base, this.collect, this.options);
      entry.aggregator.addTrade(trade);
      // A symbol new since the clock last reached the aggregators catches up with it (see WatermarkGate).
      entry.aggregator.advance(this.gate.lastDueNs);
    }
    this.drain();
  }

  /** A book state at `timeNs`; reduced immediately, so the caller may keep mutating its book afterwards. */
  onBook(symbol: string, timeNs: bigint, book: BookView): void {
    this.advance(timeNs);
    this.entry(symbol).features.book.onBook(book);
  }

  /**
   * A live book at `timeNs` whose best levels (uncrossed) are given and whose reduction waits for the bar's
   * close (BookState.onBookDeferred): the caller keeps `source` unchanged until its next call for this symbol,
   * or calls `settleBook` first.
   */
  onBookDeferred(symbol: string, timeNs: bigint, bestBid: number, bidSize: number, bestAsk: number, askSize: number, source: BookSource): void {
    this.advance(timeNs);
    this.entry(symbol).features.book.onBookDeferred(bestBid, bidSize, bestAsk, askSize, source);
  }

  /** Runs the symbol's deferred book reduction now, before its book changes in a way it will not report. */
  settleBook(symbol: string): void {
    this.entries.get(symbol)?.features.book.settle();
  }

  /** A closed base bar from a candle source (no trades): processed at its close time. */
  onClosedBar(bar: Bar): void {
    if (bar.timeframe !== this.layout.base.label) throw new Error(`bar timeframe ${bar.timeframe} is not the base timeframe ${this.layout.base.label}`);
    this.advance(bar.closeTimeNs);
    this.pending.push(bar);
    this.drain();
  }

  /**
   * Moves the shared clock; closes every base bar that has ended by `timeNs`. The clock reaches the symbols'
   * aggregators only at the instants that can change a bar (WatermarkGate): per-event calls stay O(1).
   */
  advance(timeNs: bigint): void {
    if (timeNs <= this.clockNs) return;
    this.clockNs = timeNs;
    if (!this.gate.due(timeNs)) return;
    for (const entry of this.entries.values()) entry.aggregator?.advance(timeNs);
    this.drain();
  }

  private entry(symbol: string): Entry {
    let entry = this.entries.get(symbol);
    if (!entry) {
      entry = { features: new SymbolFeatures(this.layout) };
      this.entries.set(symbol, entry);
    }
    return entry;
  }

  private drain(): void {
    if (this.pending.length === 0) return;
    const reference = this.options.reference;
    const bars = this.pending.splice(0).sort((a, b) => {
      if (a.closeTimeNs !== b.closeTimeNs) return a.closeTimeNs < b.closeTimeNs ? -1 : 1;
      return Number(b.symbol === reference) - Number(a.symbol === reference);
    });
    for (const bar of bars) {
      const features = this.entry(bar.symbol).features;
      const ref = bar.symbol === reference ? features.base : reference === undefined ? undefined : this.entries.get(reference)?.features.base;
      // The reference's own bar is pushed inside onBaseBar, so for it the check happens after the push.
      const vector = features.onBaseBar(bar, ref && (ref === features.base || ref.lastCloseTimeNs === bar.closeTimeNs) ? ref : undefined);
      this.sink({ bar, vector });
    }
  }
}
