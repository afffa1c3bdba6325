import assert from "node:assert/strict";
import { CoinbaseAdapter, coinbaseUnifiedSymbol, IsoClock } from "./coinbase.ts";
import { isoToNs } from "./frame-fields.ts";
import type { AdapterRequests } from "./adapter.ts";
import type { BboEvent, MarketEvent } from "../normalize/events.ts";
import { type CaptureRecord, loadCapture } from "./test-captures.ts";
import { assertControlFramesHandled } from "./venue-test-kit.ts";

const CAPTURE = "coinbase/coinbase-advanced-trade_2026-08-09.jsonl";
const recs = await loadCapture(CAPTURE);
const frames = recs?.filter((r) => r.kind === "recv") ?? [];

interface Harness {
  adapter: CoinbaseAdapter;
  events: MarketEvent[];
  reconnects: string[];
  errors: string[];
}

function harness(): Harness {
  const events: MarketEvent[] = [];
  const reconnects: string[] = [];
  const errors: string[] = [];
  const requests: AdapterRequests = {
    send: () => assert.fail("coinbase never sends after subscribe"),
    requestSnapshot: () => assert.fail("coinbase has no REST snapshot"),
    reconnect: (conn) => reconnects.push(conn),
    reportError: (conn, reason) => errors.push(`${conn}: ${reason}`),
  };
  const adapter = new CoinbaseAdapter({ sink: (e) => events.push(e), requests });
  return { adapter, events, reconnects, errors };
}

function feed(h: Harness, list: readonly CaptureRecord[]): void {
  for (const r of list) h.adapter.onFrame(r.conn, r.msg, r.timeNs);
}

function seqOf(r: CaptureRecord): number {
  return JSON.parse(r.msg).sequence_num;
}

/** Index of the first l2 update with sequence_num > after (both books are snapshotted by seq 21). */
function l2UpdateIndex(after: number): number {
  return frames.findIndex((r) =>
    r.msg.includes('"l2_data"') && r.msg.includes('"update"') && seqOf(r) > after
  );
}

Deno.test({
  name: "coinbase: full capture replays with zero errors, backfill skipped, taker sides from maker sides",
  ignore: recs === undefined,
  fn() {
    const h = harness();
    feed(h, frames);
    const s = h.adapter.stats();
    assert.equal(s.malformed, 0);
    assert.equal(s.sequenceGaps, 0);
    assert.equal(s.resyncs, 0);
    assert.equal(s.crossedBooks, 0);
    assert.deepEqual(h.reconnects, []);
    assert.equal(s.messagesByType.l2_data, 775);
    assert.equal(s.bookUpdatesApplied, 775);
    // Live trades only: the two 100-trade snapshot backfills are ignored, not forwarded.
    const trades = h.events.filter((e) => e.type === "trade");
    const backfill = frames.slice(0, 2).reduce((n, r) => n + JSON.parse(r.msg).events[0].trades.length, 0);
    assert.equal(backfill, 200);
    assert.ok(s.ignored >= backfill);
    assert.equal(trades.length, s.trades);
    const firstLive = JSON.parse(
      frames.find((r) => r.msg.includes('"market_trades"') && r.msg.includes('"update"'))!.msg,
    )
      .events[0].trades[0];
    const first = trades[0];
    assert.equal(first.type, "trade");
    assert.equal(first.tradeId, firstLive.trade_id);
    assert.equal(first.side, firstLive.side === "SELL" ? "buy" : "sell");
    assert.equal(first.instrument.symbol, "BTC/USD");
    assert.deepEqual([...h.adapter.topOfBooks().keys()].sort(), ["BTC/USD", "ETH/USD"]);
    const snapshots = h.events.filter((e) => e.type === "book" && e.snapshot);
    assert.equal(snapshots.length, 2);
  },
});

