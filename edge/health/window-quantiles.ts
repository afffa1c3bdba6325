/**
 * Sliding-window quantiles of signed values (latency in ms may be negative: venue and edge clocks
 * differ) in fixed memory, with a bounded relative error.
 *
 * Values go into logarithmic buckets (DDSketch-style: every bucket spans a factor of
 * (1+e)/(1-e), so any quantile is returned within ±e relative error), one histogram per time
 * slice. Exact percentiles over a window would need every sample; at tens of thousands of frames a
 * second per connection this costs a few kilobytes instead and adds nothing per sample but an index.
 */
import { SlidingSlices } from "./sliding-slices.ts";

export interface WindowQuantilesOptions {
  readonly windowMs: number;
  readonly slices?: number;
  /** Relative error bound, e.g. 0.02 for ±2 %. */
  readonly relativeError?: number;
  /** Magnitudes below this count as zero. */
  readonly minMagnitude?: number;
  /** Magnitudes above this land in the last bucket. */
  readonly maxMagnitude?: number;
}

export class WindowQuantiles {
  private readonly logGamma: number;
  private readonly gamma: number;
  private readonly buckets: number;
  private readonly min: number;
  private readonly window: SlidingSlices<Uint32Array<ArrayBuffer>>;

  constructor(options: WindowQuantilesOptions) {
    const e = options.relativeError ?? 0.02;
    this.gamma = (1 + e) / (1 - e);
    this.logGamma = Math.log(this.gamma);
    this.min = options.minMagnitude ?? 0.01;
    const max = options.maxMagnitude ?? 1e7;
    this.buckets = Math.ceil(Math.log(max / this.min) / this.logGamma) + 1;
    const width = 2 * this.buckets + 1;
    this.window = new SlidingSlices(
      options.windowMs,
      options.slices ?? 6,
      () => new Uint32Array(width),
      (h) => h.fill(0),
    );
  }

  /** Index into a histogram ordered from the most negative value to the most positive. */
  private index(value: number): number {
    const mag = Math.abs(value);
    if (!(mag >= this.min)) return this.buckets;
    const k = Math.min(this.buckets, Math.max(1, Math.ceil(Math.log(mag / this.min) / this.logGamma)));
    return value > 0 ? this.buckets + k : this.buckets - k;
  }

  private value(index: number): number {
    const k = index - this.buckets;
    if (k === 0) return 0;
    const mag = (this.min * 2 * this.gamma ** Math.abs(k)) / (this.gamma + 1);
    return k > 0 ? mag : -mag;
  }

  add(value: number, nowMs: number): void {
    if (!Number.isFinite(value)) return;
    this.window.current(nowMs)[this.index(value)]++;
  }

  count(nowMs: number): number {
    let n = 0;
    for (const h of this.window.live(nowMs)) for (const c of h) n += c;
    return n;
  }

  /** The q-quantile (0..1) of the window, or undefined when it holds no sample. */
  quantile(q: number, nowMs: number): number | undefined {
    return this.quantiles([q], nowMs)[0];
  }

  /** Several quantiles in one pass over the merged histogram. */
  quantiles(qs: readonly number[], nowMs: number): (number | undefined)[] {
    const live = this.window.live(nowMs);
    const merged = new Float64Array(2 * this.buckets + 1);
    for (const h of live) for (let i = 0; i < h.length; i++) merged[i] += h[i];
    let total = 0;
    for (const c of merged) total += c;
    if (total === 0) return qs.map(() => undefined);
    return qs.map((q) => {
      const rank = Math.max(0, Math.min(total - 1, Math.floor(q * (total - 1))));
      let seen = 0;
      for (let i = 0; i < merged.length; i++) {
        seen += merged[i];
        if (seen > rank) return this.value(i);
      }
      return this.value(merged.length - 1);
    });
  }
}
