/**
 * Bybit v5 public market data, one adapter per market ("bybit-spot", "bybit-linear"): `orderbook.N`,
 * `publicTrade`, `tickers` and, on linear, `allLiquidation`.
 *
 * Book correctness rests on Bybit's update id `u`: every delta must carry the previous `u` + 1
 * (verified on the capture: 2,142 deltas, no gap). A `snapshot` message — or any message with `u == 1`,
 * which Bybit sends after a service restart — replaces the book whatever state it was in. A gap makes
 * the book invalid and the topic is resubscribed, which makes Bybit send a fresh snapshot.
 *
 * Linear `tickers` is a snapshot followed by partial deltas carrying only changed fields, so the last
 * full ticker is kept and merged; its bid1/ask1 give the BBO, its funding/mark/index/OI fields the
 * derivative ticker. Spot tickers carry no bid/ask, so spot BBO comes from the validated book top.
 */
import { WebSocketBookAdapter } from "../websocket-book-adapter.ts";
import type { AdapterOptions, ConnectionPlan } from "../adapter.ts";
import type { Instrument, LiquidationEvent, MarketEvent, TradeEvent } from "../../normalize/events.ts";
import type { BookLevels, GuardedBookOptions } from "../../book/guarded-book.ts";
import { GuardedBooks } from "../../book/guarded-books.ts";
import { chunk } from "../shard.ts";
import {
  decimal,
  type JsonRecord,
  list,
  MalformedFrame,
  msToNs,
  optionalDecimal,
  record,
  text,
  textLevels,
} from "../frame-fields.ts";
import { BOOK, BybitFrameScanner, NONE } from "./frame-scanner.ts";
import { type BybitMarket, bybitSymbolId, bybitUnifiedSymbol } from "./symbols.ts";

export const BYBIT_WS_URLS: Readonly<Record<BybitMarket, string>> = {
  spot: "wss://stream.bybit.com/v5/public/spot",
  linear: "wss://stream.bybit.com/v5/public/linear",
};

/** Bybit: at most 10 args per subscribe request (a hard limit on spot; kept on linear too). */
const ARGS_PER_MESSAGE = 10;
/** Symbols per connection: 50 symbols x 4 topics stays far below linear's 21,000-character topic budget. */
const SYMBOLS_PER_CONNECTION = 50;
/** Bybit drops a connection without a ping for 30 s; it recommends one every 20 s. */
const PING_INTERVAL_MS = 20_000;
/** Book depths Bybit offers per market; the smallest one covering the configured depth is subscribed. */
const BOOK_DEPTHS: Readonly<Record<BybitMarket, readonly number[]>> = {
  spot: [50, 200, 1000],
  linear: [50, 200, 500, 1000],
};
const DEFAULT_DEPTH = 50;

/** Ticker fields that make up the derivative ticker; a delta touching any of them re-emits it. */
const DERIVATIVE_FIELDS = ["fundingRate", "nextFundingTime", "markPrice", "indexPrice", "openInterest"];
const BBO_FIELDS = ["bid1Price", "bid1Size", "ask1Price", "ask1Size"];

export class BybitAdapter extends WebSocketBookAdapter {
  readonly venue: string;
  readonly endpoints: readonly string[];
  protected readonly books = new GuardedBooks();
  readonly #market: BybitMarket;
  readonly #instruments = new Map<string, Instrument>();
  /** Last full linear ticker per symbol, deltas merged in. */
  readonly #tickers = new Map<string, JsonRecord>();
  /** Book depth per orderbook topic seen (a topic's depth is read once, not per message). */
  readonly #topicDepths = new Map<string, number>();

  /** The single-pass reader for book and trade frames (./frame-scanner.ts); absent: JSON.parse only. */
  readonly #scanner: BybitFrameScanner | undefined;

  constructor(market: BybitMarket, options: AdapterOptions, internals: { readonly scanner?: boolean } = {}) {
    super(options, DEFAULT_DEPTH);
    this.#scanner = internals.scanner === false ? undefined : new BybitFrameScanner();
    this.#market = market;
    this.venue = `bybit-${market}`;
    this.endpoints = [BYBIT_WS_URLS[market]];
  }

