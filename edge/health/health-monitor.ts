/**
 * The edge's health monitor for one venue adapter: it watches the transport (as its observer), the
 * events leaving the adapter (through a sink tap) and the adapter's counters, judges one venue row,
 * one row per connection and one per instrument, and emits HealthEvents on every change of verdict
 * and periodically, for the uplink to send to the core and for /health and /metrics.
 *
 * Events are attributed to the connection whose frame is being handled when they are emitted: the
 * transport reports each frame just before handing it to the adapter, which emits synchronously.
 */
import type { EventSink, HealthEvent, MarketEvent, Severity } from "../normalize/events.ts";
import { type Clock, systemClock, type TimerHandle } from "../transport/clock.ts";
import type { SnapshotOutcome, TransportObserver } from "../transport/transport-observer.ts";
import type { VenueAdapter } from "../venues/adapter.ts";
import { AdapterCounters } from "./adapter-counters.ts";
import { BookHealth } from "./book-health.ts";
import type { Verdict } from "./book-quality.ts";
import type { ProbeOffset } from "./clock-offset.ts";
import { ConnectionHealth } from "./connection-health.ts";
import { type HealthPolicy, type HealthPolicyInput, healthPolicySchema } from "./health-policy.ts";

export interface HealthMonitorOptions {
  readonly venue: string;
  readonly policy?: HealthPolicyInput;
  readonly clock?: Clock;
  /** Receives every emitted HealthEvent (the uplink forwards them to the core). */
  readonly onHealth?: (event: HealthEvent) => void;
}

export type RowKind = "venue" | "connection" | "book";

/** One judged row with the figures /health and /metrics show. */
export interface HealthRow {
  readonly kind: RowKind;
  /** Stable verdict code ("ok", "down", "crossed"...): a change of it or of severity is emitted. */
  readonly code: string;
  readonly event: HealthEvent;
}

const RANK: Record<Severity, number> = { GREEN: 0, YELLOW: 1, RED: 2 };

export function worst(severities: Iterable<Severity>): Severity {
  let w: Severity = "GREEN";
  for (const s of severities) if (RANK[s] > RANK[w]) w = s;
  return w;
}

export class HealthMonitor implements TransportObserver {
  readonly venue: string;
  readonly policy: HealthPolicy;
  private readonly clock: Clock;
  private readonly onHealth: (event: HealthEvent) => void;
  private adapter: VenueAdapter | undefined;
  private readonly connections = new Map<string, ConnectionHealth>();
  private readonly books = new Map<string, BookHealth>();
  private readonly counters: AdapterCounters;
  private readonly lastVerdicts = new Map<string, string>();
  readonly snapshotOutcomes: Record<SnapshotOutcome, number> = { ok: 0, retry: 0, throttled: 0, failed: 0 };
  private currentConnection = "";
  private probe: ProbeOffset | undefined;
  private timer: TimerHandle | undefined;
  private lastEmitAllMs = -Infinity;

  constructor(options: HealthMonitorOptions) {
    this.venue = options.venue;
    this.policy = healthPolicySchema.parse(options.policy ?? {});
    this.clock = options.clock ?? systemClock;
    this.onHealth = options.onHealth ?? (() => {});
    this.counters = new AdapterCounters(this.policy.windowMs, this.clock.nowMs());
  }

  /** The adapter whose counters and valid books are judged. */
  attach(adapter: VenueAdapter): void {
    this.adapter = adapter;
  }

  /** Wraps the adapter's sink so every forwarded event is measured on its way out. */
  tapSink(sink: EventSink): EventSink {
    return (event: MarketEvent) => {
      this.recordEvent(event);
      sink(event);
    };
  }

  recordEvent(event: MarketEvent): void {
    const nowMs = this.clock.nowMs();
    const conn = this.connections.get(this.currentConnection);
    if (conn && event.venueTimeNs > 0n) {
      conn.latencyMs.add(Number(event.receiveTimeNs - event.venueTimeNs) / 1e6, nowMs);
    }
    const symbol = event.instrument.symbol;
    let book = this.books.get(symbol);
    if (!book) this.books.set(symbol, book = new BookHealth(symbol, nowMs, this.policy));
    book.record(event, this.currentConnection, nowMs);
  }

  /** A REST server-time probe result for this venue (preferred over the stream estimate while fresh). */
  recordServerTime(probe: ProbeOffset): void {
    this.probe = probe;
    for (const c of this.connections.values()) c.clock.recordProbe(probe);
  }

  /** Re-judges every row periodically until stop(). */
  start(): void {
    if (this.timer !== undefined) return;
    const tick = () => {
      this.evaluate();
      this.timer = this.clock.setTimer(tick, this.policy.evaluateEveryMs);
    };
    this.timer = this.clock.setTimer(tick, this.policy.evaluateEveryMs);
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.timer = undefined;
  }

