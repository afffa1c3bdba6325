/**
 * The core's Prometheus metrics, built from the stats objects the stages already keep, so metrics
 * never drift from what the stages count. Nested per-key figures (rows by table) become labels.
 */
import type { LiveAnalyticsStats } from "../analytics/live/live-analytics.ts";
import type { IngestStats } from "../ingest/ingest-server.ts";
import type { EventLoopDelay } from "../telemetry/event-loop-delay.ts";
import type { GcPauses } from "../telemetry/gc-pauses.ts";
import type { Metric } from "./prometheus.ts";

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** Every finite number in `stats` as a gauge; one level of nesting becomes a `key` label. */
function flatten(prefix: string, stats: object): Metric[] {
  const metrics: Metric[] = [];
  for (const [key, value] of Object.entries(stats)) {
    const name = `${prefix}_${snake(key)}`;
    if (typeof value === "number" && Number.isFinite(value)) {
      metrics.push({ name, help: `${prefix} ${key}`, type: "gauge", samples: [{ value }] });
    } else if (value && typeof value === "object") {
      const samples = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => typeof v === "number" && Number.isFinite(v))
        .map(([k, v]) => ({ labels: { key: k }, value: v as number }));
      if (samples.length) metrics.push({ name, help: `${prefix} ${key} by key`, type: "gauge", samples });
    }
  }
  return metrics;
}

/** The live analytics engine's counters (absent when analytics is disabled). */
function analyticsMetrics(a: LiveAnalyticsStats): Metric[] {
  const counter = (name: string, help: string, value: number): Metric => ({ name, help, type: "counter", samples: [{ value }] });
  const gauge = (name: string, help: string, value: number): Metric => ({ name, help, type: "gauge", samples: [{ value }] });
  const labelled = (name: string, help: string, type: Metric["type"], label: string, values: Record<string, number>): Metric => ({
    name,
    help,
    type,
    samples: Object.entries(values).map(([key, value]) => ({ labels: { [label]: key }, value })),
  });
  return [
    labelled("core_analytics_events_total", "Events the analytics engine consumed, by type", "counter", "type", { trade: a.trades, book: a.bookEvents, bbo: a.bbos, health: a.healthReports }),
    counter("core_analytics_bars_closed_total", "Bars closed (revision 0), all timeframes", a.barsClosed),
    counter("core_analytics_bars_amended_total", "Bars amended by a late trade inside the grace window", a.barsAmended),
    counter("core_analytics_late_trades_total", "Trades too late for their bar (beyond grace), per timeframe", a.lateTrades),
    counter("core_analytics_features_total", "Feature vectors emitted", a.featuresEmitted),
    counter("core_analytics_regime_changes_total", "Regime changes (alerts)", a.regimeChanges),
    labelled("core_analytics_regime_symbols", "Symbols currently in each regime", "gauge", "regime", a.regimes),
    counter("core_analytics_fused_quotes_total", "Fused cross-venue quotes published", a.fusedQuotes),
    counter("core_analytics_fusion_outliers_total", "Venue quotes excluded from fused quotes as outliers", a.fusionOutliers),
    counter("core_analytics_idle_advances_total", "Watermark moves of silent venues (idle clock)", a.idleAdvances),
    labelled("core_analytics_skipped_total", "Input skipped by the analytics engine, by reason", "counter", "reason", a.skipped),
    counter("core_analytics_venue_time_fallbacks_total", "Events placed at their receive time (venue time missing or skewed)", a.venueTimeMissing + a.venueTimeSkewed),
    gauge("core_analytics_ns_per_event", "Engine CPU time per event consumed, ns (since start)", a.nsPerEvent),
    gauge("core_analytics_queue_depth", "Batches waiting for the analytics engine", a.queue.depth),
    counter("core_analytics_shed_batches_total", "Batches the engine was too far behind to take (ticks still stored)", a.queue.shedBatches),
    ...warmupMetrics(a.warmup, a.silenced),
    ...(a.store
      ? [
        counter("core_analytics_bars_stored_total", "Bar rows inserted into ClickHouse", a.store.inserted),
        gauge("core_analytics_bars_pending", "Bar rows waiting for insert", a.store.pending),
        counter("core_analytics_bar_insert_failures_total", "Failed bar inserts (retried)", a.store.failedInserts),
        counter("core_analytics_bars_dropped_total", "Bars dropped with the store backlog full", a.store.dropped),
      ]
      : []),
  ];
}

