/**
 * Turns one symbol's trades into bars of one timeframe and says when each bar closes.
 *
 * Closing is driven by a watermark: the latest venue time seen (from this symbol's trades, or pushed in with
 * `advance` from a clock or other streams), because a bar cannot close on a trade that never comes in a quiet
 * market. Minutes without trades become bars with O=H=L=C = previous close and zero volume, as Binance's own
 * candles do, so bar series have no holes (`fillEmpty: false` turns that off).
 *
 * Late trades (venue time older than the watermark), the rule:
 *  1. A trade in the still-open bar just joins it: the open bar is "amended" by construction.
 *  2. A trade in the most recently CLOSED bar, arriving while watermark < that bar's close + grace, amends that
 *     bar: it is re-emitted as `amended` with revision + 1 (the store keeps the highest revision). Only the one
 *     most recent closed bar is amendable; a grace longer than the timeframe does not reach further back.
 *  3. Anything older is emitted as `late` and counted in `stats.lateBeyondGrace`: the tick itself is still in the
 *     tick store, the bar is not rewritten, and nothing is lost silently.
 * Features are computed on revision 0 (what was known at the close); amendments only reach the store.
 */
import type { Bar, Trade } from "./bar.ts";
import { barOpen, type Timeframe } from "./timeframe.ts";

export type BarEvent =
  | { readonly kind: "closed"; readonly bar: Bar }
  | { readonly kind: "amended"; readonly bar: Bar }
  | { readonly kind: "late"; readonly trade: Trade; readonly timeframe: string };

export type BarSink = (event: BarEvent) => void;

export interface BarAggregatorOptions {
  /** How long after its close the last bar still accepts late trades, ns. Default 2 s. */
  readonly graceNs?: bigint;
  /** Emit zero-volume bars for intervals without trades. Default true. */
  readonly fillEmpty?: boolean;
  /** A watermark jump that would fill more bars than this is not filled (counted in `gapsNotFilled`). */
  readonly maxFillBars?: number;
}

/** Default grace window: 2 s after a bar's close. */
export const DEFAULT_GRACE_NS = 2_000_000_000n;

export interface BarAggregatorStats {
  trades: number;
  amendments: number;
  lateBeyondGrace: number;
  rejected: number;
  gapsNotFilled: number;
}

/** Mutable accumulator for the bar being built; frozen into a `Bar` when emitted. */
interface Accumulator {
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
  revision: number;
  /** Venue times of the trades that set open and close, so out-of-order trades land in the right place. */
  firstTimeNs: bigint;
  lastTimeNs: bigint;
}

export class BarAggregator {
  readonly stats: BarAggregatorStats = { trades: 0, amendments: 0, lateBeyondGrace: 0, rejected: 0, gapsNotFilled: 0 };
  private readonly graceNs: bigint;
  private readonly fillEmpty: boolean;
  private readonly maxFillBars: number;
  private watermarkNs = -1n;
  /**
   * The period holding the watermark, [periodOpenNs, periodEndNs): while the watermark moves inside it no bar
   * can close or fill, so `advance` skips the bigint division and its garbage (every event advances every
   * timeframe of its venue).
   */
  private periodOpenNs = -1n;
  private periodEndNs = -1n;
  private current: Accumulator | undefined;
  private lastClosed: Accumulator | undefined;
  /** The closed bar after which a too-long gap was left unfilled (counted once, not on every advance). */
  private unfilledAfter: Accumulator | undefined;

  constructor(
    readonly venue: string,
    readonly symbol: string,
    readonly timeframe: Timeframe,
    private readonly sink: BarSink,
    options: BarAggregatorOptions = {},
  ) {
    this.graceNs = options.graceNs ?? DEFAULT_GRACE_NS;
    this.fillEmpty = options.fillEmpty ?? true;
    this.maxFillBars = options.maxFillBars ?? 100_000;
  }

  get watermark(): bigint {
    return this.watermarkNs;
  }

  /** Adds one trade; closes every bar that ends at or before its time first. */
  addTrade(trade: Trade): void {
    if (!(trade.price > 0) || !(trade.size >= 0) || !Number.isFinite(trade.price) || !Number.isFinite(trade.size) || trade.timeNs < 0n) {
      this.stats.rejected++;
      return;
    }
    this.stats.trades++;
    this.advance(trade.timeNs);
    const open = trade.timeNs >= this.periodOpenNs ? this.periodOpenNs : barOpen(trade.timeNs, this.timeframe.durationNs);
    if (this.current && open === this.current.openTimeNs) {
      addTo(this.current, trade);
    } else if (!this.current && open === this.periodOpenNs) {
      this.current = startAt(open, trade);
    } else if (this.lastClosed && open === this.lastClosed.openTimeNs && this.watermarkNs < this.closeOf(this.lastClosed) + this.graceNs) {
      addTo(this.lastClosed, trade);
      this.lastClosed.revision++;
      this.stats.amendments++;
      this.sink({ kind: "amended", bar: this.freeze(this.lastClosed) });
    } else {
      this.stats.lateBeyondGrace++;
      this.sink({ kind: "late", trade, timeframe: this.timeframe.label });
    }
  }

