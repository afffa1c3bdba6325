/**
 * A single-pass reader for the OKX push frames that make up nearly all traffic: `books`,
 * `books-l2-tbt`, `books50-l2-tbt` (one data row with 4-string levels and a checksum), `trades` and,
 * as OKX sends them, `tickers`.
 *
 * Built on the shared readers of ../json-scan.ts, with their contract: any frame it does not read
 * exactly (another channel, an `event` frame, escapes, repeated keys, nested values under unknown
 * keys, numbers it would not read as JSON.parse does, truncation, trailing bytes) is NONE, and the
 * adapter's JSON.parse path decides. Levels come out as their numbers with the spelling of their
 * texts (the checksum needs the venue's own texts; ../../book/decimal-spelling.ts), the numbers and
 * texts exactly what frame-fields' `textLevels` gives for the parsed frame; every other field is the
 * value JSON.parse would give, checked by the adapter's same field readers. Trade and ticker rows
 * laid out exactly as OKX sends them are read field by field (their numbers as `decimal` reads them:
 * no record with a sliced key per field, no JSON.parse); any other layout takes the general way.
 * okx/frame-scanner_test.ts checks that on every frame of the OKX capture and on damaged copies.
 */
import { SpelledLevels } from "../../book/decimal-spelling.ts";
import type { Side } from "../../normalize/events.ts";
import {
  FAIL,
  FrameBytes,
  Literal,
  MemberWalk,
  read,
  RecurringTexts,
  scanFlatRecords,
  scanSignedInteger,
  scanSpelledLevels,
  scanString,
  shortDecimal,
  skipNested,
  skipScalar,
  skipWs,
  stringEnd,
  stringOut,
} from "../json-scan.ts";

export const NONE = 0;
export const BOOK = 1;
/** Trade rows as JSON.parse gives them (`rows`). */
export const TRADES = 2;
/** Trade rows as OKX sends them, read field by field (`trades`). */
export const TRADE_FIELDS = 3;
/** A tickers frame as OKX sends it, its one row's quote read (`ticker`). */
export const TICKER = 4;

/** Book channels: one data row each. */
const BOOK_CHANNELS = ["books", "books-l2-tbt", "books50-l2-tbt"];

// Field bits, for presence and repeated-key detection.
const F_ARG = 1 << 0;
const F_ACTION = 1 << 1;
const F_DATA = 1 << 2;
const F_CHANNEL = 1 << 3;
const F_INST = 1 << 4;
const F_ASKS = 1 << 5;
const F_BIDS = 1 << 6;
const F_TS = 1 << 7;
const F_CHECKSUM = 1 << 8;
const F_SEQ = 1 << 9;
const F_PREV_SEQ = 1 << 10;
const BOOK_ROW = F_ASKS | F_BIDS | F_TS | F_CHECKSUM;

// A book frame as OKX spells it: these runs between the values, in this order, no whitespace.
const ARG_CHANNEL = new Literal('{"arg":{"channel":"');
const INST_ID = new Literal('","instId":"');
const ACTION = new Literal('"},"action":"');
const DATA_ASKS = new Literal('","data":[{"asks":');
const BIDS = new Literal(',"bids":');
const TS = new Literal(',"ts":"');
const CHECKSUM = new Literal('","checksum":');
const SEQ_ID = new Literal(',"seqId":');
const PREV_SEQ_ID = new Literal(',"prevSeqId":');
const ROW_END = new Literal("}]}");
const ARG_DATA = new Literal('"},"data":[');
const STRING_ROW_END = new Literal('"}');
const DATA_END = new Literal("]}");

/**
 * A row of string values as OKX sends it, keys in this order: the run before each value
 * (`{"k0":"`, then `","k1":"`, ...).
 */
const stringRow = (keys: readonly string[]) =>
  keys.map((k, i) => new Literal(`${i === 0 ? "{" : '",'}"${k}":"`));
