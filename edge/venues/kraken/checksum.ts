/**
 * Kraken book checksum (WebSocket v1 and v2 alike): the best 10 asks (ascending) then the best 10 bids
 * (descending); for each level the price then the quantity, each with the '.' removed and leading zeros
 * stripped; CRC-32 of the concatenation, unsigned.
 *
 * The texts must be the venue's fixed-precision spellings: v1 sends them as strings; v2 sends JSON
 * numbers, which the v2 parser re-spells at the instrument's precision before they reach the book.
 * They are read straight from the book's top blocks (`copyTopTexts`), not through the best-first
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

const bytes = new ChecksumBytes();

/** `strip(text)` laid down as bytes, char by char (no stripped string made). */
function putStripped(text: string): void {
  const n = text.length;
  let dot = false;
  let leading = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && !dot) {
      dot = true;
      continue;
    }
    if (leading && c === 48) continue;
    leading = false;
    if (c > 0x7f) bytes.isAscii = false;
    bytes.byte(c);
  }
}

function putSide(s: BookSide): void {
  const n = s.copyTopTexts(LEVELS, px, sz);
  for (let i = 0; i < n; i++) {
    putStripped(px[i]!);
    putStripped(sz[i]!);
  }
}

/** crc32(krakenChecksumText(book)), without building the text. */
export function krakenChecksum(book: L2Book): number {
  bytes.reset();
  putSide(book.asks);
  putSide(book.bids);
  return bytes.isAscii ? bytes.crc() : crc32(krakenChecksumText(book));
}
