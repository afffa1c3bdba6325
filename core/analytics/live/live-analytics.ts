/**
 * Wires the analytics engine into a running core: subscribes to "ingest.batch", runs the engine between
 * ingest callbacks (a queue drained in time slices on setImmediate, so a batch is published, stored and acked
 * without waiting for analytics), stores closed bars (bar-store.ts), ticks the idle watermark, and logs each
 * regime change as an alert. `startLiveAnalytics` returns null when analytics is disabled.
 *
 * With a store and `warmupHours` > 0 the engine first replays recent stored ticks (warm-start.ts) in the
 * background; live batches queue meanwhile and then reach the engine less what the replay already walked.
 */
import { readFileSync } from "node:fs";
import type { ClickHouseClient } from "@clickhouse/client";
import type { EventBus } from "../../bus/event-bus.ts";
import type { CoreTopics, IngestedBatch } from "../../bus/topics.ts";
import type { AnalyticsConfig } from "../../config/core-config.ts";
import type { LogLevel } from "../../log.ts";
import type { FittedRegimeModel } from "../regime/regime-fit.ts";
import { AnalyticsEngine, type AnalyticsStats } from "./analytics-engine.ts";
import { BarStore, type BarStoreStats } from "./bar-store.ts";
import { WarmStart, warmupOff, type WarmupStats } from "./warm-start.ts";

export interface LiveAnalyticsOptions {
  readonly config: AnalyticsConfig;
  readonly bus: EventBus<CoreTopics>;
  /** Where bars are stored; without it (or with store.enabled false) bars are only published. */
  readonly client?: ClickHouseClient;
  readonly log: (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;
  /**
   * Engine time slice per event-loop turn, ms (default 2). Ingest waits behind a running slice, so
   * the slice bounds what analytics adds to edge→bus latency (20 ms slices put p99 near 80 ms).
   */
  readonly sliceMs?: number;
  /** Idle-watermark tick, ms (default 1000). */
  readonly idleTickMs?: number;
  /** Wall clock, ms since the epoch: where the warm-up's hours end (default Date.now). */
  readonly nowMs?: () => number;
}

export interface LiveAnalyticsStats extends AnalyticsStats {
  queue: { depth: number; maxDepth: number; shedBatches: number; shedEvents: number };
  store: BarStoreStats | null;
  warmup: WarmupStats;
}

export interface LiveAnalytics {
  readonly engine: AnalyticsEngine;
  readonly store: BarStore | null;
  stats(): LiveAnalyticsStats;
  /** Resolves once the warm-up is over and every queued batch has been processed. */
  idle(): Promise<void>;
  /** Stops taking batches, processes the queue, flushes the bars. */
  close(): Promise<void>;
}

/** Loads a regime model written by regime-fit (JSON), refusing one that is not. */
export function loadRegimeModel(path: string): FittedRegimeModel {
  let model: FittedRegimeModel;
  try {
    model = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`regime model ${path}: ${(error as Error).message}`);
  }
  const ok = model && typeof model === "object" && model.hmm && Array.isArray(model.stateRegimes) && model.stateRegimes.length === model.hmm.states &&
    Array.isArray(model.standardization?.mean) && model.features && Number.isFinite(model.minPredictiveLogLikelihood);
  if (!ok) throw new Error(`regime model ${path}: not a fitted regime model (hmm, stateRegimes, standardization, features expected)`);
  return model;
}

function batchEvents(b: IngestedBatch["batch"]): number {
  return (b.trades?.instrument?.length ?? 0) + (b.bbos?.instrument?.length ?? 0) + (b.bookDeltas?.instrument?.length ?? 0) + (b.bookSnapshots?.instrument?.length ?? 0);
}

