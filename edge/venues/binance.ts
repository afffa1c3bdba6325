/**
 * Binance adapter for spot ("binance"), USD-M ("binance-usdm") and COIN-M ("binance-coinm") combined
 * streams: `<sym>@trade` (or the `@aggTrade` older captures carry), the depth diff stream and
 * `<sym>@bookTicker`. Books are kept by the shared snapshot+diff `BookSync` with the market's rules;
 * everything market-specific sits in ./binance/markets.ts.
 *
 * Parsing: depth, trade, aggTrade and bookTicker frames and the REST snapshot are read by a single-pass
 * scanner (./binance/frame-scanner.ts) that turns each price/size string straight into a number; any
 * frame it does not fully recognise takes the `JSON.parse` path below, which decides. `JSON.parse`
 * costs ~18 µs on a 70-level depth@0ms frame (two strings and an array per level, then `+string`),
 * several times the book work. The ids Binance sends stay below 2^53.
 */
import type { AdapterOptions, AdapterStats, ConnectionPlan, TopOfBook, VenueAdapter } from "./adapter.ts";
import { emptyStats } from "./adapter.ts";
import type { BookEvent, Instrument, Level } from "../normalize/events.ts";
import { BookSync, type SequencedDiff } from "../book/book-sync.ts";
import type { L2Book } from "../book/l2-book.ts";
import { BINANCE_MARKETS, type BinanceMarket, type BinanceVenue } from "./binance/markets.ts";
import {
  ABSENT,
  AGG_TRADE,
  BinanceFrameScanner,
  DECIMAL_TEXT,
  DEPTH,
  FIELD,
  INTEGER,
  LEVELS,
  NONE,
  TRADE,
  UNTYPED,
} from "./binance/frame-scanner.ts";

/**
 * Streams per connection. Binance allows 1024 on spot but 200 on USD-M/COIN-M; one bound for all three
 * keeps sharding uniform, and spreading high-rate depth streams over more sockets keeps each one below
 * the rate at which Binance drops slow consumers.
 */
export const MAX_STREAMS_PER_CONNECTION = 200;

const MS_TO_NS = 1_000_000n;

interface BinanceDiff extends SequencedDiff {
  readonly venueTimeNs: bigint;
  readonly receiveTimeNs: bigint;
}

interface SymbolState {
  readonly instrument: Instrument;
  readonly sync: BookSync<BinanceDiff>;
  connectionId: string;
  /** Key of the snapshot request in flight; answers with another key are stale. */
  pendingKey: string;
  requests: number;
}

type Json = Record<string, unknown>;

export class BinanceAdapter implements VenueAdapter {
  readonly venue: BinanceVenue;
  readonly #market: BinanceMarket;
  readonly #options: AdapterOptions;
  readonly #stats: AdapterStats = emptyStats();
  readonly #symbols = new Map<string, SymbolState>();
  /** Receive time of the snapshot being applied (BookSync hooks run synchronously inside onSnapshot). */
  #snapshotReceiveNs = 0n;
  #snapshotVenueNs = 0n;

  /** The fast reader; undefined: every frame goes through JSON.parse (tests compare both paths). */
  readonly #scanner: BinanceFrameScanner | undefined;
  /** The symbol of the last scanned frame and its state: consecutive frames mostly share one. */
  #lastSymbol = "";
  #lastState: SymbolState | undefined;
  /** Last millisecond time converted to ns (trades and diffs in one ms share it). */
  #lastMs = -1;
  #lastNs = 0n;

  /** The combined-stream endpoints this adapter connects to: replay routes recorded connections by them. */
  readonly endpoints: readonly string[];

