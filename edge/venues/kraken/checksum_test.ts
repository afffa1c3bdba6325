/**
 * The Kraken checksum laid down as bytes (cached per side, stripped char by char into the buffer)
 * equals the CRC of the checksum text built with `strip`, under churn and for any spelling.
 */
import assert from "node:assert/strict";
import { L2Book } from "../../book/l2-book.ts";
import { crc32 } from "../../book/crc32.ts";
import { krakenChecksum, krakenChecksumText, strip } from "./checksum.ts";
import { rng } from "../../book/book-test-kit.ts";

/** Texts of every shape `strip` must handle: leading zeros, zeros after the point, no point, a long one. */
function spelling(rand: () => number): string {
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join("");
  const shapes = [
    () => `0.${digits(1 + Math.floor(rand() * 8))}`,
    () => `${digits(1 + Math.floor(rand() * 5))}.${digits(Math.floor(rand() * 9) + 1)}`,
    () => `00${digits(2)}.000${digits(2)}`,
    () => digits(1 + Math.floor(rand() * 6)),
    () => "0.00000000",
    () => `${digits(120)}.${digits(3)}`, // past the buffer's first size: it grows
  ];
  return shapes[Math.floor(rand() * shapes.length)]();
}

Deno.test("kraken checksum bytes == crc32 of the stripped text, under churn", () => {
  const rand = rng(7);
  const book = new L2Book();
  for (let step = 0; step < 3000; step++) {
    const side = rand() < 0.5 ? book.bids : book.asks;
    const price = 100 + Math.floor(rand() * 40) * (side === book.bids ? -1 : 1);
    const size = rand() < 0.25 ? 0 : 1 + Math.floor(rand() * 50);
    side.set(price, size, spelling(rand), spelling(rand));
    assert.equal(krakenChecksum(book), crc32(krakenChecksumText(book)), `step ${step}`);
  }
});

Deno.test("kraken strip: the point and then the leading zeros go", () => {
  assert.equal(strip("0.0500"), "500");
  assert.equal(strip("0050.0100"), "500100");
  assert.equal(strip("10"), "10");
  assert.equal(strip("0.00000000"), "");
});
