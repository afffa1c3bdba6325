/**
 * Kraken book checksum (WebSocket v1 and v2 alike): the best 10 asks (ascending) then the best 10 bids
 * (descending); for each level the price then the quantity, each with the '.' removed and leading zeros
 * stripped; CRC-32 of the concatenation, unsigned.
 *
 * The texts must be the venue's fixed-precision spellings: v1 sends them as strings; v2 sends JSON
 * numbers, which the v2 parser re-spells at the instrument's precision before they reach the book.
 * They are read straight from the book's top blocks (`copyTextRange`), not through the best-first
 * arrays, and stripped by a char loop (a regex replace per level was a third of Kraken's time).
 */
import type { BookSide, L2Book } from "../../book/l2-book.ts";
import { ChecksumBytes, crc32 } from "../../book/crc32.ts";

const LEVELS = 10;

/** `decimalText` without its first '.' and then without leading zeros ("0.0500" → "500"). */
export function strip(decimalText: string): string {
  const n = decimalText.length;
  const dot = decimalText.indexOf(".");
  let i = 0;
  // Leading zeros of the text with the dot removed: zeros before the dot, then (past it) zeros after.
  while (i < n && (decimalText.charCodeAt(i) === 48 || i === dot)) i++;
  if (dot < 0) return i === 0 ? decimalText : decimalText.slice(i);
  if (i > dot) return decimalText.slice(i);
  // The dot lies after the stripped zeros: the digits up to it, then those after it.
  return decimalText.slice(i, dot) + decimalText.slice(dot + 1);
}

/** Scratch for one side's top texts (the checksum runs on one book at a time). */
const px: (string | undefined)[] = [];
const sz: (string | undefined)[] = [];

function side(out: string, s: BookSide): string {
  const n = s.copyTopTexts(LEVELS, px, sz);
  for (let i = 0; i < n; i++) out += strip(px[i]!) + strip(sz[i]!);
  return out;
}

export function krakenChecksumText(book: L2Book): string {
  return side(side("", book.asks), book.bids);
}

/** Room for `n` more bytes (rare: the buffer soon has the book's size); `byte` is how it grows. */
function reserve(bytes: ChecksumBytes, n: number): void {
  const at = bytes.length;
  for (let i = 0; i < n; i++) bytes.byte(48);
  bytes.length = at;
}

/**
 * `strip(text)` laid down as bytes into `bytes` (no stripped string made): the leading zeros and
 * the first '.' among them skipped, then the rest copied without that '.', into the buffer directly
 * when it has room (one capacity check per text, not per char).
 */
function putStripped(bytes: ChecksumBytes, text: string): void {
  const n = text.length;
  if (bytes.length + n > bytes.bytes.length) reserve(bytes, n);
  const out = bytes.bytes;
  let o = bytes.length;
  let dot = false;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && !dot) dot = true;
    else if (c !== 48) break;
  }
  let chars = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && !dot) {
      dot = true;
      continue;
    }
    chars |= c;
    out[o++] = c;
  }
  if (chars > 0x7f) bytes.isAscii = false;
  bytes.length = o;
}

/**
 * One side's checksum bytes as of the book's last checksum, kept between updates: an update rewrites
 * them only from the first level that changed (the side tracks it: `takeTopChanges`); the CRC is
 * taken over both sides' whole bytes again every time.
 */
class SideText {
  readonly bytes = new ChecksumBytes();
  /** Byte offset where the level of rank k starts. */
  readonly levelAt = new Int32Array(LEVELS + 1);
  /**
   * The last `crc(initial)`, for as long as the bytes and `initial` stay the same: most updates of a
   * deep book change neither side's top 10, and then no byte is hashed again.
   */
  #crc = 0;
  #crcInitial = 0;
  #crcFresh = false;

  /** Bring the bytes up to date with `s`; false when a text was not ASCII. */
  update(s: BookSide): boolean {
    const from = s.takeTopChanges();
    const bytes = this.bytes;
    if (from >= LEVELS) return bytes.isAscii;
    this.#crcFresh = false;
    const levelAt = this.levelAt;
    const n = s.copyTextRange(from, LEVELS, px, sz);
    bytes.truncate(levelAt[from]);
    bytes.isAscii = true;
    for (let i = from; i < LEVELS; i++) {
      levelAt[i] = bytes.length;
      if (i < n) {
        putStripped(bytes, px[i]!);
        putStripped(bytes, sz[i]!);
      }
    }
    levelAt[LEVELS] = bytes.length;
    return bytes.isAscii;
  }

  /** The bytes' CRC-32 continuing `initial` (the CRC of the text before them). */
  crc(initial: number): number {
    if (!this.#crcFresh || initial !== this.#crcInitial) {
      this.#crc = this.bytes.crc(initial);
      this.#crcInitial = initial;
      this.#crcFresh = true;
    }
    return this.#crc;
  }

  /** Forget the bytes: the next update rewrites them all. */
  reset(s: BookSide): void {
    this.bytes.truncate(0);
    this.levelAt.fill(0);
    this.#crcFresh = false;
    s.trackTop(LEVELS);
  }
}

interface TopText {
  readonly asks: SideText;
  readonly bids: SideText;
}

const cached = new WeakMap<L2Book, TopText>();

/** crc32(krakenChecksumText(book)), without building the text. */
export function krakenChecksum(book: L2Book): number {
  let top = cached.get(book);
  if (top === undefined) {
    top = { asks: new SideText(), bids: new SideText() };
    cached.set(book, top);
    book.asks.trackTop(LEVELS);
    book.bids.trackTop(LEVELS);
  }
  // Both sides are brought up to date (each call resets its side's mark).
  const asksAscii = top.asks.update(book.asks);
  const bidsAscii = top.bids.update(book.bids);
  if (asksAscii && bidsAscii) return top.bids.crc(top.asks.crc(0));
  // A non-ASCII text (never seen from Kraken): the string path, and the bytes are built anew next time.
  top.asks.reset(book.asks);
  top.bids.reset(book.bids);
  return crc32(krakenChecksumText(book));
}
