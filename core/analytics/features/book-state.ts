/**
 * What the order book says, reduced to numbers at every book update. The book object itself keeps changing
 * after a bar closes, so the reduction happens at update time and the features at a close read only the
 * reduction made before it: the book can never leak a later state into an earlier bar.
 *
 * Order-flow imbalance follows Cont, Kukanov & Stoikov (2014), "The price impact of order book events":
 * per best-quote update e = 1{Pb≥Pb'}·qb − 1{Pb≤Pb'}·qb' − 1{Pa≤Pa'}·qa + 1{Pa≥Pa'}·qa' (primes = previous),
 * summed over the bar and scaled by the bar's mean best-level depth so it compares across symbols.
 */

/** Anything with best-first price/size arrays per side; edge/book's `L2Book` fits as is. */
export interface BookView {
  readonly bids: { readonly prices: ArrayLike<number>; readonly sizes: ArrayLike<number> };
  readonly asks: { readonly prices: ArrayLike<number>; readonly sizes: ArrayLike<number> };
}

/** A book that can produce its view on demand (for deferred reductions). */
export interface BookSource {
  view(): BookView;
}

export const DEPTH_BANDS_BPS = [10, 25, 50] as const;
export const IMBALANCE_LEVELS = [1, 5, 10] as const;
/** Levels used for the book pressure slope. */
const SLOPE_LEVELS = 10;
/** Bars kept for multi-bar order-flow imbalance. */
export const OFI_WINDOW = 5;
/**
 * What a reduction reads of one side: the best LEVELS_READ levels, and beyond them only levels inside the
 * widest depth band (`bandLimit(mid, ±WIDEST_BAND_BPS)`). A view holding just those reduces identically, which
 * lets a deep live book hand over a short copy (analytics/live/live-book.ts).
 */
export const LEVELS_READ = Math.max(...IMBALANCE_LEVELS, SLOPE_LEVELS);
export const WIDEST_BAND_BPS = Math.max(...DEPTH_BANDS_BPS);

/** The price `bps` basis points from `mid` (negative below). */
export function bandLimit(mid: number, bps: number): number {
  return mid * (1 + bps / 10_000);
}

export class BookState {
  /** False until the first valid (uncrossed, two-sided) book. */
  valid = false;
  bestBid = NaN;
  bestAsk = NaN;
  bidSize = NaN;
  askSize = NaN;
  readonly imbalance = new Float64Array(IMBALANCE_LEVELS.length);
  readonly bidDepth = new Float64Array(DEPTH_BANDS_BPS.length);
  readonly askDepth = new Float64Array(DEPTH_BANDS_BPS.length);
  bidSlope = NaN;
  askSlope = NaN;
  /** Book updates rejected as crossed or one-sided (counted, not applied). */
  rejected = 0;

  private ofiSum = 0;
  private depthSum = 0;
  private updatesInBar = 0;
  private readonly ofiRing = new Float64Array(OFI_WINDOW);
  private readonly depthRing = new Float64Array(OFI_WINDOW);
  private readonly updatesRing = new Float64Array(OFI_WINDOW);
  private closedBars = 0;
  /** A book whose reduction is deferred (onBookDeferred). */
  private pending: BookSource | undefined;

  onBook(book: BookView): void {
    const bids = book.bids;
    const asks = book.asks;
    if (bids.prices.length === 0 || asks.prices.length === 0 || bids.prices[0] >= asks.prices[0]) {
      this.rejected++;
      return;
    }
    this.top(bids.prices[0], bids.sizes[0], asks.prices[0], asks.sizes[0]);
    this.pending = undefined;
    this.reduce(book);
  }

  /**
   * `onBook` for a large live book: the best levels (uncrossed, two-sided: the caller checks) update the
   * order-flow figures now, and the depth/imbalance/slope reduction of `source.view()` waits until the bar
   * closes (`closeBar`) or `settle()` is called. The caller must leave the book unchanged until then: settle
   * first when an update may change it in a way it will not report here (a snapshot, a crossing delta).
   * The result equals `onBook` on every update, for the cost of one reduction per bar.
   */
  onBookDeferred(bestBid: number, bidSize: number, bestAsk: number, askSize: number, source: BookSource): void {
    this.top(bestBid, bidSize, bestAsk, askSize);
    this.pending = source;
  }

