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
 *
 * Liveness: `public/set_heartbeat` makes Deribit send a heartbeat every interval and, now and then, a
 * `test_request` that must be answered with `public/test` or Deribit closes the socket. A silent
 * connection is probed with `public/test` too, which Deribit always answers.
 */
import type { AdapterOptions, ConnectionPlan, VenueAdapter } from "./adapter.ts";
import type { Instrument, Level, Side } from "../normalize/events.ts";
import { parseUnified, unifiedSymbol } from "../normalize/unified-symbol.ts";
import { type BookOutput, ConnectionBooks, VenueBook } from "./connection-books.ts";
import { WebSocketBookAdapter } from "./websocket-book-adapter.ts";
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

class InstrumentBook extends VenueBook {
  /** Resubscribe requested; the next `snapshot` makes the book valid again. */
  resyncing = false;
}

interface Known {
  readonly instrument: Instrument;
  readonly kind: DeribitKind;
}

export class DeribitAdapter extends WebSocketBookAdapter {
  readonly venue = "deribit";
  readonly endpoints = [DERIBIT_WS_URL];
  protected readonly books = new ConnectionBooks<InstrumentBook>();
  readonly #known = new Map<string, Known>();
  #rpcId = 1;
  readonly #bookOutput: BookOutput = { sink: this.sink, stats: this.counters, depth: this.depth };

  constructor(options: AdapterOptions) {
    super(options, Infinity);
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
      probe: this.#rpc("public/test", {}),
    }];
  }

  protected handle(connectionId: string, frame: string, receiveTimeNs: bigint): void {
    const msg = record(JSON.parse(frame), "message");
    if (msg.method === "heartbeat") {
      this.count("heartbeat");
      if (record(msg.params, "params").type === "test_request") {
        this.requests.send(connectionId, this.#rpc("public/test", {}));
      }
      return;
    }
    if (msg.method !== "subscription") {
      // RPC answers: subscribe/unsubscribe/test results, and errors, which are refusals:
      // {"jsonrpc":"2.0","id":8,"error":{"code":-32602,"message":"Invalid params","data":{...}}}.
      if (msg.error !== undefined) {
        const error = record(msg.error, "error");
        const data = error.data === undefined ? "" : ` ${JSON.stringify(error.data)}`;
        return this.refused(connectionId, `${String(error.code)}: ${String(error.message)}${data}`);
      }
      this.count("rpc_result");
      this.counters.ignored++;
      return;
    }
    const params = record(msg.params, "params");
    const channel = text(params.channel, "channel");
    const dot = channel.indexOf(".");
    const kind = channel.slice(0, dot);
    this.count(kind);
    switch (kind) {
      case "book":
        return this.#onBook(connectionId, channel, record(params.data, "data"), receiveTimeNs);
      case "ticker":
        return this.#onTicker(record(params.data, "data"), receiveTimeNs);
      case "trades":
        return this.#onTrades(list(params.data, "data"), receiveTimeNs);
      default:
        this.counters.ignored++;
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
    const ib = this.books.get(
      connectionId,
      name,
      () => new InstrumentBook(known.instrument, this.#bookOutput),
    );
    if (type === "snapshot") {
      ib.resyncing = false;
    } else if (type === "change") {
      const prevChangeId = safeInt(data.prev_change_id, "prev_change_id");
      if (!ib.valid) {
        this.counters.ignored++;
        return;
      }
      if (prevChangeId !== ib.lastUpdateId) {
        this.counters.sequenceGaps++;
        this.#resync(connectionId, channel, ib);
        return;
      }
    } else {
      throw new MalformedFrame(`book type ${type}`);
    }
    if (!ib.apply(type === "snapshot", bids, asks, { venueTimeNs, receiveTimeNs, updateId: changeId })) {
      this.#resync(connectionId, channel, ib);
    }
  }

  /** Void one book and ask Deribit for a fresh snapshot of it (unsubscribe + subscribe). */
  #resync(connectionId: string, channel: string, ib: InstrumentBook): void {
    ib.invalidate();
    if (ib.resyncing) return;
    ib.resyncing = true;
    this.counters.resyncs++;
    this.requests.send(connectionId, this.#rpc("public/unsubscribe", { channels: [channel] }));
    this.requests.send(connectionId, this.#rpc("public/subscribe", { channels: [channel] }));
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
    this.sink({
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
    if (derivative !== undefined) this.sink(derivative);
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
      this.counters.trades++;
      const { instrument, venueTimeNs, tradeId, price, size, side, liquidation } = t;
      this.sink({ type: "trade", instrument, venueTimeNs, receiveTimeNs, tradeId, price, size, side });
      if (liquidation === undefined) continue;
      // The taker's order went `side`; the resting maker's the other way.
      const sides: Side[] = liquidation === "T"
        ? [side]
        : liquidation === "M"
        ? [opposite(side)]
        : [side, opposite(side)];
      for (const s of sides) {
        this.sink({ type: "liquidation", instrument, venueTimeNs, receiveTimeNs, side: s, price, size });
      }
    }
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
