/**
 * The stream clock-offset estimator on real capture timestamps (receive time vs Binance event time
 * `E`), and the NTP-style server-time probe against a local server whose clock runs ahead.
 */
import assert from "node:assert/strict";
import { loadCapture } from "../venues/test-captures.ts";
import { systemClock } from "../transport/clock.ts";
import { ClockOffsetEstimator } from "./clock-offset.ts";
import { probeServerTime, serverTimeSources } from "./server-time-probe.ts";
import { WindowQuantiles } from "./window-quantiles.ts";

/** receive − venue (ms) of every frame carrying a Binance event time. */
async function receiveMinusEvent(relative: string): Promise<number[] | undefined> {
  const records = await loadCapture(relative);
  if (!records) return undefined;
  const out: number[] = [];
  for (const r of records) {
    if (r.kind !== "recv") continue;
    const data = (JSON.parse(r.msg) as { data?: { E?: number } }).data;
    if (typeof data?.E === "number") out.push(Number(r.timeNs - BigInt(data.E) * 1_000_000n) / 1e6);
  }
  return out;
}

function estimator(samples: number[]) {
  const window = new WindowQuantiles({ windowMs: 3_600_000 });
  for (const d of samples) window.add(d, 0);
  return { window, clock: new ClockOffsetEstimator(window) };
}

function exactQuantile(samples: number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(q * (s.length - 1))];
}

Deno.test("clock offset: Binance USD-M capture, receive − exchange median ≈ +46 ms", async () => {
  const d = await receiveMinusEvent("binance-futures/binance-usdm-futures_2021-07-22.jsonl");
  if (!d) return;
  const { window, clock } = estimator(d);
  const median = window.quantile(0.5, 0)!;
  assert.ok(Math.abs(median - exactQuantile(d, 0.5)) <= Math.abs(exactQuantile(d, 0.5)) * 0.021);
  assert.ok(median > 40 && median < 52, `median ${median} ms (README: +46 ms)`);
  // venue − edge is bounded by the least-delayed frames: −(1st percentile of receive − venue).
  const offset = clock.fromStream(0)!;
  assert.ok(Math.abs(offset + exactQuantile(d, 0.01)) <= Math.abs(exactQuantile(d, 0.01)) * 0.021);
  assert.ok(offset < -median + 5, "the offset bound sits below the median delay");
  assert.equal(clock.estimate(0)?.source, "stream");
});

Deno.test("clock offset: binance-recorded USD-M BTCUSDT, the recorder ran ≈ 1.27 s behind", async () => {
  const d = await receiveMinusEvent("binance-recorded/usdm-btcusdt_20240808.gz");
  if (!d) return;
  const { window, clock } = estimator(d);
  const median = window.quantile(0.5, 0)!;
  assert.ok(median < -1_200 && median > -1_350, `median ${median} ms (README: −1.27 s)`);
  const offset = clock.fromStream(0)!;
  assert.ok(offset > 1_200 && offset < 1_350, `venue − edge ${offset} ms`);
});

Deno.test("server-time probe: NTP-style offset within RTT/2 of a venue clock running 750 ms ahead", async () => {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (req) => {
    const path = new URL(req.url).pathname;
    if (path === "/broken") return new Response("{}");
    return Response.json({ serverTime: Date.now() + 750 });
  });
  try {
    const base = `http://127.0.0.1:${server.addr.port}`;
    const source = { ...serverTimeSources["binance-usdm"], url: `${base}/fapi/v1/time` };
    const probe = (await probeServerTime(source, { clock: systemClock, fetch }, 5))!;
    assert.ok(
      Math.abs(probe.offsetMs - 750) <= probe.rttMs / 2 + 1,
      `${probe.offsetMs} ± ${probe.rttMs / 2}`,
    );
    const broken = await probeServerTime(
      { ...source, url: `${base}/broken` },
      { clock: systemClock, fetch },
      2,
    );
    assert.equal(broken, undefined);
    const window = new WindowQuantiles({ windowMs: 60_000 });
    window.add(40, 0);
    const est = new ClockOffsetEstimator(window, { probeFreshMs: 1_000 });
    est.recordProbe({ ...probe, atMs: 0 });
    assert.equal(est.estimate(500)?.source, "probe");
    assert.equal(est.estimate(1_500)?.source, "stream");
  } finally {
    await server.shutdown();
  }
});

Deno.test("server-time sources parse each venue's documented answer", () => {
  assert.equal(serverTimeSources.binance.parse('{"serverTime":1723075200123}'), 1723075200123);
  assert.equal(
    serverTimeSources.bybit.parse(
      '{"retCode":0,"result":{"timeSecond":"1723075200","timeNano":"1723075200123456789"}}',
    ),
    1723075200123.4568,
  );
  assert.equal(serverTimeSources.okx.parse('{"code":"0","data":[{"ts":"1723075200123"}]}'), 1723075200123);
  assert.equal(
    serverTimeSources.kraken.parse('{"error":[],"result":{"unixtime":1723075200}}'),
    1723075200000,
  );
  assert.throws(() => serverTimeSources.deribit.parse('{"result":"soon"}'), /no server time/);
});
