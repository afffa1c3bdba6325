/**
 * Warm start after a core restart: before the engine takes live batches, the last `warmupHours` of stored
 * ticks are replayed through it (stored-batches.ts), silently (`engine.silent`: nothing published, no bar
 * stored again, since all of it went out before the restart). Bars in progress, indicator and feature windows,
 * order books and regimes come back as an uninterrupted engine has them, so the first live bars are whole and
 * the first vectors warm, instead of bars built from resent batches alone overwriting complete stored ones.
 *
 * Live batches wait in live-analytics.ts's queue meanwhile. The replay reads what the store held when it began
 * (replay-cut.ts); `strip` then removes from each live batch the parts the replay walked (edges resend what
 * followed their last ack), so no tick is counted twice and none is skipped.
 *
 * The replay starts `hours` before the wall clock, floored to the longest bar timeframe in use so that even
 * the first replayed bars are whole. Any failure leaves the engine to run cold from where the replay got to.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import type { ClickHouseClient } from "@clickhouse/client";
import type { IngestedBatch } from "../../bus/topics.ts";
import type { LogLevel } from "../../log.ts";
import { parseTimeframe } from "../bars/timeframe.ts";
import type { AnalyticsEngine, EngineBatch } from "./analytics-engine.ts";
import { ReplayCut } from "./replay-cut.ts";
import { MARGIN_NS, StoredBatches } from "./stored-batches.ts";

/** Engine time per event-loop turn during the replay: ingest and HTTP keep being served. */
const SLICE_MS = 20;
const LOG_EVERY_MS = 5_000;

export interface WarmupStats {
  state: "off" | "running" | "done" | "failed" | "aborted";
  hours: number;
  /** Event-time range replayed, ms since the epoch (0 until known). */
  fromMs: number;
  toMs: number;
  /** Share of the range read, 0..1. */
  progress: number;
  windows: number;
  rows: number;
  batches: number;
  events: number;
  /** Batches of an edge that came back after a later one (a venue stamp far off its receive stamp). */
  reorderedBatches: number;
  elapsedMs: number;
  /** Live batches dropped whole, and events stripped, as already replayed. */
  duplicateBatches: number;
  duplicateEvents: number;
  error: string | null;
}

export interface WarmStartOptions {
  readonly hours: number;
  /** Bar timeframes in use (bars, feature bases and contexts): the start is floored to the longest. */
  readonly timeframes: readonly string[];
  /** Wall clock, ms since the epoch. */
  readonly nowMs: () => number;
  readonly log: (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;
}

export class WarmStart {
  readonly stats: WarmupStats;
  private cut: ReplayCut | null = null;
  private aborted = false;

  constructor(
    private readonly engine: AnalyticsEngine,
    private readonly client: ClickHouseClient,
    private readonly options: WarmStartOptions,
  ) {
    this.stats = { ...warmupOff(), state: "running", hours: options.hours };
  }

  /** Replays; never throws (a failure is logged and counted, and the engine goes on cold). */
  async run(): Promise<void> {
    const { engine, stats, options } = this;
    const started = performance.now();
    const align = options.timeframes.map((tf) => parseTimeframe(tf).durationNs).reduce((a, b) => (a > b ? a : b));
    const nowNs = BigInt(Math.round(options.nowMs())) * 1_000_000n;
    const fromNs = ((nowNs - BigInt(Math.round(options.hours * 3_600_000)) * 1_000_000n) / align) * align;
    const toNs = nowNs + MARGIN_NS;
    stats.fromMs = Number(fromNs / 1_000_000n);
    stats.toMs = Number(toNs / 1_000_000n);
    options.log("info", "analytics warm-up: replaying stored ticks", { hours: options.hours, from: new Date(stats.fromMs).toISOString(), to: new Date(stats.toMs).toISOString() });
    const lastSeq = new Map<string, number>();
    let cut: ReplayCut | undefined;
    engine.silent = true;
    try {
      cut = await ReplayCut.read(this.client, fromNs - MARGIN_NS);
      const stored = new StoredBatches(this.client, { fromNs, toNs, cut });
      let sliceStart = performance.now();
      let loggedAt = sliceStart;
      for await (const b of stored.batches()) {
        if (this.aborted) break;
        engine.onBatch({ edgeId: b.edgeId, seq: b.seq, batch: b.batch, receivedNs: process.hrtime.bigint() });
        lastSeq.set(b.edgeId, Math.max(b.seq, lastSeq.get(b.edgeId) ?? 0));
        stats.batches++;
        stats.events += b.events;
        Object.assign(stats, { windows: stored.stats.windows, rows: stored.stats.rows, reorderedBatches: stored.stats.reorderedBatches });
        stats.progress = Math.min(1, Math.max(0, (stored.stats.readToNs - Number(fromNs)) / Number(toNs - fromNs)));
        const now = performance.now();
        if (now - sliceStart < SLICE_MS) continue;
        stats.elapsedMs = Math.round(now - started);
        if (now - loggedAt >= LOG_EVERY_MS) {
          loggedAt = now;
          options.log("info", "analytics warm-up progress", { progress: Number(stats.progress.toFixed(3)), events: stats.events, batches: stats.batches, elapsedMs: stats.elapsedMs });
        }
        await nextTurn();
        sliceStart = performance.now();
      }
      stats.state = this.aborted ? "aborted" : "done";
      if (!this.aborted) stats.progress = 1;
    } catch (error) {
      stats.state = "failed";
      stats.error = (error as Error).message;
    } finally {
      engine.silent = false;
      stats.elapsedMs = Math.round(performance.now() - started);
    }
    // A replay that stopped early strips from live batches only what it walked.
    this.cut = cut ? (stats.state === "done" ? cut : cut.upTo(lastSeq)) : null;
    const figures = { events: stats.events, batches: stats.batches, rows: stats.rows, elapsedMs: stats.elapsedMs, eventsPerSecond: stats.elapsedMs > 0 ? Math.round(stats.events / (stats.elapsedMs / 1000)) : 0 };
    if (stats.state === "failed") options.log("warn", "analytics warm-up failed; the engine goes on from where it got to", { error: stats.error, ...figures });
    else options.log("info", `analytics warm-up ${stats.state}`, figures);
  }

  /** Stops the replay at its next batch. */
  abort(): void {
    this.aborted = true;
  }

  /** A live batch less the parts the replay walked; null when nothing of it is left. Call after `run`. */
  strip(event: IngestedBatch): EngineBatch | null {
    if (!this.cut) return event;
    const { batch, events } = this.cut.strip(event.batch, event.edgeId, event.seq);
    if (events === 0) return event;
    this.stats.duplicateEvents += events;
    if (batch === null) {
      this.stats.duplicateBatches++;
      return null;
    }
    return { ...event, batch };
  }
}

/** The stats of an engine that starts cold (warm-up off, or no store). */
export const warmupOff = (): WarmupStats => ({ state: "off", hours: 0, fromMs: 0, toMs: 0, progress: 0, windows: 0, rows: 0, batches: 0, events: 0, reorderedBatches: 0, elapsedMs: 0, duplicateBatches: 0, duplicateEvents: 0, error: null });
