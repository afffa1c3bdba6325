/**
 * OKX v5 order-book checksum: the best 25 bids and 25 asks interleaved as
 * "bid1px:bid1sz:ask1px:ask1sz:…" (a side that runs out just stops contributing), over the venue's
 * own price/size strings, CRC-32 read as a signed 32-bit integer.
 *
 * `okxChecksumText` builds that text (the reference). `okxChecksum` never builds it: each level's
 * "price:size" piece has its CRC register (../../book/crc32.ts `crc32Register`) taken once, when it
 * enters the top or changes, and the CRC of the text is joined from the pieces' registers
 * (`crc32Join`, a few table lookups per piece). An update that adds or removes a level at the top
 * moves every piece after it, so joining from the first changed rank costs ~50 joins, where laying the
 * text down again cost ~600 bytes written from digits.
 */
import type { BookSide, L2Book, LevelRange } from "../../book/l2-book.ts";
import { CRC32_START, crc32Finish, crc32Join, crc32JoinByte, crc32Register } from "../../book/crc32.ts";
import { writeSpelled } from "../../book/decimal-spelling.ts";

const LEVELS = 25;

/** Scratch: the top texts of each side (the checksum runs on one book at a time). */
const bidPx: (string | undefined)[] = [];
const bidSz: (string | undefined)[] = [];
const askPx: (string | undefined)[] = [];
const askSz: (string | undefined)[] = [];

/** Scratch: the levels of a side from its first changed rank on. */
const range: LevelRange = { prices: [], sizes: [], spellings: [], priceTexts: [], sizeTexts: [] };
/** Scratch: one piece's bytes (two spelled numbers of at most 16 chars and ':'). */
const pieceBytes = new Uint8Array(64);
const utf8 = new TextEncoder();

export function okxChecksumText(book: L2Book): string {
  const nb = book.bids.copyTopTexts(LEVELS, bidPx, bidSz);
  const na = book.asks.copyTopTexts(LEVELS, askPx, askSz);
  let out = "";
  for (let i = 0; i < LEVELS; i++) {
    if (i < nb) out += (i === 0 ? "" : ":") + (bidPx[i] ?? "") + ":" + (bidSz[i] ?? "");
    if (i < na) out += (i === 0 && nb === 0 ? "" : ":") + (askPx[i] ?? "") + ":" + (askSz[i] ?? "");
  }
  return out;
}

/** An array of LEVELS doubles, kept unboxed (typed arrays would be allocated off the JS heap per book). */
const doubles = (): number[] => new Array<number>(LEVELS).fill(0.5);

/** The pieces of a side's top ranks: per rank the level, and its piece's CRC register and length. */
class Pieces {
  readonly prices = doubles();
  readonly sizes = doubles();
  readonly spellings = doubles();
  readonly registers = doubles();
  readonly lengths = doubles();
}

/**
 * One side's top pieces as of the last checksum. An update takes a piece's register only for a level
 * that is new or changed: a level that merely moved rank keeps it, found by walking the old ranks
 * beside the new ones (both best first).
 */
class SidePieces {
  count = 0;
  now = new Pieces();
  #next = new Pieces();

  /** The side's ranks from `from` on may have changed (its `takeTopChanges`): bring them up to date. */
  update(side: BookSide, from: number): void {
    const n = side.copyLevelRange(from, LEVELS, range);
    const old = this.now;
    const next = this.#next;
    const count = this.count;
    for (let r = 0; r < from; r++) {
      next.prices[r] = old.prices[r];
      next.sizes[r] = old.sizes[r];
      next.spellings[r] = old.spellings[r];
      next.registers[r] = old.registers[r];
      next.lengths[r] = old.lengths[r];
    }
    const sign = side.descending ? 1 : -1;
    let j = from;
    for (let r = from; r < n; r++) {
      const price = range.prices[r];
      const size = range.sizes[r];
      const spelling = range.spellings[r];
      // Old ranks better than this level have left the top or moved: pass them.
      while (j < count && sign * old.prices[j] > sign * price) j++;
      next.prices[r] = price;
      next.sizes[r] = size;
      next.spellings[r] = spelling;
      if (
        spelling !== 0 && j < count && old.prices[j] === price && old.sizes[j] === size &&
        old.spellings[j] === spelling
      ) {
        next.registers[r] = old.registers[j];
        next.lengths[r] = old.lengths[j];
        j++;
      } else if (spelling !== 0) {
        let o = writeSpelled(pieceBytes, 0, price, spelling & 255);
        pieceBytes[o++] = 58;
        o = writeSpelled(pieceBytes, o, size, spelling >> 8);
        next.registers[r] = crc32Register(pieceBytes, 0, o);
        next.lengths[r] = o;
      } else {
        // A level kept as text (the JSON path's): its UTF-8 bytes, as crc32 of the text reads them.
        const bytes = utf8.encode(`${range.priceTexts[r] ?? ""}:${range.sizeTexts[r] ?? ""}`);
        next.registers[r] = crc32Register(bytes, 0, bytes.length);
        next.lengths[r] = bytes.length;
      }
    }
    this.#next = old;
    this.now = next;
    this.count = n;
  }
}

/**
 * A book's checksum state: its sides' pieces, and the CRC register before each rank's pieces (with
 * whether a piece came before them: every piece but the first starts with ':'), so an update joins
 * again only from its first changed rank.
 */
class TopPieces {
  readonly bids = new SidePieces();
  readonly asks = new SidePieces();
  readonly registerAt = new Array<number>(LEVELS + 1).fill(CRC32_START);
  readonly startedAt = new Array<boolean>(LEVELS + 1).fill(false);
}

const cached = new WeakMap<L2Book, TopPieces>();

/** crc32Signed(okxChecksumText(book)), joined from the levels' pieces (no text built). */
export function okxChecksum(book: L2Book): number {
  let top = cached.get(book);
  if (top === undefined) {
    top = new TopPieces();
    cached.set(book, top);
    book.bids.trackTop(LEVELS);
    book.asks.trackTop(LEVELS);
  }
  // Both changes must be taken (each call resets its side's mark).
  const bidFrom = book.bids.takeTopChanges();
  const askFrom = book.asks.takeTopChanges();
  const from = Math.min(bidFrom, askFrom, LEVELS);
  const { registerAt, startedAt } = top;
  if (from < LEVELS) {
    if (bidFrom < LEVELS) top.bids.update(book.bids, bidFrom);
    if (askFrom < LEVELS) top.asks.update(book.asks, askFrom);
    const bids = top.bids.now;
    const asks = top.asks.now;
    const nb = top.bids.count;
    const na = top.asks.count;
    let c = registerAt[from];
    let started = startedAt[from];
    for (let r = from; r < LEVELS; r++) {
      registerAt[r] = c;
      startedAt[r] = started;
      if (r < nb) {
        if (started) c = crc32JoinByte(c, 58);
        c = crc32Join(c, bids.registers[r], bids.lengths[r]);
        started = true;
      }
      if (r < na) {
        if (started) c = crc32JoinByte(c, 58);
        c = crc32Join(c, asks.registers[r], asks.lengths[r]);
        started = true;
      }
    }
    registerAt[LEVELS] = c;
  }
  return crc32Finish(registerAt[LEVELS]);
}
