/**
 * The core process: ingest (gRPC) → bus → tick store (ClickHouse), with HTTP health/metrics.
 * `tsx core/main.ts [--config FILE]`; every setting also has an env override (core/config).
 */
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import { readFileSync } from "node:fs";
import { startLiveAnalytics } from "./analytics/live/live-analytics.ts";
import { createHttpApp } from "./api/http-app.ts";
import { coreMetrics } from "./api/core-metrics.ts";
import { EventBus } from "./bus/event-bus.ts";
import type { CoreTopics } from "./bus/topics.ts";
import { loadCoreConfig } from "./config/core-config.ts";
import { IngestServer } from "./ingest/ingest-server.ts";
import { log } from "./log.ts";
import { openStoreClient } from "./store/store-client.ts";
import { TickWriter } from "./store/tick-writer.ts";
import { watchEventLoopDelay } from "./telemetry/event-loop-delay.ts";
import { watchGcPauses } from "./telemetry/gc-pauses.ts";
import { initTracing, shutdownTracing } from "./telemetry/tracing.ts";

const HELP = `core: ingest edge ticks into ClickHouse

Usage: tsx core/main.ts [--config FILE]

Environment overrides: CORE_INGEST_HOST, CORE_INGEST_PORT, CORE_INGEST_TOKENS (comma-separated) or
CORE_INGEST_TOKENS_FILE, CORE_ALLOW_INSECURE=1 (no auth, local only), CORE_HTTP_HOST, CORE_HTTP_PORT,
CLICKHOUSE_URL, CLICKHOUSE_DATABASE, CLICKHOUSE_USER, CLICKHOUSE_PASSWORD_FILE,
OTEL_EXPORTER_OTLP_ENDPOINT (enables trace export).
Live analytics (bars, features, regimes, fused quotes): CORE_ANALYTICS=0 turns it off;
CORE_ANALYTICS_TIMEFRAMES (default 1m,5m), CORE_ANALYTICS_FEATURE_TIMEFRAMES (default 1m),
CORE_ANALYTICS_REFERENCE, CORE_ANALYTICS_REGIME_TIMEFRAME, CORE_ANALYTICS_REGIME_MODEL (fitted model JSON),
CORE_ANALYTICS_GRACE_MS, CORE_ANALYTICS_IDLE_CLOSE_MS, CORE_ANALYTICS_STORE=0 (publish bars, don't store them),
CORE_ANALYTICS_WARMUP_HOURS (stored ticks replayed at start-up before live batches, default 6; 0 starts cold).
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { config: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const config = loadCoreConfig(values.config);
  if (!config.clickhouse.url) throw new Error("no ClickHouse: set CLICKHOUSE_URL (npm start starts a local one)");
  const tracer = initTracing(config.serviceName);
  const client = await openStoreClient({
    url: config.clickhouse.url,
    database: config.clickhouse.database,
    username: config.clickhouse.username,
    password: config.clickhouse.password,
  });
  const writer = new TickWriter({
    client,
    flushRows: config.store.flushRows,
    flushIntervalMs: config.store.flushMs,
    maxBufferedBytes: config.store.maxBufferedBytes,
  });
  await writer.open();
  writer.on("insertError", (error, table) => log("warn", "insert failed; retrying", { table, error: error.message }));
  log("info", "store ready", { database: config.clickhouse.database });
  const bus = new EventBus<CoreTopics>((topic, error) => log("error", "bus subscriber failed", { topic, error: String(error) }));
  const analytics = await startLiveAnalytics({ config: config.analytics, bus, client, log });
  if (analytics) log("info", "analytics ready", { timeframes: config.analytics.timeframes, features: analytics.engine.schemas.map((s) => `${s.baseTimeframe}:${s.hash.slice(0, 12)}`) });
  const ingest = new IngestServer({
    host: config.ingest.host,
    port: config.ingest.port,
    tokens: config.ingest.tokens,
    maxBatchBytes: config.ingest.maxBatchBytes,
    receiveWindowBytes: config.ingest.receiveWindowBytes,
    tls: config.ingest.tls
      ? { cert: readFileSync(config.ingest.tls.certFile), key: readFileSync(config.ingest.tls.keyFile) }
      : undefined,
    sink: writer,
    bus,
    tracer,
    log,
  });
  const ingestPort = await ingest.start();
  const loopDelay = watchEventLoopDelay();
  const gcPauses = watchGcPauses();
  const app = createHttpApp({
    health: async () => {
      const store = writer.stats();
      const pingOk = await client.ping().then((r) => r.success).catch(() => false);
      return {
        ok: pingOk,
        checks: {
          clickhouse: { ok: pingOk, detail: pingOk ? undefined : store.lastError?.message ?? "ping failed" },
          ingest: { ok: true, detail: `${ingest.stats().activeStreams} active streams` },
        },
      };
    },
    metrics: () => coreMetrics(ingest.stats(), writer.stats(), bus.subscriberErrors, analytics?.stats(), loopDelay(), gcPauses.read()),
    stats: ({ latencySinceMs }) => ({ ingest: ingest.stats(latencySinceMs), store: writer.stats(), analytics: analytics?.stats() ?? null, memory: process.memoryUsage(), eventLoopDelayMs: loopDelay(), gcPauses: gcPauses.read() }),
  });
  const http = serve({ fetch: app.fetch, hostname: config.http.host, port: config.http.port });
  await new Promise<void>((resolve) => http.once("listening", () => resolve()));
  const httpAddress = http.address();
  const httpPort = typeof httpAddress === "object" && httpAddress ? httpAddress.port : config.http.port;
  log("info", "core ready", { ingest: `${config.ingest.host}:${ingestPort}`, http: `http://${config.http.host}:${httpPort}`, auth: config.ingest.tokens.length > 0 });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log("info", "core stopping", { signal });
    const forced = setTimeout(() => ingest.forceStop(), 5_000);
    await ingest.stop();
    clearTimeout(forced);
    await analytics?.close();
    await writer.close();
    http.close();
    await client.close();
    await shutdownTracing();
    log("info", "core stopped", {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  log("error", "core failed to start", { error: (error as Error).message });
  process.exit(1);
});
