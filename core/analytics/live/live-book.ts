/**
 * One instrument's order book rebuilt in the core from the edge's book snapshots and deltas (the edge has
 * already checked sequence and checksum: it never forwards a book it knows to be wrong), in the edge's own
 * L2Book. Levels with a non-finite or negative price or size are skipped and counted; each side is capped.
 *
 * The features reduce it lazily (BookState.onBookDeferred: once per bar, not per update), from `view()`: a
 * short copy of exactly the levels a reduction reads (the best LEVELS_READ and those inside the widest depth
 * band), so it reduces bit-identically to the whole book.
 */
import { L2Book } from "../../../edge/book/l2-book.ts";
import { bandLimit, type BookSource, type BookView, LEVELS_READ, WIDEST_BAND_BPS } from "../features/book-state.ts";
import type { BookLevels } from "./batch-walker.ts";

export class LiveBook implements BookSource {
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

  /**
   * True when `apply`ing these levels might leave the book crossed or one-sided (a level through the other
   * side's best, or deletes that could empty a side): a deferred reduction must be settled before.
   */
  mayBreak(levels: BookLevels, from: number, count: number): boolean {
    let bid = this.book.bestBid();
    let ask = this.book.bestAsk();
    if (bid === undefined || ask === undefined) return true;
    let bidDeletes = 0;
    let askDeletes = 0;
    for (let i = from, end = from + count; i < end; i++) {
      const price = levels.levelPrice[i];
      const isBid = levels.levelIsBid[i];
      if (levels.levelSize[i] === 0) {
        if (isBid) bidDeletes++;
        else askDeletes++;
      } else if (isBid) {
        if (price > bid) bid = price;
      } else if (price < ask) ask = price;
    }
    // Deletes only move the best levels away from each other; only sizes > 0 can cross the book.
    return bid >= ask || bidDeletes >= this.book.bids.length || askDeletes >= this.book.asks.length;
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
    this.bidLimit = copyRead(this.book.bids, bandLimit(mid, -WIDEST_BAND_BPS), true, this.copy.bids.prices, this.copy.bids.sizes, this.bidLimit);
    this.askLimit = copyRead(this.book.asks, bandLimit(mid, WIDEST_BAND_BPS), false, this.copy.asks.prices, this.copy.asks.sizes, this.askLimit);
    return this.copy;
  }

  /** Levels copied per side last time (plus slack): the next copy's first guess. */
  private bidLimit = 64;
  private askLimit = 64;
}

/**
 * Copies the best levels of a side up to the first one (from LEVELS_READ on) beyond `limit`, with the book's
 * tight `copyTop` loop: a guess of how many, doubled until the band ends inside the copy. Returns the next guess.
 */
function copyRead(side: L2Book["bids"], limit: number, bid: boolean, prices: number[], sizes: number[], guess: number): number {
  for (let want = guess; ; want *= 2) {
    const n = side.copyTop(want, prices, sizes);
    let keep = Math.min(n, LEVELS_READ);
    while (keep < n && !(bid ? prices[keep] < limit : prices[keep] > limit)) keep++;
    if (keep < n || n < want) {
      prices.length = keep;
      sizes.length = keep;
      return Math.max(64, keep + (keep >> 1));
    }
  }
}
