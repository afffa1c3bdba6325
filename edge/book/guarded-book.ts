/**
 * A venue-fed L2 book that forwards only what it can prove: the shared mechanism behind every venue
 * whose book arrives as a WebSocket snapshot followed by deltas (Bybit, OKX, Kraken).
 *
 * Each update is checked with whatever the venue offers — update-id continuity, a CRC over the top
 * levels, and always the crossed-book test — *before* anything is forwarded. A failed check marks the
 * book invalid, clears it, counts the fault, and asks the venue-specific `resync` for a fresh snapshot;
 * until that snapshot arrives every delta is dropped (counted), so a book known to be wrong never
 * reaches the sink. Forwarded deltas describe the change of the top `depth` levels (levels entering or
 * leaving that window included), so a consumer that keeps only `depth` levels stays exact while this
 * book keeps the venue's full depth, which checksums and deletions below the window need.
 */
import type { AdapterStats, TopOfBook } from "../venues/adapter.ts";
import type { EventSink, Instrument, Level } from "../normalize/events.ts";
import { type BookSide, L2Book } from "./l2-book.ts";
import { decimalNumber } from "../normalize/decimal-text.ts";
import { SpelledLevels } from "./decimal-spelling.ts";

/** A level as the venue spelled it: [price, size]; size "0" (any zero spelling) deletes. */
export type TextLevel = readonly [price: string, size: string];

/**
 * A side's levels in an update: texts (numbers read here or given beside them, see Numbered), or
 * numbers with their texts' spellings, as a scanner reads them (no string per level).
 */
export type BookLevels = readonly TextLevel[] | SpelledLevels;

/**
 * Where a venue parser already read the numbers (frame-fields' textLevels), the level list carries
 * them as `numbers` (price i at 2i, size at 2i + 1) and they are used instead of reading each text
 * again; they must be what decimalNumber gives for the texts.
 */
type Numbered = readonly TextLevel[] & { readonly numbers?: readonly number[] };

/** The numbers of `levels` as read by the parser, or undefined (then each text is read here). */
function numbersOf(levels: BookLevels): readonly number[] | undefined {
  // A scanner's reused lists hold stale entries past their length.
  if (levels instanceof SpelledLevels) return levels.numbers;
  const numbers = (levels as Numbered).numbers;
  return numbers !== undefined && numbers.length === 2 * levels.length ? numbers : undefined;
}

export type BookState = "awaiting" | "valid" | "invalid";

/** Default `checksumDepth`: above every venue checksum we know (OKX 25 levels, Kraken 10). */
export const CHECKSUM_WINDOW = 32;
export type BookFault = "gap" | "checksum" | "crossed";

export interface GuardedBookOptions {
  readonly instrument: Instrument;
  readonly sink: EventSink;
  readonly stats: AdapterStats;
  /** Levels per side forwarded. */
  readonly depth: number;
  /** Levels per side the venue maintains; the book is cut to it after every update (Kraken requires it). */
  readonly venueDepth: number;
  /** The venue checksum over the book, compared with the one the venue sends (absent: no checksum). */
  readonly checksum?: (book: L2Book) => number;
  /**
   * Levels per side the checksum reads (OKX 25, Kraken 10). While it runs, the sides' best-first
   * arrays (`priceTexts`, `prices`, ...) hold only this many levels, so building them does not copy
   * a 400- or 1,000-level book per update. Default CHECKSUM_WINDOW (32). A checksum that reads past
   * it finds no level there, computes a different value and fails the book: never a silent pass.
   * Checksums that use `priceTextAt(i)`/`sizeTextAt(i)` read the book directly and need no window.
   */
  readonly checksumDepth?: number;
  /** The venue has no BBO stream: derive BBO events from the top of this book. */
  readonly bboFromBook: boolean;
  /** Ask the venue for a fresh snapshot (resubscribe or reconnect); called once per fault. */
  readonly resync: (fault: BookFault, reason: string) => void;
  /**
   * Forward deltas by copying the window before and after each update and diffing the two (the
   * reference the recorded changes are tested against) instead of recording the changes while the
   * levels are applied. Same events either way.
   */
  readonly forwardByDiff?: boolean;
}

