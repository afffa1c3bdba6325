/**
 * Coinbase Advanced Trade market data (wss://advanced-trade-ws.coinbase.com): `level2` (arrives as
 * channel `l2_data`), `market_trades`, `ticker` and `heartbeats`.
 *
 * Why the book is policed per connection, not per product: `sequence_num` counts every message on a
 * connection across all channels, and Coinbase offers no per-product book resync. One missing or
 * reordered message (of any channel) may have carried a level change, so every book on that
 * connection becomes invalid at once, nothing more is forwarded from them, and the connection is
 * restarted; the fresh connection's `l2_data` snapshot makes them valid again.
 *
 * The full book is kept (BTC-USD is one 5 MB, 46k-level snapshot): it is sent once and never again,
 * so a truncated copy would miss levels that later move back into range. `depth` only limits how many
 * levels a forwarded snapshot carries; deltas carry every change.
 *
 * `market_trades` `side` is the MAKER side (verified on the capture: 75 of 79 live trades printed at
 * the opposite quote), so the taker side is its opposite. Its first `snapshot` event is a backfill of
 * older trades, counted as ignored, never forwarded as live ticks.
 */
import type { AdapterOptions, ConnectionPlan, VenueAdapter } from "./adapter.ts";
import type { Instrument, Level } from "../normalize/events.ts";
import { unifiedSymbol } from "../normalize/unified-symbol.ts";
import { type BookOutput, ConnectionBooks, VenueBook } from "./connection-books.ts";
import { WebSocketBookAdapter } from "./websocket-book-adapter.ts";
import { decimal, isoToNs, list, MalformedFrame, record, text } from "./frame-fields.ts";
import { CoinbaseFrameScanner, NONE, ScannedL2Event } from "./coinbase-frame-scanner.ts";

export const COINBASE_WS_URL = "wss://advanced-trade-ws.coinbase.com";
/**
 * `heartbeats` is the keep-alive: Coinbase closes subscriptions that see no update for 60-90 s and
 * has no ping request, while heartbeats arrive every second, so silence alone tells a dead feed.
 */
const CHANNELS = ["level2", "market_trades", "ticker", "heartbeats"] as const;
/** Products per connection: keeps one connection's snapshot burst (MBs per product) bounded. */
const PRODUCTS_PER_CONNECTION = 20;

/** "BTC-USD" → "BTC/USD" (Coinbase ids are base-quote, spot only). */
export function coinbaseUnifiedSymbol(productId: string): string {
  const dash = productId.indexOf("-");
  if (dash <= 0 || dash === productId.length - 1) throw new MalformedFrame(`bad product id ${productId}`);
  return unifiedSymbol({ base: productId.slice(0, dash), quote: productId.slice(dash + 1) }, {
    kind: "spot",
  });
}

/** Accepts unified ("BTC/USD") or venue ("BTC-USD") spelling. */
export function coinbaseProductId(symbol: string): string {
  return symbol.replace("/", "-");
}

interface SequenceState {
  /** Next expected `sequence_num`; NaN until the first message after open. */
  expected: number;
  /** A gap was seen and a restart requested: books stay invalid until `onOpen`. */
  condemned: boolean;
}

export class CoinbaseAdapter extends WebSocketBookAdapter {
  readonly venue = "coinbase";
  readonly endpoints = [COINBASE_WS_URL];
  protected readonly books = new ConnectionBooks<VenueBook>();
  readonly #sequences = new Map<string, SequenceState>();
  readonly #instruments = new Map<string, Instrument>();
  readonly #clock = new IsoClock();
  readonly #bookOutput: BookOutput = { sink: this.sink, stats: this.counters, depth: this.depth };

  /** The single-pass reader for `l2_data` frames (./coinbase-frame-scanner.ts); absent: JSON.parse only. */
  readonly #scanner: CoinbaseFrameScanner | undefined;

  constructor(options: AdapterOptions, internals: { readonly scanner?: boolean } = {}) {
    // The whole book is forwarded unless a depth is configured (see the module comment).
    super(options, Infinity);
    this.#scanner = internals.scanner === false ? undefined : new CoinbaseFrameScanner();
  }

  plan(symbols: readonly string[]): ConnectionPlan[] {
    const ids = [...new Set(symbols.map(coinbaseProductId))];
    const plans: ConnectionPlan[] = [];
    for (let i = 0; i < ids.length; i += PRODUCTS_PER_CONNECTION) {
      const products = ids.slice(i, i + PRODUCTS_PER_CONNECTION);
      plans.push({
        id: `coinbase.ws.${plans.length}`,
        url: COINBASE_WS_URL,
        subscribe: CHANNELS.map((channel) =>
          JSON.stringify(
            channel === "heartbeats"
              ? { type: "subscribe", channel }
              : { type: "subscribe", product_ids: products, channel },
          )
        ),
      });
    }
    return plans;
  }

