/**
 * Deribit JSON-RPC v2 market data (wss://www.deribit.com/ws/api/v2): `book.<name>.<interval>`,
 * `ticker.<name>.<interval>` and `trades.<name>.<interval>` for options, futures and perpetuals.
 *
 * Book integrity: every `change` carries `prev_change_id`, which must equal the previous message's
 * `change_id` for that instrument. Unlike Coinbase, Deribit can resync one instrument: on a gap only
 * that book becomes invalid, and the adapter unsubscribes and resubscribes its book channel, which
 * makes Deribit send a fresh `snapshot`.
 *
 * Live plans use the `100ms` interval: `raw` needs an authorised connection on today's Deribit. Both
 * carry the same change-id chain, and the parser accepts any interval (the capture is `raw`).
 *
 * Ticker: best bid/ask → BboEvent (an empty side, which Deribit reports as price 0 amount 0, becomes
 * price NaN size 0). For futures and perpetuals it also → DerivativeTickerEvent, with `funding_8h` as
 * the funding rate (the 8-hour figure compares with other venues' per-period rates; Deribit funds
 * continuously, so there is no next funding time). Trades: `direction` is the taker side; a
 * `liquidation` flag (M maker, T taker, MT both) also yields LiquidationEvents.
 */
import type {
  AdapterOptions,
  AdapterRequests,
  AdapterStats,
  ConnectionPlan,
  TopOfBook,
  VenueAdapter,
} from "./adapter.ts";
import { emptyStats } from "./adapter.ts";
import type { EventSink, Instrument, Level, Side } from "../normalize/events.ts";
import { L2Book } from "../book/l2-book.ts";
import { topLevels } from "../book/top-levels.ts";
import { parseUnified, unifiedSymbol } from "../normalize/unified-symbol.ts";
import { decimal, type JsonRecord, list, MalformedFrame, msToNs, record, text } from "./frame-fields.ts";

export const DERIBIT_WS_URL = "wss://www.deribit.com/ws/api/v2";
const LIVE_INTERVAL = "100ms";
const HEARTBEAT_S = 30;

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const INSTRUMENT =
  /^([A-Z0-9]+)(?:_([A-Z0-9]+))?-(?:(PERPETUAL)|(\d{1,2})([A-Z]{3})(\d{2}))(?:-([\dd.]+)-([CP]))?$/;

export type DeribitKind = "perpetual" | "future" | "option";

interface ParsedInstrument {
  readonly symbol: string;
  readonly kind: DeribitKind;
}

/**
 * Deribit name → ccxt unified symbol. Inverse (coin-settled): BTC-PERPETUAL → BTC/USD:BTC,
 * BTC-24SEP21 → BTC/USD:BTC-210924, BTC-24SEP21-34000-P → BTC/USD:BTC-210924-34000-P. Linear
 * (USDC-settled): BTC_USDC-PERPETUAL → BTC/USDC:USDC. Strikes with a decimal point ("d" in Deribit's
 * spelling) keep ccxt's "." form.
 */
export function deribitInstrument(name: string): ParsedInstrument {
  const m = INSTRUMENT.exec(name);
  if (m === null) throw new MalformedFrame(`unknown deribit instrument ${name}`);
  const [, base, linearQuote, perpetual, day, monthName, year, strike, putCall] = m;
  const pair = { base, quote: linearQuote ?? "USD" };
  const kind = linearQuote === undefined ? "inverse" : "linear";
  if (perpetual !== undefined) {
    if (strike !== undefined) throw new MalformedFrame(`unknown deribit instrument ${name}`);
    return { symbol: unifiedSymbol(pair, { kind }), kind: "perpetual" };
  }
  const month = MONTHS.indexOf(monthName) + 1;
  if (month === 0) throw new MalformedFrame(`unknown month in ${name}`);
  const expiry = `${year}${String(month).padStart(2, "0")}${day.padStart(2, "0")}`;
  const future = unifiedSymbol(pair, { kind, expiry });
  if (strike === undefined) return { symbol: future, kind: "future" };
  return { symbol: `${future}-${strike.replace("d", ".")}-${putCall}`, kind: "option" };
}

const UNIFIED_OPTION = /^(.+-\d{6})-([\d.]+)-([CP])$/;

