import assert from "node:assert/strict";
import {
  ChecksumBytes,
  crc32,
  CRC32_START,
  crc32Before,
  crc32Bytes,
  crc32Finish,
  crc32Join,
  crc32Register,
  crc32Signed,
  crc32Table,
} from "./crc32.ts";

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

Deno.test("ChecksumBytes: the crc of texts fed piece by piece equals crc32 of the joined text", () => {
  let seed = 7;
  const r = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const alphabet = "0123456789.:-eE";
  const buf = new ChecksumBytes();
  for (let n = 0; n < 2000; n++) {
    const pieces: string[] = [];
    // Up to ~3,600 chars: past the initial buffer, so growing is covered too.
    for (let p = Math.floor(r() * 300); p > 0; p--) {
      let t = "";
      for (let i = Math.floor(r() * 12); i > 0; i--) t += alphabet[Math.floor(r() * alphabet.length)];
      pieces.push(t);
    }
    buf.reset();
    for (const [i, t] of pieces.entries()) {
      buf.ascii(t);
      if (i % 3 === 0) buf.byte(58);
    }
    const joined = pieces.map((t, i) => (i % 3 === 0 ? `${t}:` : t)).join("");
    assert.ok(buf.isAscii);
    assert.equal(buf.crc(), crc32(joined));
    assert.equal(buf.crc(), crc32Table(joined));
  }
  buf.reset();
  buf.ascii("1.5€");
  assert.equal(buf.isAscii, false);
  buf.reset();
  assert.ok(buf.isAscii);
  assert.equal(buf.crc(), 0);
});

Deno.test("ChecksumBytes.pair: equals ascii/byte of [':']a':'b, grows, flags non-ASCII", () => {
  let seed = 11;
  const r = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const word = () => {
    let t = "";
    for (let i = Math.floor(r() * 14); i > 0; i--) t += "0123456789.-"[Math.floor(r() * 12)];
    return t;
  };
  const a = new ChecksumBytes();
  const b = new ChecksumBytes();
  for (let n = 0; n < 300; n++) {
    a.reset();
    b.reset();
    let joined = "";
    for (let p = Math.floor(r() * 200); p > 0; p--) {
      const colon = r() < 0.7;
      const [x, y] = [word(), word()];
      a.pair(colon, x, y);
      if (colon) b.byte(58);
      b.ascii(x);
      b.byte(58);
      b.ascii(y);
      joined += `${colon ? ":" : ""}${x}:${y}`;
    }
    assert.deepEqual(a.bytes.subarray(0, a.length), b.bytes.subarray(0, b.length));
    assert.ok(a.isAscii);
    assert.equal(a.crc(), crc32(joined));
  }
  a.reset();
  a.pair(false, "1", "2€");
  assert.equal(a.isAscii, false);
});

Deno.test("crc32Join: the CRC joined from pieces' registers equals crc32 of the joined text", () => {
  let seed = 11;
  const r = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const utf8 = new TextEncoder();
  const alphabet = "0123456789.:-€";
  for (let n = 0; n < 1500; n++) {
    let c = CRC32_START;
    let text = "";
    // Pieces up to 200 bytes: past the joining tables' 64, so longer pieces are joined in steps.
    for (let p = Math.floor(r() * 60); p > 0; p--) {
      let piece = r() < 0.3 ? ":" : "";
      for (let i = Math.floor(r() * (r() < 0.9 ? 30 : 200)); i > 0; i--) {
        piece += alphabet[Math.floor(r() * (r() < 0.99 ? 13 : alphabet.length))];
      }
      // The piece's bytes at an offset in a larger buffer, as a caller's scratch holds them.
      const at = Math.floor(r() * 5);
      const bytes = new Uint8Array(at + 3 * piece.length + 5);
      const { written } = utf8.encodeInto(piece, bytes.subarray(at));
      c = crc32Join(c, crc32Register(bytes, at, at + written), written);
      text += piece;
    }
    assert.equal(crc32Finish(c), crc32Signed(text), JSON.stringify(text));
  }
});

Deno.test("crc32Before: one byte step back; from there a leading byte is joined away", () => {
  const utf8 = new TextEncoder();
  for (const c of [CRC32_START, 0, 1, 0x7fffffff, -0x80000000, 0x12345678, -123456789]) {
    for (const byte of [0, 58, 255]) {
      const before = crc32Before(c, byte);
      const one = new Uint8Array([byte]);
      assert.equal(crc32Join(before, crc32Register(one, 0, 1), 1), c);
    }
  }
  const pieces = [":30243.4:0.0012029", ":30243.5:1.44679", ":5.14:251"];
  let c = crc32Before(CRC32_START, 58);
  for (const piece of pieces) {
    c = crc32Join(c, crc32Register(utf8.encode(piece), 0, piece.length), piece.length);
  }
  assert.equal(crc32Finish(c), crc32Signed(pieces.join("").slice(1)));
});
