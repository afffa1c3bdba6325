/**
 * /health and /metrics over real HTTP. /metrics is checked by a small parser of the Prometheus text
 * exposition format: HELP then TYPE before a family's samples, families contiguous, valid names and
 * label syntax, parseable values, no duplicate series.
 */
import assert from "node:assert/strict";
import { ManualClock } from "../transport/manual-clock.ts";
import { HealthMonitor } from "./health-monitor.ts";
import { startHealthServer } from "./health-server.ts";
import { PrometheusText } from "./prometheus-text.ts";

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/;
const LABEL_PAIR = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\[\\"n])*)"(,|$)/;

/** Parses exposition text; throws with the line number on anything invalid. */
function parsePrometheus(text: string): { types: Map<string, string>; samples: Sample[] } {
  assert.ok(text.endsWith("\n"), "ends with a newline");
  const types = new Map<string, string>();
  const helps = new Set<string>();
  const samples: Sample[] = [];
  const closed = new Set<string>();
  const series = new Set<string>();
  let current = "";
  text.slice(0, -1).split("\n").forEach((line, i) => {
    const at = `line ${i + 1}: ${line}`;
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (meta) {
      const [, kind, name, rest] = meta;
      if (name !== current) {
        if (current) closed.add(current);
        assert.ok(!closed.has(name), `family ${name} is not contiguous (${at})`);
        current = name;
      }
      if (kind === "HELP") helps.add(name);
      else {
        assert.ok(["counter", "gauge", "histogram", "summary", "untyped"].includes(rest), at);
        assert.ok(!types.has(name), `second TYPE (${at})`);
        assert.ok(samples.every((s) => s.name !== name), `TYPE after samples (${at})`);
        types.set(name, rest);
      }
      return;
    }
    assert.ok(!line.startsWith("#") || line.startsWith("# "), at);
    const m = SAMPLE.exec(line);
    assert.ok(m, `not a sample (${at})`);
    const [, name, , labelText, valueText] = m;
    assert.equal(name, current, `sample outside its family (${at})`);
    assert.ok(helps.has(name) && types.has(name), `sample before HELP/TYPE (${at})`);
    const labels: Record<string, string> = {};
    let rest = labelText ?? "";
    while (rest.length) {
      const p = LABEL_PAIR.exec(rest);
      assert.ok(p, `bad labels (${at})`);
      labels[p[1]] = p[2].replace(/\\n/g, "\n").replace(/\\"/g, '"').replace(/\\\\/g, "\\");
      rest = rest.slice(p[0].length);
    }
    const value = valueText === "NaN" ? NaN : valueText === "+Inf" ? Infinity : Number(valueText);
    assert.ok(valueText === "NaN" || !Number.isNaN(value), `bad value (${at})`);
    if (types.get(name) === "counter") assert.ok(name.endsWith("_total") && value >= 0, at);
    const key = `${name}${JSON.stringify(Object.entries(labels).sort())}`;
    assert.ok(!series.has(key), `duplicate series (${at})`);
    series.add(key);
    samples.push({ name, labels, value });
  });
  return { types, samples };
}

Deno.test("prometheus text: escaping survives the parser, names are validated", () => {
  const t = new PrometheusText();
  t.add("x_total", "counter", "Line one\nline two \\ end", { a: 'quote " back \\ nl \n' }, 3);
  t.add("y", "gauge", "g", {}, NaN);
  const parsed = parsePrometheus(t.render());
  assert.equal(parsed.samples[0].labels.a, 'quote " back \\ nl \n');
  assert.ok(Number.isNaN(parsed.samples[1].value));
  assert.throws(() => t.add("bad-name", "gauge", "h", {}, 1), /invalid metric name/);
  assert.throws(() => t.add("y", "counter", "h", {}, 1), /registered as gauge/);
});

Deno.test("edge HTTP endpoint: /metrics parses as Prometheus text, /health reports severities", async () => {
  const clock = new ManualClock();
  const m = new HealthMonitor({ venue: "binance", clock });
  m.connecting("binance.ws.0", "wss://stream.binance.com:9443/stream");
  m.opened("binance.ws.0", "wss://stream.binance.com:9443/stream");
  const t = clock.nowNs();
  m.frame("binance.ws.0", t, 120);
  m.recordEvent({
    type: "trade",
    instrument: { venue: "binance", symbol: 'BTC/USDT"odd', venueSymbol: "BTCUSDT" },
    venueTimeNs: t - 3_000_000n,
    receiveTimeNs: t,
    tradeId: "1",
    price: 1,
    size: 1,
    side: "buy",
  });
  m.connecting("binance.ws.1", "wss://stream.binance.com:9443/stream");
  m.closed("binance.ws.1", "connect failed");
  clock.advance(20_000);
  const server = startHealthServer([m], { port: 0 });
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const res = await fetch(`${base}/metrics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
    const { types, samples } = parsePrometheus(await res.text());
    assert.equal(types.get("edge_connection_up"), "gauge");
    assert.equal(types.get("edge_reconnects_total"), "counter");
    const up = samples.filter((s) => s.name === "edge_connection_up");
    assert.deepEqual(up.map((s) => [s.labels.connection, s.value]), [["binance.ws.0", 1], [
      "binance.ws.1",
      0,
    ]]);
    const sev = samples.filter((s) => s.name === "edge_health_severity");
    assert.equal(sev.find((s) => s.labels.connection === "binance.ws.1")?.value, 2);
    assert.ok(samples.some((s) => s.labels.symbol === 'BTC/USDT"odd'));
    assert.ok(samples.every((s) => s.labels.venue === "binance"));

    const health = await fetch(`${base}/health`);
    assert.equal(health.status, 503, "RED somewhere: the status code says so");
    const body = await health.json() as {
      overall: string;
      venues: {
        venue: string;
        rows: { kind: string; connection: string; severity: string; reason: string }[];
      }[];
    };
    assert.equal(body.overall, "RED");
    const ws1 = body.venues[0].rows.find((r) => r.kind === "connection" && r.connection === "binance.ws.1")!;
    assert.match(ws1.reason, /down for 20\.0 s \(connect failed\)/);
    assert.equal(await fetch(`${base}/nope`).then(async (r) => (await r.body?.cancel(), r.status)), 404);
    const post = await fetch(`${base}/health`, { method: "POST" });
    await post.body?.cancel();
    assert.equal(post.status, 405);
  } finally {
    await server.shutdown();
  }
});
