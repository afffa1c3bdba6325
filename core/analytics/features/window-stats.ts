/**
 * Statistics over the last n entries of a ring buffer held by a `BarHistory`. Each returns NaN when the
 * window is not full yet, which is how warm-up NaNs arise without special cases in every feature.
 *
 * The loops walk the ring index down themselves (wrapping once) instead of calling `h.at(k)` per entry:
 * the same entries in the same order, so every sum rounds exactly as before, for about half the work of
 * the vector's window loops.
 */
import type { BarHistory } from "./bar-history.ts";

export function sumBack(h: BarHistory, values: Float64Array, n: number, from = 0): number {
  if (!h.has(from + n - 1)) return NaN;
  const wrap = h.capacity - 1;
  let sum = 0;
  for (let k = 0, i = h.at(from); k < n; k++, i = i === 0 ? wrap : i - 1) sum += values[i];
  return sum;
}

export function meanBack(h: BarHistory, values: Float64Array, n: number, from = 0): number {
  return sumBack(h, values, n, from) / n;
}

/** Sample standard deviation (n − 1). */
export function stdBack(h: BarHistory, values: Float64Array, n: number, from = 0): number {
  return stdAround(h, values, n, from, meanBack(h, values, n, from));
}

/** Sample standard deviation (n − 1) around the window's mean, already computed (NaN: window not full, or a NaN in it). */
function stdAround(h: BarHistory, values: Float64Array, n: number, from: number, mean: number): number {
  if (Number.isNaN(mean)) return NaN;
  const wrap = h.capacity - 1;
  let ss = 0;
  for (let k = 0, i = h.at(from); k < n; k++, i = i === 0 ? wrap : i - 1) {
    const d = values[i] - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / (n - 1));
}

export function maxBack(h: BarHistory, values: Float64Array, n: number): number {
  if (!h.has(n - 1)) return NaN;
  const wrap = h.capacity - 1;
  let m = -Infinity;
  for (let k = 0, i = h.at(0); k < n; k++, i = i === 0 ? wrap : i - 1) m = Math.max(m, values[i]);
  return m;
}

export function minBack(h: BarHistory, values: Float64Array, n: number): number {
  if (!h.has(n - 1)) return NaN;
  const wrap = h.capacity - 1;
  let m = Infinity;
  for (let k = 0, i = h.at(0); k < n; k++, i = i === 0 ? wrap : i - 1) m = Math.min(m, values[i]);
  return m;
}

/** Z-score of the latest value against the n values before it. */
export function zScoreBack(h: BarHistory, values: Float64Array, n: number): number {
  const mean = meanBack(h, values, n, 1);
  const sd = stdAround(h, values, n, 1, mean);
  return sd > 0 ? (values[h.at(0)] - mean) / sd : sd === 0 ? 0 : NaN;
}

/** Log return of the close over `n` bars. */
export function logReturnBack(h: BarHistory, n: number): number {
  return h.has(n) ? Math.log(h.close[h.at(0)] / h.close[h.at(n)]) : NaN;
}

/** Correlation and regression slope (beta of y on x) over the last n log returns of two aligned histories. */
export function corrBeta(y: BarHistory, x: BarHistory, n: number): { corr: number; beta: number } {
  if (!y.hasReturns(n) || !x.hasReturns(n)) return { corr: NaN, beta: NaN };
  const xr = x.logReturn;
  const yr = y.logReturn;
  const xWrap = x.capacity - 1;
  const yWrap = y.capacity - 1;
  let sx = 0;
  let sy = 0;
  for (let k = 0, i = x.at(0), j = y.at(0); k < n; k++, i = i === 0 ? xWrap : i - 1, j = j === 0 ? yWrap : j - 1) {
    sx += xr[i];
    sy += yr[j];
  }
  const mx = sx / n;
  const my = sy / n;
  let cxy = 0;
  let cxx = 0;
  let cyy = 0;
  for (let k = 0, i = x.at(0), j = y.at(0); k < n; k++, i = i === 0 ? xWrap : i - 1, j = j === 0 ? yWrap : j - 1) {
    const dx = xr[i] - mx;
    const dy = yr[j] - my;
    cxy += dx * dy;
    cxx += dx * dx;
    cyy += dy * dy;
  }
  return { corr: cxx > 0 && cyy > 0 ? cxy / Math.sqrt(cxx * cyy) : NaN, beta: cxx > 0 ? cxy / cxx : NaN };
}
