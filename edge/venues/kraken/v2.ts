/**
 * Kraken spot, WebSocket v2 (wss://ws.kraken.com/v2): `book`, `trade`, `ticker` (on every BBO change)
 * and `instrument`, which supplies each pair's price/qty precision.
 *
 * Where v2 differs from v1: messages are objects (`channel`, `type`, `data`), symbols are already
 * "BTC/USD", and prices/quantities are JSON numbers. The checksum is v1's (top 10 asks then bids,
 * '.' and leading zeros removed, CRC-32) but over the numbers spelled at the instrument's precision.
 * So frames are parsed with numbers kept as source text, re-spelled exactly at that precision, and a
 * book whose precision is not yet known is not accepted: it is resubscribed once `instrument` says.
 *
 * No v2 capture exists; this adapter is tested on hand-made frames in the documented format.
 */
import { WebSocketBookAdapter } from "../websocket-book-adapter.ts";
import type { AdapterOptions, ConnectionPlan } from "../adapter.ts";
import type { Instrument, MarketEvent } from "../../normalize/events.ts";
import type { TextLevel } from "../../book/guarded-book.ts";
import { GuardedBooks } from "../../book/guarded-books.ts";
import { chunk } from "../shard.ts";
import {
  decimal,
  decimalText,
  isoToNs,
  type JsonRecord,
  list,
  MalformedFrame,
  parseNumbersAsText,
  record,
  text,
} from "../frame-fields.ts";
import { krakenUnifiedSymbol, krakenV2Symbol } from "./symbols.ts";
import { krakenChecksum } from "./checksum.ts";
import { krakenBookDepth } from "./v1.ts";
import { toFixedPrecision } from "./fixed-precision.ts";

export const KRAKEN_V2_URL = "wss://ws.kraken.com/v2";
const SYMBOLS_PER_CONNECTION = 50;
const PING_INTERVAL_MS = 30_000;
const DEFAULT_DEPTH = 25;

interface Precision {
  readonly price: number;
  readonly qty: number;
}

export class KrakenV2Adapter extends WebSocketBookAdapter {
  readonly venue = "kraken";
  readonly endpoints = [KRAKEN_V2_URL];
  protected readonly books = new GuardedBooks();
  readonly #bookDepth: number;
  readonly #instruments = new Map<string, Instrument>();
  readonly #precisions = new Map<string, Precision>();
  /** Books dropped for want of a precision, by symbol → connection, resubscribed when it arrives. */
  readonly #waiting = new Map<string, string>();

  constructor(options: AdapterOptions) {
    super(options, DEFAULT_DEPTH);
    this.#bookDepth = krakenBookDepth(this.depth);
  }

  plan(symbols: readonly string[]): ConnectionPlan[] {
    const sub = (params: JsonRecord) => JSON.stringify({ method: "subscribe", params });
    return chunk(symbols.map(krakenV2Symbol), SYMBOLS_PER_CONNECTION).map((symbol, i) => ({
      id: `kraken-v2.ws.${i}`,
      url: KRAKEN_V2_URL,
      // `instrument` first: its snapshot (precisions) arrives before the first book snapshot.
      subscribe: [
        sub({ channel: "instrument" }),
        sub({ channel: "book", symbol, depth: this.#bookDepth }),
        sub({ channel: "trade", symbol, snapshot: false }),
        sub({ channel: "ticker", symbol, event_trigger: "bbo" }),
      ],
      heartbeat: { intervalMs: PING_INTERVAL_MS, frame: JSON.stringify({ method: "ping" }) },
    }));
  }

  protected handle(connectionId: string, frame: string, receiveTimeNs: bigint): void {
    const msg = record(parseNumbersAsText(frame), "kraken v2 frame");
    if (msg.method !== undefined) {
      // Answers to our requests. A refusal: {"method":"subscribe","success":false,"error":"...",
      // "symbol":"..."}; the ping's answer is {"method":"pong",...}.
      if (msg.success === false) {
        const symbol = msg.symbol === undefined ? "" : ` (${String(msg.symbol)})`;
        return this.refused(connectionId, `${String(msg.method)}: ${String(msg.error)}${symbol}`);
      }
      this.count(msg.method === "pong" ? "pong" : "control");
      this.counters.ignored++;
      return;
    }
    const channel = text(msg.channel, "channel");
    this.count(channel);
    switch (channel) {
      case "book":
        for (const d of list(msg.data, "book data")) {
          this.#book(connectionId, msg.type, record(d, "book entry"), receiveTimeNs);
        }
        return;
      case "instrument":
        return this.#instrument(record(msg.data, "instrument data"));
      case "trade":
        return this.#emit(
          msg.type === "update" ? list(msg.data, "trade data").map((d) => this.#trade(d, receiveTimeNs)) : [],
        );
      case "ticker":
        return this.#emit(list(msg.data, "ticker data").map((d) => this.#ticker(d, receiveTimeNs)));
      default:
        this.counters.ignored++; // heartbeat, status
    }
  }

  #emit(events: MarketEvent[]): void {
    if (events.length === 0) this.counters.ignored++;
    for (const e of events) this.sink(e);
    this.counters.trades += events.filter((e) => e.type === "trade").length;
  }

  #instrumentOf(symbol: string): Instrument {
    let instrument = this.#instruments.get(symbol);
    if (!instrument) {
      instrument = { venue: this.venue, symbol: krakenUnifiedSymbol(symbol), venueSymbol: symbol };
      this.#instruments.set(symbol, instrument);
    }
    return instrument;
  }

