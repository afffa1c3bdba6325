/**
 * Latency percentiles over the most recent samples (fixed memory: a ring of the last N). Percentiles
 * are computed on read, which happens once per metrics scrape, never per batch.
 *
 * Each sample keeps the wall time it was taken at, so a reader can ask for the samples since a
 * moment: a benchmark separates a process's first second (cold code on both sides of the link)
 * from its steady state without restarting anything.
 */
export class LatencyWindow {
  private readonly samples: Float64Array;
  /** Wall time of each sample, epoch ms. */
  private readonly times: Float64Array;
  private count = 0;
  private next = 0;

  constructor(capacity = 10_000) {
    this.samples = new Float64Array(capacity);
    this.times = new Float64Array(capacity);
  }

  /** `atMs`: when the sample was taken, epoch ms. */
  add(value: number, atMs = Date.now()): void {
    this.samples[this.next] = value;
    this.times[this.next] = atMs;
    this.next = (this.next + 1) % this.samples.length;
    this.count = Math.min(this.count + 1, this.samples.length);
  }

  /** Nearest-rank percentiles of the samples taken at or after `sinceMs` (NaN when none). */
  percentiles(sinceMs = -Infinity): { p50: number; p99: number; max: number; samples: number } {
    const picked = new Float64Array(this.count);
    let n = 0;
    for (let i = 0; i < this.count; i++) if (this.times[i] >= sinceMs) picked[n++] = this.samples[i];
    if (n === 0) return { p50: NaN, p99: NaN, max: NaN, samples: 0 };
    const sorted = picked.subarray(0, n).sort();
    const rank = (p: number) => sorted[Math.min(n - 1, Math.ceil(p * n) - 1)];
    return { p50: rank(0.5), p99: rank(0.99), max: sorted[n - 1], samples: n };
  }
}
