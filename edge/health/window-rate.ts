/** Events per second over a sliding window (message rate, reconnects per minute). */
import { SlidingSlices } from "./sliding-slices.ts";

export class WindowRate {
  private readonly window: SlidingSlices<{ n: number }>;
  private readonly startMs: number;

  constructor(windowMs: number, nowMs: number, slices = 10) {
    this.window = new SlidingSlices(windowMs, slices, () => ({ n: 0 }), (s) => (s.n = 0));
    this.startMs = nowMs;
  }

  add(nowMs: number, n = 1): void {
    this.window.current(nowMs).n += n;
  }

  count(nowMs: number): number {
    return this.window.live(nowMs).reduce((sum, s) => sum + s.n, 0);
  }

  perSecond(nowMs: number): number {
    return this.count(nowMs) / (this.window.coveredMs(nowMs, this.startMs) / 1000);
  }
}