/** What a venue message says about one book update. */
export interface UpdateMeta {
  readonly venueTimeNs: bigint;
  readonly receiveTimeNs: bigint;
  /** The venue's id for this update (0 where it has none). */
  readonly updateId: number;
  /** The id the venue says preceded this update; checked against the last applied one when given. */
  readonly prevUpdateId?: number;
  /** The venue's checksum of the book after this update, when it sent one. */
  readonly checksum?: number;
}

/** The best levels of one side, best first (reused scratch arrays). */
interface TopSnapshot {
  readonly prices: number[];
  readonly sizes: number[];
}

const emptyTop = (): TopSnapshot => ({ prices: [], sizes: [] });

export class GuardedBook {
  readonly book = new L2Book();
  private stateValue: BookState = "awaiting";
  private lastUpdateId = 0;
  private lastForwardedId = 0;
  private readonly keepTexts: boolean;
  /** Scratch: the forwarded window before a delta, and after it. */
  private readonly oldBids = emptyTop();
  private readonly oldAsks = emptyTop();
  private readonly newTop = emptyTop();
  /** Scratch: best bid, its size, best ask, its size before a delta. */
  private readonly oldBest = new Float64Array(4);
  /** Scratch: the levels a delta set at or better than each side's window edge, with their sizes before. */
  private readonly bidRecord: Recorded = { keys: [], sizes: [], after: [], n: 0 };
  private readonly askRecord: Recorded = { keys: [], sizes: [], after: [], n: 0 };

  constructor(private readonly opts: GuardedBookOptions) {
    this.keepTexts = opts.checksum !== undefined;
  }

  get state(): BookState {
    return this.stateValue;
  }

  get instrument(): Instrument {
    return this.opts.instrument;
  }

  /** The connection carrying this book (re)opened: wait for its snapshot. */
  reset(): void {
    this.book.clear();
    this.stateValue = "awaiting";
  }

  /** A full book: replaces whatever was there, valid or not. Returns whether it was accepted. */
  snapshot(bids: BookLevels, asks: BookLevels, meta: UpdateMeta): boolean {
    this.load(this.book.bids, bids);
    this.load(this.book.asks, asks);
    this.truncate();
    if (!this.verify(meta)) return false;
    this.stateValue = "valid";
    this.lastUpdateId = meta.updateId;
    this.opts.stats.bookUpdatesApplied++;
    this.opts.sink({
      type: "book",
      instrument: this.opts.instrument,
      venueTimeNs: meta.venueTimeNs,
      receiveTimeNs: meta.receiveTimeNs,
      snapshot: true,
      firstUpdateId: meta.updateId,
      lastUpdateId: meta.updateId,
      prevUpdateId: 0,
      bids: this.book.bids.levels(this.opts.depth),
      asks: this.book.asks.levels(this.opts.depth),
    });
    this.lastForwardedId = meta.updateId;
    this.emitBbo(meta, undefined);
    return true;
  }

