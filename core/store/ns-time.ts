/**
 * Exact nanosecond timestamps as decimal text. The wire sends `base_time_ms` plus an ns delta, both
 * exact JS numbers; their sum (~1.7e18) is far beyond 2^53, so it is never formed as a number.
 * Instead the delta is split into whole milliseconds and a 0..999999 ns remainder and the two are
 * written side by side: number math only, no BigInt on the hot path, no float rounding.
 */

const NS_PER_MS = 1_000_000;

/** Venue-time delta meaning "the venue gave no time" (ingest.proto); stored as venue time 0. */
export const VENUE_TIME_UNKNOWN_DELTA = -Number.MAX_SAFE_INTEGER;

/** `base_ms * 1e6 + delta_ns` as an Int64 decimal string. Both inputs must be safe integers. */
export function nsDecimal(baseMs: number, deltaNs: number): string {
  if (!Number.isSafeInteger(baseMs) || !Number.isSafeInteger(deltaNs)) {
    throw new RangeError(`time parts must be safe integers (base_ms=${baseMs}, delta_ns=${deltaNs})`);
  }
  let ms = Math.floor(deltaNs / NS_PER_MS);
  let rem = deltaNs - ms * NS_PER_MS;
  // The float division can round across a millisecond boundary for huge deltas: correct it.
  if (rem < 0) {
    ms -= 1;
    rem += NS_PER_MS;
  } else if (rem >= NS_PER_MS) {
    ms += 1;
    rem -= NS_PER_MS;
  }
  ms += baseMs;
  if (ms === 0) return String(rem);
  if (ms > 0) return `${ms}${pad6(rem)}`;
  // Before the epoch: ms*1e6 + rem = -((-ms - 1)*1e6 + (1e6 - rem)).
  if (rem === 0) return `${ms}000000`;
  const high = -ms - 1;
  const low = NS_PER_MS - rem;
  return high === 0 ? `-${low}` : `-${high}${pad6(low)}`;
}

function pad6(n: number): string {
  return n < 100_000 ? String(n).padStart(6, "0") : String(n);
}