  constructor(venue: BinanceVenue, options: AdapterOptions, internals: { readonly scanner?: boolean } = {}) {
    this.venue = venue;
    this.#market = BINANCE_MARKETS[venue];
    this.endpoints = [this.#market.wsBase, ...this.#market.wsBackups].map((base) => `${base}/stream`);
    this.#options = options;
    this.#scanner = internals.scanner === false ? undefined : new BinanceFrameScanner();
  }

  plan(symbols: readonly string[]): ConnectionPlan[] {
    const streamsPerSymbol = 3;
    const perConnection = Math.floor(MAX_STREAMS_PER_CONNECTION / streamsPerSymbol);
    const ids = symbols.map((s) => this.#toVenueSymbol(s).toLowerCase());
    const plans: ConnectionPlan[] = [];
    for (let i = 0; i < ids.length; i += perConnection) {
      // All streams of one symbol share a connection, so a reconnect resets exactly the books it fed.
      const streams = ids.slice(i, i + perConnection).flatMap((id) => [
        `${id}@trade`,
        `${id}@${this.#market.depthStream}`,
        `${id}@bookTicker`,
      ]);
      const path = `/stream?streams=${streams.join("/")}`;
      plans.push({
        id: `${this.venue}.ws.${plans.length}`,
        url: this.#market.wsBase + path,
        backupUrls: this.#market.wsBackups.map((b) => b + path),
        subscribe: [],
        // Binance's server pings are answered below the adapter, so silence alone would drop a
        // connection whose symbols are quiet; this request is always answered ({"result":[...]}).
        probe: '{"method":"LIST_SUBSCRIPTIONS","id":1}',
      });
    }
    return plans;
  }

  onOpen(connectionId: string): void {
    for (const state of this.#symbols.values()) {
      if (state.connectionId === connectionId) {
        state.sync.reset();
        state.pendingKey = "";
      }
    }
  }

  onFrame(connectionId: string, text: string, receiveTimeNs: bigint): void {
    try {
      const scanner = this.#scanner;
      if (scanner !== undefined) {
        const kind = scanner.scan(text);
        if (kind !== NONE && this.#scanned(connectionId, kind, scanner, receiveTimeNs)) return;
      }
      const msg = JSON.parse(text) as unknown;
      if (typeof msg !== "object" || msg === null || Array.isArray(msg)) return this.#malformed();
      const outer = msg as Json;
      const data = outer.data;
      if (typeof data === "object" && data !== null) {
        return this.#dispatch(connectionId, data as Json, receiveTimeNs);
      }
      if ("result" in outer && "id" in outer) return this.#ignore("ack");
      if (typeof outer.error === "object" && outer.error !== null) return this.#refused(connectionId, outer.error as Json);
      if (typeof outer.e === "string" || typeof outer.u === "number") {
        return this.#dispatch(connectionId, outer, receiveTimeNs);
      }
      // The older refusal shape: {"code":0,"msg":"Unknown property","id":1}, no data, no event type.
      if (typeof outer.code === "number" && typeof outer.msg === "string") return this.#refused(connectionId, outer);
      this.#malformed();
    } catch {
      this.#malformed();
    }
  }

  onSnapshot(key: string, body: string | null, receiveTimeNs: bigint): void {
    const state = this.#symbols.get(key.slice(0, key.lastIndexOf("#")));
    if (state === undefined || state.pendingKey !== key) return this.#ignore("staleSnapshot");
    state.pendingKey = "";
    this.#count("snapshot");
    try {
      const scanner = this.#scanner;
      const snap = body === null
        ? undefined
        : scanner !== undefined && scanner.scanSnapshot(body)
        ? scannedSnapshot(scanner)
        : parseSnapshot(JSON.parse(body));
      if (body !== null && snap === undefined) this.#stats.malformed++;
      this.#snapshotReceiveNs = receiveTimeNs;
      this.#snapshotVenueNs = snap?.venueTimeNs ?? 0n;
      state.sync.onSnapshot(snap ?? null);
    } catch {
      this.#stats.malformed++;
      state.sync.onSnapshot(null);
    }
  }

  stats(): AdapterStats {
    return this.#stats;
  }

  topOfBooks(): Map<string, TopOfBook> {
    const out = new Map<string, TopOfBook>();
    for (const state of this.#symbols.values()) {
      const { bids, asks } = state.sync.book;
      if (state.sync.state !== "live" || bids.length === 0 || asks.length === 0) continue;
      out.set(state.instrument.symbol, {
        bidPrice: bids.bestPrice()!,
        bidSize: bids.bestSize()!,
        askPrice: asks.bestPrice()!,
        askSize: asks.bestSize()!,
      });
    }
    return out;
  }

  /**
   * A frame the scanner read: the same checks, counters and events as #dispatch gives its JSON.parse
   * result. Returns false, before touching anything, where the JSON path must decide instead.
   */
  #scanned(connectionId: string, kind: number, sc: BinanceFrameScanner, receiveTimeNs: bigint): boolean {
    switch (kind) {
      case DEPTH: {
        const state = this.#scannedState(connectionId, sc);
        if (state === undefined) return true;
        if (
          sc.bForm !== LEVELS || sc.aForm !== LEVELS || !validLevels(sc.bLevels) ||
          !validLevels(sc.aLevels) ||
          !sc.has(FIELD.U) || !sc.has(FIELD.u)
        ) {
          this.#malformed();
          return true;
        }
        this.#count("depthUpdate");
        state.sync.onDiff({
          firstId: sc.firstId,
          lastId: sc.lastId,
          prevId: sc.has(FIELD.pu) ? sc.prevId : NaN,
          bids: sc.bLevels,
          asks: sc.aLevels,
          venueTimeNs: this.#scannedTime(sc),
          receiveTimeNs,
        });
        return true;
      }
      case TRADE:
      case AGG_TRADE: {
        const state = this.#scannedState(connectionId, sc);
        if (state === undefined) return true;
        const hasId = kind === TRADE ? sc.has(FIELD.t) : sc.aForm === INTEGER;
        const id = kind === TRADE ? sc.tradeId : sc.aNumber;
        const price = sc.has(FIELD.p) ? sc.price : NaN;
        const size = sc.has(FIELD.q) ? sc.quantity : NaN;
        if (!hasId || !(price > 0) || !(size > 0) || !sc.has(FIELD.T) || !sc.has(FIELD.m)) {
          this.#malformed();
          return true;
        }
        const type = kind === TRADE ? "trade" : "aggTrade";
        this.#count(type);
        this.#stats.trades++;
        this.#options.sink({
          type: "trade",
          instrument: state.instrument,
          venueTimeNs: this.#msToNs(sc.transactTime),
          receiveTimeNs,
          tradeId: String(id),
          price,
          size,
          side: sc.buyerIsMaker ? "sell" : "buy",
        });
        return true;
      }
      default: {
        // BOOK_TICKER, or UNTYPED (spot bookTicker). A level list under b/a: JSON path (its `+list`).
        if (sc.bForm === LEVELS || sc.aForm === LEVELS) return false;
        if (kind === UNTYPED && !(sc.has(FIELD.u) && sc.bForm === DECIMAL_TEXT && sc.has(FIELD.A))) {
          this.#malformed();
          return true;
        }
        const state = this.#scannedState(connectionId, sc);
        if (state === undefined) return true;
        const bidPrice = sc.bForm === ABSENT ? NaN : sc.bNumber;
        const bidSize = sc.has(FIELD.B) ? sc.bidSize : NaN;
        const askPrice = sc.aForm === ABSENT ? NaN : sc.aNumber;
        const askSize = sc.has(FIELD.A) ? sc.askSize : NaN;
        if (!sc.has(FIELD.u) || !(bidPrice >= 0) || !(bidSize >= 0) || !(askPrice >= 0) || !(askSize >= 0)) {
          this.#malformed();
          return true;
        }
        this.#count("bookTicker");
        this.#options.sink({
          type: "bbo",
          instrument: state.instrument,
          venueTimeNs: this.#scannedTime(sc),
          receiveTimeNs,
          updateId: sc.lastId,
          bidPrice,
          bidSize,
          askPrice,
          askSize,
        });
        return true;
      }
    }
  }

  /** #state for a scanned frame, without making the symbol string when it repeats the last one. */
  #scannedState(connectionId: string, sc: BinanceFrameScanner): SymbolState | undefined {
    if (!sc.has(FIELD.s)) return this.#state(connectionId, undefined);
    const last = this.#lastState;
    if (last !== undefined && sc.symbolIs(this.#lastSymbol)) {
      last.connectionId = connectionId;
      return last;
    }
    const symbol = sc.symbol();
    const state = this.#state(connectionId, symbol);
    if (state !== undefined) {
      this.#lastSymbol = symbol;
      this.#lastState = state;
    }
    return state;
  }

  /** venueTime() of a scanned payload. */
  #scannedTime(sc: BinanceFrameScanner): bigint {
    return sc.has(FIELD.T)
      ? this.#msToNs(sc.transactTime)
      : sc.has(FIELD.E)
      ? this.#msToNs(sc.eventTime)
      : 0n;
  }

  #msToNs(ms: number): bigint {
    if (ms !== this.#lastMs) {
      this.#lastNs = BigInt(ms) * MS_TO_NS;
      this.#lastMs = ms;
    }
    return this.#lastNs;
  }

  #dispatch(connectionId: string, d: Json, receiveTimeNs: bigint): void {
    const type = d.e;
    switch (type) {
      case "depthUpdate":
        return this.#depth(connectionId, d, receiveTimeNs);
      case "trade":
      case "aggTrade":
        return this.#trade(connectionId, type, d, receiveTimeNs);
      case "bookTicker":
        return this.#bookTicker(connectionId, d, receiveTimeNs);
      case undefined:
        // Spot bookTicker is the one Binance payload without an event type.
        if (typeof d.u === "number" && typeof d.b === "string" && typeof d.A === "string") {
          return this.#bookTicker(connectionId, d, receiveTimeNs);
        }
        return this.#malformed();
      default:
        return this.#ignore(typeof type === "string" ? type : "unknown");
    }
  }

  #trade(connectionId: string, type: string, d: Json, receiveTimeNs: bigint): void {
    const state = this.#state(connectionId, d.s);
    if (state === undefined) return;
    const id = type === "trade" ? d.t : d.a;
    const price = +(d.p as string);
    const size = +(d.q as string);
    const time = d.T;
    if (
      typeof id !== "number" || !(price > 0) || !(size > 0) || typeof time !== "number" ||
      typeof d.m !== "boolean"
    ) {
      return this.#malformed();
    }
    this.#count(type);
    this.#stats.trades++;
    this.#options.sink({
      type: "trade",
      instrument: state.instrument,
      // Trade time: when the match happened. `E` is only when the stream pushed it.
      venueTimeNs: BigInt(time) * MS_TO_NS,
      receiveTimeNs,
      tradeId: String(id),
      price,
      size,
      // m: the buyer is the maker, so the taker (aggressor) sold.
      side: d.m ? "sell" : "buy",
    });
  }

  #bookTicker(connectionId: string, d: Json, receiveTimeNs: bigint): void {
    const state = this.#state(connectionId, d.s);
    if (state === undefined) return;
    const bidPrice = +(d.b as string);
    const bidSize = +(d.B as string);
    const askPrice = +(d.a as string);
    const askSize = +(d.A as string);
    if (
      typeof d.u !== "number" || !(bidPrice >= 0) || !(bidSize >= 0) || !(askPrice >= 0) || !(askSize >= 0)
    ) {
      return this.#malformed();
    }
    this.#count("bookTicker");
    this.#options.sink({
      type: "bbo",
      instrument: state.instrument,
      venueTimeNs: venueTime(d),
      receiveTimeNs,
      updateId: d.u,
      bidPrice,
      bidSize,
      askPrice,
      askSize,
    });
  }

  #depth(connectionId: string, d: Json, receiveTimeNs: bigint): void {
    const state = this.#state(connectionId, d.s);
    if (state === undefined) return;
    const bids = levels(d.b);
    const asks = levels(d.a);
    const { U, u, pu } = d;
    if (bids === undefined || asks === undefined || typeof U !== "number" || typeof u !== "number") {
      return this.#malformed();
    }
    this.#count("depthUpdate");
    state.sync.onDiff({
      firstId: U,
      lastId: u,
      prevId: typeof pu === "number" ? pu : NaN,
      bids,
      asks,
      venueTimeNs: venueTime(d),
      receiveTimeNs,
    });
  }

  /** The symbol's state, created on first sight; undefined (counted) when the id cannot be unified. */
  #state(connectionId: string, s: unknown): SymbolState | undefined {
    if (typeof s !== "string") {
      this.#malformed();
      return undefined;
    }
    const known = this.#symbols.get(s);
    if (known !== undefined) {
      known.connectionId = connectionId;
      return known;
    }
    const symbol = this.#market.unify(s);
    if (symbol === undefined) {
      this.#ignore("unmappedSymbol");
      return undefined;
    }
    const instrument: Instrument = { venue: this.venue, symbol, venueSymbol: s };
    const state: SymbolState = {
      instrument,
      connectionId,
      pendingKey: "",
      requests: 0,
      sync: new BookSync<BinanceDiff>(
        this.#market.rules,
        {
          requestSnapshot: () => {
            state.pendingKey = `${s}#${++state.requests}`;
            this.#options.requests.requestSnapshot(
              state.pendingKey,
              this.#market.snapshotUrl(s),
              this.#market.snapshotWeight,
            );
          },
          onSynced: (book, lastId, lastDiff) =>
            this.#options.sink(
              snapshotEvent(
                instrument,
                book,
                lastId,
                lastDiff,
                this.#snapshotVenueNs,
                this.#snapshotReceiveNs,
              ),
            ),
          onDelta: (diff, prevLastId) => this.#options.sink(deltaEvent(instrument, diff, prevLastId)),
        },
        this.#stats,
        { depth: this.#options.depth },
      ),
    };
    this.#symbols.set(s, state);
    return state;
  }

  #toVenueSymbol(s: string): string {
    return this.#market.venueSymbolOf(s) ?? s.toUpperCase();
  }

  /** A refused subscription or request: reported, so health turns RED instead of reading it as a quiet market. */
  #refused(connectionId: string, error: Json): void {
    this.#count("error");
    this.#stats.venueErrors++;
    this.#options.requests.reportError(connectionId, `${String(error.code)}: ${String(error.msg)}`);
  }

  #count(type: string): void {
    this.#stats.messagesByType[type] = (this.#stats.messagesByType[type] ?? 0) + 1;
  }

  #ignore(type: string): void {
    this.#count(type);
    this.#stats.ignored++;
  }

  #malformed(): void {
    this.#stats.malformed++;
  }
}

