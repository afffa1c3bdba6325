import { describe, expect, it } from "vitest";
import { AnalyticsConfigSchema } from "../config/core-config.ts";
import { EventBus } from "../bus/event-bus.ts";
import type { CoreTopics } from "../bus/topics.ts";
import { startLiveAnalytics } from "../analytics/live/live-analytics.ts";
import type { IngestStats } from "../ingest/ingest-server.ts";
import { coreMetrics } from "./core-metrics.ts";
import { renderPrometheus } from "./prometheus.ts";
import { watchEventLoopDelay } from "../telemetry/event-loop-delay.ts";
import { watchGcPauses } from "../telemetry/gc-pauses.ts";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const ingest: IngestStats = {
  streams: 1,
  activeStreams: 1,
  batchesAccepted: 2,
  duplicateBatches: 0,
  rejectedBatches: 0,
  seqGaps: 0,
  unauthenticated: 0,
  bytesReceived: 10,
  events: { trades: 1, bookDeltas: 0, bookSnapshots: 0, bbos: 0, health: 0 },
  edgeToBusMs: { p50: 1, p99: 2, max: 2, samples: 2 },
  edgeBatchingMs: { p50: 0.5, p99: 1, max: 1, samples: 2 },
  sealedToBusMs: { p50: 0.5, p99: 1, max: 1, samples: 2 },
  edgeToStoredMs: { p50: 900, p99: 1100, max: 1100, samples: 2 },
};

describe("coreMetrics", () => {
  it("exposes the analytics engine's counters when analytics runs, and none when it is off", async () => {
    const live = (await startLiveAnalytics({ config: AnalyticsConfigSchema.parse({}), bus: new EventBus<CoreTopics>(), log: () => {} }))!;
    const text = renderPrometheus(coreMetrics(ingest, {}, 0, live.stats()));
    for (const name of ["core_analytics_bars_closed_total", "core_analytics_late_trades_total", "core_analytics_features_total", "core_analytics_regime_changes_total", "core_analytics_fusion_outliers_total", "core_analytics_ns_per_event", "core_analytics_queue_depth"]) {
      expect(text).toMatch(new RegExp(`^${name} 0$`, "m"));
    }
    expect(text).toContain('core_analytics_skipped_total{reason="unknownInstrument"} 0');
    expect(text).toContain('core_analytics_events_total{type="trade"} 0');
    expect(text).toContain('core_analytics_regime_symbols{regime="crisis"} 0');
    await live.close();
    expect(renderPrometheus(coreMetrics(ingest, {}, 0, null))).not.toContain("core_analytics");
  });

  it("exposes the event loop's delay, the edge→bus latency split and edge→stored", async () => {
    const loop = watchEventLoopDelay();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const text = renderPrometheus(coreMetrics(ingest, {}, 0, null, loop()));
    expect(text).toMatch(/^core_event_loop_delay_ms\{quantile="0\.99"\} \d/m);
    expect(text).toContain('core_ingest_edge_batching_ms{quantile="0.5"} 0.5');
    expect(text).toContain('core_ingest_sealed_to_bus_ms{quantile="0.99"} 1');
    expect(text).toContain('core_ingest_edge_to_stored_ms{quantile="0.5"} 900');
  });

  it("counts the garbage collector's pauses, full collections apart", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const pauses = watchGcPauses();
    gc();
    // GC entries are delivered on a later turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const seen = pauses.read();
    pauses.stop();
    expect(seen.count).toBeGreaterThanOrEqual(1);
    expect(seen.major.count).toBeGreaterThanOrEqual(1);
    expect(seen.recentMs.max).toBeGreaterThan(0);
    const text = renderPrometheus(coreMetrics(ingest, {}, 0, null, undefined, seen));
    expect(text).toMatch(/^core_gc_pauses_total [1-9]/m);
    expect(text).toMatch(/^core_gc_pause_ms\{quantile="0\.99"\} \d/m);
  });
});
