/**
 * A venue's decimal text, kept as its number plus a small integer: the text's "spelling".
 *
 * Checksummed books (OKX) must reproduce the venue's own price and size texts, trailing zeros and
 * all ("5.160", "0.10000000"). Keeping a string per level costs two string allocations per level
 * read, and pointer moves (with GC write barriers) on every insert and delete in the book. A text
 * "d…d.d…d" with at most 15 digits is fully determined by its double and how many digits stand
 * before and after the point: the double is m / 10^f correctly rounded (m the digits as an integer,
 * below 10^15), so round(double × 10^f) is m again (the relative error of both roundings together is
 * below 2^-52, i.e. under 0.23 for m < 10^15). So a level's texts are stored as one small integer,
 * written back into checksum bytes digit by digit when the checksum needs them.
 *
 * A number's spelling: `intDigits | fracDigits << 4` (1 <= intDigits, intDigits + fracDigits <= 15).
 * A level's spelling: price spelling | size spelling << 8. 0 means "no spelling" (texts kept as text).
 */

/** Digits in all a spelled number may have: its digits as an integer stay exact and recoverable. */
const MAX_SPELLED_DIGITS = 15;

/** 10^k for the digit counts a spelling may have. */
export const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The spelling of a decimal with these digit counts, or 0 when it cannot be spelled exactly. */
export function numberSpelling(intDigits: number, fracDigits: number): number {
  return intDigits >= 1 && intDigits + fracDigits <= MAX_SPELLED_DIGITS ? intDigits | fracDigits << 4 : 0;
}

/** A level's spelling from its price's and size's (0 when either has none). */
export function levelSpelling(price: number, size: number): number {
  return price === 0 || size === 0 ? 0 : price | size << 8;
}

/** "00" … "99": two digits per integer division. */
const DIGIT_PAIRS = (() => {
  const t = new Uint8Array(200);
  for (let i = 0; i < 100; i++) {
    t[2 * i] = 48 + Math.floor(i / 10);
    t[2 * i + 1] = 48 + (i % 10);
  }
  return t;
})();

/**
 * The low `count` digits of `n` (an int32 >= 0), zero-padded, into `out` just before `end`; returns
 * what is left of n (n / 10^count, truncated).
 */
function writeLowDigits(out: Uint8Array, end: number, n: number, count: number): number {
  let o = end;
  for (; count >= 2; count -= 2) {
    const rest = (n / 100) | 0;
    const pair = (n - rest * 100) << 1;
    out[--o] = DIGIT_PAIRS[pair + 1];
    out[--o] = DIGIT_PAIRS[pair];
    n = rest;
  }
  if (count === 0) return n;
  const rest = (n / 10) | 0;
  out[o - 1] = 48 + n - rest * 10;
  return rest;
}

/**
 * Writes the text of `value` spelled `spelling` (a number's spelling) into `out` at `at`; returns
 * the index after it. `out` must have room for 16 bytes.
 */
export function writeSpelled(out: Uint8Array, at: number, value: number, spelling: number): number {
  const intDigits = spelling & 15;
  const fracDigits = spelling >> 4;
  const mantissa = fracDigits === 0 ? value : Math.round(value * POW10[fracDigits]);
  const dot = at + intDigits;
  const end = fracDigits === 0 ? dot : dot + 1 + fracDigits;
  if (mantissa < 2147483648) {
    // Up to 9 digits (nearly every price and size): int32 arithmetic throughout.
    let n = mantissa | 0;
    if (fracDigits !== 0) {
      n = writeLowDigits(out, end, n, fracDigits);
      out[dot] = 46;
    }
    writeLowDigits(out, dot, n, intDigits);
    return end;
  }
  // Up to 15 digits: two int32 halves of 8 digits and the rest, one digit at a time.
  const high = Math.floor(mantissa / 1e8);
  let part = (mantissa - high * 1e8) | 0;
  let o = end;
  for (let k = 0; k < intDigits + fracDigits; k++) {
    if (k === 8) part = high | 0;
    if (k === fracDigits && k !== 0) out[--o] = 46;
    const rest = (part / 10) | 0;
    out[--o] = 48 + part - rest * 10;
    part = rest;
  }
  return end;
}

const scratch = new Uint8Array(16);
const latin1 = new TextDecoder("latin1");

/** The text of `value` spelled `spelling` (a number's spelling). */
export function spelledText(value: number, spelling: number): string {
  return latin1.decode(scratch.subarray(0, writeSpelled(scratch, 0, value, spelling)));
}

/**
 * A level list as a scanner reads it: numbers (price i at `numbers[2i]`, its size at `2i + 1`) and
 * each level's spelling, no text (a scanner hands a level it cannot spell to the JSON path). Reused
 * from frame to frame: valid until the scanner reads the next frame.
 */
export class SpelledLevels {
  readonly numbers: number[] = [];
  readonly spellings: number[] = [];
  /** Levels held: `numbers` and `spellings` may hold stale entries past them. */
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(price: number, size: number, spelling: number): void {
    const n = this.length;
    this.numbers[2 * n] = price;
    this.numbers[2 * n + 1] = size;
    this.spellings[n] = spelling;
    this.length = n + 1;
  }
}