/** Unified symbol (or a Deribit name, passed through) → Deribit instrument name. */
export function deribitName(symbol: string): string {
  if (!symbol.includes("/")) return symbol;
  const option = UNIFIED_OPTION.exec(symbol);
  const u = parseUnified(option === null ? symbol : option[1]);
  if (u === undefined || u.settle === undefined) throw new Error(`not a deribit contract: ${symbol}`);
  const root = u.settle === u.base ? u.base : `${u.base}_${u.quote}`;
  if (u.expiry === undefined) return `${root}-PERPETUAL`;
  const e = u.expiry;
  const date = `${Number(e.slice(4, 6))}${MONTHS[Number(e.slice(2, 4)) - 1]}${e.slice(0, 2)}`;
  const name = `${root}-${date}`;
  return option === null ? name : `${name}-${option[2].replace(".", "d")}-${option[3]}`;
}

interface InstrumentBook {
  readonly book: L2Book;
  valid: boolean;
  /** `change_id` of the last applied message. */
  changeId: number;
  /** Resubscribe requested; the next `snapshot` makes the book valid again. */
  resyncing: boolean;
}

interface Known {
  readonly instrument: Instrument;
  readonly kind: DeribitKind;
}

export class DeribitAdapter implements VenueAdapter {
  readonly venue = "deribit";
  readonly #sink: EventSink;
  readonly #requests: AdapterRequests;
  readonly #depth: number;
  readonly #stats = emptyStats();
  /** connection id → instrument name → book. */
  readonly #books = new Map<string, Map<string, InstrumentBook>>();
  readonly #known = new Map<string, Known>();
  #rpcId = 1;

  constructor(options: AdapterOptions) {
    this.#sink = options.sink;
    this.#requests = options.requests;
    this.#depth = options.depth ?? Infinity;
  }

  plan(symbols: readonly string[]): ConnectionPlan[] {
    const names = [...new Set(symbols.map(deribitName))];
    const channels = names.flatMap((n) =>
      ["book", "trades", "ticker"].map((c) => `${c}.${n}.${LIVE_INTERVAL}`)
    );
    return [{
      id: "deribit.ws.0",
      url: DERIBIT_WS_URL,
      subscribe: [
        this.#rpc("public/set_heartbeat", { interval: HEARTBEAT_S }),
        this.#rpc("public/subscribe", { channels }),
      ],
    }];
  }

  onOpen(connectionId: string): void {
    this.#books.set(connectionId, new Map());
  }

  onFrame(connectionId: string, frame: string, receiveTimeNs: bigint): void {
    let msg: unknown;
    try {
      msg = JSON.parse(frame);
    } catch {
      this.#stats.malformed++;
      return;
    }
    try {
      this.#handle(connectionId, record(msg, "message"), receiveTimeNs);
    } catch (err) {
      if (!(err instanceof MalformedFrame)) throw err;
      this.#stats.malformed++;
    }
  }

  onSnapshot(): void {
    // Deribit books come from the subscription's own snapshot; no REST snapshot is ever requested.
  }

  stats(): AdapterStats {
    return this.#stats;
  }

