import assert from "node:assert/strict";
import { BybitAdapter } from "./adapter.ts";
import { type BybitMarket, bybitSymbolId, bybitUnifiedSymbol } from "./symbols.ts";
import type { MarketEvent } from "../../normalize/events.ts";
import { type CaptureRecord, loadCapture } from "../test-captures.ts";
import {
  assertControlFramesHandled,
  booksFromEvents,
  OracleBook,
  RecordingRequests,
} from "../venue-test-kit.ts";
import { runCheck } from "../../cli/check.ts";
import { ReplayTransport } from "../../replay/replay-transport.ts";
import { sharedDataPath } from "../../replay/shared-data.ts";

const CAPTURE = "bybit/bybit-v5-linear-spot_2026-08-09.jsonl";
const recs = await loadCapture(CAPTURE);
const ignore = recs === undefined;

/** The capture's connections by market, from their `connect` URLs. */
function connectionsOf(records: CaptureRecord[], market: BybitMarket): Set<string> {
  return new Set(
    records.filter((r) => r.kind === "connect" && r.url.endsWith(`/${market}`)).map((r) => r.conn),
  );
}

function frames(market: BybitMarket): CaptureRecord[] {
  const conns = connectionsOf(recs!, market);
  return recs!.filter((r) => r.kind === "recv" && conns.has(r.conn));
}

function setup(market: BybitMarket, depth = 50) {
  const events: MarketEvent[] = [];
  const requests = new RecordingRequests();
  const adapter = new BybitAdapter(market, { sink: (e) => events.push(e), requests, depth });
  const feed = (r: CaptureRecord, msg = r.msg) => adapter.onFrame(r.conn, msg, r.timeNs);
  return { adapter, events, requests, feed };
}

/** Independent reconstruction of every book in the frames (no adapter code involved). */
function oracleBooks(records: CaptureRecord[]): Map<string, OracleBook> {
  const books = new Map<string, OracleBook>();
  for (const r of records) {
    const m = JSON.parse(r.msg);
    if (!String(m.topic).startsWith("orderbook.")) continue;
    const book = books.get(m.data.s) ?? new OracleBook();
    books.set(m.data.s, book);
    if (m.type === "snapshot") book.clear();
    for (const [p, s] of m.data.b) book.set("bids", Number(p), Number(s));
    for (const [p, s] of m.data.a) book.set("asks", Number(p), Number(s));
    book.truncate(200);
  }
  return books;
}

for (const market of ["linear", "spot"] as const) {
  Deno.test({
    name: `bybit-${market}: the capture replays with no error, no gap, every book message applied`,
    ignore,
    fn() {
      const records = frames(market);
      const { adapter, events, feed, requests } = setup(market);
      for (const r of records) feed(r);
      const s = adapter.stats();
      const parsed = records.map((r) => JSON.parse(r.msg));
      const bookMsgs = parsed.filter((m) => String(m.topic).startsWith("orderbook.")).length;
      const tradeRows = parsed.filter((m) => String(m.topic).startsWith("publicTrade."))
        .reduce((n, m) => n + m.data.length, 0);
      assert.equal(s.malformed, 0);
      assert.equal(s.sequenceGaps + s.resyncs + s.crossedBooks, 0);
      assert.equal(s.bookUpdatesApplied, bookMsgs);
      assert.equal(s.trades, tradeRows);
      assert.equal(events.filter((e) => e.type === "trade").length, tradeRows);
      assert.equal(requests.sent.length, 0);
      // Forwarded (depth-50) events rebuild exactly the top 50 of an independent full reconstruction.
      const forwarded = booksFromEvents(events);
      const oracle = oracleBooks(records);
      assert.equal(forwarded.size, oracle.size);
      for (const [id, book] of oracle) {
        const symbol = bybitUnifiedSymbol(id, market);
        assert.deepEqual(forwarded.get(symbol)!.top(50), book.top(50), symbol);
        assert.deepEqual(adapter.topOfBooks().get(symbol), book.best(), symbol);
      }
      const symbols = [...new Set(events.map((e) => e.instrument.symbol))].sort();
      assert.deepEqual(
        symbols,
        market === "linear"
          ? ["BTC/USDT:USDT", "DOGE/USDT:USDT", "ETH/USDT:USDT", "SOL/USDT:USDT"]
          : ["BTC/USDT", "ETH/USDT"],
      );
      const bbo = events.filter((e) => e.type === "bbo");
      assert.ok(bbo.length > 100);
      for (const e of bbo) if (e.type === "bbo") assert.ok(e.bidPrice < e.askPrice);
      const derivative = events.filter((e) => e.type === "derivative");
      if (market === "spot") assert.equal(derivative.length, 0);
      else {
        assert.ok(derivative.length >= 4);
        for (const e of derivative) {
          if (e.type !== "derivative") continue;
          assert.ok(
            Number.isFinite(e.fundingRate) && e.markPrice > 0 && e.indexPrice > 0 && e.openInterest > 0,
          );
          assert.equal(e.nextFundingTimeNs, 1786320000000n * 1_000_000n);
        }
      }
    },
  });
}

