import assert from "node:assert/strict";
import { DeribitAdapter, deribitInstrument, deribitName } from "./deribit.ts";
import type { AdapterRequests, TopOfBook } from "./adapter.ts";
import type { MarketEvent } from "../normalize/events.ts";
import { type CaptureRecord, loadCapture } from "./test-captures.ts";
import { assertControlFramesHandled } from "./venue-test-kit.ts";

const recs = await loadCapture("deribit/deribit-v2_2021-07-22.jsonl");
const frames = recs?.filter((r) => r.kind === "recv") ?? [];

function harness() {
  const events: MarketEvent[] = [];
  const sent: string[] = [];
  const errors: string[] = [];
  const requests: AdapterRequests = {
    send: (_conn, frame) => sent.push(frame),
    requestSnapshot: () => assert.fail("deribit has no REST snapshot"),
    reconnect: () => assert.fail("deribit resyncs by resubscribing"),
    reportError: (conn, reason) => errors.push(`${conn}: ${reason}`),
  };
  const adapter = new DeribitAdapter({ sink: (e) => events.push(e), requests });
  const feed = (list: readonly CaptureRecord[]) => {
    for (const r of list) adapter.onFrame(r.conn, r.msg, r.timeNs);
  };
  return { adapter, events, sent, errors, feed };
}

const subscription = (channel: string, data: unknown) =>
  JSON.stringify({ jsonrpc: "2.0", method: "subscription", params: { channel, data } });

Deno.test({
  name: "deribit: capture replays cleanly; top of book equals the ticker as of the ticker's venue time",
  ignore: recs === undefined,
  fn() {
    const h = harness();
    // Rule: a ticker is compared with the rebuilt top after the last book message whose venue
    // timestamp is <= the ticker's timestamp (book and ticker share Deribit's matching-engine clock),
    // for instruments with both sides present. Prices and sizes must all be equal.
    const history = new Map<string, { t: bigint; top: TopOfBook }[]>();
    const tickers: { symbol: string; t: bigint; top: TopOfBook }[] = [];
    for (const r of frames) {
      const before = h.events.length;
      h.adapter.onFrame(r.conn, r.msg, r.timeNs);
      for (const e of h.events.slice(before)) {
        if (e.type === "book") {
          const top = h.adapter.topOfBooks().get(e.instrument.symbol);
          if (top) {
            history.set(e.instrument.symbol, [...(history.get(e.instrument.symbol) ?? []), {
              t: e.venueTimeNs,
              top,
            }]);
          }
        } else if (e.type === "bbo" && e.bidSize > 0 && e.askSize > 0) {
          const { bidPrice, bidSize, askPrice, askSize } = e;
          tickers.push({
            symbol: e.instrument.symbol,
            t: e.venueTimeNs,
            top: { bidPrice, bidSize, askPrice, askSize },
          });
        }
      }
    }
    const s = h.adapter.stats();
    assert.equal(s.malformed, 0);
    assert.equal(s.sequenceGaps, 0);
    assert.equal(s.resyncs, 0);
    assert.equal(s.messagesByType.book, 46);
    assert.equal(s.messagesByType.ticker, 89);
    assert.deepEqual(h.sent, []);
    let compared = 0;
    for (const tk of tickers) {
      const states = (history.get(tk.symbol) ?? []).filter((h) => h.t <= tk.t);
      if (states.length === 0) continue;
      compared++;
      assert.deepEqual(states[states.length - 1].top, tk.top, `${tk.symbol} at ${tk.t}`);
    }
    assert.ok(compared >= 60, `compared ${compared}`);
  },
});

Deno.test({
  name:
    "deribit: a deleted change invalidates that book only, resubscribes it once, recovers on a new snapshot",
  ignore: recs === undefined,
  fn() {
    const h = harness();
    const channel = "book.BTC-24SEP21-8000-P.raw";
    const mine = frames.filter((r) => r.msg.includes(`"${channel}"`));
    const cut = frames.indexOf(mine[2]); // the second change
    h.feed(frames.slice(0, cut));
    const booksBefore = h.events.filter((e) =>
      e.type === "book" && e.instrument.venueSymbol === "BTC-24SEP21-8000-P"
    ).length;
    h.feed(frames.slice(cut + 1));
    const s = h.adapter.stats();
    assert.equal(s.sequenceGaps, 1);
    assert.equal(s.resyncs, 1);
    assert.deepEqual(h.sent.map((f) => [JSON.parse(f).method, JSON.parse(f).params.channels]), [
      ["public/unsubscribe", [channel]],
      ["public/subscribe", [channel]],
    ]);
    const after =
      h.events.filter((e) => e.type === "book" && e.instrument.venueSymbol === "BTC-24SEP21-8000-P").length;
    assert.equal(after, booksBefore, "nothing forwarded from the invalid book");
    const tops = h.adapter.topOfBooks();
    assert.equal(tops.has("BTC/USD:BTC-210924-8000-P"), false);
    assert.equal(tops.has("BTC/USD:BTC-210924-34000-P"), true, "other books unaffected");
    // Deribit answers the resubscribe with a snapshot and the change chain continues from it.
    h.feed(mine);
    assert.equal(h.adapter.topOfBooks().has("BTC/USD:BTC-210924-8000-P"), true);
    assert.equal(h.adapter.stats().sequenceGaps, 1);
  },
});

