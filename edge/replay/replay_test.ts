import assert from "node:assert/strict";
import type { MarketEvent } from "../normalize/events.ts";
import { createBinanceAdapter } from "../venues/binance.ts";
import { msTextToNs, nsTextToNs } from "./receive-time.ts";
import { readLines, splitLines } from "./lines.ts";
import { endpointOf, replayCapture, ReplayTransport } from "./replay-transport.ts";
import { captureVenue } from "./capture-venue.ts";
import { parseUniformLine, readCapture } from "./capture-records.ts";
import { hasSharedData, sharedDataPath } from "./shared-data.ts";

const SPOT_UNIFORM = "exchange-captures/binance/binance-spot_2021-10-12.jsonl";
const SPOT_RAW = "exchange-captures/binance-recorded/spot-ethusdt_20240808.gz";

Deno.test("receive times convert from decimal text to exact ns", () => {
  assert.equal(msTextToNs("1633998512063.357"), 1633998512063357000n);
  assert.equal(msTextToNs("1626992741062.17"), 1626992741062170000n);
  assert.equal(msTextToNs("1626992741062.1234567"), 1626992741062123456n, "sub-ns digits are floored");
  assert.equal(msTextToNs("5"), 5_000_000n);
  assert.equal(msTextToNs("1e12"), undefined);
  assert.equal(msTextToNs("-1"), undefined);
  assert.equal(nsTextToNs("1723161255030314667"), 1723161255030314667n, "beyond 2^53, exact");
  assert.equal(nsTextToNs("17231612550.5"), undefined);
  const rec = parseUniformLine('{"ts":1633998512063.357,"kind":"recv","conn":"c","msg":"{\\"ts\\":1}"}', 1);
  assert.equal(rec.kind === "recv" && rec.timeNs, 1633998512063357000n);
});

Deno.test("lines split across chunk boundaries, CRLF and UTF-8 sequences", async () => {
  const bytes = new TextEncoder().encode("a\nbc\r\n\nd€e\n\nf");
  // Cut inside "\r\n" and inside the three bytes of "€".
  const cuts = [0, 3, 5, 7, 11, 12, bytes.length];
  async function* chunks() {
    for (let i = 1; i < cuts.length; i++) yield bytes.subarray(cuts[i - 1], cuts[i]);
  }
  const out: string[] = [];
  for await (const lines of splitLines(chunks())) out.push(...lines);
  assert.deepEqual(out, ["a", "bc", "", "d€e", "", "f"]);
});

Deno.test("capture paths map to adapter venues", () => {
  assert.equal(captureVenue("/d/exchange-captures/binance/binance-spot_2021-10-12.jsonl"), "binance");
  assert.equal(captureVenue("/d/binance-futures/x.jsonl"), "binance-usdm");
  assert.equal(captureVenue("/d/binance-delivery/raw/BINANCE_DELIVERY.ws.1.0"), "binance-coinm");
  assert.equal(captureVenue("/d/binance-recorded/cm-btcusd_perp_20240808.gz"), "binance-coinm");
  assert.equal(captureVenue("/d/binance-recorded/usdm-ethusdt_20240808.gz"), "binance-usdm");
  assert.equal(captureVenue("/d/binance-recorded/spot-ethusdt_20240808.gz"), "binance");
  assert.equal(captureVenue("/d/kucoin/kucoin-spot_2021-04-25.jsonl"), "kucoin");
  assert.throws(() => captureVenue("/d/binance-recorded/other.gz"), /Binance market/);
});

Deno.test("replay speed must be max or positive", async () => {
  const t = new ReplayTransport();
  const a = createBinanceAdapter("binance", { sink() {}, requests: t });
  await assert.rejects(() => t.run((async function* () {})(), a, { speed: 0 }), /speed/);
});

/** Replay a spot capture at `path` and summarize what came out. */
async function summarize(path: string) {
  const events: Record<string, number> = {};
  const trades: string[] = [];
  const { adapter, stats } = await replayCapture(path, (requests) =>
    createBinanceAdapter("binance", {
      sink: (e: MarketEvent) => {
        events[e.type] = (events[e.type] ?? 0) + 1;
        if (e.type === "trade") trades.push(`${e.tradeId}:${e.price}:${e.size}:${e.side}:${e.receiveTimeNs}`);
      },
      requests,
    }));
  return { events, trades, tops: adapter.topOfBooks(), a: adapter.stats(), stats };
}

async function writeText(path: string, text: string, gzip: boolean) {
  let body = new Blob([text]).stream();
  if (gzip) body = body.pipeThrough(new CompressionStream("gzip"));
  await Deno.writeFile(path, body);
}

