/**
 * The core's HTTP surface (hono): health for orchestrators, Prometheus metrics, and a JSON stats
 * snapshot the stack launcher polls for its per-second line. Client-facing REST/SSE routes (signals)
 * mount on the same app in later stages, behind authentication.
 */
import { Hono } from "hono";
import { type Metric, renderPrometheus } from "./prometheus.ts";

export interface HealthReport {
  readonly ok: boolean;
  readonly checks: Readonly<Record<string, { ok: boolean; detail?: string }>>;
}

export interface HttpAppParts {
  health(): HealthReport | Promise<HealthReport>;
  metrics(): readonly Metric[];
  stats(): unknown;
}

export function createHttpApp(parts: HttpAppParts): Hono {
  const app = new Hono();
  app.get("/health", async (c) => {
    const report = await parts.health();
    return c.json({ status: report.ok ? "ok" : "degraded", checks: report.checks }, report.ok ? 200 : 503);
  });
  app.get("/metrics", (c) => {
    c.header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    return c.body(renderPrometheus(parts.metrics()));
  });
  app.get("/stats", (c) => c.json(parts.stats() as object));
  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => c.json({ error: error.message }, 500));
  return app;
}