  /** Incremental levels on top of the last valid state. Returns whether they were applied. */
  delta(bids: BookLevels, asks: BookLevels, meta: UpdateMeta): boolean {
    if (this.stateValue !== "valid") {
      this.opts.stats.ignored++;
      return false;
    }
    if (meta.prevUpdateId !== undefined && meta.prevUpdateId !== this.lastUpdateId) {
      this.fail("gap", `expected previous update ${this.lastUpdateId}, got ${meta.prevUpdateId}`);
      return false;
    }
    const depth = this.opts.depth;
    const book = this.book;
    // Recording needs every level that leaves the window to still be in the book afterwards: an
    // update of n levels moves a window level down by at most n ranks, so the cut to the venue's
    // depth cannot reach it while n + depth <= venueDepth.
    const venueDepth = this.opts.venueDepth;
    if (
      this.opts.forwardByDiff !== true && bids.length + depth <= venueDepth && asks.length + depth <= venueDepth
    ) {
      return this.recordedDelta(bids, asks, meta);
    }
    const { oldBids, oldAsks } = this;
    // A side whose update lies wholly below its forwarded window leaves that window as it was: no
    // copy and no comparison for it (most updates of a 200-400-level book are deep).
    const bidWindow = touchesWindow(book.bids, bids, depth);
    const askWindow = touchesWindow(book.asks, asks, depth);
    if (bidWindow) book.bids.copyTop(depth, oldBids.prices, oldBids.sizes);
    if (askWindow) book.asks.copyTop(depth, oldAsks.prices, oldAsks.sizes);
    const old = this.oldBest;
    old[0] = book.bids.bestPrice() ?? NaN;
    old[1] = book.bids.bestSize() ?? NaN;
    old[2] = book.asks.bestPrice() ?? NaN;
    old[3] = book.asks.bestSize() ?? NaN;
    this.fill(book.bids, bids);
    this.fill(book.asks, asks);
    this.truncate();
    if (!this.verify(meta)) return false;
    this.lastUpdateId = meta.updateId;
    this.opts.stats.bookUpdatesApplied++;
    const bidChanges = bidWindow ? diff(oldBids, book.bids, depth, this.newTop) : NO_CHANGES;
    const askChanges = askWindow ? diff(oldAsks, book.asks, depth, this.newTop) : NO_CHANGES;
    this.forwardChanges(meta, bidChanges, askChanges, old);
    return true;
  }

  /**
   * `delta` with the forwarded changes recorded while the levels are applied: each level at or
   * better than the window's edge (its worst level) keeps the size it had before, and after the
   * update the window's new edge says which of them are in it now and which untouched levels
   * entered (the edge moved down) or left (it moved up). The changes are those `diff` finds between
   * the window before and after, in the same best-first order.
   */
  private recordedDelta(bids: BookLevels, asks: BookLevels, meta: UpdateMeta): boolean {
    const depth = this.opts.depth;
    const book = this.book;
    const old = this.oldBest;
    old[0] = book.bids.bestPrice() ?? NaN;
    old[1] = book.bids.bestSize() ?? NaN;
    old[2] = book.asks.bestPrice() ?? NaN;
    old[3] = book.asks.bestSize() ?? NaN;
    const bidEdge = edgeKey(book.bids, depth);
    const askEdge = edgeKey(book.asks, depth);
    const bidRec = this.bidRecord;
    const askRec = this.askRecord;
    this.fillRecording(book.bids, bids, bidEdge, bidRec);
    this.fillRecording(book.asks, asks, askEdge, askRec);
    this.truncate();
    if (!this.verify(meta)) return false;
    this.lastUpdateId = meta.updateId;
    this.opts.stats.bookUpdatesApplied++;
    const bidChanges = bids.length === 0 ? NO_CHANGES : recordedChanges(book.bids, depth, bidEdge, bidRec);
    const askChanges = asks.length === 0 ? NO_CHANGES : recordedChanges(book.asks, depth, askEdge, askRec);
    this.forwardChanges(meta, bidChanges, askChanges, old);
    return true;
  }

  /** Forwards an applied delta's changes in the window (if any) and the top of book it moved. */
  private forwardChanges(meta: UpdateMeta, bids: Level[], asks: Level[], old: Float64Array): void {
    if (bids.length === 0 && asks.length === 0) return;
    this.opts.sink({
      type: "book",
      instrument: this.opts.instrument,
      venueTimeNs: meta.venueTimeNs,
      receiveTimeNs: meta.receiveTimeNs,
      snapshot: false,
      firstUpdateId: meta.updateId,
      lastUpdateId: meta.updateId,
      prevUpdateId: this.lastForwardedId,
      bids,
      asks,
    });
    this.lastForwardedId = meta.updateId;
    this.emitBbo(meta, old);
  }

