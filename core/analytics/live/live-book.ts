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

/** A reusable [price, size] pair (L2Book's `Level`), rewritten in place for each book event. */
type Slot = [price: number, size: number];

/** One side of a staged book event: its valid levels in arrival order, and what they could do to the book. */
class Staged {
  /** The side's levels of the event, in order (slots from `pool`, so no allocation per event). */
  readonly levels: Slot[] = [];
  private readonly pool: Slot[] = [];
  /** Prices the event deletes (size 0), in order. */
  readonly deletes: number[] = [];
  /** Best price among the event's levels of size > 0 (NaN when none). */
  best = NaN;

  reset(): void {
    empty(this.levels);
    empty(this.deletes);
    this.best = NaN;
  }

  add(price: number, size: number): void {
    const n = this.levels.length;
    let slot: Slot;
    if (n < this.pool.length) slot = this.pool[n];
    else this.pool.push((slot = [0, 0]));
    slot[0] = price;
    slot[1] = size;
    this.levels.push(slot);
  }

  isDeleted(price: number): boolean {
    const d = this.deletes;
    for (let i = 0; i < d.length; i++) if (d[i] === price) return true;
    return false;
  }
}

/**
 * Empties an array but keeps its storage: `length = 0` makes V8 drop the backing store, so the next event's
 * pushes allocated a new one (per book event, a large share of the core's young-generation garbage).
 */
function empty(array: unknown[]): void {
  while (array.length > 0) array.pop();
}

/** Old levels walked from the best when refining `mayBreak` (past these it answers true). */
const REFINE_WALK = 64;

export class LiveBook implements BookSource {
  readonly book = new L2Book();
  /** True once a snapshot has arrived: deltas before it describe an unknown book and are ignored. */
  synced = false;
  private readonly copy = { bids: { prices: [] as number[], sizes: [] as number[] }, asks: { prices: [] as number[], sizes: [] as number[] } };
  /** The event `stage`d and not yet committed, per side. */
  private readonly stagedBids = new Staged();
  private readonly stagedAsks = new Staged();
  private stagedSnapshot = false;

  constructor(private readonly maxLevels: number) {}

  /** Applies one book event; returns the number of levels refused as malformed. */
  apply(snapshot: boolean, levels: BookLevels, from: number, count: number): number {
    if (!snapshot && !this.synced) return 0;
    const bad = this.stage(snapshot, levels, from, count);
    this.commit();
    return bad;
  }

  /**
   * Reads one book event (its valid levels per side, in order) without changing the book; `mayBreak` then
   * tells whether it might break the book and `commit` applies it. Returns the number of malformed levels
   * (a non-finite or negative price or size), which are dropped here.
   */
  stage(snapshot: boolean, levels: BookLevels, from: number, count: number): number {
    const bids = this.stagedBids;
    const asks = this.stagedAsks;
    bids.reset();
    asks.reset();
    this.stagedSnapshot = snapshot;
    const isBid = levels.levelIsBid;
    const prices = levels.levelPrice;
    const sizes = levels.levelSize;
    let bad = 0;
    let bestBid = -Infinity;
    let bestAsk = Infinity;
    for (let i = from, end = from + count; i < end; i++) {
      const price = prices[i];
      const size = sizes[i];
      if (!(price > 0) || !(size >= 0) || price === Infinity || size === Infinity) {
        bad++;
        continue;
      }
      if (isBid[i]) {
        bids.add(price, size);
        if (size === 0) bids.deletes.push(price);
        else if (price > bestBid) bestBid = price;
      } else {
        asks.add(price, size);
        if (size === 0) asks.deletes.push(price);
        else if (price < bestAsk) bestAsk = price;
      }
    }
    bids.best = bestBid === -Infinity ? NaN : bestBid;
    asks.best = bestAsk === Infinity ? NaN : bestAsk;
    return bad;
  }

  /** Applies the staged event (a snapshot replaces the book; L2Book's bulk `load` / sorted-walk `setLevels`). */
  commit(): void {
    const { bids, asks } = this.book;
    if (this.stagedSnapshot) {
      bids.load(this.stagedBids.levels);
      asks.load(this.stagedAsks.levels);
      this.synced = true;
    } else if (!this.synced) return;
    else {
      if (this.stagedBids.levels.length > 0) bids.setLevels(this.stagedBids.levels);
      if (this.stagedAsks.levels.length > 0) asks.setLevels(this.stagedAsks.levels);
    }
    // Far levels beyond the cap only cost memory; deltas may grow a side past it between snapshots.
    if (bids.length > 2 * this.maxLevels) bids.truncate(this.maxLevels);
    if (asks.length > 2 * this.maxLevels) asks.truncate(this.maxLevels);
  }

  /**
   * True when `commit`ting the staged event might leave the book crossed or one-sided (a level through the
   * other side's best, or deletes that could empty a side): a deferred reduction must be settled before.
   * Never false when it would; true now and then when it would not (a snapshot always counts as breaking).
   */
  mayBreak(): boolean {
    const book = this.book;
    const bid = book.bestBid();
    const ask = book.bestAsk();
    if (bid === undefined || ask === undefined) return true;
    const sb = this.stagedBids;
    const sa = this.stagedAsks;
    // Deletes only move the best levels away from each other; only sizes > 0 can cross the book.
    if (sb.deletes.length >= book.bids.length || sa.deletes.length >= book.asks.length) return true;
    // After the event the best bid is at most the higher of the old best and the event's best bid (NaN
    // compares false, so a side without new levels keeps its old best), and the best ask at least the lower.
    const hiBid = sb.best > bid ? sb.best : bid;
    const loAsk = sa.best < ask ? sa.best : ask;
    if (hiBid < loAsk) return false;
    // Closer: the old best levels the event deletes are gone (a delete then re-add is among the new levels).
    const oldBid = survivingBest(book.bids, sb);
    const oldAsk = survivingBest(book.asks, sa);
    if (oldBid === undefined || oldAsk === undefined) return true;
    return (sb.best > oldBid ? sb.best : oldBid) >= (sa.best < oldAsk ? sa.best : oldAsk);
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

/** The best old level of `side` that `staged` does not delete; undefined when not found near the top. */
function survivingBest(side: L2Book["bids"], staged: Staged): number | undefined {
  const n = Math.min(side.length, REFINE_WALK);
  for (let i = 0; i < n; i++) {
    const price = side.priceAt(i)!;
    if (!staged.isDeleted(price)) return price;
  }
  return undefined;
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
