/**
 * A ring of time slices covering a sliding window: the shared mechanism behind windowed counts and
 * windowed quantiles. Memory is fixed (one payload per slice) and old data leaves the window a whole
 * slice at a time, which is precise enough for health figures and costs nothing per sample.
 */
export class SlidingSlices<T> {
  private readonly slices: T[];
  private readonly stamps: number[];
  readonly sliceMs: number;

  constructor(
    readonly windowMs: number,
    count: number,
    private readonly create: () => T,
    private readonly reset: (slice: T) => void,
  ) {
    if (!(windowMs > 0) || !(count >= 1)) throw new Error("window and slice count must be positive");
    this.sliceMs = windowMs / count;
    this.slices = Array.from({ length: count }, create);
    this.stamps = new Array(count).fill(-Infinity);
  }

  /** The slice for time `nowMs`, emptied first if it last held an older period. */
  current(nowMs: number): T {
    const n = Math.floor(nowMs / this.sliceMs);
    const i = ((n % this.slices.length) + this.slices.length) % this.slices.length;
    if (this.stamps[i] !== n) {
      this.reset(this.slices[i]);
      this.stamps[i] = n;
    }
    return this.slices[i];
  }

  /** Slices still inside the window at `nowMs`. */
  live(nowMs: number): T[] {
    const n = Math.floor(nowMs / this.sliceMs);
    return this.slices.filter((_, i) => n - this.stamps[i] < this.slices.length && this.stamps[i] <= n);
  }

  /** Width of the time the live slices actually cover (shorter than the window right after start). */
  coveredMs(nowMs: number, sinceMs: number): number {
    return Math.max(this.sliceMs, Math.min(this.windowMs, nowMs - sinceMs));
  }
}
