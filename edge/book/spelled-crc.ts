/**
 * CRC-32 registers of texts with spelled numbers in them (./decimal-spelling.ts), taken from the
 * numbers: no byte is written and none hashed.
 *
 * The register of a text from 0 (./crc32.ts `crc32Register`: no initial or final inversion) is
 * linear in the text's bytes: it is the XOR of one part per byte, and the part of a byte depends only
 * on the byte and on how many bytes follow it. So the part of two digits that end `after` bytes
 * before the text's end is one lookup (100 pairs per distance), and a spelled number's part is one
 * lookup per two digits as its digits are taken from its integer, lowest first. In the OKX checksum
 * that made a new level's piece ~12 ns cheaper than writing its bytes and hashing them (~68 ns).
 */
import { crc32Join, crc32Register } from "./crc32.ts";
import { POW10 } from "./decimal-spelling.ts";

/** Bytes after a part that the tables cover: an OKX piece (":" 16 chars ":" 16 chars) and spare. */
const AFTER = 40;

/** The register part of `code` followed by `after` bytes: its register, run over `after` zero bytes. */
function partOf(code: number, after: number): number {
  return crc32Join(crc32Register(new Uint8Array([code]), 0, 1), 0, after);
}

/** Entry code * AFTER + after: the part of ASCII byte `code` with `after` bytes after it. */
const BYTES = (() => {
  const t = new Int32Array(128 * AFTER);
  for (let code = 0; code < 128; code++) {
    for (let a = 0; a < AFTER; a++) t[code * AFTER + a] = partOf(code, a);
  }
  return t;
})();

/** Entry after * 100 + v: the part of the two digits of v (00 … 99) with `after` bytes after them. */
const PAIRS = (() => {
  const t = new Int32Array(AFTER * 100);
  for (let a = 0; a + 1 < AFTER; a++) {
    for (let v = 0; v < 100; v++) {
      t[a * 100 + v] = BYTES[(48 + Math.floor(v / 10)) * AFTER + a + 1] ^ BYTES[(48 + (v % 10)) * AFTER + a];
    }
  }
  return t;
})();

/** The register part of ASCII byte `code` followed by `after` bytes (after < 40). */
export function byteRegister(code: number, after: number): number {
  return BYTES[code * AFTER + after];
}

/**
 * The register part of `value` spelled `spelling` (a number's spelling) followed by `after` bytes,
 * where its text and they stay within 40 bytes: the register of the text it is in is the XOR of its
 * parts.
 */
export function spelledRegister(value: number, spelling: number, after: number): number {
  const intDigits = spelling & 15;
  const fracDigits = spelling >> 4;
  const mantissa = fracDigits === 0 ? value : Math.round(value * POW10[fracDigits]);
  const digits = intDigits + fracDigits;
  // The digits, lowest first, are digits 0 … digits - 1 of the mantissa; from `point` on they
  // stand before the '.', one byte further from the end.
  const point = fracDigits === 0 ? digits : fracDigits;
  const dot = fracDigits === 0 ? 0 : BYTES[46 * AFTER + after + fracDigits];
  if (mantissa < 2147483648) return dot ^ digitsPart(mantissa | 0, 0, digits, point, after);
  // Beyond int32: the low 8 digits and the rest apart (the divisions in digitsPart are int32's).
  const high = Math.floor(mantissa / 1e8);
  return dot ^ digitsPart((mantissa - high * 1e8) | 0, 0, Math.min(digits, 8), point, after) ^
    digitsPart(high | 0, 8, digits, point, after);
}

/**
 * The part of digits `from` … `to` - 1 of a spelled number (see spelledRegister) whose digit
 * `from` on is the int32 n (its lowest digit first).
 */
function digitsPart(n: number, from: number, to: number, point: number, after: number): number {
  let c = 0;
  for (let k = from; k < to;) {
    const a = after + k + (k >= point ? 1 : 0);
    if (k + 1 < to && k + 1 !== point) {
      const next = (n / 100) | 0;
      c ^= PAIRS[a * 100 + n - next * 100];
      n = next;
      k += 2;
    } else {
      const next = (n / 10) | 0;
      c ^= BYTES[(48 + n - next * 10) * AFTER + a];
      n = next;
      k++;
    }
  }
  return c;
}
