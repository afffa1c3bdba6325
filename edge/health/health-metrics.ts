/**
 * Maps health rows onto Prometheus families (labels venue, connection, symbol). Severity is exported
 * as a number (0 GREEN, 1 YELLOW, 2 RED) so alert rules can say `edge_health_severity >= 2`.
 */
import type { Severity } from "../normalize/events.ts";
import type { HealthMonitor, HealthRow } from "./health-monitor.ts";
import { type MetricType, PrometheusText } from "./prometheus-text.ts";

const SEVERITY: Record<Severity, number> = { GREEN: 0, YELLOW: 1, RED: 2 };

type Def = readonly [name: string, type: MetricType, help: string, value: (r: HealthRow) => number];

const ALL: readonly Def[] = [
  [
    "edge_health_severity",
    "gauge",
    "Health verdict: 0 GREEN, 1 YELLOW, 2 RED.",
    (r) => SEVERITY[r.event.severity],
  ],
  [
    "edge_clock_offset_ms",
    "gauge",
    "Estimated venue clock minus edge clock, ms.",
    (r) => Number(r.event.clockOffsetNs) / 1e6,
  ],
  [
    "edge_messages_per_second",
    "gauge",
    "Messages per second over the health window.",
    (r) => r.event.messagesPerSecond,
  ],
  ["edge_reconnects_total", "counter", "Reconnects since start.", (r) => r.event.reconnects],
];

const CONNECTION: readonly Def[] = [
  ["edge_connection_up", "gauge", "1 while the WebSocket is open.", (r) => r.event.metrics.up],
  [
    "edge_connection_uptime_seconds",
    "gauge",
    "Seconds since the current connection opened.",
    (r) => r.event.metrics.uptimeSeconds,
  ],
  [
    "edge_connection_availability_ratio",
    "gauge",
    "Share of time open since the edge started.",
    (r) => r.event.metrics.availability,
  ],
  [
    "edge_connection_frames_total",
    "counter",
    "Frames received (heartbeats included).",
    (r) => r.event.metrics.frames,
  ],
  [
    "edge_connection_stale_total",
    "counter",
    "Connections declared dead after an unanswered probe.",
    (r) => r.event.metrics.staleDeclared,
  ],
  [
    "edge_connection_probes_total",
    "counter",
    "Probes sent to silent connections.",
    (r) => r.event.metrics.probes,
  ],
  ["edge_connection_dropped_total", "counter", "Frames undecodable or unsendable.", (r) => r.event.dropped],
  [
    "edge_connection_venue_errors_total",
    "counter",
    "Error frames the venue sent (refused subscriptions, rejected requests).",
    (r) => r.event.metrics.venueErrors,
  ],
];

const LATENCY: readonly Def[] = [
  [
    "edge_latency_p50_ms",
    "gauge",
    "Median receive minus venue time over the window, ms.",
    (r) => r.event.latencyP50Ms,
  ],
  [
    "edge_latency_p99_ms",
    "gauge",
    "99th percentile receive minus venue time over the window, ms.",
    (r) => r.event.latencyP99Ms,
  ],
];

const BOOK: readonly Def[] = [
  ["edge_book_valid", "gauge", "1 while the adapter holds the book as valid.", (r) => r.event.metrics.valid],
  ["edge_book_resyncs_total", "counter", "Book rebuilds from a new snapshot.", (r) => r.event.resyncs],
  [
    "edge_book_spread_bps",
    "gauge",
    "Best ask minus best bid, basis points of mid.",
    (r) => r.event.metrics.spreadBps,
  ],
  ["edge_book_bid_levels", "gauge", "Bid levels in the forwarded book.", (r) => r.event.metrics.bidLevels],
  ["edge_book_ask_levels", "gauge", "Ask levels in the forwarded book.", (r) => r.event.metrics.askLevels],
  [
    "edge_book_age_seconds",
    "gauge",
    "Seconds since the last book update.",
    (r) => r.event.metrics.bookAgeSeconds,
  ],
  ["edge_events_total", "counter", "Normalized events forwarded.", (r) => r.event.metrics.events],
];

const VENUE: readonly Def[] = [
  ["edge_sequence_gaps_total", "counter", "Sequence gaps detected by the adapter.", (r) => r.event.gaps],
  ["edge_checksum_failures_total", "counter", "Book checksum mismatches.", (r) => r.event.checksumFailures],
  ["edge_malformed_total", "counter", "Malformed venue frames skipped.", (r) => r.event.malformed],
  ["edge_adapter_resyncs_total", "counter", "Resyncs counted by the adapter.", (r) => r.event.resyncs],
  [
    "edge_snapshots_failed_total",
    "counter",
    "REST snapshots given up.",
    (r) => r.event.metrics.snapshotsFailed,
  ],
  [
    "edge_snapshots_throttled_total",
    "counter",
    "REST snapshot answers 429/418.",
    (r) => r.event.metrics.snapshotsThrottled,
  ],
];

function definitions(row: HealthRow): readonly Def[] {
  if (row.kind === "connection") return [...ALL, ...CONNECTION, ...LATENCY];
  if (row.kind === "book") return [...ALL, ...BOOK, ...LATENCY];
  return [...ALL, ...VENUE];
}

export function renderMetrics(monitors: readonly HealthMonitor[]): string {
  const text = new PrometheusText();
  for (const m of monitors) {
    for (const row of m.rows()) {
      const labels = { venue: row.event.venue, connection: row.event.connection, symbol: row.event.symbol };
      for (const [name, type, help, value] of definitions(row)) {
        text.add(name, type, help, labels, value(row));
      }
    }
  }
  return text.render();
}
