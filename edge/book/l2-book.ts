/**
 * One side of an L2 price book, kept sorted in small blocks.
 *
 * Venues update books near the top most of the time, but not only there: a Binance futures diff
 * touches ~70 levels spread over a 5,000-level book, and a quarter of its inserts and deletes land
 * more than 1,000 levels deep. One flat sorted array pays an O(n) move for each of those; here the
 * levels live in blocks of at most `BLOCK` (a sorted list of sorted runs, B-tree style with one
 * level), so a set is two short binary searches plus a move inside one block, whatever the depth.
 *
 * Order is worst-first: the best level is the last entry of the last block. Most churn is at the top
 * of the book, and there an insert or delete moves only the few entries after it, a full top block
 * splits by appending a block, and an emptied one is popped. Best bid/ask (and the crossed-book
 * check) is O(1), the top N is a walk back from the end, and cutting the book to a depth drops whole
 * blocks from the front.
 *
 * Keys are `sign * price` (sign +1 for bids, -1 for asks), so both sides ascend worst-first and share
 * one code path; negation is exact, so a price reads back bit for bit.
 *
 * Venues whose checksum is computed over the original number strings (OKX, Kraken) pass them in;
 * the book keeps them beside the parsed numbers so the checksum never sees a reformatted value. A
 * level may instead carry its texts' spelling (./decimal-spelling.ts: one small integer that, with
 * the numbers, gives the texts back exactly), which costs no string per level; the text readers
 * below give its texts either way. A spelled level can also carry a memo for the one consumer of the
 * top of the side (the OKX checksum keeps its piece's CRC register there): it rides in the same slot
 * as the spelling, so it moves with the level for free and any change of the level's size or texts
 * drops it.
 *
 * The best-first arrays `prices`, `sizes`, `priceTexts`, `sizeTexts` of the earlier flat layout are
 * still there as getters (built on demand, cached until the next change); hot paths should use
 * `bestPrice()`, `priceAt(i)`, `priceTextAt(i)`, `forEachLevel`, `levels(n)` or `copyTop` instead.
 */
import type { Level } from "../normalize/events.ts";
import { spelledText } from "./decimal-spelling.ts";

/** Levels per block at most. A full block splits in two halves. */
const BLOCK = 128;
/** A block below this after a delete is merged with a neighbour when the two fit in `MERGED`. */
const SPARSE = BLOCK >> 2;
const MERGED = (BLOCK * 3) >> 2;

/**
 * A block's key and size slots, copied for each block (a clone of an array of doubles is a plain
 * copy, several times cheaper than filling a new array).
 */
const DOUBLES = new Array<number>(BLOCK).fill(0.5);

class Block {
  n = 0;
  // Plain arrays of doubles (V8 stores them unboxed), not Float64Arrays: those keep their storage
  // outside the JS heap, freed only after a later GC, and 50 churning books then showed up to 80 MB
  // more RSS; access speed is the same.
  readonly k: number[] = DOUBLES.slice();
  readonly s: number[] = DOUBLES.slice();
  pt: (string | undefined)[] | null;
  st: (string | undefined)[] | null;
  /**
   * Level spellings (0: none, the texts are in pt/st), from a block's first spelled level on; above
   * the spelling's 16 bits, the level's memo (`MEMO_UNIT`).
   */
  sp: number[] | null = null;
  constructor(texts: boolean) {
    this.pt = texts ? new Array<string | undefined>(BLOCK).fill(undefined) : null;
    this.st = texts ? new Array<string | undefined>(BLOCK).fill(undefined) : null;
  }
}

/**
 * A spelling slot holds `spelling + memo * MEMO_UNIT`: the spelling in its low 16 bits (read with
 * `& SPELLING_BITS`, exact for any integer below 2^53), a memo below 2^37 above them (0: none).
 */
const MEMO_UNIT = 65536;
const SPELLING_BITS = 0xffff;

/**
 * Spelling slots, all 0, cloned like DOUBLES: small integers until a memo (above 2^31) is stored,
 * which turns the array into doubles; most slots never hold one.
 */
const NO_SPELLINGS = new Array<number>(BLOCK).fill(0);
const noSpellings = (): number[] => NO_SPELLINGS.slice();

/** The spelling of level i of a block (0: none). */
function spellingAt(b: Block, i: number): number {
  return b.sp === null ? 0 : b.sp[i] & SPELLING_BITS;
}

