/**
 * One live WebSocket connection of a ConnectionPlan, kept alive for as long as the edge runs.
 *
 * Lifecycle: connect → (open) adapter.onOpen, subscribe frames, heartbeat timer, liveness timer →
 * on close, error, staleness or an adapter request: drop the socket and come back after an
 * exponential, fully jittered delay. Failover rule: an attempt that never opened, or a feed that went
 * silent, moves on to the next URL (url → backupUrls → url …); a drop of a working connection first
 * retries the same URL, because venues routinely recycle healthy sockets (Binance every 24 h).
 * Every socket carries a generation number, so late events of a replaced socket are ignored.
 */
import type { ConnectionPlan } from "../venues/adapter.ts";
import { backoffDelayMs, type BackoffPolicy } from "./backoff.ts";
import type { Clock, TimerHandle } from "./clock.ts";
import { decodeFrame } from "./frame-decoder.ts";
import { Liveness, type LivenessPolicy } from "./liveness.ts";
import type { TransportObserver } from "./transport-observer.ts";

export type WebSocketFactory = (url: string) => WebSocket;

export interface ConnectionSettings {
  readonly backoff: BackoffPolicy;
  readonly liveness: LivenessPolicy;
  /** Open this long without trouble and the backoff attempt counter starts over. */
  readonly stableMs: number;
}

export interface ConnectionDeps {
  readonly clock: Clock;
  readonly openSocket: WebSocketFactory;
  readonly random: () => number;
  readonly observer: TransportObserver;
  readonly onOpen: (connectionId: string) => void;
  readonly onFrame: (connectionId: string, text: string, receiveTimeNs: bigint) => void;
}

export type ConnectionState = "idle" | "connecting" | "open" | "waiting" | "stopped";

export class ManagedConnection {
  readonly id: string;
  private readonly urls: readonly string[];
  private urlIndex = 0;
  private attempt = 0;
  private generation = 0;
  private socket: WebSocket | undefined;
  private isOpen = false;
  private stateValue: ConnectionState = "idle";
  private timers = new Set<TimerHandle>();
  private liveness: Liveness | undefined;
  /** Frames wait here only while an asynchronous (gzip) decode is ahead of them. */
  private inbox: Promise<void> = Promise.resolve();
  private decoding = 0;

  constructor(
    private readonly plan: ConnectionPlan,
    urls: readonly string[],
    private readonly settings: ConnectionSettings,
    private readonly deps: ConnectionDeps,
  ) {
    this.id = plan.id;
    this.urls = urls;
  }

  get state(): ConnectionState {
    return this.stateValue;
  }

  get url(): string {
    return this.urls[this.urlIndex];
  }

  start(): void {
    if (this.stateValue !== "idle") return;
    this.connect();
  }

  /** Sends when open; otherwise the frame is dropped and counted (onOpen resubscribes anyway). */
  send(frame: string): boolean {
    if (!this.isOpen || !this.socket || this.socket.readyState !== WebSocket.OPEN) {
      this.deps.observer.sendDropped(this.id);
      return false;
    }
    this.socket.send(frame);
    return true;
  }

  reconnect(reason: string): void {
    if (this.stateValue === "stopped") return;
    this.drop(`reconnect requested: ${reason}`, false);
  }

  stop(): void {
    if (this.stateValue === "stopped") return;
    this.stateValue = "stopped";
    this.clearTimers();
    this.detachSocket(1000, "shutdown");
  }

  private connect(): void {
    const gen = ++this.generation;
    const url = this.url;
    this.stateValue = "connecting";
    this.isOpen = false;
    this.deps.observer.connecting(this.id, url, this.attempt);
    let ws: WebSocket;
    try {
      ws = this.deps.openSocket(url);
    } catch (e) {
      this.drop(`cannot open ${url}: ${e instanceof Error ? e.message : String(e)}`, true);
      return;
    }
    ws.binaryType = "arraybuffer";
    this.socket = ws;
    ws.onopen = () => gen === this.generation && this.opened(url);
    ws.onmessage = (ev: MessageEvent) => gen === this.generation && this.receive(ev.data, gen);
    ws.onerror = (ev: Event) => {
      if (gen !== this.generation) return;
      const detail = ev instanceof ErrorEvent ? ev.message : "socket error";
      this.drop(`${this.isOpen ? "error" : "connect failed"} on ${url}: ${detail}`, !this.isOpen);
    };
    ws.onclose = (ev: CloseEvent) => {
      if (gen !== this.generation) return;
      const why = `closed by peer on ${url}: code ${ev.code}${ev.reason ? ` ${ev.reason}` : ""}`;
      this.drop(why, !this.isOpen);
    };
  }

