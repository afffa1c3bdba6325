import assert from "node:assert/strict";
import { crc32, crc32Bytes, crc32Signed, crc32Table } from "./crc32.ts";

Deno.test("crc32 matches the standard check value and known vectors", () => {
  // The CRC-32/ISO-HDLC check value from the CRC catalogue.
  assert.equal(crc32("123456789"), 0xcbf43926);
  assert.equal(crc32(""), 0);
  assert.equal(crc32("The quick brown fox jumps over the lazy dog"), 0x414fa339);
});

Deno.test("crc32Signed reinterprets the high bit as the sign, as OKX sends it", () => {
  assert.equal(crc32Signed("123456789"), 0xcbf43926 - 2 ** 32);
  assert.ok(crc32Signed("123456789") < 0);
  assert.equal(crc32Signed("The quick brown fox jumps over the lazy dog"), 0x414fa339);
});

Deno.test("crc32 of non-ASCII text equals the CRC of its UTF-8 bytes", () => {
  const text = "€1.5";
  assert.equal(crc32(text), crc32Bytes(new TextEncoder().encode(text)));
  assert.notEqual(crc32(text), crc32("1.5"));
});

Deno.test("the native crc32 equals the table loop, ASCII and not", () => {
  let seed = 3;
  const r = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const alphabet = "0123456789.:-eE€ß\u00ff\u0100";
  for (let n = 0; n < 3000; n++) {
    let text = "";
    const len = Math.floor(r() * 300);
    for (let i = 0; i < len; i++) text += alphabet[Math.floor(r() * (r() < 0.97 ? 13 : alphabet.length))];
    assert.equal(crc32(text), crc32Table(text), JSON.stringify(text));
  }
});
