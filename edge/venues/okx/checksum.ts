/**
 * OKX v5 order-book checksum: the best 25 bids and 25 asks interleaved as
 * "bid1px:bid1sz:ask1px:ask1sz:…" (a side that runs out just stops contributing), over the venue's
 * own price/size strings, CRC-32 read as a signed 32-bit integer.
 *
 * The texts are read straight from the book's top blocks (`copyTopTexts`), not through the
 * best-first arrays, which would copy the side first; `okxChecksum` keeps each book's checksum bytes
 * and rewrites only the pairs from the first changed rank on, writing a level kept as numbers with
 * its texts' spelling (what the frame scanner gives) digit by digit, no string built.
 */
import type { L2Book, LevelRange } from "../../book/l2-book.ts";
import { ChecksumBytes, crc32Signed } from "../../book/crc32.ts";

const LEVELS = 25;

/** Scratch: the top texts of each side (the checksum runs on one book at a time). */
const bidPx: (string | undefined)[] = [];
const bidSz: (string | undefined)[] = [];
const askPx: (string | undefined)[] = [];
const askSz: (string | undefined)[] = [];

const levelRange = (): LevelRange => ({
  prices: [],
  sizes: [],
  spellings: [],
  priceTexts: [],
  sizeTexts: [],
});
const bidRange = levelRange();
const askRange = levelRange();

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
 * The checksum bytes of one book as of its last checksum, kept between updates: an update rewrites
 * them only from the first pair whose bid or ask changed (the sides track it: `takeTopChanges`), and
 * the CRC (native, ~0.1 µs) is taken over the whole text again, so every update is still verified
 * against the full top 25.
 */
class TopText {
  readonly bytes = new ChecksumBytes();
  /** Byte offset where pair k ("bid:size:ask:size" of rank k, with its leading ':') starts. */
  readonly pairAt = new Int32Array(LEVELS + 1);
}

const cached = new WeakMap<L2Book, TopText>();

/** The "price:size" pair of rank i of a side, after a ':' unless it is the first. */
function writePair(bytes: ChecksumBytes, range: LevelRange, i: number): void {
  const spelling = range.spellings[i];
  if (spelling !== 0) bytes.spelledPair(bytes.length !== 0, range.prices[i], range.sizes[i], spelling);
  else bytes.pair(bytes.length !== 0, range.priceTexts[i] ?? "", range.sizeTexts[i] ?? "");
}

/** crc32Signed(okxChecksumText(book)), the text laid down as bytes (no string built). */
export function okxChecksum(book: L2Book): number {
  let top = cached.get(book);
  if (top === undefined) {
    top = new TopText();
    cached.set(book, top);
    book.bids.trackTop(LEVELS);
    book.asks.trackTop(LEVELS);
  }
  // Both changes must be taken (each call resets its side's mark).
  const bidFrom = book.bids.takeTopChanges();
  const askFrom = book.asks.takeTopChanges();
  const from = Math.min(bidFrom, askFrom, LEVELS);
  const bytes = top.bytes;
  if (from < LEVELS) {
    const pairAt = top.pairAt;
    const nb = book.bids.copyLevelRange(from, LEVELS, bidRange);
    const na = book.asks.copyLevelRange(from, LEVELS, askRange);
    bytes.truncate(pairAt[from]);
    bytes.isAscii = true;
    for (let i = from; i < LEVELS; i++) {
      pairAt[i] = bytes.length;
      if (i < nb) writePair(bytes, bidRange, i);
      if (i < na) writePair(bytes, askRange, i);
    }
    pairAt[LEVELS] = bytes.length;
  }
  if (bytes.isAscii) return bytes.crc() | 0;
  // A non-ASCII text (never seen from OKX): the string path, and the cache is built anew next time.
  bytes.truncate(0);
  top.pairAt.fill(0);
  book.bids.trackTop(LEVELS);
  book.asks.trackTop(LEVELS);
  return crc32Signed(okxChecksumText(book));
}