  /** `fill`, recording key and size before of each level at or better than `edge` (a key). */
  private fillRecording(side: BookSide, levels: BookLevels, edge: number, rec: Recorded): void {
    rec.n = 0;
    if (levels instanceof SpelledLevels && this.keepTexts) return fillSpelledRecording(side, levels, edge, rec);
    const numbers = numbersOf(levels);
    const texts = levels instanceof SpelledLevels ? undefined : levels;
    const spellings = levels instanceof SpelledLevels ? levels.spellings : undefined;
    const sign = side.descending ? 1 : -1;
    for (let i = 0; i < levels.length; i++) {
      const price = numbers === undefined ? decimalNumber(texts![i][0]) : numbers[2 * i];
      const size = numbers === undefined ? decimalNumber(texts![i][1]) : numbers[2 * i + 1];
      const before = this.setLevel(side, price, size, texts, spellings, i);
      const key = sign * price;
      if (key >= edge) {
        const n = rec.n;
        rec.keys[n] = key;
        rec.sizes[n] = before;
        rec.after[n] = size;
        rec.n = n + 1;
      }
    }
  }

  /** Mark the book wrong (a venue-level check failed, or one of ours): count, clear, resync. */
  fail(fault: BookFault, reason: string): void {
    const stats = this.opts.stats;
    if (fault === "gap") stats.sequenceGaps++;
    else if (fault === "checksum") stats.checksumsFailed++;
    else stats.crossedBooks++;
    stats.resyncs++;
    this.book.clear();
    this.stateValue = "invalid";
    this.opts.resync(fault, `${this.opts.instrument.symbol}: ${reason}`);
  }

  /** Best levels while valid. */
  top(): TopOfBook | undefined {
    const { bids, asks } = this.book;
    if (this.stateValue !== "valid" || bids.length === 0 || asks.length === 0) return undefined;
    return {
      bidPrice: bids.bestPrice()!,
      bidSize: bids.bestSize()!,
      askPrice: asks.bestPrice()!,
      askSize: asks.bestSize()!,
    };
  }

  private fill(side: BookSide, levels: BookLevels): void {
    const numbers = numbersOf(levels);
    const texts = levels instanceof SpelledLevels ? undefined : levels;
    const spellings = levels instanceof SpelledLevels ? levels.spellings : undefined;
    for (let i = 0; i < levels.length; i++) {
      const price = numbers === undefined ? decimalNumber(texts![i][0]) : numbers[2 * i];
      const size = numbers === undefined ? decimalNumber(texts![i][1]) : numbers[2 * i + 1];
      this.setLevel(side, price, size, texts, spellings, i);
    }
  }

  /**
   * Level i of an update into `side`, with its texts (`texts[i]`) or their spelling (`spellings[i]`)
   * when a checksum reads them; returns its size before.
   */
  private setLevel(
    side: BookSide,
    price: number,
    size: number,
    texts: readonly TextLevel[] | undefined,
    spellings: readonly number[] | undefined,
    i: number,
  ): number {
    if (!this.keepTexts) return side.set(price, size);
    if (spellings !== undefined) return side.setSpelled(price, size, spellings[i]);
    return side.set(price, size, texts![i][0], texts![i][1]);
  }

  /** A side from a snapshot: as `fill` on an empty side, laid out in one pass when already sorted. */
  private load(side: BookSide, levels: BookLevels): void {
    if (levels instanceof SpelledLevels) return this.loadSpelled(side, levels);
    // The parser's numbers as they are (no array per level), else read from the texts here.
    let numbers = numbersOf(levels);
    if (numbers === undefined) {
      const read: number[] = new Array(2 * levels.length);
      for (let i = 0; i < levels.length; i++) {
        read[2 * i] = decimalNumber(levels[i][0]);
        read[2 * i + 1] = decimalNumber(levels[i][1]);
      }
      numbers = read;
    }
    side.loadNumbers(numbers, this.keepTexts ? levels : undefined);
  }

