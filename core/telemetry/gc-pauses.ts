/**
 * The core's garbage-collection pauses. A pause stops the event loop, so every batch waiting in the
 * socket during one is late by it: this tells a latency tail caused by GC from one caused by work
 * or by the machine (the event-loop delay alone cannot).
 */
import { constants, PerformanceObserver } from "node:perf_hooks";
import { LatencyWindow } from "../ingest/latency-window.ts";

export interface GcPauses {
  count: number;
  totalMs: number;
  /** Recent pauses (all kinds), ms. */
  recentMs: { p50: number; p99: number; max: number; samples: number };
  /** Pauses of full (mark-compact) collections: the long ones. */
  major: { count: number; totalMs: number; maxMs: number };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Starts observing; the returned function reads the figures so far and `stop` ends observing. */
export function watchGcPauses(): { read: () => GcPauses; stop: () => void } {
  const recent = new LatencyWindow(4096);
  let count = 0;
  let totalMs = 0;
  const major = { count: 0, totalMs: 0, maxMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      count++;
      totalMs += entry.duration;
      recent.add(entry.duration);
      if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        major.count++;
        major.totalMs += entry.duration;
        major.maxMs = Math.max(major.maxMs, entry.duration);
      }
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const read = (): GcPauses => {
    const r = recent.percentiles();
    return {
      count,
      totalMs: round(totalMs),
      recentMs: { p50: round(r.p50), p99: round(r.p99), max: round(r.max), samples: r.samples },
      major: { count: major.count, totalMs: round(major.totalMs), maxMs: round(major.maxMs) },
    };
  };
  return { read, stop: () => observer.disconnect() };
}