/** The start-up replay of stored ticks (analytics/live/warm-start.ts). */
function warmupMetrics(w: LiveAnalyticsStats["warmup"], silenced: number): Metric[] {
  const states: LiveAnalyticsStats["warmup"]["state"][] = ["off", "running", "done", "failed", "aborted"];
  return [
    { name: "core_analytics_warmup_state", help: "Warm-up state (1 for the current one)", type: "gauge", samples: states.map((state) => ({ labels: { state }, value: Number(w.state === state) })) },
    { name: "core_analytics_warmup_progress", help: "Share of the warm-up's event-time range replayed, 0..1", type: "gauge", samples: [{ value: w.progress }] },
    { name: "core_analytics_warmup_seconds", help: "Time the warm-up has taken", type: "gauge", samples: [{ value: w.elapsedMs / 1000 }] },
    { name: "core_analytics_warmup_events_total", help: "Stored events replayed by the warm-up", type: "counter", samples: [{ value: w.events }] },
    { name: "core_analytics_warmup_batches_total", help: "Stored batches replayed by the warm-up", type: "counter", samples: [{ value: w.batches }] },
    { name: "core_analytics_warmup_duplicate_events_total", help: "Events of live batches dropped as already replayed (edge resends)", type: "counter", samples: [{ value: w.duplicateEvents }] },
    { name: "core_analytics_silenced_total", help: "Bars, vectors, regime changes and quotes rebuilt by the warm-up, not published again", type: "counter", samples: [{ value: silenced }] },
  ];
}

export function coreMetrics(
  ingest: IngestStats,
  store: object,
  busErrors: number,
  analytics?: LiveAnalyticsStats | null,
  eventLoopDelay?: EventLoopDelay,
  gcPauses?: GcPauses,
): Metric[] {
  const counter = (name: string, help: string, value: number): Metric => ({ name, help, type: "counter", samples: [{ value }] });
  const memory = process.memoryUsage();
  return [
    counter("core_ingest_batches_accepted_total", "Batches accepted from edges", ingest.batchesAccepted),
    counter("core_ingest_duplicate_batches_total", "Batches dropped as already seen (resends)", ingest.duplicateBatches),
    counter("core_ingest_rejected_batches_total", "Batches refused (corrupt, invalid, oversized)", ingest.rejectedBatches),
    counter("core_ingest_seq_gaps_total", "Edges that skipped sequence numbers", ingest.seqGaps),
    counter("core_ingest_unauthenticated_total", "Streams refused for a bad token", ingest.unauthenticated),
    counter("core_ingest_bytes_total", "Batch bytes received", ingest.bytesReceived),
    {
      name: "core_ingest_events_total",
      help: "Events accepted, by type",
      type: "counter",
      samples: Object.entries(ingest.events).map(([type, value]) => ({ labels: { type }, value })),
    },
    quantiles("core_ingest_edge_to_bus_ms", "Edge receive of a batch's first event to publication on the core bus, ms (recent batches)", ingest.edgeToBusMs),
    quantiles("core_ingest_edge_batching_ms", "Part of edge_to_bus spent filling the batch at the edge, ms", ingest.edgeBatchingMs),
    quantiles("core_ingest_sealed_to_bus_ms", "Part of edge_to_bus from the sealed batch to the core bus (spool, send, decode), ms", ingest.sealedToBusMs),
    quantiles("core_ingest_edge_to_stored_ms", "Edge receive of a batch's first event to all its rows inserted in ClickHouse, ms (recent batches)", ingest.edgeToStoredMs),
    ...(eventLoopDelay ? [quantiles("core_event_loop_delay_ms", "How late the event loop ran timers since start, ms", eventLoopDelay)] : []),
    ...(gcPauses
      ? [
        counter("core_gc_pauses_total", "Garbage-collection pauses", gcPauses.count),
        counter("core_gc_pause_ms_total", "Time the event loop stood still for garbage collection, ms", gcPauses.totalMs),
        quantiles("core_gc_pause_ms", "Garbage-collection pause length, ms (recent pauses)", gcPauses.recentMs),
        counter("core_gc_major_pause_ms_total", "Time in full (mark-compact) collections, ms", gcPauses.major.totalMs),
      ]
      : []),
    { name: "core_ingest_active_streams", help: "Open edge streams", type: "gauge", samples: [{ value: ingest.activeStreams }] },
    counter("core_bus_subscriber_errors_total", "Bus subscriber exceptions (isolated)", busErrors),
    { name: "core_process_resident_bytes", help: "Resident set size", type: "gauge", samples: [{ value: memory.rss }] },
    { name: "core_process_heap_used_bytes", help: "V8 heap used", type: "gauge", samples: [{ value: memory.heapUsed }] },
    ...flatten("core_store", store),
    ...(analytics ? analyticsMetrics(analytics) : []),
  ];
}

function quantiles(name: string, help: string, window: { p50: number; p99: number }): Metric {
  return {
    name,
    help,
    type: "gauge",
    samples: [
      { labels: { quantile: "0.5" }, value: window.p50 },
      { labels: { quantile: "0.99" }, value: window.p99 },
    ],
  };
}