Deno.test({
  name:
    "bybit-linear: book top equals the ticker's bid1/ask1 wherever the ticker is bracketed by an unchanged top",
  ignore,
  fn() {
    // Rule: both streams are 100 ms samples of the same engine, stamped with its cross sequence
    // (book `seq`, ticker `cs`). For a ticker newer than the last book update (cs >= its seq) whose top
    // *prices* are the same in that update and the next, the ticker's bid1/ask1 prices must equal them
    // exactly. Sizes are not compared: they move inside the 100 ms batch (they differ in ~half the cases).
    const { adapter, feed } = setup("linear", 200);
    const tops: Record<string, Array<{ seq: number; bid: number; ask: number }>> = {};
    const tickers: Array<{ id: string; cs: number; bid: number; ask: number }> = [];
    const merged = new Map<string, Record<string, string>>();
    for (const r of frames("linear")) {
      feed(r);
      const m = JSON.parse(r.msg);
      if (String(m.topic).startsWith("orderbook.")) {
        const t = adapter.topOfBooks().get(bybitUnifiedSymbol(m.data.s, "linear"))!;
        (tops[m.data.s] ??= []).push({ seq: m.data.seq, bid: t.bidPrice, ask: t.askPrice });
      } else if (String(m.topic).startsWith("tickers.")) {
        const t = { ...merged.get(m.data.symbol), ...m.data };
        merged.set(m.data.symbol, t);
        if (m.cs !== undefined) {
          tickers.push({ id: m.data.symbol, cs: m.cs, bid: +t.bid1Price, ask: +t.ask1Price });
        }
      }
    }
    let compared = 0;
    for (const t of tickers) {
      const series = tops[t.id] ?? [];
      const i = series.findLastIndex((b) => b.seq <= t.cs);
      if (i < 0 || i + 1 >= series.length) continue;
      const [a, b] = [series[i], series[i + 1]];
      if (a.bid !== b.bid || a.ask !== b.ask) continue;
      assert.deepEqual([t.bid, t.ask], [a.bid, a.ask], `${t.id} cs ${t.cs}`);
      compared++;
    }
    assert.ok(compared >= 700, `only ${compared} comparable tickers`);
  },
});

/** Index of the n-th BTCUSDT orderbook delta among the linear frames. */
function nthDelta(records: CaptureRecord[], n: number): number {
  let seen = 0;
  return records.findIndex((r) =>
    r.msg.includes('"orderbook.200.BTCUSDT"') && r.msg.includes('"delta"') && seen++ === n
  );
}

type Fault = "deleted" | "reordered" | "corrupted-u";

for (const fault of ["deleted", "reordered", "corrupted-u"] as Fault[]) {
  Deno.test({
    name: `bybit-linear: a ${fault} delta ⇒ gap, invalid, resubscribe, nothing forwarded until a snapshot`,
    ignore,
    fn() {
      const records = frames("linear");
      const k = nthDelta(records, 100);
      const faulty = records.slice();
      if (fault === "deleted") faulty.splice(k, 1);
      if (fault === "reordered") {
        const k2 = nthDelta(records, 101);
        [faulty[k], faulty[k2]] = [faulty[k2], faulty[k]];
      }
      const { adapter, events, requests, feed } = setup("linear");
      let eventsAtFault = -1;
      for (let i = 0; i < faulty.length; i++) {
        let msg = faulty[i].msg;
        if (fault === "corrupted-u" && i === k) {
          msg = msg.replace(/"u":(\d+)/, (_, u) => `"u":${Number(u) + 7}`);
        }
        feed(faulty[i], msg);
        if (i === k) eventsAtFault = events.length;
      }
      const s = adapter.stats();
      assert.equal(s.sequenceGaps, 1);
      assert.equal(s.resyncs, 1);
      assert.equal(s.malformed, 0);
      assert.deepEqual(requests.sent.map((x) => [x.connectionId, JSON.parse(x.frame)]), [
        ["BYBIT.ws.2", { op: "unsubscribe", args: ["orderbook.200.BTCUSDT"] }],
        ["BYBIT.ws.2", { op: "subscribe", args: ["orderbook.200.BTCUSDT"] }],
      ]);
      // No BTC book event after the fault, other books unaffected, BTC absent from valid tops.
      const after = events.slice(eventsAtFault);
      assert.equal(
        after.filter((e) => e.type === "book" && e.instrument.symbol === "BTC/USDT:USDT").length,
        0,
      );
      assert.ok(after.some((e) => e.type === "book" && e.instrument.symbol === "ETH/USDT:USDT"));
      assert.equal(adapter.topOfBooks().has("BTC/USDT:USDT"), false);
      assert.equal(adapter.topOfBooks().size, 3);
    },
  });
}

