/**
 * OKX v5 public market data ("okx"): `books` (400 levels), `trades`, `tickers`, and for swaps and
 * futures `mark-price`, `open-interest`, `index-tickers`, `funding-rate` (swaps) and
 * `liquidation-orders` (per instrument type).
 *
 * Book correctness: every snapshot and update carries a CRC-32 of the top 25 levels (signed), computed
 * over OKX's own strings, so the book keeps each level's own text (the scanner's levels as their
 * spelling beside the numbers: ../../book/decimal-spelling.ts). Newer feeds also chain updates with
 * `seqId`/`prevSeqId`; when present the chain is checked too (the 2022 capture predates them, so
 * there the checksum alone polices the book: 290/290 verify). A failure invalidates the book and the
 * channel is resubscribed, which makes OKX send a fresh snapshot.
 *
 * The derivative ticker is assembled from four channels; each update re-emits the merged state, NaN
 * for what has not arrived yet.
 */
import { WebSocketBookAdapter } from "../websocket-book-adapter.ts";
import type { AdapterOptions, ConnectionPlan } from "../adapter.ts";
import type { Instrument, MarketEvent, Side } from "../../normalize/events.ts";
import type { BookLevels, GuardedBookOptions } from "../../book/guarded-book.ts";
import { GuardedBooks } from "../../book/guarded-books.ts";
import { chunk } from "../shard.ts";
import {
  decimal,
  isRecord,
  type JsonRecord,
  list,
  MalformedFrame,
  msToNs,
  optionalDecimal,
  record,
  text,
  textLevels,
} from "../frame-fields.ts";
import {
  BOOK,
  NONE,
  OkxFrameScanner,
  type OkxTickerFields,
  type OkxTradeFields,
  TICKER,
  TRADE_FIELDS,
  TRADES,
} from "./frame-scanner.ts";
import { okxInstId, type OkxInstrumentId, parseOkxInstId } from "./symbols.ts";
import { okxChecksum } from "./checksum.ts";

export const OKX_WS_URL = "wss://ws.okx.com:8443/ws/v5/public";

/** Depth each OKX book channel maintains. */
const BOOK_CHANNELS: Readonly<Record<string, number>> = {
  "books": 400,
  "books-l2-tbt": 400,
  "books50-l2-tbt": 50,
};
/** Args per subscribe request: OKX caps a request at 64 KB; 100 args stay far below it. */
const ARGS_PER_MESSAGE = 100;
/** Instruments per connection: OKX allows 480 (un)subscribe requests per hour per connection and a
 * 400-level book per instrument is heavy, so connections stay small enough to resubscribe freely. */
const INSTRUMENTS_PER_CONNECTION = 30;
/** OKX closes a connection silent for 30 s; the text frame "ping" is answered with "pong". */
const PING_INTERVAL_MS = 20_000;
const DEFAULT_DEPTH = 50;

interface DerivativeState {
  fundingRate: number;
  nextFundingTimeNs: bigint;
  markPrice: number;
  indexPrice: number;
  openInterest: number;
}

export class OkxAdapter extends WebSocketBookAdapter {
  readonly venue = "okx";
  readonly endpoints = [OKX_WS_URL];
  protected readonly books = new GuardedBooks();
  readonly #instruments = new Map<string, Instrument & { readonly id: OkxInstrumentId }>();
  readonly #derivatives = new Map<string, DerivativeState>();
  /** The single-pass reader for book and trade frames (./frame-scanner.ts); absent: JSON.parse only. */
  readonly #scanner: OkxFrameScanner | undefined;

  /** Forward book deltas by diffing the window before and after (the reference path; tests). */
  readonly #forwardByDiff: boolean;

  /**
   * `internals` switch the fast paths off, for tests that compare them with the reference: `scanner:
   * false` reads every frame with JSON.parse, `forwardByDiff: true` diffs book windows instead of
   * recording the changes while applying.
   */
  constructor(
    options: AdapterOptions,
    internals: { readonly scanner?: boolean; readonly forwardByDiff?: boolean } = {},
  ) {
    super(options, DEFAULT_DEPTH);
    this.#scanner = internals.scanner === false ? undefined : new OkxFrameScanner();
    this.#forwardByDiff = internals.forwardByDiff === true;
  }

