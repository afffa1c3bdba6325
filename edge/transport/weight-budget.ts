/**
 * A token bucket of request weight per minute, the way venues meter REST (Binance: 2,400 weight per
 * minute per IP on USD-M, a 1000-level depth costs 20). It refills continuously, so a burst of
 * resyncs after a reconnect is spread out instead of tripping a 429 and then an IP ban (418).
 */
export class WeightBudget {
  private tokens: number;
  private lastMs: number;
  private readonly perMs: number;

  constructor(readonly weightPerMinute: number, nowMs: number) {
    if (!(weightPerMinute > 0)) throw new Error(`weightPerMinute must be > 0, got ${weightPerMinute}`);
    this.tokens = weightPerMinute;
    this.lastMs = nowMs;
    this.perMs = weightPerMinute / 60_000;
  }

  private refill(nowMs: number): void {
    this.tokens = Math.min(this.weightPerMinute, this.tokens + (nowMs - this.lastMs) * this.perMs);
    this.lastMs = nowMs;
  }

  /** Takes `weight` and returns 0, or takes nothing and returns the ms until it would fit. */
  take(weight: number, nowMs: number): number {
    this.refill(nowMs);
    const need = Math.min(weight, this.weightPerMinute);
    if (this.tokens >= need) {
      this.tokens -= need;
      return 0;
    }
    return Math.ceil((need - this.tokens) / this.perMs);
  }
}
