/**
 * The edge's connection to the core: one gRPC bidi stream (`ingest.v1.Ingest/Stream`) that sends
 * spooled batches in seq order and receives durability acks.
 *
 * Guarantees (ARCHITECTURE.md, "Ordering"): after any (re)connect everything after the last ack is
 * resent from the spool; a batch leaves the spool only once the core says it is durable; the core
 * drops what it has already seen. Reconnects back off exponentially with full jitter. `write()`
 * returning false pauses sending until `drain`, so a slow core stalls the stream, not the edge's
 * memory (batches keep landing in the spool on disk).
 */
import { Buffer } from "node:buffer";
import * as grpc from "@grpc/grpc-js";
import { ingest } from "../../proto/gen/proto.js";
import type { Spool } from "./spool.ts";

const METHOD = "/ingest.v1.Ingest/Stream";

export interface UplinkOptions {
  /** host:port of the core's ingest server. */
  readonly address: string;
  readonly edgeId: string;
  /** Bearer token the core requires (absent: no authorization header). */
  readonly token?: string;
  /** PEM root certificate: TLS to the core instead of plaintext. */
  readonly tlsRootCert?: Uint8Array;
  readonly spool: Spool;
  /** Reconnect when unacked data has waited this long without any ack. */
  readonly ackTimeoutMs?: number;
  readonly backoffInitialMs?: number;
  readonly backoffMaxMs?: number;
  /** Called for every ack, after the spool has been trimmed. */
  readonly onAck?: (durableSeq: number) => void;
  readonly onRejection?: (rejection: ingest.v1.IRejection) => void;
  readonly log?: (level: "info" | "warn" | "error", message: string, fields?: Record<string, unknown>) => void;
}

export interface UplinkStats {
  connected: boolean;
  connects: number;
  reconnects: number;
  batchesSent: number;
  bytesSent: number;
  resentBatches: number;
  acks: number;
  rejections: number;
  lastAckedSeq: number;
  lastError: string;
}

export class Uplink {
  private client: grpc.Client | null = null;
  private call: grpc.ClientDuplexStream<Uint8Array, ingest.v1.Ack> | null = null;
  private sentUpTo = 0;
  private pumping = false;
  private waitingDrain = false;
  private closed = false;
  private backoffMs: number;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private ackWatch: ReturnType<typeof setInterval> | null = null;
  private lastAckAt = Date.now();
  private highestSentEver = 0;
  private readonly counters: UplinkStats = {
    connected: false,
    connects: 0,
    reconnects: 0,
    batchesSent: 0,
    bytesSent: 0,
    resentBatches: 0,
    acks: 0,
    rejections: 0,
    lastAckedSeq: 0,
    lastError: "",
  };
  private idleWaiters: Array<() => void> = [];
  private connectedWaiters: Array<() => void> = [];

  constructor(private readonly options: UplinkOptions) {
    this.backoffMs = options.backoffInitialMs ?? 100;
  }

  start(): void {
    const credentials = this.options.tlsRootCert
      ? grpc.credentials.createSsl(Buffer.from(this.options.tlsRootCert))
      : grpc.credentials.createInsecure();
    this.client = new grpc.Client(this.options.address, credentials, {
      "grpc.keepalive_time_ms": 10_000,
      "grpc.keepalive_timeout_ms": 5_000,
      "grpc.keepalive_permit_without_calls": 1,
      "grpc.max_send_message_length": 64 * 1024 * 1024,
      "grpc.initial_reconnect_backoff_ms": this.options.backoffInitialMs ?? 100,
      "grpc.max_reconnect_backoff_ms": this.options.backoffMaxMs ?? 10_000,
    });
    const timeout = this.options.ackTimeoutMs ?? 30_000;
    this.ackWatch = setInterval(() => {
      const waiting = this.options.spool.stats().unackedBatches > 0 && this.call !== null;
      if (waiting && Date.now() - this.lastAckAt > timeout) {
        this.fail(`no ack for ${timeout} ms with unacked data`);
      }
    }, Math.min(timeout, 1000));
    this.connect();
  }

