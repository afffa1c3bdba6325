/**
 * One instrument's order book rebuilt in the core from the edge's book snapshots and deltas (the edge has
 * already checked sequence and checksum: it never forwards a book it knows to be wrong), in the edge's own
 * L2Book. Levels with a non-finite or negative price or size are skipped and counted; each side is capped.
 *
 * `view()` hands the feature code a short copy: exactly the levels a BookState reduction reads (the best
 * LEVELS_READ and those inside the widest depth band), so it reduces bit-identically to the whole book while a
 * deep book costs only its near-touch levels per update.
 */
import { L2Book } from "../../../edge/book/l2-book.ts";
import { bandLimit, type BookView, LEVELS_READ, WIDEST_BAND_BPS } from "../features/book-state.ts";
import type { BookLevels } from "./batch-walker.ts";

export class LiveBook {
  readonly book = new L2Book();
  /** True once a snapshot has arrived: deltas before it describe an unknown book and are ignored. */
  synced = false;
  private readonly copy = { bids: { prices: [] as number[], sizes: [] as number[] }, asks: { prices: [] as number[], sizes: [] as number[] } };

  constructor(private readonly maxLevels: number) {}

  /** Applies one book event; returns the number of levels refused as malformed. */
  apply(snapshot: boolean, levels: BookLevels, from: number, count: number): number {
    if (snapshot) {
      this.book.clear();
      this.synced = true;
    } else if (!this.synced) return 0;
    let bad = 0;
    const { bids, asks } = this.book;
    for (let i = from, end = from + count; i < end; i++) {
      const price = levels.levelPrice[i];
      const size = levels.levelSize[i];
      if (!(price > 0) || !(size >= 0) || price === Infinity || size === Infinity) {
        bad++;
        continue;
      }
      (levels.levelIsBid[i] ? bids : asks).set(price, size);
    }
    // Far levels beyond the cap only cost memory; deltas may grow a side past it between snapshots.
    if (bids.length > 2 * this.maxLevels) bids.truncate(this.maxLevels);
    if (asks.length > 2 * this.maxLevels) asks.truncate(this.maxLevels);
    return bad;
  }

  /** Two-sided and not crossed: a book the features and the fuser may read. */
  usable(): boolean {
    const bid = this.book.bestBid();
    const ask = this.book.bestAsk();
    return bid !== undefined && ask !== undefined && bid < ask;
  }

  /** Both sides present but crossed (counted by the engine). */
  crossed(): boolean {
    return this.book.isCrossed();
  }

  bestBidSize(): number {
    return this.book.bids.bestSize() ?? NaN;
  }

  bestAskSize(): number {
    return this.book.asks.bestSize() ?? NaN;
  }

  /** The levels a reduction reads, best first, in arrays reused between calls (valid until the next call). */
  view(): BookView {
    const mid = (this.book.bestBid()! + this.book.bestAsk()!) / 2;
    copyRead(this.book.bids, bandLimit(mid, -WIDEST_BAND_BPS), true, this.copy.bids.prices, this.copy.bids.sizes);
    copyRead(this.book.asks, bandLimit(mid, WIDEST_BAND_BPS), false, this.copy.asks.prices, this.copy.asks.sizes);
    return this.copy;
  }
}

function copyRead(side: L2Book["bids"], limit: number, bid: boolean, prices: number[], sizes: number[]): void {
  let n = 0;
  side.forEachLevel((price, size) => {
    if (n >= LEVELS_READ && (bid ? price < limit : price > limit)) return false;
    prices[n] = price;
    sizes[n++] = size;
    return true;
  });
  prices.length = n;
  sizes.length = n;
}
