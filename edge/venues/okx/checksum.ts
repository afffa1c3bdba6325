/**
 * OKX v5 order-book checksum: the best 25 bids and 25 asks interleaved as
 * "bid1px:bid1sz:ask1px:ask1sz:…" (a side that runs out just stops contributing), over the venue's
 * own price/size strings, CRC-32 read as a signed 32-bit integer.
 */
import type { L2Book } from "../../book/l2-book.ts";
import { crc32Signed } from "../../book/crc32.ts";

const LEVELS = 25;

export function okxChecksumText(book: L2Book): string {
  const { bids, asks } = book;
  const parts: string[] = [];
  for (let i = 0; i < LEVELS; i++) {
    if (i < bids.length) parts.push(bids.priceTexts[i], bids.sizeTexts[i]);
    if (i < asks.length) parts.push(asks.priceTexts[i], asks.sizeTexts[i]);
  }
  return parts.join(":");
}

export function okxChecksum(book: L2Book): number {
  return crc32Signed(okxChecksumText(book));
}