  #instrument(data: JsonRecord): void {
    for (const p of list(data.pairs ?? [], "instrument pairs")) {
      const pair = record(p, "pair");
      const symbol = text(pair.symbol, "pair symbol");
      const price = decimal(pair.price_precision, "price_precision");
      const qty = decimal(pair.qty_precision, "qty_precision");
      if (
        !Number.isInteger(price) || !Number.isInteger(qty) || price < 0 || qty < 0 || price > 20 || qty > 20
      ) {
        throw new MalformedFrame(`kraken v2: precision of ${symbol}`);
      }
      this.#precisions.set(symbol, { price, qty });
      const connectionId = this.#waiting.get(symbol);
      if (connectionId !== undefined) {
        this.#waiting.delete(symbol);
        this.#resubscribe(symbol, connectionId);
      }
    }
  }

  #book(connectionId: string, type: unknown, d: JsonRecord, receiveTimeNs: bigint): void {
    const symbol = text(d.symbol, "book symbol");
    const precision = this.#precisions.get(symbol);
    if (!precision) {
      // Without the precision the checksum cannot be checked, so the book is not accepted yet.
      this.counters.ignored++;
      if (type === "snapshot") this.#waiting.set(symbol, connectionId);
      return;
    }
    const levels = (value: unknown, what: string): TextLevel[] =>
      list(value, what).map((l) => {
        const level = record(l, what);
        return [
          toFixedPrecision(decimalText(level.price, `${what} price`), precision.price),
          toFixedPrecision(decimalText(level.qty, `${what} qty`), precision.qty),
        ];
      });
    const bids = levels(d.bids, "bids");
    const asks = levels(d.asks, "asks");
    const checksum = decimal(text(d.checksum, "checksum"), "checksum");
    const meta = {
      venueTimeNs: d.timestamp === undefined ? 0n : isoToNs(d.timestamp, "book timestamp"),
      receiveTimeNs,
      updateId: 0,
      checksum,
    };
    const book = this.books.get(symbol, connectionId, () => ({
      instrument: this.#instrumentOf(symbol),
      sink: this.sink,
      stats: this.counters,
      depth: this.depth,
      venueDepth: this.#bookDepth,
      checksum: krakenChecksum,
      bboFromBook: false,
      resync: () => this.#resubscribe(symbol, this.books.connectionOf(symbol) ?? connectionId),
    }));
    if (type === "snapshot") book.snapshot(bids, asks, meta);
    else if (type === "update") book.delta(bids, asks, meta);
    else throw new MalformedFrame(`kraken v2: book type ${String(type)}`);
  }

  /** Unsubscribing and subscribing the symbol's book makes Kraken send a new snapshot. */
  #resubscribe(symbol: string, connectionId: string): void {
    const params = { channel: "book", symbol: [symbol], depth: this.#bookDepth };
    this.requests.send(connectionId, JSON.stringify({ method: "unsubscribe", params }));
    this.requests.send(connectionId, JSON.stringify({ method: "subscribe", params }));
  }

  /** `side` is the taker side. */
  #trade(d: unknown, receiveTimeNs: bigint): MarketEvent {
    const t = record(d, "trade");
    const side = t.side === "buy" || t.side === "sell" ? t.side : undefined;
    if (!side) throw new MalformedFrame(`kraken v2: trade side ${String(t.side)}`);
    return {
      type: "trade",
      instrument: this.#instrumentOf(text(t.symbol, "trade symbol")),
      venueTimeNs: isoToNs(t.timestamp, "trade timestamp"),
      receiveTimeNs,
      tradeId: text(t.trade_id, "trade_id"),
      price: decimal(t.price, "trade price"),
      size: decimal(t.qty, "trade qty"),
      side,
    };
  }

  /** The v2 ticker carries no venue time (0). */
  #ticker(d: unknown, receiveTimeNs: bigint): MarketEvent {
    const t = record(d, "ticker");
    return {
      type: "bbo",
      instrument: this.#instrumentOf(text(t.symbol, "ticker symbol")),
      venueTimeNs: 0n,
      receiveTimeNs,
      updateId: 0,
      bidPrice: decimal(t.bid, "bid"),
      bidSize: decimal(t.bid_qty, "bid_qty"),
      askPrice: decimal(t.ask, "ask"),
      askSize: decimal(t.ask_qty, "ask_qty"),
    };
  }
}