  /** Judges all rows, emits changed ones (all of them when the periodic emit is due), returns them. */
  evaluate(): HealthRow[] {
    const nowMs = this.clock.nowMs();
    const rows = this.judgeAll(nowMs);
    const emitAll = nowMs - this.lastEmitAllMs >= this.policy.emitEveryMs;
    if (emitAll) this.lastEmitAllMs = nowMs;
    for (const row of rows) {
      const key = `${row.event.connection}|${row.event.symbol}`;
      const verdictKey = `${row.event.severity}:${row.code}`;
      const changed = this.lastVerdicts.get(key) !== verdictKey;
      this.lastVerdicts.set(key, verdictKey);
      if (changed || emitAll) this.onHealth(row.event);
    }
    return rows;
  }

  /** The current rows without emitting anything (for /health and /metrics). */
  rows(): HealthRow[] {
    return this.judgeAll(this.clock.nowMs());
  }

  overall(): Severity {
    return worst(this.rows().map((r) => r.event.severity));
  }

  connectionHealth(id: string): ConnectionHealth | undefined {
    return this.connections.get(id);
  }

  bookHealth(symbol: string): BookHealth | undefined {
    return this.books.get(symbol);
  }

  adapterTotals(): Readonly<Record<string, number>> {
    return this.counters.totals;
  }

  private judgeAll(nowMs: number): HealthRow[] {
    const timeNs = this.clock.nowNs();
    if (this.adapter) this.counters.update(this.adapter.stats(), nowMs);
    const valid = this.adapter ? this.adapter.topOfBooks() : new Map();
    const offsets = new Map<string, number | undefined>();
    const rows: HealthRow[] = [];
    for (const c of this.connections.values()) {
      const offset = c.clock.estimate(nowMs);
      offsets.set(c.id, offset?.offsetMs);
      const [p50, p99] = c.latencyMs.quantiles([0.5, 0.99], nowMs);
      rows.push(this.row("connection", c.judge(nowMs), {
        connection: c.id,
        symbol: "",
        timeNs,
        offsetMs: offset?.offsetMs,
        p50,
        p99,
        rate: c.frameRate.perSecond(nowMs),
        reconnects: c.reconnects,
        dropped: c.framesDropped + c.sendsDropped,
        metrics: {
          up: c.state === "open" ? 1 : 0,
          uptimeSeconds: c.uptimeMs(nowMs) / 1000,
          availability: c.availability(nowMs),
          frames: c.frames,
          chars: c.chars,
          closes: c.closes,
          staleDeclared: c.staleDeclared,
          probes: c.probes,
          venueErrors: c.venueErrors,
          clockUncertaintyMs: offset?.uncertaintyMs ?? NaN,
          clockFromProbe: offset?.source === "probe" ? 1 : 0,
        },
      }));
    }
    for (const b of this.books.values()) {
      const conn = this.connections.get(b.connection);
      const open = conn ? conn.state === "open" : true;
      const verdict: Verdict = b.hasBook ? b.judge(valid.has(b.symbol), open, nowMs) : {
        severity: "GREEN",
        code: "ok",
        reason: "ok (no book subscribed)",
      };
      const [p50, p99] = b.latencyMs.quantiles([0.5, 0.99], nowMs);
      rows.push(this.row("book", verdict, {
        connection: b.connection,
        symbol: b.symbol,
        timeNs,
        offsetMs: offsets.get(b.connection),
        p50,
        p99,
        rate: b.eventRate.perSecond(nowMs),
        reconnects: conn?.reconnects ?? 0,
        resyncs: b.resyncs,
        metrics: {
          events: b.events,
          bookEvents: b.bookEvents,
          bidLevels: b.book.bids.length,
          askLevels: b.book.asks.length,
          spreadBps: b.spreadBps() ?? NaN,
          bookAgeSeconds: b.lastBookMs === undefined ? NaN : (nowMs - b.lastBookMs) / 1000,
          valid: valid.has(b.symbol) && open ? 1 : 0,
        },
      }));
    }
    const t = this.counters.totals;
    const venueOffsets = [...offsets.values()].filter((o): o is number => o !== undefined);
    rows.unshift(this.row("venue", worstVerdict(this.counters.judge(nowMs), rows), {
      connection: "",
      symbol: "",
      timeNs,
      offsetMs: this.probe?.offsetMs ?? (venueOffsets.length ? Math.max(...venueOffsets) : undefined),
      rate: [...this.connections.values()].reduce((s, c) => s + c.frameRate.perSecond(nowMs), 0),
      reconnects: [...this.connections.values()].reduce((s, c) => s + c.reconnects, 0),
      resyncs: t.resyncs,
      gaps: t.sequenceGaps,
      checksumFailures: t.checksumsFailed,
      malformed: t.malformed,
      dropped: this.snapshotOutcomes.failed,
      metrics: {
        crossedBooks: t.crossedBooks,
        venueErrors: t.venueErrors,
        snapshotsOk: this.snapshotOutcomes.ok,
        snapshotsRetried: this.snapshotOutcomes.retry,
        snapshotsThrottled: this.snapshotOutcomes.throttled,
        snapshotsFailed: this.snapshotOutcomes.failed,
      },
    }));
    return rows;
  }

