/**
 * OKX v5 order-book checksum: the best 25 bids and 25 asks interleaved as
 * "bid1px:bid1sz:ask1px:ask1sz:…" (a side that runs out just stops contributing), over the venue's
 * own price/size strings, CRC-32 read as a signed 32-bit integer.
 *
 * The texts are read straight from the book's top blocks (`copyTopTexts`), not through the
 * best-first arrays, which would copy the side first.
 */
import type { L2Book } from "../../book/l2-book.ts";
import { ChecksumBytes, crc32Signed } from "../../book/crc32.ts";

const LEVELS = 25;
const COLON = 58;

/** Scratch: the top texts of each side (the checksum runs on one book at a time). */
const bidPx: (string | undefined)[] = [];
const bidSz: (string | undefined)[] = [];
const askPx: (string | undefined)[] = [];
const askSz: (string | undefined)[] = [];

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

const bytes = new ChecksumBytes();

/** crc32Signed(okxChecksumText(book)), the text laid down as bytes (no string built). */
export function okxChecksum(book: L2Book): number {
  const nb = book.bids.copyTopTexts(LEVELS, bidPx, bidSz);
  const na = book.asks.copyTopTexts(LEVELS, askPx, askSz);
  bytes.reset();
  for (let i = 0; i < LEVELS; i++) {
    if (i < nb) {
      if (bytes.length !== 0) bytes.byte(COLON);
      bytes.ascii(bidPx[i] ?? "");
      bytes.byte(COLON);
      bytes.ascii(bidSz[i] ?? "");
    }
    if (i < na) {
      if (bytes.length !== 0) bytes.byte(COLON);
      bytes.ascii(askPx[i] ?? "");
      bytes.byte(COLON);
      bytes.ascii(askSz[i] ?? "");
    }
  }
  return bytes.isAscii ? bytes.crc() | 0 : crc32Signed(okxChecksumText(book));
}