  /** `load` for spelled levels, their spellings kept only where a checksum reads the texts. */
  private loadSpelled(side: BookSide, levels: SpelledLevels): void {
    side.loadSpelled(levels.numbers, levels.length, this.keepTexts ? levels.spellings : undefined);
  }

  private truncate(): void {
    this.book.bids.truncate(this.opts.venueDepth);
    this.book.asks.truncate(this.opts.venueDepth);
  }

  private verify(meta: UpdateMeta): boolean {
    const checksum = this.opts.checksum;
    if (checksum && meta.checksum !== undefined) {
      // The checksum reads the top of the book; its best-first arrays need hold no more than that.
      const { bids, asks } = this.book;
      const window = this.opts.checksumDepth ?? CHECKSUM_WINDOW;
      bids.arrayWindow = window;
      asks.arrayWindow = window;
      let ours: number;
      try {
        ours = checksum(this.book);
      } finally {
        bids.arrayWindow = Infinity;
        asks.arrayWindow = Infinity;
      }
      if (ours !== meta.checksum) {
        this.fail("checksum", `checksum ${ours} != venue ${meta.checksum}`);
        return false;
      }
      this.opts.stats.checksumsVerified++;
    }
    if (this.book.isCrossed()) {
      this.fail("crossed", `best bid ${this.book.bestBid()} >= best ask ${this.book.bestAsk()}`);
      return false;
    }
    return true;
  }

  /** A BBO event when the top changed; `old`: best bid, its size, best ask, its size before (NaN: none). */
  private emitBbo(meta: UpdateMeta, old: Float64Array | undefined): void {
    if (!this.opts.bboFromBook) return;
    const t = this.top();
    if (!t) return;
    if (
      old && old[0] === t.bidPrice && old[1] === t.bidSize && old[2] === t.askPrice && old[3] === t.askSize
    ) return;
    this.opts.sink({
      type: "bbo",
      instrument: this.opts.instrument,
      venueTimeNs: meta.venueTimeNs,
      receiveTimeNs: meta.receiveTimeNs,
      updateId: meta.updateId,
      ...t,
    });
  }
}

const NO_CHANGES: Level[] = [];

/**
 * Whether applying `levels` can change the best `depth` levels of `side`: yes when the side holds
 * fewer (any new level enters), or when a level is at or better than the window's worst price.
 * Inserts, updates and deletes strictly worse than it (and cutting the book to the venue's depth,
 * which only drops the worst) leave the window as it was.
 */
function touchesWindow(side: BookSide, levels: BookLevels, depth: number): boolean {
  if (levels.length === 0) return false;
  if (!(side.length >= depth)) return true;
  const edge = side.priceAt(depth - 1)!;
  const numbers = numbersOf(levels);
  for (let i = 0; i < levels.length; i++) {
    const price = numbers === undefined ? decimalNumber((levels as readonly TextLevel[])[i][0]) : numbers[2 * i];
    if (side.descending ? !(price < edge) : !(price > edge)) return true;
  }
  return false;
}

/** Changes between two best-first windows of one side: new/changed levels, and size 0 for departed ones. */
function diff(before: TopSnapshot, after: BookSide, depth: number, now: TopSnapshot): Level[] {
  const out: Level[] = [];
  const n = after.copyTop(depth, now.prices, now.sizes);
  const m = before.prices.length;
  const sign = after.descending ? -1 : 1;
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    // Keys ascend from the best level on both sides: -price for bids, price for asks.
    const oldK = i < m ? sign * before.prices[i] : Infinity;
    const newK = j < n ? sign * now.prices[j] : Infinity;
    if (oldK < newK) {
      out.push([before.prices[i], 0]);
      i++;
    } else if (newK < oldK) {
      out.push([now.prices[j], now.sizes[j]]);
      j++;
    } else {
      if (before.sizes[i] !== now.sizes[j]) out.push([now.prices[j], now.sizes[j]]);
      i++;
      j++;
    }
  }
  return out;
}

/** Levels set by one update (keys: sign * price, larger = better), each with its size before and the size set. */
interface Recorded {
  readonly keys: number[];
  readonly sizes: number[];
  readonly after: number[];
  n: number;
}

