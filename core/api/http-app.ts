/**
 * The core's HTTP surface (hono): health for orchestrators, Prometheus metrics, and a JSON stats
 * snapshot the stack launcher polls for its per-second line. Client-facing REST/SSE routes (signals)
 * mount on the same app in later stages, behind authentication.
 */
import { Hono } from "hono";
import { z } from "zod";
import { type Metric, renderPrometheus } from "./prometheus.ts";

export interface HealthReport {
  readonly ok: boolean;
  readonly checks: Readonly<Record<string, { ok: boolean; detail?: string }>>;
}

/**
 * `/stats?latencySince=<epoch ms>`: latency percentiles over the batches published since then only
 * (a benchmark leaves out the stack's first second of cold code).
 */
const StatsQuery = z.object({ latencySince: z.coerce.number().int().nonnegative().optional() }).strict();

export interface StatsOptions {
  readonly latencySinceMs?: number;
}

export interface HttpAppParts {
  health(): HealthReport | Promise<HealthReport>;
  metrics(): readonly Metric[];
  stats(options: StatsOptions): unknown;
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
  app.get("/stats", (c) => {
    const query = StatsQuery.safeParse(c.req.query());
    if (!query.success) return c.json({ error: `bad query: ${query.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ")}` }, 400);
    return c.json(parts.stats({ latencySinceMs: query.data.latencySince }) as object);
  });
  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => c.json({ error: error.message }, 500));
  return app;
}