Deno.test({
  name:
    "bybit-linear: after a gap, the resubscription's snapshot restores a correct book (and u == 1 resets)",
  ignore,
  fn() {
    const records = frames("linear");
    const k = nthDelta(records, 100);
    const resume = nthDelta(records, 120);
    const { adapter, events, feed } = setup("linear");
    const oracle = new OracleBook();
    let nextU = 2;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      const m = JSON.parse(r.msg);
      const btc = m.topic === "orderbook.200.BTCUSDT";
      if (btc) {
        if (m.type === "snapshot") oracle.clear();
        for (const [p, s] of m.data.b) oracle.set("bids", +p, +s);
        for (const [p, s] of m.data.a) oracle.set("asks", +p, +s);
        oracle.truncate(200);
      }
      if (i === k) continue; // lost on the wire
      if (i === resume) {
        // What the venue sends after the resubscription: the full current book (Bybit restarts u at 1).
        const { bids, asks } = oracle.top(200);
        const str = (l: [number, number][]) => l.map(([p, s]) => [String(p), String(s)]);
        const snap = {
          topic: m.topic,
          type: "delta",
          ts: m.ts,
          data: { s: "BTCUSDT", b: str(bids), a: str(asks), u: 1, seq: 1 },
        };
        feed(r, JSON.stringify(snap));
        continue;
      }
      if (btc && i > resume) m.data.u = nextU++; // the venue numbers from 1 again after the restart
      feed(r, btc && i > resume ? JSON.stringify(m) : r.msg);
    }
    assert.equal(adapter.stats().sequenceGaps, 1);
    assert.equal(adapter.stats().resyncs, 1);
    assert.deepEqual(adapter.topOfBooks().get("BTC/USDT:USDT"), oracle.best());
    assert.deepEqual(booksFromEvents(events).get("BTC/USDT:USDT")!.top(50), oracle.top(50));
  },
});

Deno.test({
  name: "bybit-linear: a corrupted level that crosses the book is caught; a corrupted size is not detectable",
  ignore,
  fn() {
    const records = frames("linear");
    const k = nthDelta(records, 50);
    const { adapter, events, feed } = setup("linear");
    let atFault = 0;
    for (let i = 0; i < records.length; i++) {
      let msg = records[i].msg;
      // A bid at an absurd price: the book crosses, so the corruption cannot go unnoticed.
      if (i === k) msg = msg.replace('"b":[', '"b":[["999999.90","1.000"],');
      feed(records[i], msg);
      if (i === k) atFault = events.length;
    }
    assert.equal(adapter.stats().crossedBooks, 1);
    assert.equal(adapter.stats().resyncs, 1);
    assert.equal(
      events.slice(atFault - 1).filter((e) => e.type === "book" && e.instrument.symbol === "BTC/USDT:USDT")
        .length,
      0,
    );
  },
});

Deno.test({
  name: "bybit: malformed frames are counted and skipped, the books stay valid",
  ignore,
  fn() {
    const records = frames("linear");
    const { adapter, events, feed } = setup("linear");
    const half = Math.floor(records.length / 2);
    for (const r of records.slice(0, half)) feed(r);
    const before = events.length;
    const bad = [
      records[half].msg.slice(0, 40), // truncated JSON
      "\u0000\u00ff\ufffd binary garbage",
      '{"topic":"orderbook.200.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":"x","a":[],"u":1}}',
      '{"topic":"orderbook.200.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[["1e999","1"]],"a":[],"u":2}}',
      '{"topic":"publicTrade.BTCUSDT","ts":1,"data":[{"T":1,"s":"BTCUSDT","S":"Sideways","v":"1","p":"1","i":"x"}]}',
      '{"topic":"tickers.BTCUSDT","type":"delta","ts":1,"data":{"symbol":"BTCUSDT","bid1Price":""}}',
      "[]",
      "12345678901234567890123",
    ];
    for (const b of bad) adapter.onFrame("BYBIT.ws.2", b, 1n);
    assert.equal(adapter.stats().malformed, bad.length);
    assert.equal(events.length, before);
    for (const r of records.slice(half)) feed(r);
    const s = adapter.stats();
    assert.equal(s.sequenceGaps + s.resyncs, 0);
    assert.equal(adapter.topOfBooks().size, 4);
  },
});