Deno.test({
  name: "deribit: malformed frames are counted and skipped without touching books",
  ignore: recs === undefined,
  fn() {
    const h = harness();
    h.feed(frames);
    const before = h.adapter.topOfBooks();
    const bad = [
      '{"jsonrpc":"2.0","method":"subscr', // truncated
      "\u0001\u00ff garbage",
      subscription("book.BTC-24SEP21-8000-P.raw", {
        type: "change",
        timestamp: 1,
        instrument_name: "BTC-24SEP21-8000-P",
        change_id: "x",
        prev_change_id: 1,
        bids: [],
        asks: [],
      }),
      subscription("book.BTC-24SEP21-8000-P.raw", {
        type: "change",
        timestamp: 1,
        instrument_name: "BTC-24SEP21-8000-P",
        change_id: 2 ** 60,
        prev_change_id: 1,
        bids: [],
        asks: [],
      }),
      subscription("ticker.BTC-PERPETUAL.raw", {
        instrument_name: "BTC-PERPETUAL",
        timestamp: 1,
        best_bid_price: "1e999",
      }),
      subscription("trades.BTC-PERPETUAL.raw", [{ direction: "up" }]),
    ];
    for (const b of bad) h.adapter.onFrame("DERIBIT.ws.1", b, 0n);
    assert.equal(h.adapter.stats().malformed, bad.length);
    assert.deepEqual(h.adapter.topOfBooks(), before);
    assert.equal(h.adapter.stats().trades, 0);
  },
});

Deno.test("deribit: perpetual ticker → bbo + derivative (funding_8h, mark, index, OI)", () => {
  const h = harness();
  // Documented format (docs.deribit.com, ticker.{instrument_name}.{interval}), perpetual fields.
  h.adapter.onFrame(
    "c",
    subscription("ticker.BTC-PERPETUAL.100ms", {
      timestamp: 1623060194301,
      stats: { volume_usd: 1.2e9, volume: 24871.5, price_change: 0.3, low: 35550.5, high: 36899.5 },
      state: "open",
      settlement_price: 36075.19,
      open_interest: 502097590,
      min_price: 35397.68,
      max_price: 36553.93,
      mark_price: 35977.81,
      last_price: 35975.5,
      interest_value: 1.7362511643080387,
      instrument_name: "BTC-PERPETUAL",
      index_price: 35983.86,
      funding_8h: 0.00002196,
      estimated_delivery_price: 35983.86,
      current_funding: 0,
      best_bid_price: 35975.5,
      best_bid_amount: 18960,
      best_ask_price: 35976,
      best_ask_amount: 39930,
    }),
    5n,
  );
  assert.equal(h.events.length, 2);
  const [bbo, der] = h.events;
  assert.equal(bbo.type, "bbo");
  assert.equal(bbo.instrument.symbol, "BTC/USD:BTC");
  assert.deepEqual([bbo.type === "bbo" && bbo.bidPrice, bbo.type === "bbo" && bbo.askSize], [35975.5, 39930]);
  assert.equal(der.type, "derivative");
  if (der.type !== "derivative") return;
  assert.equal(der.fundingRate, 0.00002196);
  assert.equal(der.markPrice, 35977.81);
  assert.equal(der.indexPrice, 35983.86);
  assert.equal(der.openInterest, 502097590);
  assert.equal(der.venueTimeNs, 1623060194301_000_000n);
  assert.equal(der.receiveTimeNs, 5n);
  // A dated future has no funding rate; an option yields no derivative event at all.
  h.adapter.onFrame(
    "c",
    subscription("ticker.BTC-24SEP21.100ms", {
      timestamp: 1,
      instrument_name: "BTC-24SEP21",
      mark_price: 1,
      index_price: 2,
      open_interest: 3,
      best_bid_price: 0,
      best_bid_amount: 0,
      best_ask_price: 5,
      best_ask_amount: 1,
    }),
    0n,
  );
  const fut = h.events[3];
  assert.equal(fut.type === "derivative" && Number.isNaN(fut.fundingRate), true);
  const futBbo = h.events[2];
  assert.equal(futBbo.type === "bbo" && Number.isNaN(futBbo.bidPrice), true, "empty bid side is NaN, not 0");
});