  override onOpen(connectionId: string): void {
    super.onOpen(connectionId);
    this.#sequences.set(connectionId, { expected: NaN, condemned: false });
  }

  protected handle(connectionId: string, frame: string, receiveTimeNs: bigint): void {
    const sc = this.#scanner;
    if (sc !== undefined && sc.scan(frame) !== NONE) {
      // What the JSON path below does with the same values (an l2_data frame).
      const conn = this.#sequence(connectionId);
      this.#checkSequence(conn, connectionId, sc.sequence);
      this.count(sc.channel);
      return this.#onLevel2(conn, connectionId, sc.sequence, sc.timestamp, sc.events, receiveTimeNs);
    }
    const msg = record(JSON.parse(frame), "message");
    if (msg.type === "error") {
      // {"type":"error","message":"failure to subscribe","reason":"..."}: `reason` only on some refusals.
      const reason = msg.reason === undefined ? "" : `: ${String(msg.reason)}`;
      return this.refused(connectionId, `${String(msg.message)}${reason}`);
    }
    const seq = msg.sequence_num;
    if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 0) {
      throw new MalformedFrame("sequence_num: expected a non-negative integer");
    }
    const channel = text(msg.channel, "channel");
    const events = list(msg.events, "events");
    const conn = this.#sequence(connectionId);
    this.#checkSequence(conn, connectionId, seq);
    this.count(channel);
    switch (channel) {
      case "l2_data":
        return this.#onLevel2(conn, connectionId, seq, msg.timestamp, events, receiveTimeNs);
      case "market_trades":
        return this.#onTrades(events, receiveTimeNs);
      case "ticker":
        return this.#onTicker(seq, msg, events, receiveTimeNs);
      default:
        // heartbeats, subscriptions acks, candles: understood, nothing to forward.
        this.counters.ignored++;
    }
  }

  #sequence(connectionId: string): SequenceState {
    let conn = this.#sequences.get(connectionId);
    if (conn === undefined) {
      conn = { expected: NaN, condemned: false };
      this.#sequences.set(connectionId, conn);
    }
    return conn;
  }

  #checkSequence(conn: SequenceState, connectionId: string, seq: number): void {
    const expected = conn.expected;
    conn.expected = Number.isNaN(expected) ? seq + 1 : Math.max(expected, seq + 1);
    if (Number.isNaN(expected) || seq === expected || conn.condemned) return;
    this.counters.sequenceGaps++;
    this.#condemn(conn, connectionId, `sequence_num ${seq}, expected ${expected}`);
  }

  /** Every book on the connection is void; restart it (the only resync Coinbase offers). */
  #condemn(conn: SequenceState, connectionId: string, reason: string): void {
    conn.condemned = true;
    for (const pb of this.books.of(connectionId)) pb.invalidate();
    this.counters.resyncs++;
    this.requests.reconnect(connectionId, reason);
  }

  #onLevel2(
    conn: SequenceState,
    connectionId: string,
    seq: number,
    timestamp: unknown,
    events: unknown[] | ScannedL2Event[],
    receiveTimeNs: bigint,
  ): void {
    try {
      this.#applyLevel2(conn, connectionId, seq, timestamp, events, receiveTimeNs);
    } catch (err) {
      // A level change we could not read is a lost change: the books can no longer be trusted.
      if (err instanceof MalformedFrame && !conn.condemned) this.#condemn(conn, connectionId, err.message);
      throw err;
    }
  }

  #applyLevel2(
    conn: SequenceState,
    connectionId: string,
    seq: number,
    timestamp: unknown,
    events: unknown[] | ScannedL2Event[],
    receiveTimeNs: bigint,
  ): void {
    const venueTimeNs = this.#clock.toNs(timestamp, "timestamp");
    for (const raw of events) {
      let productId: string;
      let type: string;
      let bids: Level[];
      let asks: Level[];
      let scanned: ScannedL2Event | undefined;
      if (raw instanceof ScannedL2Event) {
        // Read (and checked as below) by the scanner.
        scanned = raw;
        ({ productId, type, bids, asks } = raw);
      } else {
        const event = record(raw, "l2 event");
        productId = text(event.product_id, "product_id");
        type = text(event.type, "l2 event type");
        if (type !== "snapshot" && type !== "update") throw new MalformedFrame(`l2 event type ${type}`);
        // Parse every level before touching the book: a bad one must not leave a half-applied message.
        ({ bids, asks } = parseUpdates(list(event.updates, "updates")));
      }
      if (conn.condemned) {
        this.counters.ignored++;
        continue;
      }
      const pb = this.books.get(
        connectionId,
        productId,
        () => new VenueBook(this.#instrument(productId), this.#bookOutput),
      );
      if (type === "update" && !pb.valid) {
        this.counters.ignored++;
        continue;
      }
      const update = { venueTimeNs, receiveTimeNs, updateId: seq };
      const applied = scanned !== undefined && type === "snapshot"
        ? pb.applySnapshotNumbers(scanned.bidNumbers, scanned.askNumbers, update)
        : pb.apply(type === "snapshot", bids, asks, update);
      if (!applied) {
        this.#condemn(conn, connectionId, `${productId} book crossed`);
        return;
      }
    }
  }

  #onTrades(events: unknown[], receiveTimeNs: bigint): void {
    for (const raw of events) {
      const event = record(raw, "trades event");
      const trades = list(event.trades, "trades");
      if (event.type === "snapshot") {
        this.counters.ignored += trades.length;
        continue;
      }
      for (const rawTrade of trades) {
        const t = record(rawTrade, "trade");
        const makerSide = text(t.side, "side");
        if (makerSide !== "BUY" && makerSide !== "SELL") throw new MalformedFrame(`trade side ${makerSide}`);
        const price = decimal(t.price, "price");
        const size = decimal(t.size, "size");
        if (price <= 0 || size <= 0) throw new MalformedFrame("trade price/size must be positive");
        this.counters.trades++;
        this.sink({
          type: "trade",
          instrument: this.#instrument(text(t.product_id, "product_id")),
          venueTimeNs: this.#clock.toNs(t.time, "trade time"),
          receiveTimeNs,
          tradeId: text(t.trade_id, "trade_id"),
          price,
          size,
          side: makerSide === "BUY" ? "sell" : "buy",
        });
      }
    }
  }

  #onTicker(seq: number, msg: Record<string, unknown>, events: unknown[], receiveTimeNs: bigint): void {
    const venueTimeNs = this.#clock.toNs(msg.timestamp, "timestamp");
    for (const raw of events) {
      for (const rawTicker of list(record(raw, "ticker event").tickers, "tickers")) {
        const t = record(rawTicker, "ticker");
        this.sink({
          type: "bbo",
          instrument: this.#instrument(text(t.product_id, "product_id")),
          venueTimeNs,
          receiveTimeNs,
          updateId: seq,
          bidPrice: decimal(t.best_bid, "best_bid"),
          bidSize: decimal(t.best_bid_quantity, "best_bid_quantity"),
          askPrice: decimal(t.best_ask, "best_ask"),
          askSize: decimal(t.best_ask_quantity, "best_ask_quantity"),
        });
      }
    }
  }

  #instrument(productId: string): Instrument {
    let inst = this.#instruments.get(productId);
    if (inst === undefined) {
      inst = { venue: this.venue, symbol: coinbaseUnifiedSymbol(productId), venueSymbol: productId };
      this.#instruments.set(productId, inst);
    }
    return inst;
  }
}

