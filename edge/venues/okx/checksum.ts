/**
 * OKX v5 order-book checksum: the best 25 bids and 25 asks interleaved as
 * "bid1px:bid1sz:ask1px:ask1sz:…" (a side that runs out just stops contributing), over the venue's
 * own price/size strings, CRC-32 read as a signed 32-bit integer.
 *
 * `okxChecksumText` builds that text (the reference). `okxChecksum` never builds it: each level's
 * ":price:size" piece has its CRC register (../../book/crc32.ts `crc32Register`; for a spelled level
 * from its numbers, ../../book/spelled-crc.ts) taken once, and kept with the level in the book as its
 * memo (`BookSide.visitLevels`) until the level changes; the CRC of the text is joined from the
 * pieces' registers (`crc32Join`, a few table lookups per piece), from a start register that makes
 * the first piece's ':' vanish (`crc32Before`). An update that adds or removes a level at the top
 * moves every piece after it, so joining from the first changed rank costs ~50 joins, where laying
 * the text down again cost ~600 bytes written from digits.
 */
import type { BookSide, L2Book, LevelVisitor } from "../../book/l2-book.ts";
import { CRC32_START, crc32Before, crc32Finish, crc32Join, crc32Register } from "../../book/crc32.ts";
import { byteRegister, spelledRegister } from "../../book/spelled-crc.ts";

const LEVELS = 25;

/** Scratch: the top texts of each side (the checksum runs on one book at a time). */
const bidPx: (string | undefined)[] = [];
const bidSz: (string | undefined)[] = [];
const askPx: (string | undefined)[] = [];
const askSz: (string | undefined)[] = [];

const utf8 = new TextEncoder();

/** The register every join starts from: its ':' step leads to CRC32_START. */
const START = crc32Before(CRC32_START, 58);

/** A piece's register as a memo (0 is "none"): the unsigned register plus 1. */
const memoOf = (register: number) => (register >>> 0) + 1;

/** Chars of a number spelled `spelling` (a number's spelling): its digits and the point, if any. */
const spelledLength = (spelling: number) => (spelling & 15) + (spelling >> 4 === 0 ? 0 : (spelling >> 4) + 1);

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

/**
 * One side's top pieces as of the last checksum: per rank, the piece's CRC register and length. A
 * level's register comes from its memo; only a level new or changed since it was last read has its
 * piece's bytes written and its register taken (and kept as its memo).
 */
class SidePieces implements LevelVisitor {
  count = 0;
  // Int32Arrays, not arrays of doubles: registers and lengths go into the joins' int32 arithmetic as
  // they are, where doubles were converted on every store and load. Allocated once per book, so their
  // storage off the JS heap does not churn.
  readonly registers = new Int32Array(LEVELS);
  readonly lengths = new Int32Array(LEVELS);

  /** The side's ranks from `from` on may have changed (its `takeTopChanges`): bring them up to date. */
  update(side: BookSide, from: number): void {
    this.count = side.visitLevels(from, LEVELS, this);
  }

  remembered(rank: number, spelling: number, memo: number): void {
    this.lengths[rank] = 2 + spelledLength(spelling & 255) + spelledLength(spelling >> 8);
    // The unsigned register stored as the int32 it was.
    this.registers[rank] = memo - 1;
  }

  level(
    rank: number,
    price: number,
    size: number,
    spelling: number,
    priceText: string | undefined,
    sizeText: string | undefined,
  ): number {
    if (spelling === 0) {
      // A level kept as text (the JSON path's): its UTF-8 bytes, as crc32 of the text reads them.
      const bytes = utf8.encode(`:${priceText ?? ""}:${sizeText ?? ""}`);
      this.registers[rank] = crc32Register(bytes, 0, bytes.length);
      this.lengths[rank] = bytes.length;
      return 0;
    }
    const priceLength = spelledLength(spelling & 255);
    const sizeLength = spelledLength(spelling >> 8);
    this.lengths[rank] = 2 + priceLength + sizeLength;
    // ":price:size", its parts taken from the numbers (no bytes written).
    const register = byteRegister(58, sizeLength + priceLength + 1) ^
      spelledRegister(price, spelling & 255, sizeLength + 1) ^
      byteRegister(58, sizeLength) ^ spelledRegister(size, spelling >> 8, 0);
    this.registers[rank] = register;
    return memoOf(register);
  }
}

/**
 * A book's checksum state: its sides' pieces, and the CRC register before each rank's pieces, so an
 * update joins again only from its first changed rank.
 */
class TopPieces {
  readonly bids = new SidePieces();
  readonly asks = new SidePieces();
  readonly registerAt = new Int32Array(LEVELS + 1).fill(START);
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
  const registerAt = top.registerAt;
  if (from < LEVELS) {
    const bids = top.bids;
    const asks = top.asks;
    if (bidFrom < LEVELS) bids.update(book.bids, bidFrom);
    if (askFrom < LEVELS) asks.update(book.asks, askFrom);
    const nb = bids.count;
    const na = asks.count;
    let c = registerAt[from];
    for (let r = from; r < LEVELS; r++) {
      registerAt[r] = c;
      if (r < nb) c = crc32Join(c, bids.registers[r], bids.lengths[r]);
      if (r < na) c = crc32Join(c, asks.registers[r], asks.lengths[r]);
    }
    registerAt[LEVELS] = c;
  }
  // No piece at all: the CRC of the empty text (START stands for a ':' that never came).
  return crc32Finish(top.bids.count + top.asks.count === 0 ? CRC32_START : registerAt[LEVELS]);
}