Deno.test({
  name: "coinbase: rebuilt top of book matches the ticker's best bid/ask (±2 l2 messages of the product)",
  ignore: recs === undefined,
  fn() {
    // Rule: ticker and level2 are separate channels, not published atomically. A ticker agrees with
    // the book when its best bid and ask prices equal the rebuilt top in the book state current at the
    // ticker or in one of the 2 level2 states of that product before or after it.
    const h = harness();
    const tops = new Map<string, string[]>(); // symbol → top "bid/ask" per l2 state, in order
    const pending: { bbo: BboEvent; at: number }[] = [];
    for (const r of frames) {
      const before = h.events.length;
      h.adapter.onFrame(r.conn, r.msg, r.timeNs);
      for (const e of h.events.slice(before)) {
        if (e.type === "book") {
          const t = h.adapter.topOfBooks().get(e.instrument.symbol)!;
          const list = tops.get(e.instrument.symbol) ?? [];
          list.push(`${t.bidPrice}/${t.askPrice}`);
          tops.set(e.instrument.symbol, list);
        } else if (e.type === "bbo" && tops.has(e.instrument.symbol)) {
          pending.push({ bbo: e, at: tops.get(e.instrument.symbol)!.length - 1 });
        }
      }
    }
    let agree = 0;
    for (const { bbo, at } of pending) {
      const window = tops.get(bbo.instrument.symbol)!.slice(Math.max(0, at - 2), at + 3);
      if (window.includes(`${bbo.bidPrice}/${bbo.askPrice}`)) agree++;
    }
    assert.ok(pending.length > 140, `compared ${pending.length}`);
    assert.ok(agree / pending.length >= 0.95, `agree ${agree}/${pending.length}`);
  },
});

Deno.test({
  name:
    "coinbase: a deleted message is a gap: all books invalid, nothing forwarded, one reconnect, resync on reopen",
  ignore: recs === undefined,
  fn() {
    const h = harness();
    const cut = l2UpdateIndex(100);
    feed(h, frames.slice(0, cut));
    const booksBefore = h.events.filter((e) => e.type === "book").length;
    feed(h, frames.slice(cut + 1));
    const s = h.adapter.stats();
    assert.equal(s.sequenceGaps, 1);
    assert.equal(s.resyncs, 1);
    assert.deepEqual(h.reconnects, ["COINBASE.ws.2"]);
    assert.equal(h.events.filter((e) => e.type === "book").length, booksBefore, "no book after the gap");
    assert.equal(h.adapter.topOfBooks().size, 0);
    // Trades and tickers are self-contained: they keep flowing.
    assert.ok(h.events.slice(booksBefore).some((e) => e.type === "trade"));
    // The transport reopens the connection; the fresh stream restarts at 0 with new snapshots.
    h.adapter.onOpen("COINBASE.ws.2");
    feed(h, frames);
    assert.equal(h.adapter.stats().sequenceGaps, 1);
    assert.deepEqual([...h.adapter.topOfBooks().keys()].sort(), ["BTC/USD", "ETH/USD"]);
  },
});

Deno.test({
  name: "coinbase: a reordered pair is one gap and one resync, no book forwarded after it",
  ignore: recs === undefined,
  fn() {
    const h = harness();
    const i = l2UpdateIndex(200);
    const swapped = [...frames];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    feed(h, swapped.slice(0, i));
    const booksBefore = h.events.filter((e) => e.type === "book").length;
    feed(h, swapped.slice(i));
    const s = h.adapter.stats();
    assert.equal(s.sequenceGaps, 1);
    assert.equal(s.resyncs, 1);
    assert.equal(h.reconnects.length, 1);
    assert.equal(h.events.filter((e) => e.type === "book").length, booksBefore);
    assert.equal(h.adapter.topOfBooks().size, 0);
  },
});