/** Nanoseconds per unit of a fraction with this many digits (index: digits). */
const NS_PER_DIGIT = [0, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 10, 1];

/**
 * `isoToNs` with the whole-second part cached: consecutive messages share it, and a Date.parse plus
 * BigInt string conversion per message was a large share of the adapter's cost. The fraction's
 * digits (1 to 9) are read in place into one number, so a message costs one BigInt.
 */
export class IsoClock {
  /** "YYYY-MM-DDTHH:MM:SS" of the last time read; "" before the first. */
  #prefix = "";
  #baseNs = 0n;

  toNs(value: unknown, what: string): bigint {
    if (
      typeof value !== "string" || value.charCodeAt(19) !== 46 || value.charCodeAt(value.length - 1) !== 90
    ) {
      return isoToNs(value, what);
    }
    const end = value.length - 1;
    const digits = end - 20;
    if (digits < 1 || digits > 9) return isoToNs(value, what);
    let fraction = 0;
    for (let i = 20; i < end; i++) {
      const c = value.charCodeAt(i);
      if (c < 48 || c > 57) return isoToNs(value, what);
      fraction = fraction * 10 + (c - 48);
    }
    if (this.#prefix === "" || !value.startsWith(this.#prefix)) {
      const prefix = value.slice(0, 19);
      this.#baseNs = isoToNs(`${prefix}Z`, what);
      this.#prefix = prefix;
    }
    return this.#baseNs + BigInt(fraction * NS_PER_DIGIT[digits]);
  }
}

/** `updates` → bid and ask levels; `new_quantity` is absolute, "0" deletes (missing level: no-op). */
function parseUpdates(updates: unknown[]): { bids: Level[]; asks: Level[] } {
  const bids: Level[] = [];
  const asks: Level[] = [];
  for (const raw of updates) {
    const u = record(raw, "update");
    const price = decimal(u.price_level, "price_level");
    const size = decimal(u.new_quantity, "new_quantity");
    if (price <= 0 || size < 0) throw new MalformedFrame("level price/size out of range");
    const side = u.side;
    if (side === "bid") bids.push([price, size]);
    else if (side === "offer") asks.push([price, size]);
    else throw new MalformedFrame(`update side ${String(side)}`);
  }
  return { bids, asks };
}

export function createCoinbaseAdapter(options: AdapterOptions): VenueAdapter {
  return new CoinbaseAdapter(options);
}