  plan(symbols: readonly string[]): ConnectionPlan[] {
    return chunk(symbols.map(okxInstId), INSTRUMENTS_PER_CONNECTION).map((ids, i) => {
      const args: JsonRecord[] = [];
      const indexes = new Set<string>();
      for (const instId of ids) {
        const id = parseOkxInstId(instId);
        for (const channel of ["books", "trades", "tickers"]) args.push({ channel, instId });
        if (id.kind === "spot") continue;
        for (const channel of ["mark-price", "open-interest"]) args.push({ channel, instId });
        if (id.kind === "swap") args.push({ channel: "funding-rate", instId });
        indexes.add(id.index);
      }
      for (const index of indexes) args.push({ channel: "index-tickers", instId: index });
      // Liquidations are published per instrument type, once is enough.
      if (i === 0) {
        for (const instType of ["SWAP", "FUTURES"]) args.push({ channel: "liquidation-orders", instType });
      }
      return {
        id: `okx.ws.${i}`,
        url: OKX_WS_URL,
        subscribe: chunk(args, ARGS_PER_MESSAGE).map((a) => JSON.stringify({ op: "subscribe", args: a })),
        heartbeat: { intervalMs: PING_INTERVAL_MS, frame: "ping" },
      };
    });
  }

  protected handle(connectionId: string, frame: string, receiveTimeNs: bigint): void {
    if (frame === "pong") {
      this.count("pong");
      this.counters.ignored++;
      return;
    }
    const sc = this.#scanner;
    if (sc !== undefined) {
      const kind = sc.scan(frame);
      if (kind !== NONE) {
        // What the JSON path below does with the same values.
        this.count(sc.channel);
        if (kind === BOOK) {
          return this.#applyBook(
            connectionId,
            sc.channel,
            sc.instId,
            sc.action,
            sc.bids,
            sc.asks,
            sc.checksum,
            sc.seqId,
            sc.prevSeqId,
            sc.tsMs >= 0 ? sc.tsMs : sc.ts,
            receiveTimeNs,
          );
        }
        if (kind === TRADES) return this.#rows(sc.channel, sc.rows, receiveTimeNs);
        if (kind === TRADE_FIELDS) return this.#tradeFields(sc.trades, receiveTimeNs);
        if (kind === TICKER) return this.#emit([this.#tickerFields(sc.ticker, receiveTimeNs)]);
      }
    }
    const msg = record(JSON.parse(frame), "okx frame");
    if (msg.event !== undefined) {
      // A refusal: {"event":"error","code":"60012","msg":"Invalid request: ...","connId":"..."}.
      if (msg.event === "error") return this.refused(connectionId, `${String(msg.code)}: ${String(msg.msg)}`);
      this.count("control"); // subscribe/unsubscribe acks, notices
      this.counters.ignored++;
      return;
    }
    const arg = record(msg.arg, "okx arg");
    const channel = text(arg.channel, "okx channel");
    this.count(channel);
    const rows = list(msg.data, "okx data");
    if (channel in BOOK_CHANNELS) return this.#book(connectionId, channel, arg, msg, receiveTimeNs);
    this.#rows(channel, rows, receiveTimeNs);
  }

  #rows(channel: string, rows: unknown[], receiveTimeNs: bigint): void {
    // Every row is read before any event goes out: a malformed row skips the whole frame.
    const events: MarketEvent[] = [];
    for (const row of rows) {
      const parsed = this.#parse(channel, isRecord(row) ? row : record(row, `${channel} row`), receiveTimeNs);
      for (const event of parsed) events.push(event);
    }
    this.#emit(events);
  }

  /** `#rows` of trade rows the scanner read field by field. */
  #tradeFields(rows: OkxTradeFields, receiveTimeNs: bigint): void {
    const events: MarketEvent[] = [];
    for (let r = 0; r < rows.count; r++) {
      events.push(tradeEvent(
        this.#instrument(rows.instIds[r]),
        msToNs(rows.tsMs[r], "trade ts"),
        receiveTimeNs,
        rows.tradeIds[r],
        rows.prices[r],
        rows.sizes[r],
        rows.sides[r],
      ));
    }
    this.#emit(events);
  }

  /** The BBO of a ticker row the scanner read (its quote on both sides). */
  #tickerFields(row: OkxTickerFields, receiveTimeNs: bigint): MarketEvent {
    return bboEvent(
      this.#instrument(row.instId),
      msToNs(row.tsMs, "ticker ts"),
      receiveTimeNs,
      row.bidPrice,
      row.bidSize,
      row.askPrice,
      row.askSize,
    );
  }

  /** A frame's events, all read before any goes out. */
  #emit(events: MarketEvent[]): void {
    let trades = 0;
    for (const event of events) {
      this.sink(event);
      if (event.type === "trade") trades++;
    }
    this.counters.trades += trades;
    if (events.length === 0) this.counters.ignored++;
  }

  #instrument(instId: string): Instrument & { readonly id: OkxInstrumentId } {
    let instrument = this.#instruments.get(instId);
    if (!instrument) {
      const id = parseOkxInstId(instId);
      instrument = { venue: this.venue, symbol: id.symbol, venueSymbol: instId, id };
      this.#instruments.set(instId, instrument);
    }
    return instrument;
  }

  #book(
    connectionId: string,
    channel: string,
    arg: JsonRecord,
    msg: JsonRecord,
    receiveTimeNs: bigint,
  ): void {
    const instId = text(arg.instId, "books instId");
    const data = record(list(msg.data, "books data")[0], "books data[0]");
    const bids = textLevels(data.bids, "bids");
    const asks = textLevels(data.asks, "asks");
    const checksum = data.checksum;
    if (typeof checksum !== "number" || !Number.isSafeInteger(checksum)) {
      throw new MalformedFrame("okx: checksum");
    }
    const seqId = data.seqId === undefined ? undefined : sequenceId(data.seqId, "seqId");
    const prevSeqId = data.prevSeqId === undefined ? undefined : sequenceId(data.prevSeqId, "prevSeqId");
    this.#applyBook(
      connectionId,
      channel,
      instId,
      msg.action,
      bids,
      asks,
      checksum,
      seqId,
      prevSeqId,
      data.ts,
      receiveTimeNs,
    );
  }

  #applyBook(
    connectionId: string,
    channel: string,
    instId: string,
    action: unknown,
    bids: BookLevels,
    asks: BookLevels,
    checksum: number,
    seqId: number | undefined,
    prevSeqId: number | undefined,
    ts: unknown,
    receiveTimeNs: bigint,
  ): void {
    const meta = {
      venueTimeNs: msToNs(ts, "books ts"),
      receiveTimeNs,
      updateId: seqId ?? 0,
      checksum,
      // Only an update continues a chain (a snapshot's prevSeqId is -1).
      prevUpdateId: action === "update" ? prevSeqId : undefined,
    };
    const book = this.books.get(instId, connectionId, () => this.#bookOptions(instId, channel));
    if (action === "snapshot") book.snapshot(bids, asks, meta);
    else if (action === "update") book.delta(bids, asks, meta);
    else throw new MalformedFrame(`okx: books action ${String(action)}`);
  }

  #bookOptions(instId: string, channel: string): GuardedBookOptions {
    return {
      instrument: this.#instrument(instId),
      sink: this.sink,
      stats: this.counters,
      depth: this.depth,
      venueDepth: BOOK_CHANNELS[channel],
      checksum: okxChecksum,
      bboFromBook: false,
      forwardByDiff: this.#forwardByDiff,
      // A resubscription makes OKX send a fresh snapshot of this book on the same connection.
      resync: () => {
        const connectionId = this.books.connectionOf(instId);
        if (connectionId === undefined) return;
        const args = [{ channel, instId }];
        this.requests.send(connectionId, JSON.stringify({ op: "unsubscribe", args }));
        this.requests.send(connectionId, JSON.stringify({ op: "subscribe", args }));
      },
    };
  }

  /** One data row of a non-book channel → the events it carries. */
  #parse(channel: string, row: JsonRecord, receiveTimeNs: bigint): MarketEvent[] {
    switch (channel) {
      case "trades":
      case "trades-all": {
        const side = row.side === "buy" || row.side === "sell" ? row.side : undefined;
        if (!side) throw new MalformedFrame(`okx: trade side ${String(row.side)}`);
        return [tradeEvent(
          this.#instrument(text(row.instId, "trade instId")),
          msToNs(row.ts, "trade ts"),
          receiveTimeNs,
          text(row.tradeId, "tradeId"),
          decimal(row.px, "trade px"),
          decimal(row.sz, "trade sz"),
          side,
        )];
      }
      case "tickers": {
        // An empty side ("") means no quote on that side: no BBO to report.
        if (row.bidPx === "" || row.askPx === "") return [];
        return [bboEvent(
          this.#instrument(text(row.instId, "ticker instId")),
          msToNs(row.ts, "ticker ts"),
          receiveTimeNs,
          decimal(row.bidPx, "bidPx"),
          decimal(row.bidSz, "bidSz"),
          decimal(row.askPx, "askPx"),
          decimal(row.askSz, "askSz"),
        )];
      }
      case "funding-rate":
        return this.#derivative(row, receiveTimeNs, (s) => {
          s.fundingRate = optionalDecimal(row.fundingRate, "fundingRate");
          // `fundingTime` is when the current rate settles: the next funding event.
          s.nextFundingTimeNs = msToNs(row.fundingTime, "fundingTime");
        });
      case "mark-price":
        return this.#derivative(row, receiveTimeNs, (s) => s.markPrice = decimal(row.markPx, "markPx"));
      case "open-interest":
        return this.#derivative(row, receiveTimeNs, (s) => s.openInterest = decimal(row.oi, "oi"));
      case "index-tickers":
        return this.#index(row, receiveTimeNs);
      case "liquidation-orders":
        return this.#liquidations(row, receiveTimeNs);
      default:
        return [];
    }
  }

  #derivative(row: JsonRecord, receiveTimeNs: bigint, update: (s: DerivativeState) => void): MarketEvent[] {
    const instrument = this.#instrument(text(row.instId, "instId"));
    const venueTimeNs = row.ts === undefined ? 0n : msToNs(row.ts, "ts");
    const next = { ...this.#derivativeState(instrument.venueSymbol) };
    update(next);
    this.#derivatives.set(instrument.venueSymbol, next);
    return [{ type: "derivative", instrument, venueTimeNs, receiveTimeNs, ...next }];
  }

  #derivativeState(instId: string): DerivativeState {
    return this.#derivatives.get(instId) ??
      { fundingRate: NaN, nextFundingTimeNs: 0n, markPrice: NaN, indexPrice: NaN, openInterest: NaN };
  }

  /** An index price updates every derivative seen on that index ("BTC-USD" → BTC-USD-SWAP, BTC-USD-220527). */
  #index(row: JsonRecord, receiveTimeNs: bigint): MarketEvent[] {
    const index = text(row.instId, "index instId");
    const indexPrice = decimal(row.idxPx, "idxPx");
    const venueTimeNs = msToNs(row.ts, "index ts");
    const out: MarketEvent[] = [];
    for (const instrument of this.#instruments.values()) {
      if (instrument.id.kind === "spot" || instrument.id.index !== index) continue;
      const next = { ...this.#derivativeState(instrument.venueSymbol), indexPrice };
      this.#derivatives.set(instrument.venueSymbol, next);
      out.push({ type: "derivative", instrument, venueTimeNs, receiveTimeNs, ...next });
    }
    return out;
  }

  /** `liquidation-orders`: `side` is the liquidation order's side; `bkPx` the bankruptcy price it fills at. */
  #liquidations(row: JsonRecord, receiveTimeNs: bigint): MarketEvent[] {
    const instrument = this.#instrument(text(row.instId, "liquidation instId"));
    return list(row.details, "liquidation details").map((d) => {
      const detail = record(d, "liquidation detail");
      const side = detail.side === "buy" || detail.side === "sell" ? detail.side : undefined;
      if (!side) throw new MalformedFrame(`okx: liquidation side ${String(detail.side)}`);
      return {
        type: "liquidation",
        instrument,
        venueTimeNs: msToNs(detail.ts, "liquidation ts"),
        receiveTimeNs,
        side,
        price: decimal(detail.bkPx, "bkPx"),
        size: decimal(detail.sz, "liquidation sz"),
      };
    });
  }
}

/** OKX sequence ids are integers (-1 on a snapshot's `prevSeqId`). */
function sequenceId(value: unknown, what: string): number {
  const n = decimal(value, what);
  if (!Number.isSafeInteger(n)) throw new MalformedFrame(`okx: ${what} ${n}`);
  return n;
}

/** A trade event, its fields read and checked. */
function tradeEvent(
  instrument: Instrument,
  venueTimeNs: bigint,
  receiveTimeNs: bigint,
  tradeId: string,
  price: number,
  size: number,
  side: Side,
): MarketEvent {
  return { type: "trade", instrument, venueTimeNs, receiveTimeNs, tradeId, price, size, side };
}

/** A BBO event, its fields read and checked. */
function bboEvent(
  instrument: Instrument,
  venueTimeNs: bigint,
  receiveTimeNs: bigint,
  bidPrice: number,
  bidSize: number,
  askPrice: number,
  askSize: number,
): MarketEvent {
  return {
    type: "bbo",
    instrument,
    venueTimeNs,
    receiveTimeNs,
    updateId: 0,
    bidPrice,
    bidSize,
    askPrice,
    askSize,
  };
}
