/**
 * Cross-venue outlier rejection by median absolute deviation.
 *
 * Median and MAD ignore one wild venue where a mean and standard deviation would be dragged
 * toward it. A floor on the MAD (in basis points of the median) stops venues that agree to the
 * cent from flagging each other over a tick.
 */
export interface OutlierVerdict {
  readonly median: number;
  /** Robust spread: 1.4826 × MAD, floored. */
  readonly scale: number;
  /** Per input, true where |mid − median| > k × scale. */
  readonly outlier: boolean[];
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function madOutliers(mids: readonly number[], k: number, minScaleBps: number): OutlierVerdict {
  const med = median(mids);
  const mad = median(mids.map((m) => Math.abs(m - med)));
  const scale = Math.max(1.4826 * mad, (minScaleBps / 1e4) * Math.abs(med));
  return { median: med, scale, outlier: mids.map((m) => Math.abs(m - med) > k * scale) };
}