  plan(symbols: readonly string[]): ConnectionPlan[] {
    const depths = BOOK_DEPTHS[this.#market];
    const bookDepth = depths.find((d) => d >= this.depth) ?? depths[depths.length - 1];
    return chunk(symbols.map(bybitSymbolId), SYMBOLS_PER_CONNECTION).map((ids, i) => {
      const topics = ids.flatMap((id) => [
        `orderbook.${bookDepth}.${id}`,
        `publicTrade.${id}`,
        `tickers.${id}`,
        ...(this.#market === "linear" ? [`allLiquidation.${id}`] : []),
      ]);
      return {
        id: `${this.venue}.ws.${i}`,
        url: BYBIT_WS_URLS[this.#market],
        subscribe: chunk(topics, ARGS_PER_MESSAGE).map((args) => JSON.stringify({ op: "subscribe", args })),
        heartbeat: { intervalMs: PING_INTERVAL_MS, frame: JSON.stringify({ op: "ping" }) },
      };
    });
  }

  protected handle(connectionId: string, frame: string, receiveTimeNs: bigint): void {
    const sc = this.#scanner;
    if (sc !== undefined) {
      const kind = sc.scan(frame);
      if (kind !== NONE) {
        // What the JSON path below does with the same values.
        this.count(sc.channel);
        if (kind === BOOK) {
          return this.#applyBook(
            connectionId,
            sc.topic,
            sc.symbol,
            sc.updateId,
            sc.bids,
            sc.asks,
            sc.ts,
            sc.type,
            receiveTimeNs,
          );
        }
        return this.#tradeRows(sc.rows, receiveTimeNs);
      }
    }
    const msg = record(JSON.parse(frame), "bybit frame");
    if (msg.topic === undefined) {
      // Acks: {"success":true,"ret_msg":"","op":"subscribe",...}. A refusal says success:false with
      // its reason in ret_msg. The ping answer is {"success":true,"ret_msg":"pong","op":"ping"} on spot
      // and {"op":"pong","args":[...]} on linear.
      if (msg.op === undefined && msg.success === undefined) {
        throw new MalformedFrame("bybit: no topic, no op");
      }
      if (msg.success === false) {
        return this.refused(connectionId, `${String(msg.op)}: ${String(msg.ret_msg)}`);
      }
      this.count(msg.op === "pong" || msg.ret_msg === "pong" ? "pong" : "control");
      this.counters.ignored++;
      return;
    }
    const topic = text(msg.topic, "topic");
    const channel = topic.slice(0, topic.indexOf("."));
    this.count(channel);
    switch (channel) {
      case "orderbook":
        return this.#book(connectionId, topic, msg, receiveTimeNs);
      case "publicTrade":
        return this.#trades(msg, receiveTimeNs);
      case "tickers":
        return this.#ticker(msg, receiveTimeNs);
      case "allLiquidation":
        return this.#liquidations(msg, receiveTimeNs);
      default:
        this.counters.ignored++; // kline and anything else subscribed for other consumers
    }
  }

  #instrument(id: string): Instrument {
    let instrument = this.#instruments.get(id);
    if (!instrument) {
      instrument = { venue: this.venue, symbol: bybitUnifiedSymbol(id, this.#market), venueSymbol: id };
      this.#instruments.set(id, instrument);
    }
    return instrument;
  }

  #book(connectionId: string, topic: string, msg: JsonRecord, receiveTimeNs: bigint): void {
    const data = record(msg.data, "orderbook data");
    const id = text(data.s, "orderbook s");
    const u = decimal(data.u, "orderbook u");
    const bids = textLevels(data.b, "orderbook b");
    const asks = textLevels(data.a, "orderbook a");
    this.#applyBook(connectionId, topic, id, u, bids, asks, msg.ts, msg.type, receiveTimeNs);
  }

  #applyBook(
    connectionId: string,
    topic: string,
    id: string,
    u: number,
    bids: BookLevels,
    asks: BookLevels,
    ts: unknown,
    type: unknown,
    receiveTimeNs: bigint,
  ): void {
    const venueDepth = this.#topicDepth(topic);
    if (!Number.isSafeInteger(u) || u < 1) throw new MalformedFrame(`bybit: update id ${u}`);
    const venueTimeNs = msToNs(ts, "orderbook ts");
    const book = this.books.get(id, connectionId, () => this.#bookOptions(id, venueDepth, topic));
    if (type === "snapshot" || u === 1) {
      book.snapshot(bids, asks, { venueTimeNs, receiveTimeNs, updateId: u });
    } else if (type === "delta") {
      book.delta(bids, asks, { venueTimeNs, receiveTimeNs, updateId: u, prevUpdateId: u - 1 });
    } else throw new MalformedFrame(`bybit: orderbook type ${String(type)}`);
  }

  /** `orderbook.DEPTH.SYMBOL` → DEPTH (a positive integer), else malformed. */
  #topicDepth(topic: string): number {
    const known = this.#topicDepths.get(topic);
    if (known !== undefined) return known;
    const depth = Number(topic.split(".")[1]);
    if (!Number.isSafeInteger(depth) || depth <= 0) throw new MalformedFrame(`bybit: bad topic ${topic}`);
    this.#topicDepths.set(topic, depth);
    return depth;
  }

  #bookOptions(id: string, venueDepth: number, topic: string): GuardedBookOptions {
    return {
      instrument: this.#instrument(id),
      sink: this.sink,
      stats: this.counters,
      depth: this.depth,
      venueDepth,
      bboFromBook: this.#market === "spot",
      // Resubscribing makes Bybit send a fresh snapshot of this topic on the same connection.
      resync: () => {
        const connectionId = this.books.connectionOf(id);
        if (connectionId === undefined) return;
        this.requests.send(connectionId, JSON.stringify({ op: "unsubscribe", args: [topic] }));
        this.requests.send(connectionId, JSON.stringify({ op: "subscribe", args: [topic] }));
      },
    };
  }

