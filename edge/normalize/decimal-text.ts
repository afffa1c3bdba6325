/**
 * Decimal texts to numbers, fast and exact: the one parser behind the book-level checks in
 * venues/frame-fields.ts and the level numbers in book/guarded-book.ts.
 *
 * `Number(text)` goes through V8's general string-to-double conversion on every book level, three
 * times per level before (validate, check, apply). Here a plain `d+.d+` of at most 15 digits is read
 * as `(int * 10^f + frac) / 10^f`: both operands exact doubles (below 2^53 and 10^22), so the one
 * division is correctly rounded, i.e. the very double `Number(text)` returns. Exponents and longer
 * spellings are validated and handed to `Number` itself.
 */

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Whether `s` is a decimal: /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/, checked by a loop (several
 * times faster than the regex on the short texts of every book level).
 */
export function isDecimalText(s: string): boolean {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  if (c === 45) c = s.charCodeAt(++i);
  const intStart = i;
  while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
  const intDigits = i - intStart;
  let fracDigits = 0;
  if (c === 46) {
    const fracStart = ++i;
    c = s.charCodeAt(i);
    while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
    fracDigits = i - fracStart;
  }
  if (intDigits === 0 && fracDigits === 0) return false;
  if (c === 101 || c === 69) {
    c = s.charCodeAt(++i);
    if (c === 43 || c === 45) c = s.charCodeAt(++i);
    const expStart = i;
    while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
    if (i === expStart) return false;
  }
  return i === n;
}

/** `Number(s)` when `s` is a decimal (isDecimalText), else NaN. */
export function parseDecimal(s: string): number {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  const negative = c === 45;
  if (negative) c = s.charCodeAt(++i);
  const intStart = i;
  let int = 0;
  while (c >= 48 && c <= 57) {
    int = int * 10 + (c - 48);
    c = s.charCodeAt(++i);
  }
  const intDigits = i - intStart;
  let frac = 0;
  let fracDigits = 0;
  if (c === 46) {
    const fracStart = ++i;
    c = s.charCodeAt(i);
    while (c >= 48 && c <= 57) {
      frac = frac * 10 + (c - 48);
      c = s.charCodeAt(++i);
    }
    fracDigits = i - fracStart;
  }
  if (intDigits === 0 && fracDigits === 0) return NaN;
  if (i !== n || intDigits + fracDigits > 15) return isDecimalText(s) ? Number(s) : NaN;
  const v = fracDigits === 0 ? int : (int * POW10[fracDigits] + frac) / POW10[fracDigits];
  return negative ? -v : v;
}

/** `+text`, through parseDecimal when it is a decimal (same value, faster). */
export function decimalNumber(text: string): number {
  const v = parseDecimal(text);
  return v === v ? v : +text;
}
