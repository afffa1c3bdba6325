import assert from "node:assert/strict";
import ccxt from "ccxt";
import { type CcxtProExchange, CcxtRunner } from "./ccxt.ts";
import type { MarketEvent, TradeEvent } from "../normalize/events.ts";
import { L2Book } from "../book/l2-book.ts";
import { loadCapture } from "./test-captures.ts";

/**
 * ccxt.pro's real bitstamp implementation against a local server replaying the recorded Bitstamp v2
 * capture: WebSocket frames on /ws (after ccxt subscribes), the recorded REST order_book bodies on
 * /api/v2/order_book/<pair>/, and a markets list built from the capture's pairs on /api/v2/markets/.
 */
const recs = await loadCapture("bitstamp/bitstamp-v2_2022-01-05.jsonl");
const PAIRS = ["ethusd", "batbtc", "usdteur"];
const SYMBOLS = ["ETH/USD", "BAT/BTC", "USDT/EUR"];

interface Expected {
  trades: { id: string; price: number; size: number; side: string }[];
  bid: number;
  ask: number;
}

/** What the capture implies, computed without ccxt: REST snapshot + diffs newer than it (README rule). */
function expected(pair: string): Expected {
  const snap = JSON.parse(recs!.find((r) => r.kind === "http" && r.url.endsWith(`/order_book/${pair}`))!.msg);
  const book = new L2Book();
  for (const [p, s] of snap.bids) book.bids.set(Number(p), Number(s));
  for (const [p, s] of snap.asks) book.asks.set(Number(p), Number(s));
  const trades: Expected["trades"] = [];
  for (const r of recs!) {
    if (r.kind !== "recv") continue;
    const m = JSON.parse(r.msg);
    if (m.channel === `live_trades_${pair}` && m.event === "trade") {
      trades.push({
        id: String(m.data.id),
        price: Number(m.data.price_str),
        size: Number(m.data.amount_str),
        side: m.data.type === 0 ? "buy" : "sell",
      });
    }
    if (
      m.channel === `diff_order_book_${pair}` && m.event === "data" &&
      Number(m.data.microtimestamp) > Number(snap.microtimestamp)
    ) {
      for (const [p, s] of m.data.bids) book.bids.set(Number(p), Number(s));
      for (const [p, s] of m.data.asks) book.asks.set(Number(p), Number(s));
    }
  }
  return { trades, bid: book.bestBid()!, ask: book.bestAsk()! };
}

function startServer() {
  const frames = recs!.filter((r) => r.kind === "recv").map((r) => r.msg)
    .filter((m) => /"event": ?"(data|trade)"/.test(m) && PAIRS.some((p) => m.includes(`_${p}"`)));
  const restServed = new Map<string, () => void>();
  const restWaits = new Map(PAIRS.map((p) => [p, new Promise<void>((res) => restServed.set(p, res))]));
  let replayDone!: () => void;
  const done = new Promise<void>((res) => (replayDone = res));
  const markets = PAIRS.map((p, i) => {
    const [base, quote] = SYMBOLS[i].split("/");
    return {
      name: SYMBOLS[i],
      market_symbol: p,
      base_currency: base,
      base_decimals: 8,
      counter_currency: quote,
      counter_decimals: 5,
      minimum_order_value: "10",
      trading: "Enabled",
      instant_order_counter_decimals: 5,
      instant_and_market_orders: "Enabled",
      description: SYMBOLS[i],
      market_type: "SPOT",
    };
  });
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    const path = new URL(req.url).pathname;
    if (path === "/ws") {
      const { socket, response } = Deno.upgradeWebSocket(req);
      const subscribed = new Set<string>();
      socket.onmessage = async (ev) => {
        const channel = JSON.parse(ev.data).data.channel as string;
        socket.send(JSON.stringify({ event: "bts:subscription_succeeded", channel, data: {} }));
        subscribed.add(channel);
        if (subscribed.size < PAIRS.length * 2) return;
        const diffs = new Map<string, number>();
        for (const f of frames) {
          if (socket.readyState !== WebSocket.OPEN) return;
          socket.send(f);
          const pair = PAIRS.find((p) => f.includes(`diff_order_book_${p}"`));
          if (pair !== undefined) {
            const n = (diffs.get(pair) ?? 0) + 1;
            diffs.set(pair, n);
            // ccxt requests the REST snapshot when the 7th diff arrives; keep the recorded order
            // (snapshot before the later diffs) by pausing until it was served and parsed.
            if (n === 7) {
              await restWaits.get(pair);
              await new Promise((r) => setTimeout(r, 50));
            }
          }
          await new Promise((r) => setTimeout(r, 0));
        }
        replayDone();
      };
      return response;
    }
    if (path === "/api/v2/markets/") return Response.json(markets);
    const m = /^\/api\/v2\/order_book\/(\w+)\/$/.exec(path);
    if (m !== null) {
      const rec = recs!.find((r) => r.kind === "http" && r.url.endsWith(`/order_book/${m[1]}`));
      if (rec === undefined) return new Response("unknown pair", { status: 404 });
      queueMicrotask(() => restServed.get(m[1])?.());
      return new Response(rec.msg, { headers: { "content-type": "application/json" } });
    }
    return new Response(`not served: ${path}`, { status: 404 });
  });
  return { server, done, port: server.addr.port };
}

Deno.test({
  name: "ccxt runner: real ccxt.pro bitstamp over a replayed capture gives the capture's trades and book top",
  ignore: recs === undefined,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const { server, done, port } = startServer();
    const exchange = new ccxt.pro.bitstamp({});
    exchange.urls.api = {
      ...exchange.urls.api,
      public: `http://127.0.0.1:${port}/api`,
      ws: `ws://127.0.0.1:${port}/ws`,
    };
    const events: MarketEvent[] = [];
    const runner = new CcxtRunner({
      exchange: exchange as unknown as CcxtProExchange,
      venue: "bitstamp",
      symbols: SYMBOLS,
      sink: (e) => events.push(e),
      bookIntervalMs: 0,
      retryMs: 50,
    });
    try {
      await runner.start();
      await done;
      await new Promise((r) => setTimeout(r, 200));
      for (let i = 0; i < PAIRS.length; i++) {
        const want = expected(PAIRS[i]);
        const trades = events.filter((e): e is TradeEvent =>
          e.type === "trade" && e.instrument.symbol === SYMBOLS[i]
        );
        assert.deepEqual(
          trades.map((t) => ({ id: t.tradeId, price: t.price, size: t.size, side: t.side })),
          want.trades,
        );
        const top = runner.topOfBooks().get(SYMBOLS[i]);
        assert.ok(top, `${SYMBOLS[i]} has a valid book`);
        assert.deepEqual([top.bidPrice, top.askPrice], [want.bid, want.ask], SYMBOLS[i]);
        assert.ok(
          events.some((e) => e.type === "book" && e.snapshot && e.instrument.venueSymbol === PAIRS[i]),
        );
      }
      assert.ok(expected("ethusd").trades.length === 10, "the capture's ethusd trades are all checked");
      const s = runner.stats();
      assert.equal(s.trades, 10);
      assert.equal(s.malformed, 0);
      assert.equal(s.crossedBooks, 0);
    } finally {
      await runner.stop();
      await server.shutdown();
    }
  },
});
