/**
 * The core's gRPC ingest endpoint (`ingest.v1.Ingest/Stream`).
 *
 * Per stream: authenticate (bearer token), then for each batch: size check, decode, validate, drop
 * what this edge already sent (by seq), publish on the bus, hand to the durable sink, and ack the
 * highest seq the sink has made durable. A bad batch is answered with an Ack carrying a Rejection
 * (code + reason) and the stream goes on; it is never allowed to end the stream or the process.
 *
 * Decoding happens here rather than in grpc-js' deserializer: a deserializer failure would end the
 * whole stream with INTERNAL, while a rejection keeps it open. Messages are decoded with protobufjs
 * static code (~5x faster than @grpc/proto-loader).
 */
import * as grpc from "@grpc/grpc-js";
import type { Http2Server, ServerHttp2Session } from "node:http2";
import type { Tracer } from "@opentelemetry/api";
import { ingest } from "../../proto/gen/proto.js";
import type { EventBus } from "../bus/event-bus.ts";
import type { CoreTopics } from "../bus/topics.ts";
import { childSpan, contextFromTraceparent } from "../telemetry/tracing.ts";
import { validateBatch } from "./batch-validation.ts";
import { LatencyWindow } from "./latency-window.ts";

/** HTTP/2 SETTINGS_MAX_FRAME_SIZE the core accepts (the protocol allows up to 2^24 - 1). */
const MAX_FRAME_BYTES = 1024 * 1024;

/** Where accepted batches go: the tick store's writer. */
export interface DurableSink {
  /** Queue a batch; false asks the caller to stop reading until `drain`. */
  write(batch: ingest.v1.TickBatch): boolean;
  /** Highest seq of this edge such that it and all before it are durable. */
  durableSeq(edgeId: string): number;
  on(event: "durable", listener: (edgeId: string, seq: number) => void): unknown;
  on(event: "drain", listener: () => void): unknown;
}

export interface IngestServerOptions {
  readonly host?: string;
  readonly port: number;
  /** Accepted bearer tokens; empty means authentication is off (local development only). */
  readonly tokens: readonly string[];
  /** Largest accepted batch; larger ones are rejected with RESOURCE_EXHAUSTED. */
  readonly maxBatchBytes?: number;
  /** HTTP/2 receive window; grpc-js keeps the 64 KB default otherwise (+60-85 % throughput measured). */
  readonly receiveWindowBytes?: number;
  readonly tls?: { readonly cert: Buffer; readonly key: Buffer };
  readonly sink: DurableSink;
  readonly bus: EventBus<CoreTopics>;
  readonly tracer: Tracer;
  readonly log: (level: "info" | "warn" | "error", message: string, fields?: Record<string, unknown>) => void;
}

export interface IngestStats {
  streams: number;
  activeStreams: number;
  batchesAccepted: number;
  duplicateBatches: number;
  rejectedBatches: number;
  seqGaps: number;
  unauthenticated: number;
  bytesReceived: number;
  events: { trades: number; bookDeltas: number; bookSnapshots: number; bbos: number; health: number };
  /** Edge wall clock at a batch's first event → published on the bus, ms (same-host clocks). */
  edgeToBusMs: { p50: number; p99: number; max: number; samples: number };
  /** The part of edgeToBusMs spent at the edge: first event in → batch sealed. */
  edgeBatchingMs: { p50: number; p99: number; max: number; samples: number };
  /** The rest: sealed at the edge (spool, send, network, decode) → published here. */
  sealedToBusMs: { p50: number; p99: number; max: number; samples: number };
  /** Edge wall clock at a batch's first event → every row of it inserted in ClickHouse (acked durable). */
  edgeToStoredMs: { p50: number; p99: number; max: number; samples: number };
}

type IngestCall = grpc.ServerDuplexStream<Buffer, ingest.v1.Ack>;

interface EdgeState {
  /** Highest seq accepted on this process's lifetime (undefined until the first batch). */
  accepted: number | undefined;
  call: IngestCall | null;
  /** Accepted batches not yet durable, as flat (seq, edge open time in epoch ms) pairs from `storedHead` on. */
  unstored: number[];
  storedHead: number;
}

const DEFAULT_MAX_BATCH = 16 * 1024 * 1024;
const GRPC_MAX = 64 * 1024 * 1024;

