/**
 * One side-sorted L2 price book. Levels live in parallel arrays ordered best-first, so the top N,
 * checksums over the top N and crossed-book checks are cheap, and a delta costs one binary search
 * plus an array splice only when a level appears or disappears.
 *
 * Venues whose checksum is computed over the original number strings (OKX, Kraken) pass them in;
 * the book keeps them beside the parsed numbers so the checksum never sees a reformatted value.
 */

export class BookSide {
  readonly prices: number[] = [];
  readonly sizes: number[] = [];
  /** Original strings, "price:size" order of the venue, when the venue needs them for checksums. */
  readonly priceTexts: string[] = [];
  readonly sizeTexts: string[] = [];

  /** @param descending true for bids (best = highest), false for asks. */
  constructor(readonly descending: boolean) {}

  get length(): number {
    return this.prices.length;
  }

  clear(): void {
    this.prices.length = 0;
    this.sizes.length = 0;
    this.priceTexts.length = 0;
    this.sizeTexts.length = 0;
  }

  /** Index of `price`, or -(insertion point) - 1 when absent. */
  find(price: number): number {
    const prices = this.prices;
    let lo = 0;
    let hi = prices.length - 1;
    const desc = this.descending;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const p = prices[mid];
      if (p === price) return mid;
      if (desc ? p > price : p < price) lo = mid + 1;
      else hi = mid - 1;
    }
    return -lo - 1;
  }

  /** Set a level; size 0 deletes it. Texts are kept only when given. */
  set(price: number, size: number, priceText?: string, sizeText?: string): void {
    const i = this.find(price);
    if (size === 0) {
      if (i >= 0) {
        this.prices.splice(i, 1);
        this.sizes.splice(i, 1);
        if (this.priceTexts.length) {
          this.priceTexts.splice(i, 1);
          this.sizeTexts.splice(i, 1);
        }
      }
      return;
    }
    if (i >= 0) {
      this.sizes[i] = size;
      if (sizeText !== undefined) {
        this.priceTexts[i] = priceText ?? this.priceTexts[i];
        this.sizeTexts[i] = sizeText;
      }
      return;
    }
    const at = -i - 1;
    this.prices.splice(at, 0, price);
    this.sizes.splice(at, 0, size);
    if (priceText !== undefined && sizeText !== undefined) {
      this.priceTexts.splice(at, 0, priceText);
      this.sizeTexts.splice(at, 0, sizeText);
    }
  }

  /** Keep only the best `depth` levels. */
  truncate(depth: number): void {
    if (this.prices.length <= depth) return;
    this.prices.length = depth;
    this.sizes.length = depth;
    if (this.priceTexts.length > depth) {
      this.priceTexts.length = depth;
      this.sizeTexts.length = depth;
    }
  }
}

export class L2Book {
  readonly bids = new BookSide(true);
  readonly asks = new BookSide(false);

  clear(): void {
    this.bids.clear();
    this.asks.clear();
  }

  /** Best bid >= best ask: the book is wrong (or the venue is in an auction). */
  isCrossed(): boolean {
    return this.bids.length > 0 && this.asks.length > 0 && this.bids.prices[0] >= this.asks.prices[0];
  }

  bestBid(): number | undefined {
    return this.bids.prices[0];
  }

  bestAsk(): number | undefined {
    return this.asks.prices[0];
  }
}