const TRADE_KEYS = ["instId", "tradeId", "px", "sz", "side", "ts"];
const TRADE_ROW = stringRow(TRADE_KEYS);
const TICKER_KEYS = [
  "instType",
  "instId",
  "last",
  "lastSz",
  "askPx",
  "askSz",
  "bidPx",
  "bidSz",
  "open24h",
  "high24h",
  "low24h",
  "sodUtc0",
  "sodUtc8",
  "volCcy24h",
  "vol24h",
  "ts",
];
const TICKER_ROW = stringRow(TICKER_KEYS);
/** Where the fields read sit in `#values` (start at 2k, end at 2k + 1 for the row's key k). */
const slot = (keys: string[], key: string) => 2 * keys.indexOf(key);
const T_INST = slot(TRADE_KEYS, "instId");
const T_ID = slot(TRADE_KEYS, "tradeId");
const T_PX = slot(TRADE_KEYS, "px");
const T_SZ = slot(TRADE_KEYS, "sz");
const T_SIDE = slot(TRADE_KEYS, "side");
const T_TS = slot(TRADE_KEYS, "ts");
const Q_INST = slot(TICKER_KEYS, "instId");
const Q_ASK_PX = slot(TICKER_KEYS, "askPx");
const Q_ASK_SZ = slot(TICKER_KEYS, "askSz");
const Q_BID_PX = slot(TICKER_KEYS, "bidPx");
const Q_BID_SZ = slot(TICKER_KEYS, "bidSz");
const Q_TS = slot(TICKER_KEYS, "ts");

/** Trade rows read field by field: each field's values by row. Reused: valid until the next `scan`. */
export class OkxTradeFields {
  count = 0;
  readonly instIds: string[] = [];
  readonly tradeIds: string[] = [];
  readonly prices: number[] = [];
  readonly sizes: number[] = [];
  readonly sides: Side[] = [];
  /** `ts` as epoch milliseconds. */
  readonly tsMs: number[] = [];
}

/** What the adapter reads of a ticker row (its other fields are only checked to be strings). */
export class OkxTickerFields {
  instId = "";
  bidPrice = 0;
  bidSize = 0;
  askPrice = 0;
  askSize = 0;
  /** `ts` as epoch milliseconds. */
  tsMs = 0;
}

export class OkxFrameScanner {
  readonly #frame = new FrameBytes();
  // One walker per nesting level: the frame, its `arg`, the book row.
  readonly #frameWalk = new MemberWalk();
  readonly #argWalk = new MemberWalk();
  readonly #rowWalk = new MemberWalk();
  /** Channels, instrument ids and actions: the same few strings in every frame. */
  readonly #recurring = new RecurringTexts();
  /** Bits of the keys read, all nesting levels together. */
  seen = 0;
  channel = "";
  instId = "";
  /** `action` ("" when absent). */
  action = "";
  /** The book row's levels, reused: valid until the next `scan`. */
  readonly bids = new SpelledLevels();
  readonly asks = new SpelledLevels();
  /** The row's `ts` as its epoch milliseconds when it is digits read exactly as a number (no
   * leading zero, at most 15 digits), else -1 (`ts` then has the text). */
  tsMs = -1;
  #tsText = "";
  /** The row's `ts` text. */
  get ts(): string {
    return this.tsMs >= 0 ? String(this.tsMs) : this.#tsText;
  }
  checksum = 0;
  /** `seqId` / `prevSeqId`; undefined when absent. */
  seqId: number | undefined;
  prevSeqId: number | undefined;
  /** Trade rows as JSON.parse gives them. */
  readonly rows: Record<string, unknown>[] = [];
  readonly trades = new OkxTradeFields();
  readonly ticker = new OkxTickerFields();
  /** Scratch: a string row's values, [start, end) in the frame per key. */
  readonly #values = new Int32Array(2 * TICKER_ROW.length);