  topOfBooks(): Map<string, TopOfBook> {
    const out = new Map<string, TopOfBook>();
    for (const books of this.#books.values()) {
      for (const [name, ib] of books) {
        const { bids, asks } = ib.book;
        if (!ib.valid || bids.length === 0 || asks.length === 0) continue;
        out.set(this.#instrument(name).instrument.symbol, {
          bidPrice: bids.prices[0],
          bidSize: bids.sizes[0],
          askPrice: asks.prices[0],
          askSize: asks.sizes[0],
        });
      }
    }
    return out;
  }

  #handle(connectionId: string, msg: JsonRecord, receiveTimeNs: bigint): void {
    if (msg.method === "heartbeat") {
      this.#count("heartbeat");
      if (record(msg.params, "params").type === "test_request") {
        this.#requests.send(connectionId, this.#rpc("public/test", {}));
      }
      return;
    }
    if (msg.method !== "subscription") {
      // RPC answers: subscribe/unsubscribe results and errors.
      this.#count(msg.error === undefined ? "rpc_result" : "rpc_error");
      this.#stats.ignored++;
      return;
    }
    const params = record(msg.params, "params");
    const channel = text(params.channel, "channel");
    const dot = channel.indexOf(".");
    const kind = channel.slice(0, dot);
    this.#count(kind);
    switch (kind) {
      case "book":
        return this.#onBook(connectionId, channel, record(params.data, "data"), receiveTimeNs);
      case "ticker":
        return this.#onTicker(record(params.data, "data"), receiveTimeNs);
      case "trades":
        return this.#onTrades(list(params.data, "data"), receiveTimeNs);
      default:
        this.#stats.ignored++;
    }
  }

  #onBook(connectionId: string, channel: string, data: JsonRecord, receiveTimeNs: bigint): void {
    const name = text(data.instrument_name, "instrument_name");
    const known = this.#instrument(name);
    const type = text(data.type, "type");
    const changeId = safeInt(data.change_id, "change_id");
    const venueTimeNs = msToNs(data.timestamp, "timestamp");
    // Read every level before touching the book, so a bad one cannot leave half a message applied.
    const bids = parseLevels(list(data.bids, "bids"));
    const asks = parseLevels(list(data.asks, "asks"));
    const ib = this.#book(connectionId, name);
    let prevChangeId = 0;
    if (type === "snapshot") {
      ib.book.clear();
      ib.valid = true;
      ib.resyncing = false;
    } else if (type === "change") {
      prevChangeId = safeInt(data.prev_change_id, "prev_change_id");
      if (!ib.valid) {
        this.#stats.ignored++;
        return;
      }
      if (prevChangeId !== ib.changeId) {
        this.#stats.sequenceGaps++;
        this.#resync(connectionId, channel, ib);
        return;
      }
    } else {
      throw new MalformedFrame(`book type ${type}`);
    }
    const book = ib.book;
    for (let i = 0; i < bids.length; i++) book.bids.set(bids[i][0], bids[i][1]);
    for (let i = 0; i < asks.length; i++) book.asks.set(asks[i][0], asks[i][1]);
    ib.changeId = changeId;
    this.#stats.bookUpdatesApplied++;
    if (book.isCrossed()) {
      this.#stats.crossedBooks++;
      this.#resync(connectionId, channel, ib);
      return;
    }
    const snapshot = type === "snapshot";
    this.#sink({
      type: "book",
      instrument: known.instrument,
      venueTimeNs,
      receiveTimeNs,
      snapshot,
      firstUpdateId: changeId,
      lastUpdateId: changeId,
      prevUpdateId: prevChangeId,
      bids: snapshot ? topLevels(book.bids, this.#depth) : bids,
      asks: snapshot ? topLevels(book.asks, this.#depth) : asks,
    });
  }

  /** Void one book and ask Deribit for a fresh snapshot of it (unsubscribe + subscribe). */
  #resync(connectionId: string, channel: string, ib: InstrumentBook): void {
    ib.valid = false;
    ib.book.clear();
    if (ib.resyncing) return;
    ib.resyncing = true;
    this.#stats.resyncs++;
    this.#requests.send(connectionId, this.#rpc("public/unsubscribe", { channels: [channel] }));
    this.#requests.send(connectionId, this.#rpc("public/subscribe", { channels: [channel] }));
  }

  #onTicker(data: JsonRecord, receiveTimeNs: bigint): void {
    const { instrument, kind } = this.#instrument(text(data.instrument_name, "instrument_name"));
    const venueTimeNs = msToNs(data.timestamp, "timestamp");
    const bidSize = decimal(data.best_bid_amount, "best_bid_amount");
    const askSize = decimal(data.best_ask_amount, "best_ask_amount");
    const bidPrice = decimal(data.best_bid_price, "best_bid_price");
    const askPrice = decimal(data.best_ask_price, "best_ask_price");
    const derivative = kind === "option" ? undefined : {
      type: "derivative" as const,
      instrument,
      venueTimeNs,
      receiveTimeNs,
      fundingRate: kind === "perpetual" ? optional(data.funding_8h, "funding_8h") : NaN,
      nextFundingTimeNs: 0n,
      markPrice: optional(data.mark_price, "mark_price"),
      indexPrice: optional(data.index_price, "index_price"),
      openInterest: optional(data.open_interest, "open_interest"),
    };
    this.#sink({
      type: "bbo",
      instrument,
      venueTimeNs,
      receiveTimeNs,
      updateId: 0,
      bidPrice: bidSize > 0 ? bidPrice : NaN,
      bidSize,
      askPrice: askSize > 0 ? askPrice : NaN,
      askSize,
    });
    if (derivative !== undefined) this.#sink(derivative);
  }

  #onTrades(data: unknown[], receiveTimeNs: bigint): void {
    // Validate the whole batch first: a bad trade skips the frame, never half of it.
    const parsed = data.map((raw) => {
      const t = record(raw, "trade");
      const direction = t.direction;
      if (direction !== "buy" && direction !== "sell") throw new MalformedFrame("trade direction");
      const liquidation = t.liquidation;
      if (liquidation !== undefined && liquidation !== "M" && liquidation !== "T" && liquidation !== "MT") {
        throw new MalformedFrame("trade liquidation flag");
      }
      const price = decimal(t.price, "price");
      const size = decimal(t.amount, "amount");
      if (price <= 0 || size <= 0) throw new MalformedFrame("trade price/amount must be positive");
      return {
        instrument: this.#instrument(text(t.instrument_name, "instrument_name")).instrument,
        venueTimeNs: msToNs(t.timestamp, "timestamp"),
        tradeId: text(t.trade_id, "trade_id"),
        price,
        size,
        side: direction as Side,
        liquidation: liquidation as "M" | "T" | "MT" | undefined,
      };
    });
    for (const t of parsed) {
      this.#stats.trades++;
      const { instrument, venueTimeNs, tradeId, price, size, side, liquidation } = t;
      this.#sink({ type: "trade", instrument, venueTimeNs, receiveTimeNs, tradeId, price, size, side });
      if (liquidation === undefined) continue;
      // The taker's order went `side`; the resting maker's the other way.
      const sides: Side[] = liquidation === "T"
        ? [side]
        : liquidation === "M"
        ? [opposite(side)]
        : [side, opposite(side)];
      for (const s of sides) {
        this.#sink({ type: "liquidation", instrument, venueTimeNs, receiveTimeNs, side: s, price, size });
      }
    }
  }

  #book(connectionId: string, name: string): InstrumentBook {
    let books = this.#books.get(connectionId);
    if (books === undefined) {
      books = new Map();
      this.#books.set(connectionId, books);
    }
    let ib = books.get(name);
    if (ib === undefined) {
      ib = { book: new L2Book(), valid: false, changeId: 0, resyncing: false };
      books.set(name, ib);
    }
    return ib;
  }

  #instrument(name: string): Known {
    let known = this.#known.get(name);
    if (known === undefined) {
      const parsed = deribitInstrument(name);
      known = {
        instrument: { venue: this.venue, symbol: parsed.symbol, venueSymbol: name },
        kind: parsed.kind,
      };
      this.#known.set(name, known);
    }
    return known;
  }

  #rpc(method: string, params: Record<string, unknown>): string {
    return JSON.stringify({ jsonrpc: "2.0", id: this.#rpcId++, method, params });
  }

  #count(type: string): void {
    this.#stats.messagesByType[type] = (this.#stats.messagesByType[type] ?? 0) + 1;
  }
}

/** `[action, price, amount]` → level; `delete` → size 0. */
function parseLevels(raw: unknown[]): Level[] {
  const out: Level[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const entry = list(raw[i], "level");
    const action = entry[0];
    const price = decimal(entry[1], "level price");
    if (price <= 0) throw new MalformedFrame("level price must be positive");
    if (action === "delete") {
      out[i] = [price, 0];
      continue;
    }
    if (action !== "new" && action !== "change") throw new MalformedFrame(`level action ${String(action)}`);
    const amount = decimal(entry[2], "level amount");
    if (amount <= 0) throw new MalformedFrame("level amount must be positive");
    out[i] = [price, amount];
  }
  return out;
}

function safeInt(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new MalformedFrame(`${what}: expected an integer`);
  }
  return value;
}

/** A published number, or NaN when Deribit leaves the field out or null. */
function optional(value: unknown, what: string): number {
  return value === undefined || value === null ? NaN : decimal(value, what);
}

function opposite(side: Side): Side {
  return side === "buy" ? "sell" : "buy";
}

export function createDeribitAdapter(options: AdapterOptions): VenueAdapter {
  return new DeribitAdapter(options);
}
