/**
 * One instrument's order book rebuilt in the core from the edge's book snapshots and deltas (the edge has
 * already checked sequence and checksum: it never forwards a book it knows to be wrong). The book is the
 * edge's own L2Book, so it is a `BookView` for the feature code as is. Levels with a non-finite or negative
 * price or size are skipped and counted; the book is capped to `maxLevels` per side.
 */
import { L2Book } from "../../../edge/book/l2-book.ts";
import type { BookLevels } from "./batch-walker.ts";

export class LiveBook extends L2Book {
  /** True once a snapshot has arrived: deltas before it describe an unknown book and are ignored. */
  synced = false;

  constructor(private readonly maxLevels: number) {
    super();
  }

  /** Applies one book event; returns the number of levels refused as malformed. */
  apply(snapshot: boolean, levels: BookLevels, from: number, count: number): number {
    if (snapshot) {
      this.clear();
      this.synced = true;
    } else if (!this.synced) return 0;
    let bad = 0;
    for (let i = from, end = from + count; i < end; i++) {
      const price = levels.levelPrice[i];
      const size = levels.levelSize[i];
      if (!(price > 0) || !(size >= 0) || price === Infinity || size === Infinity) {
        bad++;
        continue;
      }
      (levels.levelIsBid[i] ? this.bids : this.asks).set(price, size);
    }
    // Far levels beyond the cap only cost time; deltas may grow a side past it between snapshots.
    if (this.bids.length > 2 * this.maxLevels) this.bids.truncate(this.maxLevels);
    if (this.asks.length > 2 * this.maxLevels) this.asks.truncate(this.maxLevels);
    return bad;
  }

  /** Two-sided and not crossed: a book the features and the fuser may read. */
  usable(): boolean {
    return this.bids.length > 0 && this.asks.length > 0 && this.bids.prices[0] < this.asks.prices[0];
  }
}
