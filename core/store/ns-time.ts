/**
 * Exact nanosecond timestamps as Int64. The wire sends `base_time_ms` plus an ns delta, both exact
 * JS numbers; their sum (~1.7e18) is far beyond 2^53, so it is never formed as a number. The base is
 * split into 32-bit halves once per batch (BigInt, off the hot path); each row then adds its delta's
 * halves with a carry: number math only, no float rounding.
 */

/** Venue-time delta meaning "the venue gave no time" (ingest.proto); stored as venue time 0. */
export const VENUE_TIME_UNKNOWN_DELTA = -Number.MAX_SAFE_INTEGER;

const TWO_32 = 4294967296;
const TWO_31 = 2147483648;

export class NsTimeBase {
  private readonly baseLow: number;
  private readonly baseHigh: number;
  /** Halves of the last `at` result: `low` unsigned, `high` signed (two's complement Int64). */
  low = 0;
  high = 0;

  constructor(readonly baseMs: number) {
    if (!Number.isSafeInteger(baseMs)) throw new RangeError(`base_time_ms ${baseMs} is not a safe integer`);
    const base = BigInt(baseMs) * 1_000_000n;
    this.baseLow = Number(base & 0xffffffffn);
    this.baseHigh = Number(base >> 32n);
  }

  /** Sets `low`/`high` to `base_ms * 1e6 + deltaNs`. */
  at(deltaNs: number): void {
    if (!Number.isSafeInteger(deltaNs)) throw new RangeError(`time delta ${deltaNs} ns is not a safe integer`);
    // Dividing by a power of two is exact, so floor gives the true high part and `low` lands in [0, 2^32).
    const deltaHigh = Math.floor(deltaNs / TWO_32);
    let low = this.baseLow + (deltaNs - deltaHigh * TWO_32);
    let high = this.baseHigh + deltaHigh;
    if (low >= TWO_32) {
      low -= TWO_32;
      high += 1;
    }
    if (high < -TWO_31 || high >= TWO_31) throw new RangeError(`time ${this.baseMs} ms + ${deltaNs} ns overflows Int64`);
    this.low = low;
    this.high = high;
  }
}
