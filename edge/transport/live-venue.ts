/**
 * Wires one venue for live running: adapter (from the registry), LiveTransport, HealthMonitor
 * (watching the transport and tapping the sink) and periodic REST server-time probes. The edge CLI
 * calls this once per configured venue and hands the monitors to startHealthServer.
 */
import type { EventSink, HealthEvent } from "../normalize/events.ts";
import { HealthMonitor } from "../health/health-monitor.ts";
import type { HealthPolicyInput } from "../health/health-policy.ts";
import { probeServerTime, serverTimeSources } from "../health/server-time-probe.ts";
import type { VenueAdapter } from "../venues/adapter.ts";
import { createAdapter } from "../venues/registry.ts";
import { type Clock, systemClock, type TimerHandle } from "./clock.ts";
import { LiveTransport, type LiveTransportOptions } from "./live-transport.ts";

export interface LiveVenueOptions {
  readonly venue: string;
  readonly symbols: readonly string[];
  readonly sink: EventSink;
  readonly onHealth?: (event: HealthEvent) => void;
  readonly depth?: number;
  readonly transport?: Omit<LiveTransportOptions, "observer" | "clock">;
  readonly health?: HealthPolicyInput;
  readonly clock?: Clock;
  /** Server-time probe period; 0 disables (venues without an endpoint never probe). */
  readonly serverTimeEveryMs?: number;
}

export interface LiveVenue {
  readonly adapter: VenueAdapter;
  readonly transport: LiveTransport;
  readonly monitor: HealthMonitor;
  stop(): void;
}

export function startLiveVenue(o: LiveVenueOptions): LiveVenue {
  const clock = o.clock ?? systemClock;
  const monitor = new HealthMonitor({ venue: o.venue, policy: o.health, clock, onHealth: o.onHealth });
  const transport = new LiveTransport({ ...o.transport, clock, observer: monitor });
  const adapter = createAdapter(o.venue, {
    sink: monitor.tapSink(o.sink),
    requests: transport.requests,
    depth: o.depth,
  });
  monitor.attach(adapter);
  transport.start(adapter, adapter.plan(o.symbols));
  monitor.start();

  let timer: TimerHandle | undefined;
  let stopped = false;
  const source = serverTimeSources[o.venue];
  const every = o.serverTimeEveryMs ?? 60_000;
  if (source && every > 0) {
    const rewrite = o.transport?.rewriteUrl ?? ((u: string) => u);
    const probe = async () => {
      const result = await probeServerTime({ ...source, url: rewrite(source.url) }, {
        clock,
        fetch: o.transport?.fetch ?? fetch,
      });
      if (result) monitor.recordServerTime(result);
      if (!stopped) timer = clock.setTimer(probe, every);
    };
    void probe();
  }
  return {
    adapter,
    transport,
    monitor,
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimer(timer);
      transport.stop();
      monitor.stop();
    },
  };
}
