/**
 * Glue between an adapter's events and the uplink: batches events by size and time, stamps each
 * sealed batch with the next seq, writes it to the spool (disk first, then send), and traces a sample
 * of batches (edge.normalize → uplink.send; the core continues the trace).
 */
import type { Span, Tracer } from "@opentelemetry/api";
import type { HealthEvent, MarketEvent } from "../normalize/events.ts";
import { childSpan, traceparentOf } from "../telemetry/tracing.ts";
import { type BatchCounts, BatchBuilder } from "./batch-builder.ts";
import type { Spool } from "./spool.ts";

export interface PipelineOptions {
  readonly edgeId: string;
  readonly spool: Spool;
  /** Told whenever a batch lands in the spool. */
  readonly onSealed: () => void;
  readonly maxBatchEvents?: number;
  readonly maxBatchDelayMs?: number;
  readonly tracer?: Tracer;
  /** Trace one batch in this many (the first batch is always traced). 0 disables tracing. */
  readonly traceEvery?: number;
}

export interface PipelineStats {
  events: number;
  batches: number;
  droppedBatches: number;
  droppedEvents: number;
  stored: BatchCounts;
}

function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

export class EdgePipeline {
  private readonly builder: BatchBuilder;
  private readonly maxEvents: number;
  private readonly timer: ReturnType<typeof setInterval>;
  private openedAt = 0;
  private readonly maxDelayMs: number;
  private readonly tickMs: number;
  private cursor = "";
  private normalizeSpan: Span | null = null;
  private readonly sendSpans = new Map<number, Span>();
  private sealedCount = 0;
  private readonly counters: PipelineStats = {
    events: 0,
    batches: 0,
    droppedBatches: 0,
    droppedEvents: 0,
    stored: { trades: 0, bookDeltas: 0, bookSnapshots: 0, bbos: 0, derivatives: 0, liquidations: 0, health: 0 },
  };

  constructor(private readonly options: PipelineOptions) {
    this.builder = new BatchBuilder(options.edgeId);
    this.maxEvents = options.maxBatchEvents ?? 2048;
    this.maxDelayMs = options.maxBatchDelayMs ?? 20;
    // The timer only covers quiet feeds: while frames flow, frameDone seals a batch as soon as it is
    // due. A tick seals what would pass its deadline before the next tick, so a batch on a quiet feed
    // waits for one tick at most, never two (Deno fires a 1 ms interval every ~2.2 ms, p99 ~5 ms).
    this.tickMs = Math.max(1, Math.floor(this.maxDelayMs / 2));
    this.timer = setInterval(() => this.sealIfDueWithin(this.tickMs), this.tickMs);
  }

  /** The adapter's EventSink. Size-based sealing waits for `frameDone`: a frame is never split. */
  readonly sink = (event: MarketEvent): void => {
    this.opening();
    this.builder.add(event);
    this.counters.events++;
  };

  health(event: HealthEvent): void {
    this.opening();
    this.builder.addHealth(event);
  }

  /**
   * The transport finished a frame. `cursor` is the source position after it (replay: the index of
   * the next record), stored with the next sealed batch so a restarted replay resumes there.
   */
  frameDone(cursor: string): void {
    this.cursor = cursor;
    if (this.builder.size >= this.maxEvents || this.due()) this.seal();
  }

  /**
   * Nothing will arrive for `ms` (a replay ahead of the recorded pace is about to wait that long):
   * a batch whose deadline falls within the wait is sealed now rather than at the deadline, with the
   * same events in it.
   */
  idleFor(ms: number): void {
    this.sealIfDueWithin(ms);
  }

  /** The core acked up to `seq`: end the trace spans of the batches it covers. */
  acked(seq: number): void {
    for (const [spanSeq, span] of this.sendSpans) {
      if (spanSeq > seq) continue;
      span.end();
      this.sendSpans.delete(spanSeq);
    }
  }

  /** Seal what is open now (end of a replay, shutdown). */
  flush(): void {
    this.seal();
  }

  stats(): PipelineStats {
    return { ...this.counters, stored: { ...this.counters.stored } };
  }

  close(): void {
    this.flush();
    clearInterval(this.timer);
    for (const span of this.sendSpans.values()) span.end();
    this.sendSpans.clear();
  }

  private due(): boolean {
    return this.builder.size > 0 && performance.now() - this.openedAt >= this.maxDelayMs;
  }

  private sealIfDueWithin(ms: number): void {
    if (this.builder.size > 0 && performance.now() - this.openedAt + ms >= this.maxDelayMs) this.seal();
  }

  private opening(): void {
    if (this.builder.size > 0) return;
    this.openedAt = performance.now();
    const every = this.options.traceEvery ?? 100;
    if (this.options.tracer && every > 0 && this.sealedCount % every === 0) {
      this.normalizeSpan = this.options.tracer.startSpan("edge.normalize", {
        attributes: { "edge.id": this.options.edgeId },
      });
    }
  }

  private seal(): void {
    const spool = this.options.spool;
    const seq = spool.nextSeq;
    let traceparent = "";
    let sendSpan: Span | null = null;
    if (this.normalizeSpan && this.options.tracer) {
      sendSpan = childSpan(this.options.tracer, "uplink.send", this.normalizeSpan);
      sendSpan.setAttribute("batch.seq", seq);
      traceparent = traceparentOf(sendSpan);
    }
    const sealed = this.builder.seal(seq, traceparent, nowNs());
    if (!sealed) return;
    this.sealedCount++;
    this.normalizeSpan?.setAttribute("batch.events", sealed.counts.trades + sealed.counts.bbos);
    this.normalizeSpan?.end();
    this.normalizeSpan = null;
    if (!spool.append(seq, sealed.bytes, this.cursor)) {
      this.counters.droppedBatches++;
      this.counters.droppedEvents += Object.values(sealed.counts).reduce((a, b) => a + b, 0);
      sendSpan?.end();
      return;
    }
    if (sendSpan) this.sendSpans.set(seq, sendSpan);
    this.counters.batches++;
    for (const key of Object.keys(sealed.counts) as (keyof BatchCounts)[]) {
      this.counters.stored[key] += sealed.counts[key];
    }
    this.options.onSealed();
  }
}
