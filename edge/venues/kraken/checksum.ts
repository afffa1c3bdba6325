/**
 * Kraken book checksum (WebSocket v1 and v2 alike): the best 10 asks (ascending) then the best 10 bids
 * (descending); for each level the price then the quantity, each with the '.' removed and leading zeros
 * stripped; CRC-32 of the concatenation, unsigned.
 *
 * The texts must be the venue's fixed-precision spellings: v1 sends them as strings; v2 sends JSON
 * numbers, which the v2 parser re-spells at the instrument's precision before they reach the book.
 */
import type { BookSide, L2Book } from "../../book/l2-book.ts";
import { crc32 } from "../../book/crc32.ts";

const LEVELS = 10;

function strip(decimalText: string): string {
  return decimalText.replace(".", "").replace(/^0+/, "");
}

function side(out: string[], s: BookSide): void {
  const n = Math.min(LEVELS, s.length);
  for (let i = 0; i < n; i++) out.push(strip(s.priceTexts[i]), strip(s.sizeTexts[i]));
}

export function krakenChecksumText(book: L2Book): string {
  const out: string[] = [];
  side(out, book.asks);
  side(out, book.bids);
  return out.join("");
}

export function krakenChecksum(book: L2Book): number {
  return crc32(krakenChecksumText(book));
}
