/**
 * The edge's own HTTP endpoint: GET /health (JSON verdicts and figures, 503 when anything is RED so
 * a load balancer or systemd watchdog can act on the status code alone) and GET /metrics (Prometheus
 * text). It binds to loopback by default: on a colocated host only the local scraper should reach it.
 */
import { z } from "zod";
import type { HealthEvent } from "../normalize/events.ts";
import { type HealthMonitor, worst } from "./health-monitor.ts";
import { renderMetrics } from "./health-metrics.ts";

export const healthServerSchema = z.object({
  port: z.number().int().min(0).max(65_535).default(9_464),
  hostname: z.string().min(1).default("127.0.0.1"),
});

export type HealthServerConfig = z.input<typeof healthServerSchema>;

export interface HealthServer {
  readonly port: number;
  shutdown(): Promise<void>;
}

function eventJson(e: HealthEvent): Record<string, unknown> {
  return {
    ...e,
    timeNs: e.timeNs.toString(),
    clockOffsetNs: e.clockOffsetNs.toString(),
    clockOffsetMs: Number(e.clockOffsetNs) / 1e6,
  };
}

/** Finite numbers stay, NaN and infinities become null (JSON has no NaN). */
function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}

export function healthReport(monitors: readonly HealthMonitor[]): Record<string, unknown> {
  const venues = monitors.map((m) => {
    const rows = m.rows();
    return {
      venue: m.venue,
      severity: worst(rows.map((r) => r.event.severity)),
      rows: rows.map((r) => ({ kind: r.kind, code: r.code, ...eventJson(r.event) })),
    };
  });
  return { overall: worst(venues.map((v) => v.severity)), venues };
}

/** Starts the endpoint; the lead's CLI calls this with the monitors of the running adapters. */
export function startHealthServer(
  monitors: readonly HealthMonitor[],
  config: HealthServerConfig = {},
): HealthServer {
  const { port, hostname } = healthServerSchema.parse(config);
  const server = Deno.serve({ port, hostname, onListen: () => {} }, (req) => {
    const path = new URL(req.url).pathname;
    if (req.method !== "GET" && req.method !== "HEAD") {
      return new Response("method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } });
    }
    if (path === "/health") {
      const report = healthReport(monitors);
      return new Response(JSON.stringify(report, jsonReplacer, 2), {
        status: report.overall === "RED" ? 503 : 200,
        headers: { "content-type": "application/json" },
      });
    }
    if (path === "/metrics") {
      return new Response(renderMetrics(monitors), {
        headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8" },
      });
    }
    return new Response("not found\n", { status: 404 });
  });
  return {
    port: server.addr.port,
    shutdown: () => server.shutdown(),
  };
}
