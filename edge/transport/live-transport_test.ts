/**
 * End-to-end: the real Binance USD-M adapter over real WebSockets against a local server replaying
 * the real USD-M capture, with the health monitor watching. Fault scenarios are scripted per
 * connection on the server side.
 */
import assert from "node:assert/strict";
import type { MarketEvent } from "../normalize/events.ts";
import { HealthMonitor } from "../health/health-monitor.ts";
import { createAdapter } from "../venues/registry.ts";
import type { ConnectionPlan, VenueAdapter } from "../venues/adapter.ts";
import { loadCapture } from "../venues/test-captures.ts";
import {
  type CaptureVenueServer,
  type ConnectionScript,
  pathKey,
  startCaptureVenueServer,
} from "./capture-venue-server.ts";
import type { Clock } from "./clock.ts";
import { LiveTransport } from "./live-transport.ts";
import { startLiveVenue } from "./live-venue.ts";
import { ManualClock } from "./manual-clock.ts";
import type { TransportSettingsInput } from "./transport-settings.ts";

const CAPTURE = "binance-futures/binance-usdm-futures_2021-07-22.jsonl";
const SYMBOLS = ["SUSHI/USDT:USDT", "AKRO/USDT:USDT", "KEEP/USDT:USDT", "CTK/USDT:USDT"];
/** Binance's answer to LIST_SUBSCRIPTIONS, used as the liveness probe of a silent connection. */
const PROBE = '{"method":"LIST_SUBSCRIPTIONS","id":7}';
const PROBE_ANSWER = '{"result":["sushiusdt@depth@100ms"],"id":7}';
/** Binance's real error frame for a refused request. */
const BINANCE_ERROR = '{"error":{"code":2,"msg":"Invalid request: invalid stream"},"id":1}';

interface Capture {
  frames: string[];
  snapshots: Map<string, string>;
}

let cached: Capture | undefined | null = null;
async function capture(): Promise<Capture | undefined> {
  if (cached !== null) return cached;
  const records = await loadCapture(CAPTURE);
  cached = records && {
    frames: records.filter((r) => r.kind === "recv").map((r) => r.msg),
    snapshots: new Map(records.filter((r) => r.kind === "http").map((r) => [pathKey(r.url), r.msg])),
  };
  return cached;
}