export class IngestServer {
  private readonly server: grpc.Server;
  private readonly edges = new Map<string, EdgeState>();
  private readonly paused = new Set<IngestCall>();
  private readonly edgeToBus = new LatencyWindow();
  private readonly edgeBatching = new LatencyWindow();
  private readonly sealedToBus = new LatencyWindow();
  private readonly edgeToStored = new LatencyWindow();
  private readonly counters: IngestStats = {
    streams: 0,
    activeStreams: 0,
    batchesAccepted: 0,
    duplicateBatches: 0,
    rejectedBatches: 0,
    seqGaps: 0,
    unauthenticated: 0,
    bytesReceived: 0,
    events: { trades: 0, bookDeltas: 0, bookSnapshots: 0, bbos: 0, health: 0 },
    edgeToBusMs: { p50: NaN, p99: NaN, max: NaN, samples: 0 },
    edgeBatchingMs: { p50: NaN, p99: NaN, max: NaN, samples: 0 },
    sealedToBusMs: { p50: NaN, p99: NaN, max: NaN, samples: 0 },
    edgeToStoredMs: { p50: NaN, p99: NaN, max: NaN, samples: 0 },
  };

  constructor(private readonly options: IngestServerOptions) {
    this.server = new grpc.Server({
      "grpc.max_receive_message_length": GRPC_MAX,
      "grpc.keepalive_permit_without_calls": 1,
      "grpc.http2.min_ping_interval_without_data_ms": 5_000,
    });
    this.raiseInitialStreamWindow();
    this.server.register(
      "/ingest.v1.Ingest/Stream",
      (call: IngestCall) => this.onStream(call),
      (ack: ingest.v1.Ack) => Buffer.from(ingest.v1.Ack.encode(ack).finish()),
      (buffer: Buffer) => buffer,
      "bidi",
    );
    options.sink.on("durable", (edgeId, seq) => this.ack(edgeId, seq));
    options.sink.on("drain", () => {
      for (const call of this.paused) call.resume();
      this.paused.clear();
    });
  }

