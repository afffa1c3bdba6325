/**
 * How late the core's event loop runs timers: the time a batch can sit in a socket before ingest sees
 * it. Edge→bus latency is mostly this when the core is busy (analytics slices, inserts, GC).
 */
import { monitorEventLoopDelay } from "node:perf_hooks";

export interface EventLoopDelay {
  p50: number;
  p99: number;
  max: number;
}

export function watchEventLoopDelay(): () => EventLoopDelay {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  return () => ({ p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) });
}
