/**
 * The core's Prometheus metrics, built from the stats objects the stages already keep, so metrics
 * never drift from what the stages count. Nested per-key figures (rows by table) become labels.
 */
import type { IngestStats } from "../ingest/ingest-server.ts";
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

export function coreMetrics(ingest: IngestStats, store: object, busErrors: number): Metric[] {
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
    {
      name: "core_ingest_edge_to_bus_ms",
      help: "Edge receive of a batch's first event to publication on the core bus, ms (recent batches)",
      type: "gauge",
      samples: [
        { labels: { quantile: "0.5" }, value: ingest.edgeToBusMs.p50 },
        { labels: { quantile: "0.99" }, value: ingest.edgeToBusMs.p99 },
      ],
    },
    { name: "core_ingest_active_streams", help: "Open edge streams", type: "gauge", samples: [{ value: ingest.activeStreams }] },
    counter("core_bus_subscriber_errors_total", "Bus subscriber exceptions (isolated)", busErrors),
    { name: "core_process_resident_bytes", help: "Resident set size", type: "gauge", samples: [{ value: memory.rss }] },
    { name: "core_process_heap_used_bytes", help: "V8 heap used", type: "gauge", samples: [{ value: memory.heapUsed }] },
    ...flatten("core_store", store),
  ];
}