  /** Runs a deferred reduction now (from the book as it is). */
  settle(): void {
    const source = this.pending;
    if (source === undefined) return;
    this.pending = undefined;
    this.reduce(source.view());
  }

  private top(pb: number, qb: number, pa: number, qa: number): void {
    if (this.valid) {
      this.ofiSum += (pb >= this.bestBid ? qb : 0) - (pb <= this.bestBid ? this.bidSize : 0) - (pa <= this.bestAsk ? qa : 0) + (pa >= this.bestAsk ? this.askSize : 0);
    }
    this.depthSum += (qb + qa) / 2;
    this.updatesInBar++;
    this.valid = true;
    this.bestBid = pb;
    this.bestAsk = pa;
    this.bidSize = qb;
    this.askSize = qa;
  }

  private reduce(book: BookView): void {
    const bids = book.bids;
    const asks = book.asks;
    const mid = (this.bestBid + this.bestAsk) / 2;
    IMBALANCE_LEVELS.forEach((levels, i) => {
      const b = sumSizes(bids.sizes, levels);
      const a = sumSizes(asks.sizes, levels);
      this.imbalance[i] = (b - a) / (b + a);
    });
    DEPTH_BANDS_BPS.forEach((bps, i) => {
      this.bidDepth[i] = depthWithin(bids, mid, -bps);
      this.askDepth[i] = depthWithin(asks, mid, bps);
    });
    this.bidSlope = pressureSlope(bids, mid);
    this.askSlope = pressureSlope(asks, mid);
  }

  get mid(): number {
    return (this.bestBid + this.bestAsk) / 2;
  }

  get microprice(): number {
    return (this.bestBid * this.askSize + this.bestAsk * this.bidSize) / (this.bidSize + this.askSize);
  }

  /** OFI summed over the last `bars` closed bars, in units of their mean best-level depth. */
  ofi(bars: number): number {
    if (this.closedBars < bars) return NaN;
    let ofi = 0;
    let depth = 0;
    let updates = 0;
    for (let k = 0; k < bars; k++) {
      const i = (this.closedBars - 1 - k) % OFI_WINDOW;
      ofi += this.ofiRing[i];
      depth += this.depthRing[i];
      updates += this.updatesRing[i];
    }
    return updates > 0 && depth > 0 ? ofi / (depth / updates) : this.valid ? 0 : NaN;
  }

  updatesInLastBar(): number {
    return this.closedBars > 0 ? this.updatesRing[(this.closedBars - 1) % OFI_WINDOW] : NaN;
  }

  /** Seals the per-bar accumulators at a base-bar close, before its features are written, so `ofi(1)` is that bar's. */
  closeBar(): void {
    this.settle();
    const i = this.closedBars % OFI_WINDOW;
    this.ofiRing[i] = this.ofiSum;
    this.depthRing[i] = this.depthSum;
    this.updatesRing[i] = this.updatesInBar;
    this.closedBars++;
    this.ofiSum = 0;
    this.depthSum = 0;
    this.updatesInBar = 0;
  }
}

function sumSizes(sizes: ArrayLike<number>, levels: number): number {
  let sum = 0;
  const n = Math.min(levels, sizes.length);
  for (let i = 0; i < n; i++) sum += sizes[i];
  return sum;
}

/** Size resting within `bps` of mid (negative bps = below mid, for bids). */
function depthWithin(side: BookView["bids"], mid: number, bps: number): number {
  const limit = bandLimit(mid, bps);
  let sum = 0;
  for (let i = 0; i < side.prices.length; i++) {
    const p = side.prices[i];
    if (bps < 0 ? p < limit : p > limit) break;
    sum += side.sizes[i];
  }
  return sum;
}

/**
 * Book pressure slope: least-squares slope (through the origin) of cumulative size against distance from mid
 * in bps over the top levels. Steep = much liquidity close to the touch.
 */
function pressureSlope(side: BookView["bids"], mid: number): number {
  const n = Math.min(SLOPE_LEVELS, side.prices.length);
  let cum = 0;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    cum += side.sizes[i];
    const d = (Math.abs(side.prices[i] - mid) / mid) * 10_000;
    sxy += d * cum;
    sxx += d * d;
  }
  return sxx > 0 ? sxy / sxx : NaN;
}