/** Drop the memo of level i of a block (its size changed; its spelling stays). */
function forgetMemo(b: Block, i: number): void {
  if (b.sp !== null) b.sp[i] = b.sp[i] & SPELLING_BITS;
}

/** The price text of level i of a block: its spelling's, else its stored text. */
function priceTextOf(b: Block, i: number, price: number): string | undefined {
  const spelling = spellingAt(b, i);
  if (spelling !== 0) return spelledText(price, spelling & 255);
  return b.pt === null ? undefined : b.pt[i];
}

function sizeTextOf(b: Block, i: number): string | undefined {
  const spelling = spellingAt(b, i);
  if (spelling !== 0) return spelledText(b.s[i], spelling >> 8);
  return b.st === null ? undefined : b.st[i];
}

/** What `visitLevels` hands the levels of a range of ranks to, one at a time. */
export interface LevelVisitor {
  /**
   * The level at `rank` (0 = best), which has no memo: its price, size and spelling, and where the
   * spelling is 0 its texts (undefined where it has none). Returns the memo the level is to keep
   * from now on (a spelled level keeps it until its size or texts change; an integer 0 <= memo <
   * 2^37, 0: none).
   */
  level(
    rank: number,
    price: number,
    size: number,
    spelling: number,
    priceText: string | undefined,
    sizeText: string | undefined,
  ): number;
  /**
   * The level at `rank` (a spelled one), which kept the memo `level` gave it: its spelling and that
   * memo only (most of a checksum's levels are these, and they need nothing else read).
   */
  remembered(rank: number, spelling: number, memo: number): void;
}

