/**
 * Runs one edge collector: a venue adapter fed by the live transport or by a capture replay, its
 * events batched into the spool, the uplink streaming the spool to the core.
 *
 * Replay resumes after a restart: every spooled batch carries the capture record index it ended at;
 * a restarted replay feeds the records before that index to the adapter with its output muted (so
 * the books are rebuilt exactly) and emits from there on. Batches are only sealed between frames,
 * so a cursor never splits one frame's events.
 */
import type { Tracer } from "@opentelemetry/api";
import type { MarketEvent } from "../normalize/events.ts";
import { readCaptureFeed } from "../replay/merged-captures.ts";
import { ReplayTransport, type ReplaySpeed } from "../replay/replay-transport.ts";
import { startHealthServer, type HealthServer } from "../health/health-server.ts";
import { startLiveVenue, type LiveVenue } from "../transport/live-venue.ts";
import { EdgePipeline } from "../uplink/edge-pipeline.ts";
import { Spool } from "../uplink/spool.ts";
import { Uplink } from "../uplink/uplink.ts";
import { createAdapter } from "../venues/registry.ts";
import { log } from "./log.ts";

export interface CollectorOptions {
  readonly venue: string;
  readonly symbols: readonly string[];
  readonly core: string;
  readonly edgeId: string;
  readonly spoolDir: string;
  readonly token?: string;
  /** Recordings of this venue, replayed as one feed (see merged-captures.ts). */
  readonly replay?: readonly string[];
  readonly speed?: ReplaySpeed;
  /** Replay: exit once the capture is replayed and the core has acked everything. */
  readonly untilDone?: boolean;
  readonly batchEvents?: number;
  readonly batchDelayMs?: number;
  readonly traceEvery?: number;
  readonly tracer?: Tracer;
  /**
   * Replay pauses while this many bytes of batches await their ack (live feeds cannot pause). In
   * bytes, not batches: acks follow the core's insert cadence (~200 ms), and with small batches a
   * batch count throttled replay to a few dozen batches per ack.
   */
  readonly maxBacklogBytes?: number;
  readonly statusEveryMs?: number;
  /** Live: serve /health and /metrics on this port (0: any free port); absent: no endpoint. */
  readonly healthPort?: number;
  readonly healthHost?: string;
}

export interface Collector {
  /** Resolves when a replay is done (and acked, with untilDone); live collectors run until stop(). */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

export function startCollector(options: CollectorOptions): Collector {
  const spool = Spool.open(options.spoolDir);
  const uplink = new Uplink({
    address: options.core,
    edgeId: options.edgeId,
    token: options.token,
    spool,
    log,
    onAck: (seq) => pipeline.acked(seq),
  });
  const pipeline = new EdgePipeline({
    edgeId: options.edgeId,
    spool,
    onSealed: () => {
      sealedSinceAsked = true;
      uplink.notify();
    },
    maxBatchEvents: options.batchEvents,
    maxBatchDelayMs: options.batchDelayMs,
    tracer: options.tracer,
    traceEvery: options.traceEvery,
  });
  let muted = false;
  /** A batch was handed to the uplink since the replay last asked (`wroteOutput`). */
  let sealedSinceAsked = false;
  const sink = (event: MarketEvent) => {
    if (!muted) pipeline.sink(event);
  };
  uplink.start();
  const started = Date.now();
  const status = setInterval(() => {
    const p = pipeline.stats();
    const s = spool.stats();
    log("info", "status", {
      edgeId: options.edgeId,
      events: p.events,
      eventsPerSecond: Math.round(p.events / ((Date.now() - started) / 1000)),
      batches: p.batches,
      ackedSeq: s.ackedSeq,
      unackedBatches: s.unackedBatches,
      spoolDiskBytes: s.diskBytes,
      spilledBatches: s.spilledBatches,
      droppedBatches: s.droppedBatches,
      uplink: uplink.stats(),
    });
  }, options.statusEveryMs ?? 5000);

  let live: LiveVenue | null = null;
  let healthServer: HealthServer | null = null;
  const abort = new AbortController();
  const stopped = new Promise<void>((resolve) => abort.signal.addEventListener("abort", () => resolve()));
  const finish = async () => {
    clearInterval(status);
    live?.stop();
    await healthServer?.shutdown();
    pipeline.close();
    uplink.close();
    await spool.close();
  };

  const done = (async () => {
    if (options.replay?.length) {
      const resumeAt = Number(spool.cursor || "0");
      if (resumeAt > 0) log("info", "replay resumes after restart", { record: resumeAt, nextSeq: spool.nextSeq });
      const transport = new ReplayTransport();
      const adapter = createAdapter(options.venue, { sink, requests: transport });
      const maxBacklog = options.maxBacklogBytes ?? 32 * 1024 * 1024;
      // Records before the resume point rebuild the books with output muted. After each record it is
      // fully processed: only then is the cursor advanced, so a batch sealed by size or by the timer
      // always ends on a record boundary.
      muted = resumeAt > 0;
      const backlogDrained = async () => {
        while (spool.unackedBytes > maxBacklog && !abort.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 2));
      };
      const afterItem = (played: number) => {
        if (played <= resumeAt) {
          muted = played < resumeAt;
          return;
        }
        pipeline.frameDone(String(played));
        return spool.unackedBytes > maxBacklog ? backlogDrained() : undefined;
      };
      // A replay has no venue to keep up with: starting before the core answers would only pile
      // the first batches into the spool and report their wait as transport latency.
      await Promise.race([uplink.whenConnected(), stopped]);
      const stats = await transport.runFeed(readCaptureFeed(options.replay), adapter, {
        speed: options.speed ?? "max",
        afterItem,
        beforeWait: (ms) => pipeline.idleFor(ms),
        wroteOutput: () => {
          const wrote = sealedSinceAsked;
          sealedSinceAsked = false;
          return wrote;
        },
        signal: abort.signal,
      });
      muted = false;
      pipeline.flush();
      log("info", "replay finished", {
        records: stats.records,
        malformedLines: stats.malformedLines,
        adapter: adapter.stats(),
        pipeline: pipeline.stats(),
      });
      if (options.untilDone) await uplink.whenAllAcked();
    } else {
      // Live frames are not replayable, so no cursor: batches seal on size or on the timer.
      live = startLiveVenue({
        venue: options.venue,
        symbols: options.symbols,
        sink: (event) => {
          pipeline.sink(event);
          pipeline.frameDone("");
        },
        onHealth: (event) => pipeline.health(event),
      });
      if (options.healthPort !== undefined) {
        healthServer = startHealthServer([live.monitor], { port: options.healthPort, hostname: options.healthHost });
        log("info", "health endpoint", { url: `http://${options.healthHost ?? "127.0.0.1"}:${healthServer.port}/health` });
      }
      await stopped;
    }
  })().finally(finish);

  return {
    done,
    async stop() {
      abort.abort();
      await done.catch(() => {});
    },
  };
}
