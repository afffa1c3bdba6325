/**
 * The time source of the live edge, injectable so tests can drive budgets, backoff and staleness
 * without sleeping. Two readings on purpose: `nowNs` is the wall clock that stamps receive times
 * (raw, never corrected: the clock offset travels beside it), `nowMs` is monotonic for intervals,
 * so a clock step on the host never makes a connection look stale or a budget refill twice.
 */
/** Opaque timer handle (a number in Deno, an object where Node's typings are in scope). */
export type TimerHandle = unknown;

export interface Clock {
  /** Wall-clock epoch nanoseconds (sub-millisecond where the platform has it). */
  nowNs(): bigint;
  /** Monotonic milliseconds for durations and timers. */
  nowMs(): number;
  setTimer(fn: () => void, ms: number): TimerHandle;
  clearTimer(id: TimerHandle): void;
}

/**
 * `Date.now()` has only millisecond resolution, `performance.now()` has microseconds but does not
 * follow the host clock when chrony slews or steps it. So wall time is the monotonic reading anchored
 * on `Date.now()`, re-anchored whenever the two drift apart by more than a millisecond.
 */
function wallClockNs(): () => bigint {
  let anchorWallMs = Date.now();
  let anchorPerfMs = performance.now();
  return () => {
    const perf = performance.now();
    const wall = Date.now();
    let ms = anchorWallMs + (perf - anchorPerfMs);
    if (Math.abs(ms - wall) > 1) {
      anchorWallMs = wall;
      anchorPerfMs = perf;
      ms = wall;
    }
    return BigInt(Math.floor(ms)) * 1_000_000n + BigInt(Math.floor((ms % 1) * 1e6));
  };
}

export const systemClock: Clock = {
  nowNs: wallClockNs(),
  nowMs: () => performance.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};