Deno.test("bybit-linear: allLiquidation (documented format) and u == 1 snapshot semantics", () => {
  const events: MarketEvent[] = [];
  const adapter = new BybitAdapter("linear", {
    sink: (e) => events.push(e),
    requests: new RecordingRequests(),
  });
  adapter.onFrame(
    "c",
    '{"topic":"allLiquidation.ROSEUSDT","type":"snapshot","ts":1739502303204,"data":[{"T":1739502302929,"s":"ROSEUSDT","S":"Sell","v":"20000","p":"0.04499"},{"T":1739502302930,"s":"ROSEUSDT","S":"Buy","v":"10","p":"0.04510"}]}',
    5n,
  );
  assert.deepEqual(
    events.map((e) => e.type === "liquidation" && [e.instrument.symbol, e.side, e.price, e.size]),
    [
      ["ROSE/USDT:USDT", "buy", 0.04499, 20000],
      ["ROSE/USDT:USDT", "sell", 0.0451, 10],
    ],
  );
  assert.equal(events[0].venueTimeNs, 1739502302929n * 1_000_000n);
  const book = (type: string, u: number, b: string, a: string) =>
    adapter.onFrame(
      "c",
      `{"topic":"orderbook.50.X1USDT","type":"${type}","ts":1,"data":{"s":"X1USDT","b":[${b}],"a":[${a}],"u":${u},"seq":1}}`,
      1n,
    );
  book("snapshot", 10, '["1.0","2"]', '["1.2","3"]');
  book("delta", 11, '["1.1","1"]', "");
  book("delta", 1, '["0.5","9"]', '["0.6","9"]'); // service restart: replaces the book
  book("delta", 2, '["0.55","1"]', "");
  assert.deepEqual(adapter.topOfBooks().get("X1/USDT:USDT"), {
    bidPrice: 0.55,
    bidSize: 1,
    askPrice: 0.6,
    askSize: 9,
  });
  assert.equal(adapter.stats().sequenceGaps, 0);
});

Deno.test("bybit: plan keeps <= 10 args per subscribe and shards 50 symbols per connection", () => {
  const adapter = new BybitAdapter("spot", { sink: () => {}, requests: new RecordingRequests(), depth: 100 });
  const symbols = Array.from({ length: 73 }, (_, i) => `C${i}/USDT`);
  const plans = adapter.plan(symbols);
  assert.equal(plans.length, 2);
  const args = plans.flatMap((p) => p.subscribe.map((f) => JSON.parse(f).args as string[]));
  assert.ok(args.every((a) => a.length <= 10));
  const topics = args.flat();
  assert.equal(topics.length, 73 * 3);
  assert.ok(topics.includes("orderbook.200.C0USDT") && topics.includes("tickers.C72USDT"));
  assert.equal(plans[0].url, "wss://stream.bybit.com/v5/public/spot");
  const linear = new BybitAdapter("linear", { sink: () => {}, requests: new RecordingRequests() });
  const [plan] = linear.plan(["BTC/USDT:USDT", "ETHUSDT"]);
  assert.deepEqual(plan.subscribe.flatMap((f) => JSON.parse(f).args), [
    "orderbook.50.BTCUSDT",
    "publicTrade.BTCUSDT",
    "tickers.BTCUSDT",
    "allLiquidation.BTCUSDT",
    "orderbook.50.ETHUSDT",
    "publicTrade.ETHUSDT",
    "tickers.ETHUSDT",
    "allLiquidation.ETHUSDT",
  ]);
  assert.equal(bybitSymbolId("BTC/USDC:USDC"), "BTCPERP");
  assert.equal(bybitUnifiedSymbol("BTCPERP", "linear"), "BTC/USDC:USDC");
});

/** The ping answers Bybit documents: spot echoes the op with ret_msg "pong", linear answers op "pong". */
const PONGS: Readonly<Record<BybitMarket, string>> = {
  spot: '{"success":true,"ret_msg":"pong","conn_id":"d9avt8shteepr00gfc1g-4zd1x","op":"ping"}',
  linear: '{"req_id":"","op":"pong","args":["1786310830000"],"conn_id":"d8bu1olkndm7crnfs1e0-j6akw"}',
};