  /** Moves the watermark to `timeNs` (if later) and emits every bar that has ended by then. */
  advance(timeNs: bigint): void {
    if (timeNs <= this.watermarkNs) return;
    this.watermarkNs = timeNs;
    if (timeNs < this.periodEndNs) return;
    const dur = this.timeframe.durationNs;
    const nowOpen = barOpen(timeNs, dur);
    this.periodOpenNs = nowOpen;
    this.periodEndNs = nowOpen + dur;
    if (this.current && this.current.openTimeNs < nowOpen) {
      this.emitClosed(this.current);
      this.current = undefined;
    }
    const last = this.lastClosed;
    if (this.current || !last || !this.fillEmpty) return;
    const missing = Number((nowOpen - last.openTimeNs) / dur) - 1;
    if (missing <= 0) return;
    if (missing > this.maxFillBars) {
      if (this.unfilledAfter !== last) this.stats.gapsNotFilled++;
      this.unfilledAfter = last;
      return;
    }
    for (let open = last.openTimeNs + dur; open < nowOpen; open += dur) this.emitClosed(emptyAt(open, this.lastClosed!.close));
  }

  /** The bar being built, or undefined before the first trade or right after a close. */
  openBar(): Bar | undefined {
    return this.current && this.freeze(this.current);
  }

  private emitClosed(acc: Accumulator): void {
    this.lastClosed = acc;
    this.sink({ kind: "closed", bar: this.freeze(acc) });
  }

  private closeOf(acc: Accumulator): bigint {
    return acc.openTimeNs + this.timeframe.durationNs;
  }

  private freeze(acc: Accumulator): Bar {
    return {
      venue: this.venue,
      symbol: this.symbol,
      timeframe: this.timeframe.label,
      openTimeNs: acc.openTimeNs,
      closeTimeNs: this.closeOf(acc),
      open: acc.open,
      high: acc.high,
      low: acc.low,
      close: acc.close,
      volume: acc.volume,
      quoteVolume: acc.quoteVolume,
      vwap: acc.volume > 0 ? acc.quoteVolume / acc.volume : NaN,
      tradeCount: acc.tradeCount,
      buyVolume: acc.buyVolume,
      sellVolume: acc.sellVolume,
      revision: acc.revision,
    };
  }
}

function startAt(openTimeNs: bigint, trade: Trade): Accumulator {
  const acc = emptyAt(openTimeNs, trade.price);
  addTo(acc, trade);
  return acc;
}

function emptyAt(openTimeNs: bigint, price: number): Accumulator {
  return {
    openTimeNs,
    open: price,
    high: price,
    low: price,
    close: price,
    volume: 0,
    quoteVolume: 0,
    tradeCount: 0,
    buyVolume: 0,
    sellVolume: 0,
    revision: 0,
    firstTimeNs: openTimeNs,
    lastTimeNs: openTimeNs,
  };
}

/**
 * Open and close follow venue time, not arrival: an out-of-order trade replaces the open only if it is earlier
 * than every trade so far, and the close only if it is not earlier than the latest (ties keep arrival order,
 * which is the venue's sequence for trades stamped in the same instant).
 */
function addTo(acc: Accumulator, trade: Trade): void {
  if (acc.tradeCount === 0) {
    acc.open = acc.high = acc.low = acc.close = trade.price;
    acc.firstTimeNs = acc.lastTimeNs = trade.timeNs;
  } else {
    if (trade.price > acc.high) acc.high = trade.price;
    if (trade.price < acc.low) acc.low = trade.price;
    if (trade.timeNs < acc.firstTimeNs) {
      acc.open = trade.price;
      acc.firstTimeNs = trade.timeNs;
    }
    if (trade.timeNs >= acc.lastTimeNs) {
      acc.close = trade.price;
      acc.lastTimeNs = trade.timeNs;
    }
  }
  acc.volume += trade.size;
  acc.quoteVolume += trade.price * trade.size;
  acc.tradeCount++;
  if (trade.side === "buy") acc.buyVolume += trade.size;
  else if (trade.side === "sell") acc.sellVolume += trade.size;
}