async function waitFor(what: string, cond: () => boolean, limitMs = 10_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

interface Rig {
  server: CaptureVenueServer;
  transport: LiveTransport;
  adapter: VenueAdapter;
  monitor: HealthMonitor;
  plans: ConnectionPlan[];
  events: MarketEvent[];
  stop(): Promise<void>;
}

interface RigOptions {
  script?: (n: number) => ConnectionScript;
  settings?: TransportSettingsInput;
  clock?: Clock;
  /** Adjusts the adapter's plans (probe, failover URLs) before the transport opens them. */
  plans?: (plans: ConnectionPlan[], server: CaptureVenueServer) => ConnectionPlan[];
}

const FAST: TransportSettingsInput = {
  reconnect: { baseMs: 20, capMs: 100, stableMs: 60_000 },
  liveness: { silenceMs: 60_000, probeTimeoutMs: 60_000 },
};

function rig(cap: Capture, o: RigOptions = {}): Rig {
  const server = startCaptureVenueServer({
    frames: cap.frames,
    snapshots: cap.snapshots,
    connection: o.script,
  });
  const clock = o.clock;
  const monitor = new HealthMonitor({
    venue: "binance-usdm",
    clock,
    // Replayed 2021 frames arrive years after their venue time: latency is not what is judged here.
    policy: { latencyYellowP99Ms: 1e12, book: { staleAfterMs: 3_600_000 } },
  });
  const transport = new LiveTransport({
    settings: o.settings ?? FAST,
    clock,
    observer: monitor,
    rewriteUrl: (url) => server.rewrite(url),
  });
  const events: MarketEvent[] = [];
  const adapter = createAdapter("binance-usdm", {
    sink: monitor.tapSink((e) => events.push(e)),
    requests: transport.requests,
  });
  monitor.attach(adapter);
  const planned = adapter.plan(SYMBOLS);
  const plans = o.plans ? o.plans(planned, server) : planned;
  transport.start(adapter, plans);
  return {
    server,
    transport,
    adapter,
    monitor,
    plans,
    events,
    async stop() {
      transport.stop();
      monitor.stop();
      await server.close();
    },
  };
}

function bookRows(monitor: HealthMonitor) {
  return monitor.rows().filter((r) => r.kind === "book" && SYMBOLS.includes(r.event.symbol));
}

Deno.test("live replay: all frames reach the adapter, every book syncs and is healthy", async () => {
  const cap = await capture();
  if (!cap) return;
  const r = rig(cap, { script: () => ({ then: "answer" }) });
  try {
    const id = r.plans[0].id;
    await waitFor(
      "all frames and 4 valid books",
      () => r.monitor.connectionHealth(id)?.frames === cap.frames.length && r.adapter.topOfBooks().size === 4,
    );
    assert.equal(r.plans.length, 1);
    assert.equal(r.server.connections.length, 1);
    assert.equal(r.server.restRequests.filter((q) => q.status === 200).length, 4);
    for (const [symbol, top] of r.adapter.topOfBooks()) assert.ok(top.bidPrice < top.askPrice, symbol);
    const rows = bookRows(r.monitor);
    assert.equal(rows.length, 4);
    for (const row of rows) {
      assert.equal(row.event.severity, "GREEN", `${row.event.symbol}: ${row.event.reason}`);
      assert.ok(row.event.metrics.bidLevels >= 5 && row.event.metrics.askLevels >= 5);
    }
    assert.ok(r.events.some((e) => e.type === "trade") && r.events.some((e) => e.type === "bbo"));
    assert.equal(r.adapter.stats().malformed, 0);
    assert.equal(r.monitor.connectionHealth(id)?.reconnects, 0);
  } finally {
    await r.stop();
  }
});

Deno.test("dropped connection mid-stream: backoff reconnect, resubscribe, books resync, health counts it", async () => {
  const cap = await capture();
  if (!cap) return;
  const r = rig(cap, { script: (n) => n === 0 ? { frames: 700, then: "close" } : { then: "answer" } });
  try {
    const id = r.plans[0].id;
    await waitFor(
      "second connection replayed and 4 valid books",
      () =>
        r.server.connections.length === 2 &&
        r.monitor.connectionHealth(id)?.frames === 700 + cap.frames.length &&
        r.adapter.topOfBooks().size === 4,
    );
    const conn = r.monitor.connectionHealth(id)!;
    assert.equal(conn.reconnects, 1);
    assert.equal(conn.closes, 1);
    assert.match(conn.lastCloseReason, /code 1001/);
    // Binance subscribes in the URL: the reconnect must ask for the same streams again.
    assert.equal(r.server.connections[1].url, r.server.connections[0].url);
    const resynced = bookRows(r.monitor).filter((row) => row.event.resyncs >= 1);
    assert.ok(resynced.length >= 1, "at least one book was rebuilt after the reconnect");
    for (const row of bookRows(r.monitor)) {
      assert.notEqual(row.event.severity, "RED", `${row.event.symbol}: ${row.event.reason}`);
      assert.equal(row.event.metrics.valid, 1);
    }
    const connRow = r.monitor.rows().find((row) => row.kind === "connection")!;
    assert.equal(connRow.event.reconnects, 1);
    assert.equal(connRow.code, "flapping");
  } finally {
    await r.stop();
  }
});

Deno.test("a feed that goes silent without closing is probed, declared stale and replaced", async () => {
  const cap = await capture();
  if (!cap) return;
  const clock = new ManualClock();
  const r = rig(cap, {
    clock,
    settings: { ...FAST, liveness: { silenceMs: 5_000, probeTimeoutMs: 2_000 } },
    script: (n) => n === 0 ? { frames: 300, then: "silent" } : { then: "answer", answer: () => PROBE_ANSWER },
    plans: (plans) => plans.map((p) => ({ ...p, probe: PROBE })),
  });
  try {
    const id = r.plans[0].id;
    await waitFor("first 300 frames", () => r.monitor.connectionHealth(id)?.frames === 300);
    const conn = r.monitor.connectionHealth(id)!;
    clock.advance(4_999);
    assert.equal(conn.probes, 0, "no probe before the silence threshold");
    clock.advance(1);
    assert.equal(conn.probes, 1);
    await waitFor("probe reached the server", () => r.server.connections[0].received.includes(PROBE));
    clock.advance(1_999);
    assert.equal(conn.staleDeclared, 0, "not dead while the probe may still be answered");
    clock.advance(1);
    assert.equal(conn.staleDeclared, 1);
    assert.equal(conn.state, "down");
    assert.match(conn.lastCloseReason, /stale/);
    clock.advance(100); // the reconnect backoff (capped at 100 ms)
    await waitFor(
      "replacement connection replayed",
      () =>
        r.server.connections.length === 2 && conn.frames === 300 + cap.frames.length &&
        r.adapter.topOfBooks().size === 4,
    );
    assert.equal(conn.reconnects, 1);
  } finally {
    await r.stop();
  }
});

Deno.test("a quiet feed that answers its probes is never declared dead", async () => {
  const cap = await capture();
  if (!cap) return;
  const clock = new ManualClock();
  const r = rig(cap, {
    clock,
    settings: { ...FAST, liveness: { silenceMs: 5_000, probeTimeoutMs: 2_000 } },
    script: () => ({ frames: 200, then: "answer", answer: (f) => f === PROBE ? PROBE_ANSWER : undefined }),
    plans: (plans) => plans.map((p) => ({ ...p, probe: PROBE })),
  });
  try {
    const id = r.plans[0].id;
    await waitFor("first 200 frames", () => r.monitor.connectionHealth(id)?.frames === 200);
    const conn = r.monitor.connectionHealth(id)!;
    for (let round = 1; round <= 5; round++) {
      while (conn.probes < round) {
        clock.advance(500);
        assert.equal(conn.staleDeclared, 0);
      }
      await waitFor(`probe answer ${round}`, () => conn.frames === 200 + round);
      clock.advance(2_000);
      assert.equal(conn.staleDeclared, 0);
      assert.equal(conn.state, "open");
    }
    assert.ok(clock.nowMs() >= 5 * 5_000, "five silence periods passed");
    assert.equal(r.server.connections.length, 1);
    assert.equal(conn.reconnects, 0);
  } finally {
    await r.stop();
  }
});

Deno.test("failover: a refused primary URL moves on to the backup URL", async () => {
  const cap = await capture();
  if (!cap) return;
  const closed = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const deadPort = (closed.addr as Deno.NetAddr).port;
  closed.close();
  const r = rig(cap, {
    script: () => ({ then: "answer" }),
    plans: (plans, server) =>
      plans.map((p) => {
        const path = new URL(p.url).pathname + new URL(p.url).search;
        return { ...p, url: `ws://127.0.0.1:${deadPort}${path}`, backupUrls: [server.rewrite(p.url)] };
      }),
  });
  try {
    const id = r.plans[0].id;
    await waitFor("books valid via the backup", () => r.adapter.topOfBooks().size === 4);
    const conn = r.monitor.connectionHealth(id)!;
    assert.ok(conn.closes >= 1);
    assert.match(conn.lastCloseReason, new RegExp(`127\\.0\\.0\\.1:${deadPort}`));
    assert.equal(conn.url, r.plans[0].backupUrls![0]);
    assert.equal(conn.opens, 1, "only the backup ever opened");
  } finally {
    await r.stop();
  }
});

Deno.test("a refused subscription turns health RED with the venue's reason, without a crash", async () => {
  const cap = await capture();
  if (!cap) return;
  const subscribe = '{"method":"SUBSCRIBE","params":["sushiusdt@depht@100ms"],"id":1}';
  const r = rig(cap, {
    script: () => ({ rejectWith: BINANCE_ERROR }),
    plans: (plans) => plans.map((p) => ({ ...p, subscribe: [subscribe] })),
  });
  try {
    const id = r.plans[0].id;
    await waitFor("the error frame", () => (r.monitor.connectionHealth(id)?.frames ?? 0) >= 1);
    const row = r.monitor.rows().find((x) => x.kind === "connection")!;
    assert.equal(row.event.severity, "RED");
    assert.match(row.event.reason, /Invalid request: invalid stream/);
    const venue = r.monitor.rows().find((x) => x.kind === "venue")!;
    assert.equal(venue.event.severity, "RED");
    assert.equal(r.monitor.overall(), "RED");
    assert.equal(r.adapter.stats().malformed, 0);
    assert.equal(r.transport.connectionStates().get(id)?.state, "open");
  } finally {
    await r.stop();
  }
});

Deno.test("startLiveVenue wires adapter, transport, health and the server-time probe", async () => {
  const cap = await capture();
  if (!cap) return;
  const venueAhead = Date.now() + 60_000;
  const snapshots = new Map([...cap.snapshots, [
    "/fapi/v1/time",
    JSON.stringify({ serverTime: venueAhead }),
  ]]);
  const server = startCaptureVenueServer({
    frames: cap.frames,
    snapshots,
    connection: () => ({ then: "answer" }),
  });
  const events: MarketEvent[] = [];
  const live = startLiveVenue({
    venue: "binance-usdm",
    symbols: SYMBOLS,
    sink: (e) => events.push(e),
    transport: { settings: FAST, rewriteUrl: (u) => server.rewrite(u) },
  });
  try {
    await waitFor("books and a server-time probe", () =>
      live.adapter.topOfBooks().size === 4 &&
      live.monitor.rows().some((r) => r.kind === "connection" && r.event.metrics.clockFromProbe === 1));
    const row = live.monitor.rows().find((r) => r.kind === "connection")!;
    // The probe answered with a fixed stamp a minute ahead of the edge when it was written.
    const offsetMs = Number(row.event.clockOffsetNs) / 1e6;
    assert.ok(offsetMs > 50_000 && offsetMs <= 60_000, `offset ${offsetMs} ms`);
    assert.ok(events.length > 0);
  } finally {
    live.stop();
    await server.close();
  }
});
