/**
 * The live transport: runs one adapter against the real venue. It owns a ManagedConnection per
 * ConnectionPlan and one SnapshotFetcher for the venue, and it is the adapter's AdapterRequests.
 *
 * Construction order matters because the adapter is built with its requests: create the transport,
 * build the adapter with `transport.requests`, then `start(adapter, plans)`.
 */
import type { AdapterRequests, ConnectionPlan, VenueAdapter } from "../venues/adapter.ts";
import { type Clock, systemClock } from "./clock.ts";
import { SnapshotFetcher } from "./snapshot-fetcher.ts";
import { ignoreTransport, type TransportObserver } from "./transport-observer.ts";
import {
  silenceMsFor,
  type TransportSettings,
  type TransportSettingsInput,
  transportSettingsSchema,
} from "./transport-settings.ts";
import { ManagedConnection, type WebSocketFactory } from "./ws-connection.ts";

export interface LiveTransportOptions {
  readonly settings?: TransportSettingsInput;
  readonly clock?: Clock;
  readonly observer?: TransportObserver;
  readonly openSocket?: WebSocketFactory;
  readonly fetch?: typeof fetch;
  readonly random?: () => number;
  /** Rewrites every WS and REST URL (tests point venues at local servers; proxies, regional hosts). */
  readonly rewriteUrl?: (url: string) => string;
}

export class LiveTransport {
  readonly settings: TransportSettings;
  readonly requests: AdapterRequests;
  private readonly clock: Clock;
  private readonly observer: TransportObserver;
  private readonly rewrite: (url: string) => string;
  private readonly connections = new Map<string, ManagedConnection>();
  private readonly fetcher: SnapshotFetcher;
  private adapter: VenueAdapter | undefined;

  constructor(private readonly options: LiveTransportOptions = {}) {
    this.settings = transportSettingsSchema.parse(options.settings ?? {});
    this.clock = options.clock ?? systemClock;
    this.observer = options.observer ?? ignoreTransport;
    this.rewrite = options.rewriteUrl ?? ((url) => url);
    const s = this.settings.snapshot;
    this.fetcher = new SnapshotFetcher(
      {
        weightPerMinute: s.weightPerMinute,
        maxAttempts: s.maxAttempts,
        maxConcurrent: s.maxConcurrent,
        timeoutMs: s.timeoutMs,
        backoff: { baseMs: s.backoffBaseMs, capMs: s.backoffCapMs },
      },
      {
        clock: this.clock,
        fetch: options.fetch ?? fetch,
        random: options.random ?? Math.random,
        observer: this.observer,
        deliver: (key, body, t) => this.adapter?.onSnapshot(key, body, t),
      },
    );
    this.requests = {
      send: (connectionId, frame) => {
        const conn = this.connections.get(connectionId);
        if (conn) conn.send(frame);
        else this.observer.sendDropped(connectionId);
      },
      requestSnapshot: (key, url, weight) => this.fetcher.request(key, this.rewrite(url), weight),
      reconnect: (connectionId, reason) => this.connections.get(connectionId)?.reconnect(reason),
      reportError: (connectionId, reason) => this.observer.venueError(connectionId, reason),
    };
  }

  /** Opens every planned connection. */
  start(adapter: VenueAdapter, plans: readonly ConnectionPlan[]): void {
    if (this.adapter) throw new Error("LiveTransport.start called twice");
    this.adapter = adapter;
    for (const plan of plans) {
      if (this.connections.has(plan.id)) throw new Error(`duplicate connection id ${plan.id}`);
      const urls = [plan.url, ...(plan.backupUrls ?? [])].map(this.rewrite);
      const conn = new ManagedConnection(
        plan,
        urls,
        {
          backoff: this.settings.reconnect,
          stableMs: this.settings.reconnect.stableMs,
          liveness: {
            silenceMs: silenceMsFor(this.settings, plan.heartbeat?.intervalMs),
            probeTimeoutMs: this.settings.liveness.probeTimeoutMs,
          },
        },
        {
          clock: this.clock,
          openSocket: this.options.openSocket ?? ((url) => new WebSocket(url)),
          random: this.options.random ?? Math.random,
          observer: this.observer,
          onOpen: (id) => adapter.onOpen(id),
          onFrame: (id, text, t) => adapter.onFrame(id, text, t),
        },
      );
      this.connections.set(plan.id, conn);
    }
    for (const conn of this.connections.values()) conn.start();
  }

  connectionStates(): Map<string, { state: string; url: string }> {
    return new Map([...this.connections].map(([id, c]) => [id, { state: c.state, url: c.url }]));
  }

  snapshotStats() {
    return { ...this.fetcher.stats, outstanding: this.fetcher.outstanding };
  }

  /** Closes every socket and cancels pending snapshots; nothing reconnects afterwards. */
  stop(): void {
    for (const conn of this.connections.values()) conn.stop();
    this.fetcher.stop();
  }
}