export function createBinanceAdapter(venue: BinanceVenue, options: AdapterOptions): BinanceAdapter {
  return new BinanceAdapter(venue, options);
}

/** The check `levels()` applies, on levels the scanner already made numeric. */
function validLevels(levels: readonly Level[]): boolean {
  for (let i = 0; i < levels.length; i++) {
    if (!(levels[i][0] > 0) || !(levels[i][1] >= 0)) return false;
  }
  return true;
}

/** parseSnapshot() of a scanned REST snapshot. */
function scannedSnapshot(sc: BinanceFrameScanner) {
  if (
    !sc.has(FIELD.lastUpdateId) || !sc.has(FIELD.bids) || !sc.has(FIELD.asks) || !validLevels(sc.bids) ||
    !validLevels(sc.asks)
  ) {
    return undefined;
  }
  const t = sc.has(FIELD.T) ? sc.transactTime : sc.has(FIELD.E) ? sc.eventTime : undefined;
  return {
    lastId: sc.lastUpdateId,
    bids: sc.bids,
    asks: sc.asks,
    venueTimeNs: t === undefined ? 0n : BigInt(t) * MS_TO_NS,
  };
}

/** Matching-engine time `T` where the market sends it (futures), else event time `E`; 0n when neither. */
function venueTime(d: Json): bigint {
  const t = typeof d.T === "number" ? d.T : d.E;
  return typeof t === "number" ? BigInt(t) * MS_TO_NS : 0n;
}

