/**
 * Classic (floor-trader) pivot points from the previous period's high, low and close.
 * P = (H + L + C) / 3, R1 = 2P − L, S1 = 2P − H, R2 = P + (H − L), S2 = P − (H − L).
 */
export interface PivotLevels {
  readonly p: number;
  readonly r1: number;
  readonly r2: number;
  readonly s1: number;
  readonly s2: number;
}

export function classicPivots(high: number, low: number, close: number): PivotLevels {
  const p = (high + low + close) / 3;
  return { p, r1: 2 * p - low, s1: 2 * p - high, r2: p + (high - low), s2: p - (high - low) };
}