  /** Binds and starts; resolves to the bound port (useful with port 0). */
  async start(): Promise<number> {
    const credentials = this.options.tls
      ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: this.options.tls.cert, private_key: this.options.tls.key }])
      : grpc.ServerCredentials.createInsecure();
    const address = `${this.options.host ?? "127.0.0.1"}:${this.options.port}`;
    const port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(address, credentials, (error, bound) => (error ? reject(error) : resolve(bound)))
    );
    this.raiseSessionWindows();
    return port;
  }

  /** `latencySinceMs`: the latency percentiles cover only batches published since then (epoch ms). */
  stats(latencySinceMs?: number): IngestStats {
    return {
      ...this.counters,
      events: { ...this.counters.events },
      edgeToBusMs: this.edgeToBus.percentiles(latencySinceMs),
      edgeBatchingMs: this.edgeBatching.percentiles(latencySinceMs),
      sealedToBusMs: this.sealedToBus.percentiles(latencySinceMs),
      edgeToStoredMs: this.edgeToStored.percentiles(latencySinceMs),
    };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
  }

  forceStop(): void {
    this.server.forceShutdown();
  }

  private onStream(call: IngestCall): void {
    this.counters.streams++;
    const token = String(call.metadata.get("authorization")[0] ?? "").replace(/^Bearer /, "");
    if (this.options.tokens.length > 0 && !this.options.tokens.includes(token)) {
      this.counters.unauthenticated++;
      this.options.log("warn", "ingest stream refused: bad or missing token", { peer: call.getPeer() });
      call.emit("error", { code: grpc.status.UNAUTHENTICATED, details: "missing or invalid bearer token" });
      return;
    }
    const streamEdgeId = String(call.metadata.get("x-edge-id")[0] ?? "");
    if (!streamEdgeId) {
      call.emit("error", { code: grpc.status.INVALID_ARGUMENT, details: "x-edge-id metadata is required" });
      return;
    }
    const state = this.edgeState(streamEdgeId);
    if (state.call) {
      // One live stream per edge keeps its batches in seq order; the newest connection wins.
      const previous = state.call;
      state.call = null;
      previous.emit("error", { code: grpc.status.ABORTED, details: "superseded by a newer stream from this edge" });
    }
    state.call = call;
    this.counters.activeStreams++;
    call.on("data", (buffer: Buffer) => this.onBatch(call, streamEdgeId, buffer));
    const closed = () => {
      if (state.call === call) state.call = null;
      this.paused.delete(call);
    };
    call.on("end", () => {
      closed();
      call.end();
    });
    call.on("error", closed);
    call.on("close", () => {
      this.counters.activeStreams--;
      closed();
    });
    call.write(ingest.v1.Ack.create({ edgeId: streamEdgeId, durableSeq: this.options.sink.durableSeq(streamEdgeId) }));
  }

  private onBatch(call: IngestCall, edgeId: string, buffer: Buffer): void {
    const state = this.edges.get(edgeId);
    if (!state || state.call !== call) return;
    this.counters.bytesReceived += buffer.length;
    const maxBytes = this.options.maxBatchBytes ?? DEFAULT_MAX_BATCH;
    if (buffer.length > maxBytes) {
      this.reject(call, edgeId, 0, grpc.status.RESOURCE_EXHAUSTED, `batch of ${buffer.length} bytes exceeds ${maxBytes}`);
      return;
    }
    let batch: ingest.v1.TickBatch;
    try {
      batch = ingest.v1.TickBatch.decode(buffer);
    } catch (error) {
      this.reject(call, edgeId, 0, grpc.status.INVALID_ARGUMENT, `corrupt batch: ${(error as Error).message}`);
      return;
    }
    const problem = validateBatch(batch) ?? (batch.edgeId !== edgeId ? `edge_id ${batch.edgeId} on ${edgeId}'s stream` : null);
    if (problem) {
      // The seq is consumed by an empty write so the edge's later batches are not held behind it.
      if (batch.seq >= 1 && batch.edgeId === edgeId) this.consume(state, edgeId, batch.seq);
      this.reject(call, edgeId, batch.seq, grpc.status.INVALID_ARGUMENT, `invalid batch: ${problem}`);
      return;
    }
    if (state.accepted !== undefined && batch.seq <= state.accepted) {
      this.counters.duplicateBatches++;
      call.write(ingest.v1.Ack.create({ edgeId, durableSeq: this.options.sink.durableSeq(edgeId) }));
      return;
    }
    if (state.accepted !== undefined && batch.seq !== state.accepted + 1) {
      this.counters.seqGaps++;
      this.options.log("warn", "edge skipped sequence numbers", { edgeId, expected: state.accepted + 1, got: batch.seq });
    }
    state.accepted = batch.seq;
    this.count(batch);
    const span = batch.traceparent
      ? this.options.tracer.startSpan("core.ingest", {
        attributes: { "edge.id": edgeId, "batch.seq": batch.seq, "batch.bytes": buffer.length },
      }, contextFromTraceparent(batch.traceparent))
      : null;
    // Stamped before publishing: subscribers' own work is not transport latency.
    const publishedMs = performance.timeOrigin + performance.now();
    if (batch.openedTimeUs > 0) {
      state.unstored.push(batch.seq, batch.openedTimeUs / 1000);
      this.edgeToBus.add(publishedMs - batch.openedTimeUs / 1000, publishedMs);
      if (batch.sentTimeUs > 0) {
        this.edgeBatching.add((batch.sentTimeUs - batch.openedTimeUs) / 1000, publishedMs);
        this.sealedToBus.add(publishedMs - batch.sentTimeUs / 1000, publishedMs);
      }
    }
    this.options.bus.publish("ingest.batch", { edgeId, seq: batch.seq, batch, receivedNs: process.hrtime.bigint() });
    if (span) this.traceStore(span, edgeId, batch.seq);
    let more: boolean;
    try {
      more = this.options.sink.write(batch);
    } catch (error) {
      span?.end();
      this.consume(state, edgeId, batch.seq, true);
      this.reject(call, edgeId, batch.seq, grpc.status.INVALID_ARGUMENT, `unstorable batch: ${(error as Error).message}`);
      return;
    }
    if (!more) {
      call.pause();
      this.paused.add(call);
    }
    span?.end();
  }

  /** A `store.insert` span from hand-off to durability, child of `core.ingest`. */
  private traceStore(parent: import("@opentelemetry/api").Span, edgeId: string, seq: number): void {
    const span = childSpan(this.options.tracer, "store.insert", parent);
    const listener = (durableEdge: string, durableSeq: number) => {
      if (durableEdge !== edgeId || durableSeq < seq) return;
      span.end();
      this.storeListeners.delete(listener);
    };
    this.storeListeners.add(listener);
  }

  private readonly storeListeners = new Set<(edgeId: string, seq: number) => void>();

  /** Mark `seq` as taken without data (a refused batch) so durability moves past it. */
  private consume(state: EdgeState, edgeId: string, seq: number, alreadyAccepted = false): void {
    if (!alreadyAccepted && state.accepted !== undefined && seq <= state.accepted) return;
    state.accepted = seq;
    this.options.sink.write(ingest.v1.TickBatch.create({ edgeId, seq, baseTimeMs: 1 }));
  }

  private reject(call: IngestCall, edgeId: string, seq: number, code: grpc.status, message: string): void {
    this.counters.rejectedBatches++;
    this.options.log("warn", "ingest batch rejected", { edgeId, seq, code: grpc.status[code], message });
    call.write(ingest.v1.Ack.create({ edgeId, durableSeq: this.options.sink.durableSeq(edgeId), rejection: { seq, code, message } }));
  }

  private ack(edgeId: string, seq: number): void {
    for (const listener of this.storeListeners) listener(edgeId, seq);
    const state = this.edges.get(edgeId);
    if (state) this.stored(state, seq);
    const call = state?.call;
    if (call && !call.destroyed) call.write(ingest.v1.Ack.create({ edgeId, durableSeq: seq }));
  }

  /** Edge → stored latency of every batch that `durableSeq` made durable. */
  private stored(state: EdgeState, durableSeq: number): void {
    const pairs = state.unstored;
    const nowMs = performance.timeOrigin + performance.now();
    let i = state.storedHead;
    for (; i < pairs.length && pairs[i] <= durableSeq; i += 2) this.edgeToStored.add(nowMs - pairs[i + 1], nowMs);
    // Compacted once the consumed front outweighs the rest: amortised O(1) per batch.
    if (i * 2 >= pairs.length) {
      pairs.splice(0, i);
      i = 0;
    }
    state.storedHead = i;
  }

  private count(batch: ingest.v1.TickBatch): void {
    const events = this.counters.events;
    this.counters.batchesAccepted++;
    events.trades += batch.trades?.instrument?.length ?? 0;
    events.bookDeltas += batch.bookDeltas?.instrument?.length ?? 0;
    events.bookSnapshots += batch.bookSnapshots?.instrument?.length ?? 0;
    events.bbos += batch.bbos?.instrument?.length ?? 0;
    events.health += batch.health.length;
  }

  private edgeState(edgeId: string): EdgeState {
    let state = this.edges.get(edgeId);
    if (!state) {
      state = { accepted: undefined, call: null, unstored: [], storedHead: 0 };
      this.edges.set(edgeId, state);
    }
    return state;
  }

  /**
   * grpc-js builds its HTTP/2 servers from `commonServerOptions` and exposes no option for the
   * stream window. Reaching into it is tied to the pinned grpc-js version (package.json), and
   * ingest-server.test.ts fails if a grpc-js upgrade breaks it.
   */
  private raiseInitialStreamWindow(): void {
    const internals = this.server as unknown as { commonServerOptions?: { settings?: Record<string, unknown> } };
    if (!internals.commonServerOptions) throw new Error("grpc-js internals changed: commonServerOptions missing");
    internals.commonServerOptions.settings = {
      ...internals.commonServerOptions.settings,
      initialWindowSize: this.windowBytes(),
    };
  }

  private raiseSessionWindows(): void {
    const internals = this.server as unknown as { http2Servers?: Map<Http2Server, unknown> };
    if (!internals.http2Servers) throw new Error("grpc-js internals changed: http2Servers missing");
    for (const http2Server of internals.http2Servers.keys()) {
      http2Server.on("session", (session: ServerHttp2Session) => {
        session.once("localSettings", () => {
          session.setLocalWindowSize(this.windowBytes());
          // Edges may then send a batch in a few large DATA frames instead of 16 KB ones: Deno's
          // node:net pays per socket write, and 16 KB frames cost the edge ~0.25 s of CPU per
          // 100k events (measured with a CPU profile of a replaying edge).
          session.settings({ maxFrameSize: MAX_FRAME_BYTES });
        });
      });
    }
  }

  private windowBytes(): number {
    return this.options.receiveWindowBytes ?? 4 * 1024 * 1024;
  }
}