/** Key (sign * price) of the worst level of the best `depth`; -Infinity when the side holds fewer. */
function edgeKey(side: BookSide, depth: number): number {
  if (side.length < depth || depth <= 0) return -Infinity;
  const p = side.priceAt(depth - 1)!;
  return side.descending ? p : -p;
}

/**
 * `fillRecording` of a scanner's spelled levels into a book that keeps texts (the checksummed
 * venues' every update): one loop with no per-level choice of source.
 */
function fillSpelledRecording(side: BookSide, levels: SpelledLevels, edge: number, rec: Recorded): void {
  const numbers = levels.numbers;
  const spellings = levels.spellings;
  const keys = rec.keys;
  const sizes = rec.sizes;
  const after = rec.after;
  const sign = side.descending ? 1 : -1;
  const count = levels.length;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const price = numbers[2 * i];
    const size = numbers[2 * i + 1];
    const before = side.setSpelled(price, size, spellings[i]);
    const key = sign * price;
    if (key >= edge) {
      keys[n] = key;
      sizes[n] = before;
      after[n] = size;
      n++;
    }
  }
  rec.n = n;
}

/**
 * The changes of the best `depth` levels of `side`, whose window edge was `oldEdge` before the update
 * that set the levels in `rec` (those at or better than `oldEdge`, with their sizes before): what
 * `diff` gives for the windows before and after.
 */
export function recordedChanges(side: BookSide, depth: number, oldEdge: number, rec: Recorded): Level[] {
  const keys = rec.keys;
  const sizes = rec.sizes;
  const after = rec.after;
  const n = rec.n;
  // Best first, stable: of a level repeated in one update, the first record has its size before and
  // the last the size it ends with.
  for (let i = 1; i < n; i++) {
    const k = keys[i];
    if (!(keys[i - 1] < k)) continue;
    const sz = sizes[i];
    const a = after[i];
    let j = i - 1;
    while (j >= 0 && keys[j] < k) {
      keys[j + 1] = keys[j];
      sizes[j + 1] = sizes[j];
      after[j + 1] = after[j];
      j--;
    }
    keys[j + 1] = k;
    sizes[j + 1] = sz;
    after[j + 1] = a;
  }
  const sign = side.descending ? 1 : -1;
  const newEdge = edgeKey(side, depth);
  const out: Level[] = [];
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (i > 0 && key === keys[i - 1]) continue;
    const price = sign * key;
    const before = sizes[i];
    let last = i;
    while (last + 1 < n && keys[last + 1] === key) last++;
    // In the window now, the level is still in the book (the venue-depth cut stays below it).
    const now = key >= newEdge ? after[last] : 0;
    if (now !== 0) {
      if (before !== now) out.push([price, now]);
    } else if (before !== 0) out.push([price, 0]);
  }
  if (newEdge < oldEdge) {
    // The window reaches deeper: the levels in it below the old edge entered (none was recorded).
    const end = Math.min(depth, side.length);
    let r = end - 1;
    while (r >= 0 && sign * side.priceAt(r)! < oldEdge) r--;
    for (let q = r + 1; q < end; q++) out.push([side.priceAt(q)!, side.sizeAt(q)!]);
  } else if (newEdge > oldEdge) {
    // The window ends higher: untouched levels from its new end down to the old edge left it.
    let i = 0;
    for (let r = depth; r < side.length; r++) {
      const price = side.priceAt(r)!;
      const key = sign * price;
      if (key < oldEdge) break;
      while (i < n && keys[i] > key) i++;
      if (i === n || keys[i] !== key) out.push([price, 0]);
    }
  }
  if (out.length > 1) {
    // Best first, as `diff` merges them.
    for (let i = 1; i < out.length; i++) {
      const l = out[i];
      const k = sign * l[0];
      let j = i - 1;
      while (j >= 0 && sign * out[j][0] < k) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = l;
    }
  }
  return out;
}