  #trades(msg: JsonRecord, receiveTimeNs: bigint): void {
    this.#tradeRows(list(msg.data, "publicTrade data"), receiveTimeNs);
  }

  #tradeRows(rows: unknown[], receiveTimeNs: bigint): void {
    const trades = rows.map((row): TradeEvent => {
      const t = record(row, "trade");
      const side = t.S === "Buy" ? "buy" : t.S === "Sell" ? "sell" : undefined;
      if (!side) throw new MalformedFrame(`bybit: trade side ${String(t.S)}`);
      return {
        type: "trade",
        instrument: this.#instrument(text(t.s, "trade s")),
        venueTimeNs: msToNs(t.T, "trade T"),
        receiveTimeNs,
        tradeId: text(t.i, "trade i"),
        price: decimal(t.p, "trade p"),
        size: decimal(t.v, "trade v"),
        side,
      };
    });
    for (const trade of trades) this.sink(trade);
    this.counters.trades += trades.length;
  }

  #ticker(msg: JsonRecord, receiveTimeNs: bigint): void {
    const data = record(msg.data, "tickers data");
    const id = text(data.symbol, "tickers symbol");
    const snapshot = msg.type === "snapshot";
    const last = this.#tickers.get(id);
    if (!snapshot && !last) {
      this.counters.ignored++; // a delta before any snapshot has nothing to merge into
      return;
    }
    const merged: JsonRecord = snapshot ? { ...data } : { ...last, ...data };
    const instrument = this.#instrument(id);
    const venueTimeNs = msToNs(msg.ts, "tickers ts");
    const changed = (fields: string[]) => snapshot || fields.some((f) => f in data);
    const events: MarketEvent[] = [];
    if (merged.bid1Price !== undefined && changed(BBO_FIELDS)) {
      events.push({
        type: "bbo",
        instrument,
        venueTimeNs,
        receiveTimeNs,
        updateId: typeof msg.cs === "number" && Number.isSafeInteger(msg.cs) ? msg.cs : 0,
        bidPrice: decimal(merged.bid1Price, "bid1Price"),
        bidSize: decimal(merged.bid1Size, "bid1Size"),
        askPrice: decimal(merged.ask1Price, "ask1Price"),
        askSize: decimal(merged.ask1Size, "ask1Size"),
      });
    }
    if (this.#market === "linear" && changed(DERIVATIVE_FIELDS)) {
      const next = merged.nextFundingTime;
      events.push({
        type: "derivative",
        instrument,
        venueTimeNs,
        receiveTimeNs,
        fundingRate: optionalDecimal(merged.fundingRate, "fundingRate"),
        nextFundingTimeNs: next === undefined || next === "" ? 0n : msToNs(next, "nextFundingTime"),
        markPrice: optionalDecimal(merged.markPrice, "markPrice"),
        indexPrice: optionalDecimal(merged.indexPrice, "indexPrice"),
        openInterest: optionalDecimal(merged.openInterest, "openInterest"),
      });
    }
    // Only a ticker that parsed completely becomes the base for the next delta.
    this.#tickers.set(id, merged);
    for (const event of events) this.sink(event);
  }

  /** `allLiquidation`: `S` is the side of the liquidated position, so its liquidation order goes the other way. */
  #liquidations(msg: JsonRecord, receiveTimeNs: bigint): void {
    const events = list(msg.data, "allLiquidation data").map((row): LiquidationEvent => {
      const l = record(row, "liquidation");
      const side = l.S === "Buy" ? "sell" : l.S === "Sell" ? "buy" : undefined;
      if (!side) throw new MalformedFrame(`bybit: liquidation side ${String(l.S)}`);
      return {
        type: "liquidation",
        instrument: this.#instrument(text(l.s, "liquidation s")),
        venueTimeNs: msToNs(l.T, "liquidation T"),
        receiveTimeNs,
        side,
        price: decimal(l.p, "liquidation p"),
        size: decimal(l.v, "liquidation v"),
      };
    });
    for (const event of events) this.sink(event);
  }
}