Deno.test({
  name: "uniform capture: malformed lines and unknown messages are counted and skipped",
  ignore: !hasSharedData(SPOT_UNIFORM),
  fn: async () => {
    const lines: string[] = [];
    for await (const l of readLines(sharedDataPath(SPOT_UNIFORM))) lines.push(l);
    const garbage = [
      "this is not json",
      '{"ts":1633998512063.5,"kind":"teleport","conn":"BINANCE.ws.1","msg":"{}"}',
      '{"ts":"soon","kind":"recv","conn":"BINANCE.ws.1","msg":"{}"}',
      '{"ts":1633998512063.5,"kind":"recv","conn":"BINANCE.ws.1","msg":"{\\"stream\\":\\"x\\",\\"data\\":{\\"e\\":\\"depthUp' +
      '"}',
      '{"ts":1633998512063.5,"kind":"recv","conn":"BINANCE.ws.1","msg":"{\\"stream\\":\\"nknusdt@weather\\",\\"data\\":{\\"e\\":\\"weather\\"}}"}',
    ];
    const dirty = [...lines];
    for (let i = 0; i < garbage.length; i++) dirty.splice(10 + i * 40, 0, garbage[i]);
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/binance/dirty.jsonl`;
      await Deno.mkdir(`${dir}/binance`);
      await writeText(path, dirty.join("\n") + "\n", false);
      const clean = await summarize(sharedDataPath(SPOT_UNIFORM));
      const got = await summarize(path);
      assert.equal(got.stats.malformedLines, 3, "bad JSON, unknown kind, bad ts");
      assert.equal(got.a.malformed, 1, "the frame that is not JSON");
      assert.equal(got.a.messagesByType.weather, 1);
      assert.equal(got.a.ignored, clean.a.ignored + 1);
      assert.deepEqual(got.events, clean.events, "everything else comes out as from the clean capture");
      assert.deepEqual(got.trades, clean.trades);
      assert.deepEqual(got.tops, clean.tops);
      assert.equal(got.a.sequenceGaps, 0);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "raw gzip recording: garbage lines are counted and skipped, the rest replays unchanged",
  ignore: !hasSharedData(SPOT_RAW),
  fn: async () => {
    const lines: string[] = [];
    for await (const l of readLines(sharedDataPath(SPOT_RAW))) lines.push(l);
    const dirty = [...lines];
    dirty.splice(3, 0, "garbage without a time");
    dirty.splice(500, 0, '1723161254036052868 {"stream":"ethusdt@trade","data":{"e":"tra');
    dirty.splice(900, 0, "12x45 {}");
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/spot-ethusdt_dirty.gz`;
      await writeText(path, dirty.join("\n"), true);
      let records = 0;
      for await (const r of readCapture(path)) if (r.kind !== "malformed") records++;
      assert.equal(records, lines.length + 2, "every real line, the truncated frame and the connect");
      const clean = await summarize(sharedDataPath(SPOT_RAW));
      const got = await summarize(path);
      assert.equal(got.stats.malformedLines, 2);
      assert.equal(got.a.malformed, 1);
      assert.deepEqual(got.events, clean.events);
      assert.deepEqual(got.trades, clean.trades);
      assert.deepEqual(got.tops, clean.tops);
      assert.ok(got.trades.length > 1000);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "recorded pace: speed factor replays in order with the same result as max speed",
  ignore: !hasSharedData(SPOT_UNIFORM),
  fn: async () => {
    const path = sharedDataPath(SPOT_UNIFORM);
    const play = async (speed: "max" | number) => {
      const seen: string[] = [];
      // Each announced wait: its length and how long passed until the next event was played.
      const waits: { ms: number; announcedAt: number; nextEventAfter?: number }[] = [];
      let asked = 0;
      const { stats } = await replayCapture(
        path,
        (requests) =>
          createBinanceAdapter("binance", {
            sink: (e) => {
              const last = waits.at(-1);
              if (last && last.nextEventAfter === undefined) last.nextEventAfter = performance.now() - last.announcedAt;
              seen.push(`${e.type}@${e.receiveTimeNs}`);
            },
            requests,
          }),
        {
          speed,
          beforeWait: (ms) => waits.push({ ms, announcedAt: performance.now() }),
          wroteOutput: () => (asked++, false),
        },
      );
      return { seen, stats, waits, asked };
    };
    const paced = await play(1000);
    const fast = await play("max");
    assert.equal(paced.stats.byKind.recv, 265);
    assert.equal(paced.stats.snapshotsAnswered, 4);
    assert.equal(paced.stats.snapshotsUnanswered, 0);
    assert.ok(paced.seen.length > 0);
    assert.deepEqual(paced.seen, fast.seen);
    assert.equal(fast.waits.length, 0, "max speed never waits");
    assert.ok(paced.waits.length > 0, "ahead of the recorded pace, the replay announces its waits");
    assert.ok(paced.waits.some((w) => w.ms === Infinity), "and its reads of the capture");
    // Asked after every item (records and malformed lines), and before every wait and read.
    assert.ok(fast.asked >= fast.stats.records, `${fast.asked} asks for ${fast.stats.records} records`);
    assert.ok(paced.asked >= paced.stats.records + paced.waits.length, `${paced.asked} asks, ${paced.waits.length} waits`);
    for (const w of paced.waits) {
      assert.ok(w.ms >= 1, `announced wait ${w.ms} ms`);
      if (w.ms === Infinity) continue;
      // Nothing is played during an announced wait (timers may fire up to ~1 ms early on rounding).
      if (w.nextEventAfter !== undefined) assert.ok(w.nextEventAfter >= w.ms - 1, `next event ${w.nextEventAfter} ms into a ${w.ms} ms wait`);
    }
  },
});

Deno.test("endpoints: scheme, host, port and path decide; query, default port and trailing slash do not", () => {
  assert.equal(
    endpointOf("wss://stream.binance.com:9443/stream?streams=btcusdt@trade"),
    "wss://stream.binance.com:9443/stream",
  );
  assert.equal(endpointOf("wss://ws.bitstamp.net:443/"), "wss://ws.bitstamp.net");
  assert.equal(endpointOf("wss://ws.kraken.com"), endpointOf("wss://ws.kraken.com/"));
  assert.notEqual(endpointOf("wss://ws.kraken.com/v2"), endpointOf("wss://ws.kraken.com"));
  assert.notEqual(
    endpointOf("wss://stream.bybit.com/v5/public/spot"),
    endpointOf("wss://stream.bybit.com/v5/public/linear"),
  );
  assert.equal(endpointOf("not a url"), "not a url");
});