  /** A new batch is in the spool: send it if the stream is up and caught up. */
  notify(): void {
    if (this.call && !this.pumping && !this.waitingDrain) this.pump();
  }

  stats(): UplinkStats {
    return { ...this.counters, connected: this.call !== null };
  }

  /** Resolves once the core has answered on a stream (its first ack): the link is up end to end. */
  whenConnected(): Promise<void> {
    if (this.counters.acks > 0 && this.call !== null) return Promise.resolve();
    return new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  /** Resolves once every spooled batch has been acked (used by replay --until-done). */
  whenAllAcked(): Promise<void> {
    if (this.allAcked()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.ackWatch) clearInterval(this.ackWatch);
    this.call?.end();
    this.call = null;
    this.client?.close();
  }

  private allAcked(): boolean {
    const spool = this.options.spool;
    return spool.ackedSeq >= spool.nextSeq - 1;
  }

  private connect(): void {
    if (this.closed || !this.client) return;
    const metadata = new grpc.Metadata();
    metadata.set("x-edge-id", this.options.edgeId);
    if (this.options.token) metadata.set("authorization", `Bearer ${this.options.token}`);
    // Queue the call until the channel connects instead of failing at once while the core starts.
    metadata.setOptions({ waitForReady: true });
    const call = this.client.makeBidiStreamRequest<Uint8Array, ingest.v1.Ack>(
      METHOD,
      (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      (buffer: Buffer) => ingest.v1.Ack.decode(buffer),
      metadata,
    );
    this.call = call;
    this.counters.connects++;
    this.sentUpTo = this.options.spool.ackedSeq;
    this.lastAckAt = Date.now();
    call.on("data", (ack: ingest.v1.Ack) => this.onAck(ack));
    call.on("error", (error: Error) => {
      if (this.call === call) this.fail(error.message);
    });
    call.on("end", () => {
      if (this.call === call) this.fail("stream ended by core");
    });
    call.on("drain", () => {
      if (this.call !== call) return;
      this.waitingDrain = false;
      this.pump();
    });
    this.pump();
  }

  private pump(): void {
    const call = this.call;
    if (!call || this.pumping) return;
    this.pumping = true;
    try {
      for (const { seq, bytes } of this.options.spool.unacked(this.sentUpTo + 1)) {
        const ok = call.write(bytes);
        this.sentUpTo = seq;
        this.counters.batchesSent++;
        this.counters.bytesSent += bytes.length;
        if (seq <= this.highestSentEver) this.counters.resentBatches++;
        else this.highestSentEver = seq;
        if (!ok) {
          this.waitingDrain = true;
          return;
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private onAck(ack: ingest.v1.Ack): void {
    this.counters.acks++;
    if (this.connectedWaiters.length > 0) {
      const waiters = this.connectedWaiters;
      this.connectedWaiters = [];
      for (const resolve of waiters) resolve();
    }
    this.lastAckAt = Date.now();
    this.backoffMs = this.options.backoffInitialMs ?? 100;
    if (ack.rejection) {
      this.counters.rejections++;
      this.options.log?.("error", "core rejected a batch", {
        seq: ack.rejection.seq,
        code: ack.rejection.code,
        reason: ack.rejection.message,
      });
      this.options.onRejection?.(ack.rejection);
    }
    const durable = ack.durableSeq;
    if (durable > this.counters.lastAckedSeq) {
      this.counters.lastAckedSeq = durable;
      this.options.spool.ack(durable);
      this.options.onAck?.(durable);
    }
    if (this.allAcked()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private fail(reason: string): void {
    const call = this.call;
    this.call = null;
    this.waitingDrain = false;
    this.counters.lastError = reason;
    call?.removeAllListeners();
    call?.on("error", () => {});
    call?.cancel();
    if (this.closed) return;
    this.counters.reconnects++;
    const delay = Math.random() * this.backoffMs;
    this.options.log?.("warn", "uplink stream lost; reconnecting", { reason, delayMs: Math.round(delay) });
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.backoffMaxMs ?? 10_000);
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
  }
}