  private row(kind: RowKind, verdict: Verdict, f: RowFigures): HealthRow {
    return {
      kind,
      code: verdict.code,
      event: {
        venue: this.venue,
        symbol: f.symbol,
        connection: f.connection,
        timeNs: f.timeNs,
        severity: verdict.severity,
        reason: verdict.reason,
        clockOffsetNs: f.offsetMs === undefined ? 0n : BigInt(Math.round(f.offsetMs * 1e6)),
        latencyP50Ms: f.p50 ?? NaN,
        latencyP99Ms: f.p99 ?? NaN,
        messagesPerSecond: f.rate,
        reconnects: f.reconnects,
        resyncs: f.resyncs ?? 0,
        gaps: f.gaps ?? 0,
        checksumFailures: f.checksumFailures ?? 0,
        malformed: f.malformed ?? 0,
        dropped: f.dropped ?? 0,
        metrics: f.metrics,
      },
    };
  }

  private conn(id: string): ConnectionHealth {
    let c = this.connections.get(id);
    if (!c) {
      c = new ConnectionHealth(id, this.clock.nowMs(), this.policy);
      if (this.probe) c.clock.recordProbe(this.probe);
      this.connections.set(id, c);
    }
    return c;
  }

  connecting(connectionId: string, url: string): void {
    const c = this.conn(connectionId);
    c.url = url;
    if (c.state === "open") c.setState("connecting", this.clock.nowMs());
  }

  opened(connectionId: string, url: string): void {
    const nowMs = this.clock.nowMs();
    const c = this.conn(connectionId);
    c.url = url;
    c.opens++;
    if (c.opens > 1) c.reconnectRate.add(nowMs);
    c.venueError = undefined;
    c.probing = false;
    c.setState("open", nowMs);
    this.evaluate();
  }

  closed(connectionId: string, reason: string): void {
    const c = this.conn(connectionId);
    c.closes++;
    c.lastCloseReason = reason;
    c.probing = false;
    if (c.state !== "down") c.setState("down", this.clock.nowMs());
    this.evaluate();
  }

  reconnectScheduled(): void {}

  probeSent(connectionId: string): void {
    const c = this.conn(connectionId);
    c.probes++;
    c.probing = true;
  }

  stale(connectionId: string): void {
    this.conn(connectionId).staleDeclared++;
  }

  frame(connectionId: string, _receiveTimeNs: bigint, chars: number): void {
    const c = this.conn(connectionId);
    c.frames++;
    c.chars += chars;
    c.probing = false;
    c.frameRate.add(this.clock.nowMs());
    this.currentConnection = connectionId;
  }

  frameDropped(connectionId: string): void {
    this.conn(connectionId).framesDropped++;
  }

  sendDropped(connectionId: string): void {
    this.conn(connectionId).sendsDropped++;
  }

  venueError(connectionId: string, reason: string): void {
    const c = this.conn(connectionId);
    c.venueError = reason;
    c.venueErrors++;
    this.evaluate();
  }

  snapshotFetched(_key: string, outcome: SnapshotOutcome): void {
    this.snapshotOutcomes[outcome]++;
  }
}

interface RowFigures {
  connection: string;
  symbol: string;
  timeNs: bigint;
  offsetMs: number | undefined;
  p50?: number;
  p99?: number;
  rate: number;
  reconnects: number;
  resyncs?: number;
  gaps?: number;
  checksumFailures?: number;
  malformed?: number;
  dropped?: number;
  metrics: Record<string, number>;
}

/** The venue row is as bad as its own counters or its worst connection or book, with that reason. */
function worstVerdict(own: Verdict, rows: HealthRow[]): Verdict {
  let w = own;
  for (const r of rows) {
    if (RANK[r.event.severity] > RANK[w.severity]) {
      const where = r.event.symbol || r.event.connection;
      w = { severity: r.event.severity, code: `from:${where}`, reason: `${where}: ${r.event.reason}` };
    }
  }
  return w;
}