for (const market of ["spot", "linear"] as const) {
  Deno.test({
    name: `bybit-${market}: a refused subscription (success:false) is reported; the pong is liveness`,
    ignore,
    fn() {
      // The capture's own ack shape, refused.
      const refusal = JSON.stringify({
        success: false,
        ret_msg: "error:handler not found",
        conn_id: "d8bu1olkndm7crnfs1e0-j6akw",
        req_id: "",
        op: "subscribe",
      });
      assertControlFramesHandled(
        (sink, requests) => new BybitAdapter(market, { sink, requests }),
        frames(market),
        { pong: PONGS[market], refusal, reason: /^subscribe: error:handler not found$/ },
      );
    },
  });

  Deno.test({
    name: `bybit-${market} --check on the mixed spot+linear capture: only ${market} connections, exact books`,
    ignore,
    async fn() {
      const report = await runCheck({
        venue: `bybit-${market}`,
        replayPath: sharedDataPath(`exchange-captures/${CAPTURE}`),
      });
      assert.equal(report.malformed, 0);
      assert.equal(report.sequenceGaps + report.resyncs + report.crossedBooks + report.venueErrors, 0);
      assert.equal(report.replay.sendsDropped, 0, "no resubscription asked for");
      // The other market's connection is set aside, every frame of it counted.
      const other = market === "spot" ? "linear" : "spot";
      assert.equal(report.replay.foreignConnections, 1);
      assert.equal(report.replay.foreignFrames, frames(other).length);
      const oracle = oracleBooks(frames(market));
      assert.deepEqual(
        Object.keys(report.books),
        [...oracle.keys()].map((id) => bybitUnifiedSymbol(id, market)).sort(),
      );
      for (const [id, book] of oracle) {
        assert.deepEqual(report.books[bybitUnifiedSymbol(id, market)], book.best());
      }
    },
  });
}

Deno.test('bybit: plans ping every 20 s ({"op":"ping"}) on both markets', () => {
  for (const market of ["spot", "linear"] as const) {
    const [plan] = new BybitAdapter(market, { sink: () => {}, requests: new RecordingRequests() }).plan([
      "BTCUSDT",
    ]);
    assert.deepEqual(plan.heartbeat, { intervalMs: 20_000, frame: '{"op":"ping"}' });
    assert.equal(plan.probe, undefined, "the ping doubles as the probe");
  }
});

Deno.test({
  name:
    "bybit-linear: ticker events equal a reference merge (each delta's fields over a copy of the last full ticker)",
  ignore: recs === undefined,
  async fn() {
    const events: MarketEvent[] = [];
    const transport = new ReplayTransport();
    const adapter = new BybitAdapter("linear", { sink: (e) => events.push(e), requests: transport });
    await transport.run(
      (async function* () {
        yield* recs!;
      })(),
      adapter,
    );
    // The reference: a ticker message's fields over a copy of the last full one (a snapshot's alone).
    const last = new Map<string, Record<string, string>>();
    const expected: number[][] = [];
    const num = (v: string | undefined) => v === undefined || v === "" ? NaN : Number(v);
    const linear = new Set(
      recs!.filter((r) => r.kind === "connect" && r.url.includes("linear")).map((r) => r.conn),
    );
    for (const r of recs!) {
      if (r.kind !== "recv" || !linear.has(r.conn) || !r.msg.startsWith('{"topic":"tickers.')) continue;
      const m = JSON.parse(r.msg);
      const snapshot = m.type === "snapshot";
      if (!snapshot && !last.has(m.data.symbol)) continue;
      const t = snapshot ? { ...m.data } : { ...last.get(m.data.symbol), ...m.data };
      last.set(m.data.symbol, t);
      const carries = (fields: string[]) => snapshot || fields.some((f) => f in m.data);
      if (t.bid1Price !== undefined && carries(["bid1Price", "bid1Size", "ask1Price", "ask1Size"])) {
        expected.push([+t.bid1Price, +t.bid1Size, +t.ask1Price, +t.ask1Size]);
      }
      if (carries(["fundingRate", "nextFundingTime", "markPrice", "indexPrice", "openInterest"])) {
        expected.push([num(t.fundingRate), num(t.markPrice), num(t.indexPrice), num(t.openInterest)]);
      }
    }
    const got = events.flatMap((e) =>
      e.type === "bbo"
        ? [[e.bidPrice, e.bidSize, e.askPrice, e.askSize]]
        : e.type === "derivative"
        ? [[e.fundingRate, e.markPrice, e.indexPrice, e.openInterest]]
        : []
    );
    assert.ok(got.length > 700);
    assert.deepEqual(got, expected);
  },
});
