/**
 * Latency percentiles over the most recent samples (fixed memory: a ring of the last N). Percentiles
 * are computed on read, which happens once per metrics scrape, never per batch.
 */
export class LatencyWindow {
  private readonly samples: Float64Array;
  private count = 0;
  private next = 0;

  constructor(capacity = 10_000) {
    this.samples = new Float64Array(capacity);
  }

  add(value: number): void {
    this.samples[this.next] = value;
    this.next = (this.next + 1) % this.samples.length;
    this.count = Math.min(this.count + 1, this.samples.length);
  }

  /** Nearest-rank percentiles (NaN when empty). */
  percentiles(): { p50: number; p99: number; max: number; samples: number } {
    if (this.count === 0) return { p50: NaN, p99: NaN, max: NaN, samples: 0 };
    const sorted = this.samples.slice(0, this.count).sort();
    const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    return { p50: rank(0.5), p99: rank(0.99), max: sorted[sorted.length - 1], samples: this.count };
  }
}