Deno.test({
  name: "coinbase: malformed frames are counted and skipped; a bad level condemns the connection",
  ignore: recs === undefined,
  fn() {
    const h = harness();
    const at = l2UpdateIndex(300);
    const good = frames[at].msg;
    const garbage = [
      good.slice(0, good.length / 2), // truncated JSON
      "\u0000\u00ff\u00fe binary", // binary garbage
      "[1,2,3]", // valid JSON, not a message
      JSON.stringify({ channel: "l2_data", sequence_num: "x", events: [] }), // wrong type
      JSON.stringify({ channel: "ticker", sequence_num: 2 ** 60, events: [] }), // huge number
    ];
    feed(h, frames.slice(0, at));
    for (const g of garbage) h.adapter.onFrame("COINBASE.ws.2", g, 0n);
    assert.equal(h.adapter.stats().malformed, garbage.length);
    assert.equal(h.adapter.stats().sequenceGaps, 0, "frames without a readable sequence consume none");
    // A well-sequenced l2 message whose level cannot be read: the change is lost, books are void.
    const msg = JSON.parse(good);
    msg.events[0].updates[0].new_quantity = "1e999";
    h.adapter.onFrame("COINBASE.ws.2", JSON.stringify(msg), 0n);
    const s = h.adapter.stats();
    assert.equal(s.malformed, garbage.length + 1);
    assert.equal(s.resyncs, 1);
    assert.equal(h.adapter.topOfBooks().size, 0);
    const books = h.events.filter((e) => e.type === "book").length;
    feed(h, frames.slice(at + 1));
    assert.equal(h.events.filter((e) => e.type === "book").length, books);
    assert.equal(h.adapter.stats().sequenceGaps, 0);
  },
});

Deno.test("coinbase: symbols and plan", () => {
  assert.equal(coinbaseUnifiedSymbol("BTC-USD"), "BTC/USD");
  assert.throws(() => coinbaseUnifiedSymbol("BTCUSD"));
  const h = harness();
  const plans = h.adapter.plan(["BTC/USD", "ETH-USD"]);
  assert.equal(plans.length, 1);
  const subs = plans[0].subscribe.map((f) => JSON.parse(f));
  assert.deepEqual(subs.map((s) => s.channel), ["level2", "market_trades", "ticker", "heartbeats"]);
  assert.deepEqual(subs[0].product_ids, ["BTC-USD", "ETH-USD"]);
});

Deno.test({
  name:
    "coinbase: a refused subscription (type:error) is reported, outside the sequence; heartbeats keep it live",
  ignore: recs === undefined,
  fn() {
    // Coinbase's error frame carries no sequence_num, so it must not count as a gap. Coinbase has no
    // ping: the heartbeats channel (every second) is the liveness signal, and the capture carries it.
    assertControlFramesHandled((sink, requests) => new CoinbaseAdapter({ sink, requests }), frames, {
      refusal: '{"type":"error","message":"Failed to subscribe","reason":"XBT-USD is not a valid product"}',
      reason: /^Failed to subscribe: XBT-USD is not a valid product$/,
    });
    const h = harness();
    feed(h, frames);
    assert.equal(h.adapter.stats().messagesByType.heartbeats, 25);
    assert.equal(h.adapter.stats().malformed, 0);
    const [plan] = h.adapter.plan(["BTC/USD"]);
    assert.deepEqual(JSON.parse(plan.subscribe.at(-1)!), { type: "subscribe", channel: "heartbeats" });
    assert.equal(plan.heartbeat, undefined, "nothing to send: Coinbase has no ping request");
  },
});

Deno.test("coinbase: IsoClock (cached seconds, fraction read in place) == isoToNs, or both refuse", () => {
  const clock = new IsoClock();
  let s = 12345;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const base = Date.parse("2026-08-09T21:05:48Z");
  for (let n = 0; n < 20_000; n++) {
    const second = new Date(base + Math.floor(rand() * 4) * 1000).toISOString().slice(0, 19);
    const digits = Math.floor(rand() * 11); // 0 and 10 digits: refused by both
    let fraction = "";
    for (let d = 0; d < digits; d++) fraction += String(Math.floor(rand() * 10));
    const damage = rand() < 0.05 ? ["x", "Z", ".", " "][Math.floor(rand() * 4)] : "";
    const at = Math.floor(rand() * (fraction.length + 1));
    const value = `${second}${digits === 0 && rand() < 0.5 ? "" : "."}${
      fraction.slice(0, at) + damage + fraction.slice(at)
    }Z`;
    let expected: bigint | string;
    try {
      expected = isoToNs(value, "t");
    } catch {
      expected = "refused";
    }
    let got: bigint | string;
    try {
      got = clock.toNs(value, "t");
    } catch {
      got = "refused";
    }
    assert.equal(got, expected, value);
  }
});