/** `[["price","size"], ...]` → numeric levels; undefined when any entry is not a valid level. */
function levels(raw: unknown): Level[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: Level[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i];
    if (!Array.isArray(l)) return undefined;
    const price = +l[0];
    const size = +l[1];
    if (!(price > 0) || !(size >= 0)) return undefined;
    out[i] = [price, size];
  }
  return out;
}

function parseSnapshot(raw: unknown) {
  if (typeof raw !== "object" || raw === null) return undefined;
  const r = raw as Json;
  const bids = levels(r.bids);
  const asks = levels(r.asks);
  if (typeof r.lastUpdateId !== "number" || bids === undefined || asks === undefined) return undefined;
  return { lastId: r.lastUpdateId, bids, asks, venueTimeNs: venueTime(r) };
}

function snapshotEvent(
  instrument: Instrument,
  book: L2Book,
  lastId: number,
  lastDiff: BinanceDiff | undefined,
  snapshotVenueNs: bigint,
  receiveTimeNs: bigint,
): BookEvent {
  return {
    type: "book",
    instrument,
    venueTimeNs: lastDiff?.venueTimeNs ?? snapshotVenueNs,
    receiveTimeNs,
    snapshot: true,
    firstUpdateId: lastId,
    lastUpdateId: lastId,
    prevUpdateId: 0,
    bids: book.bids.levels(),
    asks: book.asks.levels(),
  };
}

function deltaEvent(instrument: Instrument, diff: BinanceDiff, prevLastId: number): BookEvent {
  return {
    type: "book",
    instrument,
    venueTimeNs: diff.venueTimeNs,
    receiveTimeNs: diff.receiveTimeNs,
    snapshot: false,
    firstUpdateId: diff.firstId,
    lastUpdateId: diff.lastId,
    prevUpdateId: prevLastId,
    bids: diff.bids,
    asks: diff.asks,
  };
}