  /**
   * A push frame `{"arg": {...}, "action": "...", "data": [...]}`: BOOK, TRADES, TRADE_FIELDS, TICKER
   * or NONE.
   */
  scan(text: string): number {
    this.seen = 0;
    this.action = "";
    this.seqId = undefined;
    this.tsMs = -1;
    this.prevSeqId = undefined;
    const b = this.#frame.load(text);
    if (b === undefined) return NONE;
    const sent = this.#asSent(b, text);
    if (sent !== NONE) return sent;
    const walk = this.#frameWalk;
    let dataAt = FAIL;
    let dataEnd = FAIL;
    /** What reading `data` in place gave (when `arg` came first): BOOK, TRADES, or NONE: read later. */
    let dataKind = NONE;
    let i = walk.first(b, skipWs(b, 0));
    while (i >= 0) {
      let bit = 0;
      if (walk.keyIs(b, "arg")) {
        bit = F_ARG;
        i = this.#arg(b, i, text);
      } else if (walk.keyIs(b, "data")) {
        bit = F_DATA;
        dataAt = i;
        if (
          (this.seen & F_CHANNEL) !== 0 && (this.channel === "trades" || BOOK_CHANNELS.includes(this.channel))
        ) {
          // `arg` came first (as OKX sends it): read it in place.
          dataKind = this.channel === "trades" ? TRADES : BOOK;
          i = dataEnd = dataKind === TRADES
            ? scanFlatRecords(b, i, text, this.rows)
            : this.#bookData(b, i, text);
        } else {
          // Read once the channel is known (`arg` may come after it).
          i = dataEnd = skipNested(b, i);
        }
      } else if (walk.keyIs(b, "action")) {
        bit = F_ACTION;
        i = this.#recurring.string(b, i, text);
        this.action = stringOut[0];
      } else if (walk.keyIs(b, "event")) {
        return NONE; // acks and errors: the JSON path
      } else i = skipScalar(b, i);
      i = walk.next(b, i, bit);
    }
    if (i === FAIL) return NONE;
    this.seen |= walk.seen;
    i = ~i;
    if (skipWs(b, i) !== text.length || (this.seen & (F_ARG | F_DATA)) !== (F_ARG | F_DATA)) return NONE;
    if ((this.seen & (F_CHANNEL | F_INST)) !== (F_CHANNEL | F_INST)) return NONE;
    if (this.channel === "trades") {
      if (dataKind === TRADES) return TRADES;
      return scanFlatRecords(b, dataAt, text, this.rows) === dataEnd ? TRADES : NONE;
    }
    if (!BOOK_CHANNELS.includes(this.channel)) return NONE;
    if (this.action !== "snapshot" && this.action !== "update") return NONE;
    if (dataKind === BOOK) return BOOK;
    return this.#bookData(b, dataAt, text) === dataEnd ? BOOK : NONE;
  }

