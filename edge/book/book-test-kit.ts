/**
 * Test-only: the seeded numbers and decimal texts the book and checksum tests draw from, so every
 * test's sequence is reproducible and they share one generator.
 */

/** A seeded linear congruential generator: uniform in [0, 1), the same sequence for a seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A decimal text with exactly these digit counts (leading and trailing zeros allowed). */
export function randomText(r: () => number, intDigits: number, fracDigits: number): string {
  let t = "";
  for (let i = 0; i < intDigits; i++) t += String(Math.floor(r() * 10));
  if (fracDigits > 0) t += ".";
  for (let i = 0; i < fracDigits; i++) t += String(Math.floor(r() * 10));
  return t;
}

/**
 * The n-th sample text of a digit layout: all zeros first, then all nines (where a digit taken from
 * the wrong power of ten, or a rounding, would show), then random digits.
 */
export function layoutSample(r: () => number, n: number, intDigits: number, fracDigits: number): string {
  if (n === 0) return randomText(() => 0, intDigits, fracDigits);
  if (n === 1) return randomText(() => 0.99, intDigits, fracDigits);
  return randomText(r, intDigits, fracDigits);
}
