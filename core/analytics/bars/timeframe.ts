/**
 * Bar timeframes. Bars are aligned to the Unix epoch in UTC (a 4h bar opens at 00/04/08… UTC, a 1d bar at
 * midnight UTC), which is how Binance and most venues align their own candles, so bars built here line up
 * with the exchange's. Durations are exact integer nanoseconds so alignment never rounds.
 */
import { z } from "zod";

const UNIT_NS: Record<string, bigint> = {
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
  d: 86_400_000_000_000n,
};

/** The timeframes the core builds unless configured otherwise. */
export const DEFAULT_TIMEFRAMES = ["1s", "1m", "5m", "15m", "1h", "4h", "1d"] as const;

export const timeframeSchema = z
  .string()
  .regex(/^[1-9][0-9]*[smhd]$/, "timeframe must look like 1s, 1m, 5m, 15m, 1h, 4h or 1d");

export interface Timeframe {
  /** Canonical label, e.g. "5m". */
  readonly label: string;
  readonly durationNs: bigint;
  /** Duration in ms as a number, for arithmetic outside the bar builder. */
  readonly durationMs: number;
}

export function parseTimeframe(label: string): Timeframe {
  const parsed = timeframeSchema.safeParse(label);
  if (!parsed.success) throw new Error(`bad timeframe ${JSON.stringify(label)}: ${parsed.error.issues[0]?.message}`);
  const count = BigInt(label.slice(0, -1));
  const durationNs = count * UNIT_NS[label.slice(-1)];
  if (86_400_000_000_000n % durationNs !== 0n && durationNs % 86_400_000_000_000n !== 0n) {
    throw new Error(`bad timeframe ${label}: it must divide a day (or be whole days) so bars align to UTC midnight`);
  }
  return { label, durationNs, durationMs: Number(durationNs / 1_000_000n) };
}

/** Open time of the bar containing `timeNs` (times before 1970 are not market data and are rejected upstream). */
export function barOpen(timeNs: bigint, durationNs: bigint): bigint {
  return timeNs - (timeNs % durationNs);
}