  /**
   * A book, trades or tickers frame exactly as OKX sends it (keys in its order, no whitespace):
   * BOOK, TRADE_FIELDS or TICKER, with every field as `scan` (or the JSON path) reads it; NONE: read
   * it the general way. Runs of keys are compared four bytes at a time instead of key by key.
   */
  #asSent(b: Uint8Array, text: string): number {
    const frame = this.#frame;
    const recurring = this.#recurring;
    if (!ARG_CHANNEL.at(frame, b, 0)) return NONE;
    let i = ARG_CHANNEL.length;
    let end = stringEnd(b, i);
    if (end === FAIL || !INST_ID.at(frame, b, end)) return NONE;
    const channel = recurring.get(b, i, end, text);
    i = end + INST_ID.length;
    end = stringEnd(b, i);
    if (end === FAIL) return NONE;
    const instId = recurring.get(b, i, end, text);
    let kind = NONE;
    if (ACTION.at(frame, b, end)) {
      if (BOOK_CHANNELS.includes(channel)) kind = this.#bookAsSent(b, end + ACTION.length, text);
    } else if (ARG_DATA.at(frame, b, end)) {
      i = end + ARG_DATA.length;
      if (channel === "trades") kind = this.#tradesAsSent(b, i, text);
      else if (channel === "tickers") kind = this.#tickerAsSent(b, i, text);
    }
    if (kind === NONE) return NONE;
    this.channel = channel;
    this.instId = instId;
    return kind;
  }

  /** A book frame as sent from its `action` value (at i) on: BOOK, its fields read; or NONE. */
  #bookAsSent(b: Uint8Array, i: number, text: string): number {
    const frame = this.#frame;
    const recurring = this.#recurring;
    let end = stringEnd(b, i);
    if (end === FAIL || !DATA_ASKS.at(frame, b, end)) return NONE;
    const action = recurring.get(b, i, end, text);
    if (action !== "snapshot" && action !== "update") return NONE;
    i = scanSpelledLevels(b, end + DATA_ASKS.length, this.asks);
    if (i === FAIL || !BIDS.at(frame, b, i)) return NONE;
    i = scanSpelledLevels(b, i + BIDS.length, this.bids);
    if (i === FAIL || !TS.at(frame, b, i)) return NONE;
    i += TS.length;
    end = stringEnd(b, i);
    if (end === FAIL) return NONE;
    // Epoch milliseconds: read as a number on the way (else kept as text).
    const tsMs = epochMs(b, i, end);
    const ts = tsMs < 0 ? text.slice(i, end) : "";
    if (!CHECKSUM.at(frame, b, end)) return NONE;
    i = scanSignedInteger(b, end + CHECKSUM.length);
    if (i === FAIL) return NONE;
    const checksum = read[0];
    let seen = F_ARG | F_CHANNEL | F_INST | F_ACTION | F_DATA | BOOK_ROW;
    let seqId: number | undefined;
    let prevSeqId: number | undefined;
    for (;;) {
      let bit = 0;
      if (SEQ_ID.at(frame, b, i)) {
        bit = F_SEQ;
        i = scanSignedInteger(b, i + SEQ_ID.length);
        seqId = read[0];
      } else if (PREV_SEQ_ID.at(frame, b, i)) {
        bit = F_PREV_SEQ;
        i = scanSignedInteger(b, i + PREV_SEQ_ID.length);
        prevSeqId = read[0];
      } else break;
      if (i === FAIL || (seen & bit) !== 0) return NONE;
      seen |= bit;
    }
    if (!ROW_END.at(frame, b, i) || i + ROW_END.length !== text.length) return NONE;
    this.seen = seen;
    this.action = action;
    this.tsMs = tsMs;
    this.#tsText = ts;
    this.checksum = checksum;
    this.seqId = seqId;
    this.prevSeqId = prevSeqId;
    return BOOK;
  }

  /** A trades frame's `data` as sent (at i, after its '['): TRADE_FIELDS, its rows read; or NONE. */
  #tradesAsSent(b: Uint8Array, i: number, text: string): number {
    const trades = this.trades;
    const at = this.#values;
    let n = 0;
    for (;;) {
      i = this.#stringRow(b, i, TRADE_ROW);
      if (i === FAIL) return NONE;
      const side = this.#recurring.get(b, at[T_SIDE], at[T_SIDE + 1], text);
      const tsMs = epochMs(b, at[T_TS], at[T_TS + 1]);
      if ((side !== "buy" && side !== "sell") || tsMs < 0) return NONE;
      const price = decimalAt(b, at[T_PX], at[T_PX + 1]);
      const size = decimalAt(b, at[T_SZ], at[T_SZ + 1]);
      if (price !== price || size !== size) return NONE;
      trades.instIds[n] = this.#recurring.get(b, at[T_INST], at[T_INST + 1], text);
      trades.tradeIds[n] = text.slice(at[T_ID], at[T_ID + 1]);
      trades.prices[n] = price;
      trades.sizes[n] = size;
      trades.sides[n] = side;
      trades.tsMs[n] = tsMs;
      n++;
      if (b[i] !== 44) break;
      i++;
    }
    trades.count = n;
    return DATA_END.at(this.#frame, b, i) && i + DATA_END.length === text.length ? TRADE_FIELDS : NONE;
  }

  /** A tickers frame's `data` as sent (at i, after its '['): TICKER, its one row's quote read; or NONE. */
  #tickerAsSent(b: Uint8Array, i: number, text: string): number {
    const at = this.#values;
    i = this.#stringRow(b, i, TICKER_ROW);
    if (i === FAIL || !DATA_END.at(this.#frame, b, i) || i + DATA_END.length !== text.length) return NONE;
    const ticker = this.ticker;
    // An empty or unusual quote ("" when a side has none) is left to the JSON path.
    ticker.bidPrice = decimalAt(b, at[Q_BID_PX], at[Q_BID_PX + 1]);
    ticker.bidSize = decimalAt(b, at[Q_BID_SZ], at[Q_BID_SZ + 1]);
    ticker.askPrice = decimalAt(b, at[Q_ASK_PX], at[Q_ASK_PX + 1]);
    ticker.askSize = decimalAt(b, at[Q_ASK_SZ], at[Q_ASK_SZ + 1]);
    ticker.tsMs = epochMs(b, at[Q_TS], at[Q_TS + 1]);
    if (
      ticker.bidPrice !== ticker.bidPrice || ticker.bidSize !== ticker.bidSize ||
      ticker.askPrice !== ticker.askPrice || ticker.askSize !== ticker.askSize || ticker.tsMs < 0
    ) return NONE;
    ticker.instId = this.#recurring.get(b, at[Q_INST], at[Q_INST + 1], text);
    return TICKER;
  }

  /**
   * A row of string values (no escapes) with exactly the keys of `row`, in order, at i → the index
   * after it, each value's [start, end) in `#values`; FAIL otherwise.
   */
  #stringRow(b: Uint8Array, i: number, row: readonly Literal[]): number {
    const frame = this.#frame;
    const at = this.#values;
    for (let k = 0; k < row.length; k++) {
      const key = row[k];
      if (!key.at(frame, b, i)) return FAIL;
      i += key.length;
      const end = stringEnd(b, i);
      if (end === FAIL) return FAIL;
      at[2 * k] = i;
      at[2 * k + 1] = end;
      i = end;
    }
    return STRING_ROW_END.at(frame, b, i) ? i + STRING_ROW_END.length : FAIL;
  }

  /** A book channel's `data`: `[ {row} ]`, exactly one row → the index after it, or FAIL. */
  #bookData(b: Uint8Array, i: number, text: string): number {
    if (b[i] !== 91) return FAIL;
    i = this.#bookRow(b, skipWs(b, i + 1), text);
    if (i === FAIL || (this.seen & BOOK_ROW) !== BOOK_ROW) return FAIL;
    i = skipWs(b, i);
    return b[i] === 93 ? i + 1 : FAIL;
  }

  /** `{"channel": "...", "instId": "...", ...scalars}`; its keys' bits go to `seen`. */
  #arg(b: Uint8Array, i: number, text: string): number {
    const walk = this.#argWalk;
    i = walk.first(b, i);
    while (i >= 0) {
      let bit = 0;
      if (walk.keyIs(b, "channel")) {
        bit = F_CHANNEL;
        i = this.#recurring.string(b, i, text);
        this.channel = stringOut[0];
      } else if (walk.keyIs(b, "instId")) {
        bit = F_INST;
        i = this.#recurring.string(b, i, text);
        this.instId = stringOut[0];
      } else i = skipScalar(b, i);
      i = walk.next(b, i, bit);
    }
    this.seen |= walk.seen;
    return i === FAIL ? FAIL : ~i;
  }

  /**
   * One book row: `{"asks": [...], "bids": [...], "ts": "...", "checksum": n, ("seqId", "prevSeqId")}`;
   * its keys' bits go to `seen`.
   */
  #bookRow(b: Uint8Array, i: number, text: string): number {
    const walk = this.#rowWalk;
    i = walk.first(b, i);
    while (i >= 0) {
      let bit = 0;
      if (walk.keyIs(b, "asks")) {
        bit = F_ASKS;
        i = scanSpelledLevels(b, i, this.asks);
      } else if (walk.keyIs(b, "bids")) {
        bit = F_BIDS;
        i = scanSpelledLevels(b, i, this.bids);
      } else if (walk.keyIs(b, "ts")) {
        bit = F_TS;
        i = scanString(b, i, text);
        this.tsMs = -1;
        this.#tsText = stringOut[0];
      } else if (walk.keyIs(b, "checksum")) {
        bit = F_CHECKSUM;
        i = scanSignedInteger(b, i);
        this.checksum = read[0];
      } else if (walk.keyIs(b, "seqId")) {
        bit = F_SEQ;
        i = scanSignedInteger(b, i);
        this.seqId = read[0];
      } else if (walk.keyIs(b, "prevSeqId")) {
        bit = F_PREV_SEQ;
        i = scanSignedInteger(b, i);
        this.prevSeqId = read[0];
      } else i = skipScalar(b, i);
      i = walk.next(b, i, bit);
    }
    this.seen |= walk.seen;
    return i === FAIL ? FAIL : ~i;
  }
}

/**
 * Epoch milliseconds spelled by bytes [from, to): digits, no leading zero, at most 15 (read exactly,
 * the number their text gives) → that number; else -1.
 */
function epochMs(b: Uint8Array, from: number, to: number): number {
  if (to === from || to - from > 15 || b[from] === 48) return -1;
  let ms = 0;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c < 48 || c > 57) return -1;
    ms = ms * 10 + (c - 48);
  }
  return ms;
}

/** The decimal (shortDecimal's spelling) that is exactly the string value [from, to); else NaN. */
function decimalAt(b: Uint8Array, from: number, to: number): number {
  return shortDecimal(b, from) === to + 1 ? read[0] : NaN;
}
