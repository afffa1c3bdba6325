/**
 * Natural logarithm for the hot paths (Hurst takes maxLag logs per bar, the range volatilities one
 * or two). V8 compiles Math.log into a call out to C, 11-17 ns per call on the benchmark machine and
 * more than most whole indicator updates; this table-driven version stays in JIT code (~7 ns, and
 * independent calls overlap) and is within 1 ulp of Math.log (ln.test.ts checks it).
 *
 * x = 2^k · z with z in [0.6875, 1.375), z falls into one of 128 subintervals with centre c:
 * ln x = k·ln2 + ln c + ln(1 + r), r = (z − c)/c. z − c is exact (Sterbenz) and |r| < 2^-7, where a
 * degree-8 series for ln(1 + r) is accurate to 2^-56 relative. The two subintervals touching 1 use
 * c = 1 exactly, so ln x near 0 keeps its relative precision (no ln c to cancel against).
 */

const TABLE_BITS = 7;
const SIZE = 1 << TABLE_BITS;
/** High word of 0.6875: the bottom of z's range. */
const OFFSET = 0x3fe60000;
/** ln 2 split so that LN2_HI has 32 significant bits: k·LN2_HI is exact for every exponent k. */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
/** Index of the high (sign, exponent, top mantissa) word of a double on this platform. */
const HI = (() => {
  scratch[0] = 1;
  return words[1] === 0x3ff00000 ? 1 : 0;
})();
const LO = 1 - HI;

/** The subinterval starting at z = 1. */
const ONE = (0x3ff00000 - OFFSET) >>> (20 - TABLE_BITS);

const CENTRE = new Float64Array(SIZE);
const INVERSE = new Float64Array(SIZE);
const LN_CENTRE = new Float64Array(SIZE);
/**
 * 2^-k for every exponent k a normal x can have (−1022 … 1024): z = x · 2^-k is exact, and cheaper
 * than writing z's exponent back into the scratch word (a narrow store followed by a wide load of
 * the same bytes stalls the CPU's store forwarding).
 */
const MIN_K = -1022;
const SCALE = Float64Array.from({ length: 1024 - MIN_K + 1 }, (_, j) => 2 ** -(j + MIN_K));
for (let i = 0; i < SIZE; i++) {
  // The middle of subinterval i, rounded to 2^-10 so that z − c is exact.
  words[HI] = (OFFSET + (i << (20 - TABLE_BITS)) + (1 << (19 - TABLE_BITS))) >>> 0;
  words[LO] = 0;
  const middle = scratch[0];
  const c = i === ONE - 1 || i === ONE ? 1 : Math.round(middle * 1024) / 1024;
  CENTRE[i] = c;
  INVERSE[i] = 1 / c;
  LN_CENTRE[i] = Math.log(c);
}

/**
 * The shared reduction; `fine` picks the degree-8 series (both wrappers inline it, constant folded).
 * A const, not a function declaration: a declared function is a mutable binding, so code that
 * inlines it reloads and compares it on every call (every lag of Hurst's loop).
 */
const logarithm = (x: number, fine: boolean): number => {
  scratch[0] = x;
  const hi = words[HI];
  // Zero, negatives, subnormals, infinities and NaN: rare, left to Math.log.
  if (hi < 0x00100000 || hi >= 0x7ff00000) return Math.log(x);
  const t = (hi - OFFSET) | 0;
  const i = (t >>> (20 - TABLE_BITS)) & (SIZE - 1);
  const k = t >> 20;
  const r = (x * SCALE[k - MIN_K] - CENTRE[i]) * INVERSE[i];
  const r2 = r * r;
  // ln(1 + r) = r − r²/2 + r³/3 − … − r⁸/8 (or up to r⁶/6), in pairs to shorten the dependency chain.
  const tail = fine
    ? r2 * (-1 / 2 + r * (1 / 3) + r2 * (-1 / 4 + r * (1 / 5) + r2 * (-1 / 6 + r * (1 / 7) + r2 * (-1 / 8))))
    : r2 * (-1 / 2 + r * (1 / 3) + r2 * (-1 / 4 + r * (1 / 5) + r2 * (-1 / 6)));
  return k * LN2_HI + LN_CENTRE[i] + (k * LN2_LO + (r + tail));
};

/** ln x within 1 ulp of Math.log, also near x = 1 where ln x is small (the range volatilities). */
export function ln(x: number): number {
  return logarithm(x, true);
}

/**
 * ln x from a degree-6 series: differs from `ln` by at most one rounding step plus the dropped
 * r⁷/7 term, < 6.4e-18 absolute, and < 1.3e-15 for x in [0.99, 1.01] (the subintervals centred on
 * 1, where |r| reaches 0.0098, and where `ln` keeps relative precision this does not). Enough
 * wherever logs are subtracted or are far from 0, as in Hurst (log prices, log variances), and
 * ~10 % cheaper there.
 */
export function lnAbsolute(x: number): number {
  return logarithm(x, false);
}
