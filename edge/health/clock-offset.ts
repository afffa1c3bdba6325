/**
 * Estimates venue clock minus edge clock, in milliseconds, for the HealthEvent's clockOffsetNs.
 *
 * From the stream: every event gives d = receive − venue = delay − offset, with delay ≥ 0, so
 * offset ≥ −d and the least-delayed events bound it tightest. The estimate is −(low percentile of
 * d): a percentile rather than the minimum so one mis-stamped frame cannot move it. It is biased
 * low by the smallest one-way delay (network plus the venue's own publish latency): a few hundred
 * microseconds colocated, tens of milliseconds across an ocean. It cannot tell a slow network from
 * a skewed clock; that is what REST server-time probes are for (offset ± RTT/2, see
 * server-time-probe.ts), which win while fresh.
 *
 * Stamps stay raw everywhere; this estimate only travels beside them, because a correction applied at
 * the edge can never be undone downstream, while a reported offset can be re-judged by the core.
 */
import { WindowQuantiles } from "./window-quantiles.ts";

export interface ProbeOffset {
  readonly offsetMs: number;
  readonly rttMs: number;
  readonly atMs: number;
}

export interface OffsetEstimate {
  readonly offsetMs: number;
  readonly source: "probe" | "stream";
  /** Half the probe RTT for probes; undefined for the stream (its bias is one-way delay). */
  readonly uncertaintyMs: number | undefined;
}

export interface ClockOffsetOptions {
  /** Percentile of receive − venue used as the least-delayed sample. */
  readonly lowQuantile?: number;
  /** A probe is preferred for this long after it was taken. */
  readonly probeFreshMs?: number;
}

export class ClockOffsetEstimator {
  private probe: ProbeOffset | undefined;
  private readonly lowQuantile: number;
  private readonly probeFreshMs: number;

  /** @param receiveMinusVenueMs the window of receive − venue times (the latency window). */
  constructor(private readonly receiveMinusVenueMs: WindowQuantiles, options: ClockOffsetOptions = {}) {
    this.lowQuantile = options.lowQuantile ?? 0.01;
    this.probeFreshMs = options.probeFreshMs ?? 300_000;
  }

  recordProbe(probe: ProbeOffset): void {
    this.probe = probe;
  }

  fromStream(nowMs: number): number | undefined {
    const low = this.receiveMinusVenueMs.quantile(this.lowQuantile, nowMs);
    return low === undefined ? undefined : -low;
  }

  estimate(nowMs: number): OffsetEstimate | undefined {
    if (this.probe && nowMs - this.probe.atMs <= this.probeFreshMs) {
      return { offsetMs: this.probe.offsetMs, source: "probe", uncertaintyMs: this.probe.rttMs / 2 };
    }
    const stream = this.fromStream(nowMs);
    return stream === undefined
      ? undefined
      : { offsetMs: stream, source: "stream", uncertaintyMs: undefined };
  }
}
