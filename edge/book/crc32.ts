/**
 * CRC-32 (IEEE 802.3, the zlib/PNG polynomial) over the ASCII text of a book checksum string.
 *
 * OKX and Kraken both checksum a string built from the venue's own price/size texts; this is the one
 * implementation they share. Checksum strings are pure ASCII (digits, '.', ':', '-'), so each UTF-16
 * code unit is the byte; anything else is encoded as UTF-8 first so the result stays the standard CRC.
 *
 * The runtime's native `zlib.crc32` (same polynomial, strings as UTF-8) does it ~50x faster than a
 * table loop in JS (~0.1 µs instead of ~4 µs for an OKX 25-level string, checked on every update);
 * the table loop remains for runtimes without it, and the tests hold the two equal.
 */
import zlib from "node:zlib";

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

const encoder = new TextEncoder();

const nativeCrc32 = (zlib as { crc32?: (data: string) => number }).crc32;

/** Unsigned CRC-32 of `text` (0 … 2^32-1), as Kraken publishes it. */
export const crc32: (text: string) => number = typeof nativeCrc32 === "function"
  ? (text) => nativeCrc32(text) >>> 0
  : crc32Table;

/** crc32 by table, in JS. */
export function crc32Table(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return crc32Bytes(encoder.encode(text));
    crc = TABLE[(crc ^ code) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Unsigned CRC-32 of raw bytes; `initial`: the CRC of bytes before them (the result is then the CRC
 * of both runs joined, as zlib's crc32(data, value)).
 */
export function crc32Bytes(bytes: Uint8Array, initial = 0): number {
  let crc = (initial ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The same CRC read as a signed 32-bit integer, as OKX publishes it. */
export function crc32Signed(text: string): number {
  return crc32(text) | 0;
}

/**
 * The checksum text of a book, laid down as bytes in a reusable buffer instead of built as a string:
 * venue checksums hash ~50 short level texts per update, and concatenating them (then flattening the
 * rope and encoding it for the native CRC) cost more than the CRC. Feed it with `ascii`/`char`
 * (Kraken's stripped texts go in through `byte`), then `crc()`. A non-ASCII char marks it `ascii =
 * false`: the caller then builds the string and uses `crc32`, which encodes it as UTF-8.
 */
export class ChecksumBytes {
  bytes = new Uint8Array(2048);
  length = 0;
  isAscii = true;

  reset(): void {
    this.length = 0;
    this.isAscii = true;
  }

  /** One ASCII char code. */
  byte(code: number): void {
    if (this.length === this.bytes.length) this.#grow();
    this.bytes[this.length++] = code;
  }

  /** The chars of `text` (ASCII; anything else clears `isAscii`). */
  ascii(text: string): void {
    const n = text.length;
    if (this.length + n > this.bytes.length) this.#grow(n);
    const b = this.bytes;
    let o = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f) this.isAscii = false;
      b[o++] = c;
    }
    this.length = o;
  }

  /**
   * `[":"]a":"b` (the colon first when `colon`): a "price:size" pair of a checksum text in one call,
   * with one capacity check. ASCII as `ascii`.
   */
  pair(colon: boolean, a: string, b: string): void {
    const na = a.length;
    const nb = b.length;
    if (this.length + na + nb + 2 > this.bytes.length) this.#grow(na + nb + 2);
    const out = this.bytes;
    let o = this.length;
    if (colon) out[o++] = 58;
    let or = 0;
    for (let i = 0; i < na; i++) {
      const c = a.charCodeAt(i);
      or |= c;
      out[o++] = c;
    }
    out[o++] = 58;
    for (let i = 0; i < nb; i++) {
      const c = b.charCodeAt(i);
      or |= c;
      out[o++] = c;
    }
    if (or > 0x7f) this.isAscii = false;
    this.length = o;
  }

  /**
   * Unsigned CRC-32 of the bytes fed since `reset`; with `initial` (the CRC of text before them), the
   * CRC of that text and these bytes joined.
   */
  crc(initial = 0): number {
    const view = this.bytes.subarray(0, this.length);
    return typeof nativeCrc32 === "function"
      ? (nativeCrc32 as unknown as (data: Uint8Array, value: number) => number)(view, initial) >>> 0
      : crc32Bytes(view, initial);
  }

  /** Keep only the first `length` bytes (a cached prefix); what follows is fed again. */
  truncate(length: number): void {
    this.length = length;
  }

  #grow(more = 1): void {
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}

/**
 * CRC-32 of a text put together from pieces whose own CRCs are known, without the text: a checksum
 * text that changes from some point on (an OKX book's top 25, interleaved bid/ask, shifts whole
 * when one level enters at the top) is rejoined from its pieces instead of laid down byte by byte.
 *
 * The CRC register after a piece P, from register c, is A_|P|(c) xor R(P): A_n (running n zero
 * bytes) is linear in c, R(P) the register after P from 0 (`crc32Register`). A_n is kept as four
 * 256-entry tables, one per byte of c, for n up to JOIN_TABLE_BYTES (longer pieces take it in
 * steps). Start from CRC32_START, `crc32Join` each piece, and `crc32Finish`.
 */
export const CRC32_START = -1;

const JOIN_TABLE_BYTES = 64;

/** A_n for n = 1..JOIN_TABLE_BYTES: entry ((n - 1) * 4 + k) * 256 + v is A_n(v << 8k). */
const JOIN_TABLES = (() => {
  const t = new Int32Array(JOIN_TABLE_BYTES * 1024);
  for (let k = 0; k < 4; k++) {
    for (let v = 0; v < 256; v++) {
      let c = v << (8 * k);
      for (let n = 1; n <= JOIN_TABLE_BYTES; n++) {
        c = TABLE[c & 0xff] ^ (c >>> 8);
        t[((n - 1) * 4 + k) * 256 + v] = c;
      }
    }
  }
  return t;
})();

/** A_n(c), 1 <= n <= JOIN_TABLE_BYTES. */
function runZeros(c: number, n: number): number {
  const t = JOIN_TABLES;
  const at = (n - 1) * 1024;
  return t[at + (c & 0xff)] ^ t[at + 256 + ((c >>> 8) & 0xff)] ^ t[at + 512 + ((c >>> 16) & 0xff)] ^
    t[at + 768 + (c >>> 24)];
}

/**
 * The register after `length` bytes whose register from 0 is `register`, from register `c`. Built
 * for the OKX checksum's ~50 joins per update: the tables are there from the start and a piece of
 * up to JOIN_TABLE_BYTES (all of OKX's) is one step, with no loop around it.
 */
export function crc32Join(c: number, register: number, length: number): number {
  for (; length > JOIN_TABLE_BYTES; length -= JOIN_TABLE_BYTES) c = runZeros(c, JOIN_TABLE_BYTES);
  return (length === 0 ? c : runZeros(c, length)) ^ register;
}

/**
 * Slicing-by-4 tables: entry k * 256 + v is the register after v and then k zero bytes, from 0, so
 * four bytes are taken with four independent lookups instead of a chain of four.
 */
const SLICE4 = (() => {
  const t = new Int32Array(4 * 256);
  for (let v = 0; v < 256; v++) t[v] = TABLE[v];
  for (let k = 1; k < 4; k++) {
    for (let v = 0; v < 256; v++) {
      const p = t[(k - 1) * 256 + v];
      t[k * 256 + v] = TABLE[p & 0xff] ^ (p >>> 8);
    }
  }
  return t;
})();

/** The register after bytes [from, to) of `bytes`, from 0: what `crc32Join` takes for them. */
export function crc32Register(bytes: Uint8Array, from: number, to: number): number {
  const t = SLICE4;
  let c = 0;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    c ^= bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | bytes[i + 3] << 24;
    c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[c >>> 24];
  }
  for (; i < to; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return c;
}

/**
 * The register from which `byte` leads to register `c`: one byte step run backwards (the top bytes
 * of the table's 256 entries all differ, so the entry used is found from c's top byte). Starting
 * there, a text whose pieces all begin with `byte` can be joined as if the first one did not.
 */
export function crc32Before(c: number, byte: number): number {
  const top = c >>> 24;
  let v = 0;
  while (TABLE[v] >>> 24 !== top) v++;
  return ((c ^ TABLE[v]) << 8) | (v ^ byte);
}

/** The CRC-32 (signed, as OKX publishes it) of the text whose register, from CRC32_START, is `c`. */
export function crc32Finish(c: number): number {
  return ~c;
}