Deno.test("deribit: trades carry the taker side; liquidation flags yield liquidation events", () => {
  const h = harness();
  h.adapter.onFrame(
    "c",
    subscription("trades.BTC-PERPETUAL.100ms", [
      {
        trade_seq: 30289432,
        trade_id: "48079254",
        timestamp: 1590484156350,
        tick_direction: 0,
        price: 8950.0,
        mark_price: 8948.9,
        instrument_name: "BTC-PERPETUAL",
        index_price: 8955.88,
        direction: "sell",
        amount: 10.0,
      },
      {
        trade_seq: 30289433,
        trade_id: "48079255",
        timestamp: 1590484156351,
        tick_direction: 1,
        price: 8951.0,
        mark_price: 8948.9,
        instrument_name: "BTC-PERPETUAL",
        index_price: 8955.88,
        direction: "buy",
        amount: 20.0,
        liquidation: "M",
      },
    ]),
    0n,
  );
  const trades = h.events.filter((e) => e.type === "trade");
  assert.deepEqual(trades.map((t) => t.type === "trade" && [t.tradeId, t.side, t.price, t.size]), [
    ["48079254", "sell", 8950, 10],
    ["48079255", "buy", 8951, 20],
  ]);
  const liq = h.events.filter((e) => e.type === "liquidation");
  assert.deepEqual(liq.map((l) => l.type === "liquidation" && [l.side, l.price, l.size]), [[
    "sell",
    8951,
    20,
  ]]);
  assert.equal(h.adapter.stats().trades, 2);
});

Deno.test("deribit: heartbeat test_request is answered", () => {
  const h = harness();
  h.adapter.onFrame("c", '{"jsonrpc":"2.0","method":"heartbeat","params":{"type":"test_request"}}', 0n);
  assert.equal(JSON.parse(h.sent[0]).method, "public/test");
});

Deno.test("deribit: instrument names ↔ ccxt unified symbols", () => {
  const cases: [string, string, string][] = [
    ["BTC-PERPETUAL", "BTC/USD:BTC", "perpetual"],
    ["BTC_USDC-PERPETUAL", "BTC/USDC:USDC", "perpetual"],
    ["BTC-24SEP21", "BTC/USD:BTC-210924", "future"],
    ["BTC-31DEC21-34000-P", "BTC/USD:BTC-211231-34000-P", "option"],
    ["ETH-5AUG21-2300-C", "ETH/USD:ETH-210805-2300-C", "option"],
    ["XRP_USDC-30AUG24-0d625-C", "XRP/USDC:USDC-240830-0.625-C", "option"],
  ];
  for (const [name, symbol, kind] of cases) {
    assert.deepEqual(deribitInstrument(name), { symbol, kind });
    assert.equal(deribitName(symbol), name);
  }
  assert.throws(() => deribitInstrument("BTC-32XYZ21"));
});

Deno.test({
  name: "deribit: a JSON-RPC error is reported; the public/test answer is liveness",
  ignore: recs === undefined,
  fn() {
    assertControlFramesHandled((sink, requests) => new DeribitAdapter({ sink, requests }), frames, {
      pong:
        '{"jsonrpc":"2.0","id":3,"result":{"version":"1.2.26"},"usIn":1626993723000000,"usOut":1626993723000100,"usDiff":100,"testnet":false}',
      refusal: JSON.stringify({
        jsonrpc: "2.0",
        id: 8,
        error: {
          message: "Invalid params",
          data: { reason: "invalid channel", param: "channels" },
          code: -32602,
        },
        usIn: 1626993723000000,
        usOut: 1626993723000100,
        usDiff: 100,
        testnet: false,
      }),
      reason: /^-32602: Invalid params \{"reason":"invalid channel","param":"channels"\}$/,
    });
  },
});

Deno.test("deribit: the plan asks for heartbeats and probes a silent connection with public/test", () => {
  const [plan] = harness().adapter.plan(["BTC-PERPETUAL"]);
  const subscribe = plan.subscribe.map((f) => JSON.parse(f));
  assert.deepEqual([subscribe[0].method, subscribe[0].params], ["public/set_heartbeat", { interval: 30 }]);
  assert.equal(JSON.parse(plan.probe!).method, "public/test");
  // The heartbeat that only says "alive" needs no answer; test_request does (see the test above it).
  const h = harness();
  h.adapter.onFrame("c", '{"jsonrpc":"2.0","method":"heartbeat","params":{"type":"heartbeat"}}', 0n);
  assert.deepEqual(h.sent, []);
  assert.equal(h.adapter.stats().malformed, 0);
});