  private opened(url: string): void {
    const { clock, observer } = this.deps;
    this.isOpen = true;
    this.stateValue = "open";
    this.liveness = new Liveness(this.settings.liveness, clock.nowMs());
    observer.opened(this.id, url);
    this.deps.onOpen(this.id);
    for (const frame of this.plan.subscribe) this.send(frame);
    this.later(() => (this.attempt = 0), this.settings.stableMs);
    const hb = this.plan.heartbeat;
    if (hb) this.every(() => this.send(hb.frame), hb.intervalMs);
    this.later(() => this.checkLiveness(), this.settings.liveness.silenceMs);
  }

  private checkLiveness(): void {
    if (!this.liveness || !this.isOpen) return;
    const nowMs = this.deps.clock.nowMs();
    const verdict = this.liveness.check(nowMs);
    if (verdict.kind === "dead") {
      this.deps.observer.stale(this.id, verdict.silentForMs);
      this.drop(`stale: no frame for ${Math.round(verdict.silentForMs)} ms and no answer to a probe`, true);
      return;
    }
    if (verdict.kind === "probe") {
      this.deps.observer.probeSent(this.id, this.liveness.silentForMs(nowMs));
      const probe = this.plan.probe ?? this.plan.heartbeat?.frame;
      if (probe !== undefined) this.send(probe);
    }
    this.later(() => this.checkLiveness(), verdict.nextCheckInMs);
  }

  private receive(data: unknown, gen: number): void {
    const { clock, observer } = this.deps;
    const receiveTimeNs = clock.nowNs();
    this.liveness?.frame(clock.nowMs());
    if (typeof data === "string" && this.decoding === 0) {
      this.deliver(data, receiveTimeNs);
      return;
    }
    this.decoding++;
    const decoded = decodeFrame(data);
    this.inbox = this.inbox.then(async () => {
      const text = await decoded;
      this.decoding--;
      if (gen !== this.generation) return;
      if (text instanceof Error) observer.frameDropped(this.id, text.message);
      else this.deliver(text, receiveTimeNs);
    });
  }

  private deliver(text: string, receiveTimeNs: bigint): void {
    this.deps.observer.frame(this.id, receiveTimeNs, text.length);
    try {
      this.deps.onFrame(this.id, text, receiveTimeNs);
    } catch (e) {
      this.deps.observer.frameDropped(
        this.id,
        `adapter threw: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  /** Ends the current socket and schedules the next attempt. */
  private drop(reason: string, failover: boolean): void {
    if (this.stateValue === "stopped" || this.stateValue === "waiting") return;
    const wasOpen = this.isOpen;
    this.clearTimers();
    this.detachSocket(4000, "reconnecting");
    this.deps.observer.closed(this.id, reason, wasOpen);
    if (failover) this.urlIndex = (this.urlIndex + 1) % this.urls.length;
    const delay = backoffDelayMs(this.attempt++, this.settings.backoff, this.deps.random);
    this.stateValue = "waiting";
    this.deps.observer.reconnectScheduled(this.id, delay, this.url);
    this.later(() => this.connect(), delay);
  }

  private detachSocket(code: number, reason: string): void {
    this.generation++;
    this.isOpen = false;
    this.liveness = undefined;
    const ws = this.socket;
    this.socket = undefined;
    if (!ws) return;
    ws.onopen =
      ws.onmessage =
      ws.onerror =
      ws.onclose =
        null;
    try {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(code, reason);
    } catch {
      // A socket that cannot even be closed is already gone; it is detached either way.
    }
  }

  private later(fn: () => void, ms: number): void {
    const id = this.deps.clock.setTimer(() => {
      this.timers.delete(id);
      fn();
    }, ms);
    this.timers.add(id);
  }

  private every(fn: () => void, ms: number): void {
    this.later(() => {
      fn();
      if (this.isOpen) this.every(fn, ms);
    }, ms);
  }

  private clearTimers(): void {
    for (const id of this.timers) this.deps.clock.clearTimer(id);
    this.timers.clear();
  }
}