/** First index in k[0..n) whose key is >= key. */
function lowerBound(k: readonly number[], n: number, key: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (k[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Move texts [from, to) by one slot: right when `right`, else left. */
function shiftTexts(a: (string | undefined)[], from: number, to: number, right: boolean): void {
  if (right) { for (let j = to; j > from; j--) a[j] = a[j - 1]; }
  else for (let j = from; j < to - 1; j++) a[j] = a[j + 1];
}

interface LegacyArrays {
  prices?: number[];
  sizes?: number[];
  priceTexts?: string[];
  sizeTexts?: string[];
}

export class BookSide {
  readonly #sign: number;
  /** Blocks in key order (worst first); never empty, and only the single block of an empty side has n = 0. */
  #blocks: Block[];
  #length = 0;
  #texts = false;
  /** A level was ever given a spelling (the text getters then have texts to give). */
  #spelled = false;
  /** Bumped when blocks are split, merged, added or dropped (block indices held elsewhere go stale). */
  #layout = 0;
  /** Bumped on every change; the legacy array getters rebuild when it moved. */
  #version = 0;
  #cache: LegacyArrays = {};
  #cacheVersion = -1;
  #cacheWindow = Infinity;
  /** Ranks (0 = best) whose changes are tracked for `takeTopChanges`; 0: not tracked. */
  #topCap = 0;
  /** The best rank changed since the last `takeTopChanges` (`#topCap`: none). */
  #topDirty = 0;

  /**
   * At most this many levels go into the best-first arrays (`prices`, `sizes`, `priceTexts`,
   * `sizeTexts`); Infinity (default): all. GuardedBook narrows it while a venue checksum reads the
   * top of a deep book, so that code written against the arrays does not copy all 400 levels.
   */
  arrayWindow = Infinity;

  /** @param descending true for bids (best = highest), false for asks. */
  constructor(readonly descending: boolean) {
    this.#sign = descending ? 1 : -1;
    this.#blocks = [new Block(false)];
  }

  get length(): number {
    return this.#length;
  }

  /**
   * Start tracking which of the best `cap` levels change (for a cache of the top of the book, such
   * as a venue checksum's text): from now on `takeTopChanges` says from which rank on the top may
   * differ from what it was at the previous call. One consumer per side: each call resets the mark.
   */
  trackTop(cap: number): void {
    this.#topCap = Math.max(0, Math.floor(cap));
    this.#topDirty = 0;
  }

  /**
   * The best rank (0 = best) whose level may have changed — price, size or texts, or levels moving
   * up or down — since the previous call (or since `trackTop`); the tracked cap when none did. The
   * levels at better ranks are exactly as they were. Resets the mark.
   */
  takeTopChanges(): number {
    const d = this.#topDirty;
    this.#topDirty = this.#topCap;
    return d;
  }

  clear(): void {
    this.#topDirty = 0;
    this.#layout++;
    this.#blocks = [new Block(this.#texts)];
    this.#length = 0;
    this.#version++;
  }

  /** Best price, or undefined when the side is empty. */
  bestPrice(): number | undefined {
    if (this.#length === 0) return undefined;
    const b = this.#blocks[this.#blocks.length - 1];
    return this.#sign * b.k[b.n - 1];
  }

  /** Size at the best price, or undefined when the side is empty. */
  bestSize(): number | undefined {
    if (this.#length === 0) return undefined;
    const b = this.#blocks[this.#blocks.length - 1];
    return b.s[b.n - 1];
  }

  /** Price of the i-th best level (0 = best); undefined past the end. */
  priceAt(i: number): number | undefined {
    const b = this.#locate(i);
    return b === undefined ? undefined : this.#sign * b.k[this.#at];
  }

  sizeAt(i: number): number | undefined {
    const b = this.#locate(i);
    return b === undefined ? undefined : b.s[this.#at];
  }

  /** The venue's own price text of the i-th best level (when texts were given). */
  priceTextAt(i: number): string | undefined {
    const b = this.#locate(i);
    return b === undefined ? undefined : priceTextOf(b, this.#at, this.#sign * b.k[this.#at]);
  }

  sizeTextAt(i: number): string | undefined {
    const b = this.#locate(i);
    return b === undefined ? undefined : sizeTextOf(b, this.#at);
  }

  /** Size at `price`, 0 when the level is absent. */
  sizeOf(price: number): number {
    const key = this.#sign * price;
    const b = this.#blocks[this.#blockFor(key)];
    const i = lowerBound(b.k, b.n, key);
    return i < b.n && b.k[i] === key ? b.s[i] : 0;
  }

  /** Calls `fn` for the best `limit` levels, best first; stops early when `fn` returns false. */
  forEachLevel(
    fn: (
      price: number,
      size: number,
      priceText: string | undefined,
      sizeText: string | undefined,
    ) => boolean | void,
    limit: number = Infinity,
  ): void {
    const sign = this.#sign;
    const blocks = this.#blocks;
    let left = Math.min(limit, this.#length);
    for (let bi = blocks.length - 1; bi >= 0 && left > 0; bi--) {
      const b = blocks[bi];
      const stop = Math.max(0, b.n - left);
      for (let i = b.n - 1; i >= stop; i--) {
        const price = sign * b.k[i];
        if (fn(price, b.s[i], priceTextOf(b, i, price), sizeTextOf(b, i)) === false) return;
      }
      left -= b.n - stop;
    }
  }

  /** The best `limit` levels as event levels, best first. */
  levels(limit: number = Infinity): Level[] {
    const n = Math.min(limit, this.#length);
    const out: Level[] = new Array(n);
    const sign = this.#sign;
    const blocks = this.#blocks;
    let o = 0;
    for (let bi = blocks.length - 1; o < n; bi--) {
      const b = blocks[bi];
      const stop = Math.max(0, b.n - (n - o));
      for (let i = b.n - 1; i >= stop; i--) out[o++] = [sign * b.k[i], b.s[i]];
    }
    return out;
  }

  /** Copies the best `limit` levels into `prices`/`sizes` (resized to fit); returns how many. */
  copyTop(limit: number, prices: number[], sizes: number[]): number {
    const n = Math.min(limit, this.#length);
    prices.length = n;
    sizes.length = n;
    const sign = this.#sign;
    const blocks = this.#blocks;
    let o = 0;
    for (let bi = blocks.length - 1; o < n; bi--) {
      const b = blocks[bi];
      const stop = Math.max(0, b.n - (n - o));
      for (let i = b.n - 1; i >= stop; i--) {
        prices[o] = sign * b.k[i];
        sizes[o++] = b.s[i];
      }
    }
    return n;
  }

  /**
   * Copies the venue texts of the best `limit` levels into `priceTexts`/`sizeTexts` (resized to fit;
   * undefined where a level has none); returns how many. What venue checksums read.
   */
  copyTopTexts(limit: number, priceTexts: (string | undefined)[], sizeTexts: (string | undefined)[]): number {
    const n = Math.min(limit, this.#length);
    priceTexts.length = n;
    sizeTexts.length = n;
    return this.copyTextRange(0, n, priceTexts, sizeTexts);
  }

  /**
   * The venue texts of the levels at ranks [from, to) (0 = best) into `priceTexts[rank]` /
   * `sizeTexts[rank]` (undefined where a level has none); entries below `from` are left as they
   * are. Returns min(to, length): the ranks written are [from, that).
   */
  copyTextRange(
    from: number,
    to: number,
    priceTexts: (string | undefined)[],
    sizeTexts: (string | undefined)[],
  ): number {
    for (let r = from, b = this.#locate(from); b !== undefined && r < to; r++, b = this.#nextWorse()) {
      const i = this.#at;
      priceTexts[r] = priceTextOf(b, i, this.#sign * b.k[i]);
      sizeTexts[r] = sizeTextOf(b, i);
    }
    return Math.min(to, this.#length);
  }

  /**
   * `copyTextRange` without building texts: hands the levels at ranks [from, to) to `visitor`, best
   * first: a level that kept a memo as that memo and its spelling (`remembered`), any other with its
   * numbers and spelling, and its texts only where it has no spelling (`level`), keeping the memo
   * given back. Returns min(to, length): the ranks visited are [from, that).
   */
  visitLevels(from: number, to: number, visitor: LevelVisitor): number {
    const end = Math.min(to, this.#length);
    let b = this.#locate(from);
    if (b === undefined) return end;
    // A walk of its own (block and index in locals): it runs on every checksummed update.
    const blocks = this.#blocks;
    const sign = this.#sign;
    let bi = this.#atBlock;
    let i = this.#at;
    for (let r = from; r < end; r++) {
      const sp = b.sp;
      const slot = sp === null ? 0 : sp[i];
      const spelling = slot & SPELLING_BITS;
      const memo = (slot - spelling) / MEMO_UNIT;
      if (memo !== 0) visitor.remembered(r, spelling, memo);
      else if (spelling === 0) {
        const pt = b.pt === null ? undefined : b.pt[i];
        visitor.level(r, sign * b.k[i], b.s[i], 0, pt, b.st === null ? undefined : b.st[i]);
      } else {
        const kept = visitor.level(r, sign * b.k[i], b.s[i], spelling, undefined, undefined);
        if (kept !== 0) sp![i] = spelling + kept * MEMO_UNIT;
      }
      if (--i < 0 && bi > 0) {
        b = blocks[--bi];
        i = b.n - 1;
      }
    }
    return end;
  }

  /** Index of `price` (0 = best), or -(insertion point) - 1 when absent. */
  find(price: number): number {
    const key = this.#sign * price;
    const bi = this.#blockFor(key);
    let before = 0;
    for (let j = 0; j < bi; j++) before += this.#blocks[j].n;
    const b = this.#blocks[bi];
    const i = lowerBound(b.k, b.n, key);
    // `before + i` levels are worse than price.
    return i < b.n && b.k[i] === key ? this.#length - 1 - (before + i) : -(this.#length - (before + i)) - 1;
  }

  /**
   * Set a level; size 0 deletes it (deleting an absent level is a no-op). Texts are kept when given.
   * Returns the level's size before (0: it was absent).
   */
  set(price: number, size: number, priceText?: string, sizeText?: string): number {
    return this.#set(price, size, priceText, sizeText, 0);
  }

  /**
   * `set` with the level's texts given as their spelling (./decimal-spelling.ts, not 0) instead of
   * strings: the text readers give the same texts as `set` with them would.
   */
  setSpelled(price: number, size: number, spelling: number): number {
    return this.#set(price, size, undefined, undefined, spelling);
  }

  #set(
    price: number,
    size: number,
    priceText: string | undefined,
    sizeText: string | undefined,
    spelling: number,
  ): number {
    const key = this.#sign * price;
    const blocks = this.#blocks;
    const bi = this.#blockFor(key);
    const b = blocks[bi];
    const i = lowerBound(b.k, b.n, key);
    if (i < b.n && b.k[i] === key) {
      const before = b.s[i];
      if (size === 0) {
        this.#removeAt(bi, i);
        return before;
      }
      if (this.#topDirty !== 0) this.#markFrom(bi, b.n - 1 - i);
      b.s[i] = size;
      if (spelling !== 0) {
        this.#spell(b, i, spelling);
      } else if (sizeText === undefined) {
        forgetMemo(b, i);
      } else {
        if (b.st === null) this.#enableTexts();
        const spelled = spellingAt(b, i);
        if (spelled !== 0) {
          // Texts replace the spelling; a price given without text keeps the text it had.
          b.sp![i] = 0;
          b.pt![i] = priceText ?? spelledText(price, spelled & 255);
        } else if (priceText !== undefined) b.pt![i] = priceText;
        b.st![i] = sizeText;
      }
      this.#version++;
      return before;
    }
    if (size === 0) return 0;
    if (priceText !== undefined && sizeText !== undefined && !this.#texts) this.#enableTexts();
    this.#insertAt(bi, i, key, size, priceText, sizeText, spelling);
    return 0;
  }

  /** Give level i of block b `spelling` (its stored texts, if any, no longer apply). */
  #spell(b: Block, i: number, spelling: number): void {
    if (b.sp === null) {
      b.sp = noSpellings();
      this.#spelled = true;
    }
    b.sp[i] = spelling;
    if (b.pt !== null) {
      b.pt[i] = undefined;
      b.st![i] = undefined;
    }
  }

  /**
   * `set(price, size)` for each level in order, with the same result. Levels that come sorted (Binance
   * sends each side of a diff sorted by price) are found by walking from the previous level's block
   * instead of searching all blocks each time.
   */
  setLevels(levels: readonly Level[]): void {
    const sign = this.#sign;
    let blocks = this.#blocks;
    let layout = -1;
    let bi = 0;
    // Where the previous level went: block `bi`, index `at` (keys before `at` are below its key).
    let at = -1;
    let prevKey = 0;
    for (let j = 0; j < levels.length; j++) {
      const level = levels[j];
      const key = sign * level[0];
      const size = level[1];
      let i: number;
      if (layout !== this.#layout) {
        // First level, or blocks were split/merged/dropped: search from scratch.
        blocks = this.#blocks;
        layout = this.#layout;
        bi = this.#blockFor(key);
        i = -1;
      } else {
        // The block for key is the first whose last key is >= key (else the last block).
        const last = blocks.length - 1;
        const from = bi;
        let b = blocks[bi];
        if (b.k[b.n - 1] < key) {
          while (bi < last) {
            b = blocks[++bi];
            if (b.k[b.n - 1] >= key) break;
          }
        } else {
          while (bi > 0) {
            b = blocks[bi - 1];
            if (b.k[b.n - 1] < key) break;
            bi--;
          }
        }
        i = bi === from ? at : -1;
      }
      const b = blocks[bi];
      const k = b.k;
      const n = b.n;
      if (i < 0) i = lowerBound(k, n, key);
      else if (key >= prevKey) { while (i < n && k[i] < key) i++; }
      else while (i > 0 && k[i - 1] >= key) i--;
      if (i < n && k[i] === key) {
        if (size === 0) this.#removeAt(bi, i);
        else {
          if (this.#topDirty !== 0) this.#markFrom(bi, b.n - 1 - i);
          b.s[i] = size;
          forgetMemo(b, i);
          this.#version++;
        }
      } else if (size !== 0) {
        this.#insertAt(bi, i, key, size, undefined, undefined, 0);
      }
      at = i;
      prevKey = key;
    }
  }

  /**
   * Replace the whole side with `levels` ([price, size]; size 0 sets nothing), with the venue's
   * texts beside them when given (`texts[i]` belongs to `levels[i]`): `loadNumbers` of their numbers.
   */
  load(levels: readonly Level[], texts?: readonly (readonly [price: string, size: string])[]): void {
    const numbers: number[] = new Array(2 * levels.length);
    for (let i = 0; i < levels.length; i++) {
      numbers[2 * i] = levels[i][0];
      numbers[2 * i + 1] = levels[i][1];
    }
    this.loadNumbers(numbers, texts);
  }

  /**
   * Replace the whole side with the levels in `numbers` (price i at 2i, its size at 2i + 1; size 0
   * sets nothing), with the venue's texts beside them when given (`texts[i]` belongs to level i).
   * The result is that of `set` per level in order; levels already best-first without repeats (what
   * snapshots carry) are laid into blocks directly instead, and a venue reader that fills `numbers`
   * makes no array per level (Coinbase snapshots carry 46k).
   */
  loadNumbers(numbers: readonly number[], texts?: readonly (readonly [price: string, size: string])[]): void {
    this.#load(numbers, numbers.length >> 1, texts, undefined);
  }

  /**
   * `loadNumbers` of the first `count` levels in `numbers`, each with its spelling (`spellings[i]`,
   * see `setSpelled`) when given: the result of `setSpelled` per level in order, laid into blocks
   * directly as `loadNumbers` does (a scanner's snapshot: no search and no block split per level).
   */
  loadSpelled(numbers: readonly number[], count: number, spellings: readonly number[] | undefined): void {
    this.#load(numbers, count, undefined, spellings);
  }

  #load(
    numbers: readonly number[],
    count: number,
    texts: readonly (readonly [price: string, size: string])[] | undefined,
    spellings: readonly number[] | undefined,
  ): void {
    this.clear();
    const sign = this.#sign;
    let prev = Infinity;
    for (let i = 0; i < count; i++) {
      const key = sign * numbers[2 * i];
      if (!(key < prev)) {
        // Not strictly best-first: one set per level.
        this.clear();
        for (let j = 0; j < count; j++) {
          const price = numbers[2 * j];
          const size = numbers[2 * j + 1];
          if (texts !== undefined) this.set(price, size, texts[j][0], texts[j][1]);
          else this.#set(price, size, undefined, undefined, spellings === undefined ? 0 : spellings[j]);
        }
        return;
      }
      prev = key;
    }
    if (texts !== undefined && !this.#texts) this.#enableTexts();
    // Spelled levels come from snapshots of checksummed books (OKX), whose deltas insert and delete
    // all over the book: half-full blocks, as setting the levels one by one left them, keep those
    // moves as short as they were.
    const fill = spellings === undefined ? (BLOCK * 3) >> 2 : BLOCK >> 1;
    const blocks: Block[] = [];
    let b = this.#loadBlock(spellings);
    for (let i = count - 1; i >= 0; i--) {
      const s = numbers[2 * i + 1];
      if (s === 0) continue;
      if (b.n === fill) {
        blocks.push(b);
        b = this.#loadBlock(spellings);
      }
      if (texts !== undefined) {
        b.pt![b.n] = texts[i][0];
        b.st![b.n] = texts[i][1];
      }
      if (spellings !== undefined && spellings[i] !== 0) {
        b.sp![b.n] = spellings[i];
        this.#spelled = true;
      }
      b.k[b.n] = sign * numbers[2 * i];
      b.s[b.n++] = s;
      this.#length++;
    }
    blocks.push(b);
    if (b.n === 0 && blocks.length > 1) blocks.pop();
    this.#blocks = blocks;
    this.#layout++;
    this.#version++;
  }

  /** A block for `#load` to fill: with spelling slots when the levels come with spellings. */
  #loadBlock(spellings: readonly number[] | undefined): Block {
    const b = new Block(this.#texts);
    if (spellings !== undefined) b.sp = noSpellings();
    return b;
  }

  /** Keep only the best `depth` levels (the worst go, from the front). */
  truncate(depth: number): void {
    let excess = this.#length - depth;
    if (excess <= 0) return;
    if (depth < this.#topDirty) this.#topDirty = Math.max(0, depth);
    const blocks = this.#blocks;
    let drop = 0;
    while (drop < blocks.length - 1 && blocks[drop].n <= excess) excess -= blocks[drop++].n;
    if (drop > 0) {
      blocks.splice(0, drop);
      this.#layout++;
    }
    if (excess > 0) {
      const b = blocks[0];
      const n = b.n - excess;
      const k = b.k;
      const s = b.s;
      for (let j = 0; j < n; j++) {
        k[j] = k[j + excess];
        s[j] = s[j + excess];
      }
      if (b.pt !== null) {
        const pt = b.pt;
        const st = b.st!;
        for (let j = 0; j < n; j++) {
          pt[j] = pt[j + excess];
          st[j] = st[j + excess];
        }
        pt.fill(undefined, n, b.n);
        st.fill(undefined, n, b.n);
      }
      if (b.sp !== null) {
        const sp = b.sp;
        for (let j = 0; j < n; j++) sp[j] = sp[j + excess];
      }
      b.n = n;
    }
    this.#length = Math.max(0, depth);
    this.#version++;
  }

  // ---- best-first arrays of the flat layout (built on demand; prefer the methods above) ----

  get prices(): number[] {
    return (this.#fresh().prices ??= this.#collect((b, i) => this.#sign * b.k[i]));
  }

  get sizes(): number[] {
    return (this.#fresh().sizes ??= this.#collect((b, i) => b.s[i]));
  }

  /** Original price strings, best first (empty when the side was never given texts). */
  get priceTexts(): string[] {
    return (this.#fresh().priceTexts ??= this.#texts || this.#spelled
      ? this.#collect((b, i) => priceTextOf(b, i, this.#sign * b.k[i])!)
      : []);
  }

  get sizeTexts(): string[] {
    return (this.#fresh().sizeTexts ??= this.#texts || this.#spelled
      ? this.#collect((b, i) => sizeTextOf(b, i)!)
      : []);
  }

  #fresh(): LegacyArrays {
    if (this.#cacheVersion !== this.#version || this.#cacheWindow !== this.arrayWindow) {
      this.#cache = {};
      this.#cacheVersion = this.#version;
      this.#cacheWindow = this.arrayWindow;
    }
    return this.#cache;
  }

  #collect<T>(get: (b: Block, i: number) => T): T[] {
    const n = Math.min(this.#length, this.arrayWindow);
    const out: T[] = new Array(n);
    const blocks = this.#blocks;
    let o = 0;
    for (let bi = blocks.length - 1; o < n; bi--) {
      const b = blocks[bi];
      const stop = Math.max(0, b.n - (n - o));
      for (let i = b.n - 1; i >= stop; i--) out[o++] = get(b, i);
    }
    return out;
  }

  // ---- internals ----

  /** Index in the block `#locate` or `#nextWorse` returned, and that block's index. */
  #at = 0;
  #atBlock = 0;

  /** The block holding the i-th best level (its index within it in `#at`), or undefined past the end. */
  #locate(i: number): Block | undefined {
    if (!(i >= 0) || i >= this.#length) return undefined;
    const blocks = this.#blocks;
    for (let bi = blocks.length - 1; bi >= 0; bi--) {
      const b = blocks[bi];
      if (i < b.n) {
        this.#at = b.n - 1 - i;
        this.#atBlock = bi;
        return b;
      }
      i -= b.n;
    }
    return undefined;
  }

  /**
   * After `#locate` (or this), the block of the next worse level (its index within it in `#at`), or
   * undefined past the worst: the range copies' walk down the book, one level at a time.
   */
  #nextWorse(): Block | undefined {
    if (this.#at > 0) {
      this.#at--;
      return this.#blocks[this.#atBlock];
    }
    if (this.#atBlock === 0) return undefined;
    const b = this.#blocks[--this.#atBlock];
    this.#at = b.n - 1;
    return b;
  }

  /**
   * A change at a position of block `bi` with `better` of its levels better than it: the position's
   * rank is `better` plus the levels of the blocks after `bi`; lower the top mark to it. (Counting
   * stops at the mark: a change below it does not matter.)
   */
  #markFrom(bi: number, better: number): void {
    const blocks = this.#blocks;
    const dirty = this.#topDirty;
    let rank = better;
    for (let j = blocks.length - 1; j > bi && rank < dirty; j--) rank += blocks[j].n;
    if (rank < dirty) this.#topDirty = rank;
  }

  /** The block a key belongs in: the first whose last key is >= key, else the last block. */
  #blockFor(key: number): number {
    const blocks = this.#blocks;
    const last = blocks.length - 1;
    if (last === 0) return 0;
    // The top of the book, where most changes land, is the last block.
    const below = blocks[last - 1];
    if (key > below.k[below.n - 1]) return last;
    let lo = 0;
    let hi = last - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const b = blocks[mid];
      if (b.k[b.n - 1] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #insertAt(
    bi: number,
    i: number,
    key: number,
    size: number,
    priceText: string | undefined,
    sizeText: string | undefined,
    spelling: number,
  ): void {
    let b = this.#blocks[bi];
    if (this.#topDirty !== 0) this.#markFrom(bi, b.n - i);
    if (b.n === BLOCK) {
      const half = BLOCK >> 1;
      const upper = new Block(this.#texts);
      for (let j = half; j < BLOCK; j++) {
        upper.k[j - half] = b.k[j];
        upper.s[j - half] = b.s[j];
      }
      if (b.pt !== null) {
        for (let j = half; j < BLOCK; j++) {
          upper.pt![j - half] = b.pt[j];
          upper.st![j - half] = b.st![j];
          b.pt[j] = undefined;
          b.st![j] = undefined;
        }
      }
      if (b.sp !== null) {
        const sp = noSpellings();
        for (let j = half; j < BLOCK; j++) sp[j - half] = b.sp[j];
        upper.sp = sp;
      }
      upper.n = BLOCK - half;
      b.n = half;
      this.#blocks.splice(bi + 1, 0, upper);
      this.#layout++;
      if (i > half) {
        b = upper;
        i -= half;
      }
    }
    const n = b.n;
    // Element loops, not copyWithin: that is a C++ builtin call, several times dearer for these short runs.
    // Spellings move in the same loop as keys and sizes: a loop of their own cost as much again.
    const k = b.k;
    const s = b.s;
    const sp = b.sp;
    if (sp === null) {
      for (let j = n; j > i; j--) {
        k[j] = k[j - 1];
        s[j] = s[j - 1];
      }
    } else {
      for (let j = n; j > i; j--) {
        k[j] = k[j - 1];
        s[j] = s[j - 1];
        sp[j] = sp[j - 1];
      }
      sp[i] = 0;
    }
    k[i] = key;
    s[i] = size;
    if (b.pt !== null) {
      shiftTexts(b.pt, i, n, true);
      shiftTexts(b.st!, i, n, true);
      b.pt[i] = priceText;
      b.st![i] = sizeText;
    }
    if (spelling !== 0) this.#spell(b, i, spelling);
    b.n = n + 1;
    this.#length++;
    this.#version++;
  }

  #removeAt(bi: number, i: number): void {
    const blocks = this.#blocks;
    const b = blocks[bi];
    const n = b.n;
    if (this.#topDirty !== 0) this.#markFrom(bi, n - 1 - i);
    const k = b.k;
    const s = b.s;
    const sp = b.sp;
    if (sp === null) {
      for (let j = i + 1; j < n; j++) {
        k[j - 1] = k[j];
        s[j - 1] = s[j];
      }
    } else {
      for (let j = i + 1; j < n; j++) {
        k[j - 1] = k[j];
        s[j - 1] = s[j];
        sp[j - 1] = sp[j];
      }
    }
    if (b.pt !== null) {
      shiftTexts(b.pt, i, n, false);
      shiftTexts(b.st!, i, n, false);
      b.pt[n - 1] = undefined;
      b.st![n - 1] = undefined;
    }
    b.n = n - 1;
    this.#length--;
    this.#version++;
    if (b.n === 0) {
      if (blocks.length > 1) {
        blocks.splice(bi, 1);
        this.#layout++;
      }
    } else if (b.n < SPARSE) {
      if (bi + 1 < blocks.length && b.n + blocks[bi + 1].n <= MERGED) this.#merge(bi);
      else if (bi > 0 && blocks[bi - 1].n + b.n <= MERGED) this.#merge(bi - 1);
    }
  }

  /** Append block bi+1 to block bi and drop it. */
  #merge(bi: number): void {
    const a = this.#blocks[bi];
    const b = this.#blocks[bi + 1];
    for (let j = 0; j < b.n; j++) {
      a.k[a.n + j] = b.k[j];
      a.s[a.n + j] = b.s[j];
    }
    if (a.pt !== null) {
      for (let j = 0; j < b.n; j++) {
        a.pt[a.n + j] = b.pt![j];
        a.st![a.n + j] = b.st![j];
      }
    }
    if (a.sp !== null || b.sp !== null) {
      const sp = a.sp ??= noSpellings();
      for (let j = 0; j < b.n; j++) sp[a.n + j] = b.sp === null ? 0 : b.sp[j];
    }
    a.n += b.n;
    this.#blocks.splice(bi + 1, 1);
    this.#layout++;
  }

  /** Start keeping texts: every block gets text slots (levels set before have none). */
  #enableTexts(): void {
    this.#texts = true;
    this.#topDirty = 0;
    for (const b of this.#blocks) {
      if (b.pt === null) {
        b.pt = new Array<string | undefined>(BLOCK).fill(undefined);
        b.st = new Array<string | undefined>(BLOCK).fill(undefined);
      }
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
    const bid = this.bids.bestPrice();
    const ask = this.asks.bestPrice();
    return bid !== undefined && ask !== undefined && bid >= ask;
  }

  bestBid(): number | undefined {
    return this.bids.bestPrice();
  }

  bestAsk(): number | undefined {
    return this.asks.bestPrice();
  }
}