export async function startLiveAnalytics(options: LiveAnalyticsOptions): Promise<LiveAnalytics | null> {
  const { config, bus, log } = options;
  if (!config.enabled) return null;
  const regimeModel = config.regime.enabled && config.regime.modelFile ? loadRegimeModel(config.regime.modelFile) : undefined;
  const engine = new AnalyticsEngine({ config, bus, regimeModel });
  let store: BarStore | null = null;
  if (config.store.enabled && options.client) {
    store = new BarStore({
      client: options.client,
      flushMs: config.store.flushMs,
      flushRows: config.store.flushRows,
      maxPendingRows: config.store.maxPendingRows,
      onError: (error) => log("warn", "bars insert failed; retrying", { error: error.message }),
    });
    await store.open();
  }
  const detachStore = store?.attach(bus);
  const detachAlerts = bus.subscribe("regime.change", ({ venue, alert, probabilities }) =>
    log(alert.severity === "info" ? "info" : "warn", "regime change", { venue, symbol: alert.symbol, timeframe: alert.timeframe, from: alert.from, to: alert.to, severity: alert.severity, source: alert.source, confidence: alert.confidence, probabilities, detail: alert.message })
  );

  const warm = config.warmupHours > 0 && options.client
    ? new WarmStart(engine, options.client, {
      hours: config.warmupHours,
      timeframes: [...config.timeframes, ...engine.schemas.flatMap((s) => [s.baseTimeframe, ...s.contextTimeframes])],
      nowMs: options.nowMs ?? Date.now,
      log,
    })
    : null;
  let warming = warm !== null;

  const sliceMs = options.sliceMs ?? 2;
  const queue: IngestedBatch[] = [];
  let head = 0;
  let scheduled = false;
  let maxDepth = 0;
  let shedBatches = 0;
  let shedEvents = 0;
  let waiters: (() => void)[] = [];

  const drain = () => {
    scheduled = false;
    if (warming) return;
    const until = performance.now() + sliceMs;
    while (head < queue.length) {
      const event = queue[head];
      queue[head++] = undefined as unknown as IngestedBatch;
      try {
        const batch = warm ? warm.strip(event) : event;
        if (batch) engine.onBatch(batch);
      } catch (error) {
        // The engine counts bad input itself; anything thrown is a bug, isolated like a bus subscriber's.
        log("error", "analytics engine failed on a batch", { edgeId: event.edgeId, seq: event.seq, error: String(error) });
      }
      if (performance.now() >= until) break;
    }
    if (head >= queue.length) {
      queue.length = 0;
      head = 0;
      for (const resolve of waiters.splice(0)) resolve();
    } else {
      if (head > 4096 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      schedule();
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };
  const depth = () => queue.length - head;

  const detachIngest = bus.subscribe("ingest.batch", (event) => {
    if (depth() >= config.maxQueuedBatches) {
      if (shedBatches++ % 1000 === 0) log("warn", "analytics behind: shedding batches (ticks are still stored)", { shedBatches, depth: depth() });
      shedEvents += batchEvents(event.batch);
      return;
    }
    queue.push(event);
    if (depth() > maxDepth) maxDepth = depth();
    schedule();
  });

  // The idle watermark only runs with the queue empty and the warm-up over: a backlog is not silence.
  const idleTimer = setInterval(() => {
    if (warming || depth() > 0) return;
    try {
      engine.onIdle();
    } catch (error) {
      log("error", "analytics idle clock failed", { error: String(error) });
    }
  }, options.idleTickMs ?? 1_000);
  idleTimer.unref();

  const warmed = warm?.run().then(() => {
    warming = false;
    schedule();
  });

  const idle = () => (depth() === 0 && !warming ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));
  return {
    engine,
    store,
    stats: () => ({ ...engine.stats(), queue: { depth: depth(), maxDepth, shedBatches, shedEvents }, store: store?.stats() ?? null, warmup: warm ? { ...warm.stats } : warmupOff() }),
    idle,
    async close() {
      detachIngest();
      warm?.abort();
      await warmed;
      clearInterval(idleTimer);
      await idle();
      detachAlerts();
      detachStore?.();
      await store?.close();
      waiters = [];
    },
  };
}
