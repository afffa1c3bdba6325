/**
 * A single-pass reader for the Binance frames that make up nearly all traffic: combined-stream
 * `depthUpdate`, `trade`, `aggTrade` and `bookTicker` messages, and the REST depth snapshot.
 *
 * Why: `JSON.parse` of a USD-M depth@0ms frame (~1.6 KB, ~70 levels) costs ~18 µs in Deno, because it
 * materializes every level as an array of two strings that are then converted with `+string`. This
 * reader walks the text once and turns each `"price"` straight into a number, allocating only the
 * `[price, size]` levels the book event carries anyway.
 *
 * Contract: it is a fast path, not a second JSON dialect. It accepts only a strict subset of JSON
 * (the exact shapes Binance sends, in any key order, with any JSON whitespace) and returns `NONE`
 * for anything else — escapes in strings, fractional or huge ids, repeated keys, nested values under
 * unknown keys, trailing garbage, truncation — and the adapter then takes its `JSON.parse` path, which
 * decides (parses or counts the frame malformed). So the result of a frame never depends on which
 * path read it; edge/venues/binance/frame-scanner_test.ts checks that on every frame of every Binance
 * capture, on damaged copies of them, and field by field against `JSON.parse`.
 *
 * Bytes, numbers and the readers themselves (strings, integers, decimals, level lists) are the shared
 * ones of edge/venues/json-scan.ts; this module is the Binance part: which keys, which shapes.
 */
import type { Level } from "../../normalize/events.ts";
import {
  FAIL,
  FrameBytes,
  isWs,
  read,
  scanDecimal,
  scanInteger,
  scanLevels,
  skipScalar,
  skipString,
  skipWs,
  spells,
  stringEnd,
} from "../json-scan.ts";

/** What `scan` found. NONE: not read here; use JSON.parse. */
export const NONE = 0;
export const DEPTH = 1;
export const TRADE = 2;
export const AGG_TRADE = 3;
/** Futures `bookTicker` (with `"e":"bookTicker"`). */
export const BOOK_TICKER = 4;
/** A payload without `e` (spot `bookTicker` has none). */
export const UNTYPED = 5;

/** How a field that Binance overloads (`b`, `a`) was spelled. */
export const ABSENT = 0;
export const DECIMAL_TEXT = 1;
export const INTEGER = 2;
export const LEVELS = 3;

// Field bits, for presence and repeated-key detection.
const F_E = 1 << 0; // "e"
const F_EVENT_TIME = 1 << 1; // "E"
const F_T = 1 << 2; // "T"
const F_S = 1 << 3; // "s"
const F_FIRST = 1 << 4; // "U"
const F_LAST = 1 << 5; // "u"
const F_PU = 1 << 6; // "pu"
const F_B = 1 << 7; // "b"
const F_A = 1 << 8; // "a"
const F_BQ = 1 << 9; // "B"
const F_AQ = 1 << 10; // "A"
const F_P = 1 << 11; // "p"
const F_Q = 1 << 12; // "q"
const F_TID = 1 << 13; // "t"
const F_M = 1 << 14; // "m"
const F_STREAM = 1 << 15;
const F_DATA = 1 << 16;
const F_LAST_UPDATE_ID = 1 << 17;
const F_BIDS = 1 << 18;
const F_ASKS = 1 << 19;

export class BinanceFrameScanner {
  readonly #frame = new FrameBytes();
  /** Fields seen (F_* bits). */
  seen = 0;
  kind = NONE;
  /** `s` as [start, end) in the frame text. */
  symbolStart = 0;
  symbolEnd = 0;
  eventTime = 0;
  transactTime = 0;
  firstId = 0;
  lastId = 0;
  prevId = 0;
  tradeId = 0;
  price = 0;
  quantity = 0;
  bidSize = 0;
  askSize = 0;
  buyerIsMaker = false;
  /** `b` / `a`: which spelling, and its value in that spelling. */
  bForm = ABSENT;
  aForm = ABSENT;
  bNumber = 0;
  aNumber = 0;
  bLevels: Level[] = [];
  aLevels: Level[] = [];
  /** REST snapshot fields. */
  lastUpdateId = 0;
  bids: Level[] = [];
  asks: Level[] = [];

  has(bit: number): boolean {
    return (this.seen & bit) !== 0;
  }

  /** The symbol text (only when `s` was seen). */
  symbol(): string {
    return this.#frame.text.slice(this.symbolStart, this.symbolEnd);
  }

  /** Whether `s` equals `known` (no allocation). */
  symbolIs(known: string): boolean {
    return this.symbolEnd - this.symbolStart === known.length &&
      spells(this.#frame.bytes, this.symbolStart, known);
  }

  #load(text: string): Uint8Array | undefined {
    return this.#frame.load(text);
  }

  /** A combined-stream frame `{"stream": "...", "data": {...}}`: its payload kind, or NONE. */
  scan(text: string): number {
    this.seen = 0;
    this.kind = NONE;
    this.bForm = ABSENT;
    this.aForm = ABSENT;
    const b = this.#load(text);
    if (b === undefined) return NONE;
    let i = skipWs(b, 0);
    if (b[i] !== 123) return NONE;
    i = skipWs(b, i + 1);
    if (b[i] === 125) return NONE;
    for (;;) {
      if (b[i] !== 34) return NONE;
      const k = i + 1;
      const end = stringEnd(b, k);
      if (end === FAIL) return NONE;
      i = skipWs(b, end + 1);
      if (b[i] !== 58) return NONE;
      i = skipWs(b, i + 1);
      const len = end - k;
      if (len === 4 && spells(b, k, "data")) {
        if (this.seen & F_DATA) return NONE;
        this.seen |= F_DATA;
        i = this.#payload(b, i);
      } else if (len === 6 && spells(b, k, "stream")) {
        if (this.seen & F_STREAM) return NONE;
        this.seen |= F_STREAM;
        i = skipString(b, i);
      } else {
        return NONE;
      }
      if (i === FAIL) return NONE;
      i = skipWs(b, i);
      const c = b[i];
      if (c === 44) {
        i = skipWs(b, i + 1);
        continue;
      }
      if (c !== 125) return NONE;
      i = skipWs(b, i + 1);
      break;
    }
    if (i !== text.length || !(this.seen & F_DATA)) return NONE;
    return this.kind;
  }

  /** A REST depth snapshot `{"lastUpdateId": n, ("E"/"T": n,) "bids": [...], "asks": [...]}`. */
  scanSnapshot(text: string): boolean {
    this.seen = 0;
    const b = this.#load(text);
    if (b === undefined) return false;
    let i = skipWs(b, 0);
    if (b[i] !== 123) return false;
    i = skipWs(b, i + 1);
    if (b[i] === 125) return false;
    for (;;) {
      if (b[i] !== 34) return false;
      const k = i + 1;
      const end = stringEnd(b, k);
      if (end === FAIL) return false;
      i = skipWs(b, end + 1);
      if (b[i] !== 58) return false;
      i = skipWs(b, i + 1);
      const len = end - k;
      let bit = 0;
      if (len === 12 && spells(b, k, "lastUpdateId")) {
        bit = F_LAST_UPDATE_ID;
        i = scanInteger(b, i);
        this.lastUpdateId = read[0];
      } else if (len === 4 && spells(b, k, "bids")) {
        bit = F_BIDS;
        this.bids = [];
        i = scanLevels(b, i, this.bids);
      } else if (len === 4 && spells(b, k, "asks")) {
        bit = F_ASKS;
        this.asks = [];
        i = scanLevels(b, i, this.asks);
      } else if (len === 1 && b[k] === 69) {
        bit = F_EVENT_TIME;
        i = scanInteger(b, i);
        this.eventTime = read[0];
      } else if (len === 1 && b[k] === 84) {
        bit = F_T;
        i = scanInteger(b, i);
        this.transactTime = read[0];
      } else {
        i = skipScalar(b, i);
      }
      if (i === FAIL || (this.seen & bit) !== 0) return false;
      this.seen |= bit;
      i = skipWs(b, i);
      const c = b[i];
      if (c === 44) {
        i = skipWs(b, i + 1);
        continue;
      }
      if (c !== 125) return false;
      i = skipWs(b, i + 1);
      break;
    }
    return i === text.length;
  }

  // ---- the payload object ----

  #payload(b: Uint8Array, i: number): number {
    if (b[i] !== 123) return FAIL;
    i = skipWs(b, i + 1);
    if (b[i] === 125) return FAIL;
    for (;;) {
      if (b[i] !== 34) return FAIL;
      const k = i + 1;
      const end = stringEnd(b, k);
      if (end === FAIL) return FAIL;
      i = end + 1;
      if (isWs(b[i])) i = skipWs(b, i);
      if (b[i] !== 58) return FAIL;
      if (isWs(b[++i])) i = skipWs(b, i);
      const len = end - k;
      let bit = 0;
      if (len === 1) {
        switch (b[k]) {
          case 101: // e
            bit = F_E;
            i = this.#eventType(b, i);
            break;
          case 69: // E
            bit = F_EVENT_TIME;
            i = scanInteger(b, i);
            this.eventTime = read[0];
            break;
          case 84: // T
            bit = F_T;
            i = scanInteger(b, i);
            this.transactTime = read[0];
            break;
          case 115: // s
            bit = F_S;
            this.symbolStart = i + 1;
            i = skipString(b, i);
            this.symbolEnd = i - 1;
            break;
          case 85: // U
            bit = F_FIRST;
            i = scanInteger(b, i);
            this.firstId = read[0];
            break;
          case 117: // u
            bit = F_LAST;
            i = scanInteger(b, i);
            this.lastId = read[0];
            break;
          case 116: // t
            bit = F_TID;
            i = scanInteger(b, i);
            this.tradeId = read[0];
            break;
          case 112: // p
            bit = F_P;
            i = scanDecimal(b, i);
            this.price = read[0];
            break;
          case 113: // q
            bit = F_Q;
            i = scanDecimal(b, i);
            this.quantity = read[0];
            break;
          case 66: // B
            bit = F_BQ;
            i = scanDecimal(b, i);
            this.bidSize = read[0];
            break;
          case 65: // A
            bit = F_AQ;
            i = scanDecimal(b, i);
            this.askSize = read[0];
            break;
          case 109: // m
            bit = F_M;
            if (spells(b, i, "true")) {
              this.buyerIsMaker = true;
              i += 4;
            } else if (spells(b, i, "false")) {
              this.buyerIsMaker = false;
              i += 5;
            } else i = FAIL;
            break;
          case 98: // b
            bit = F_B;
            i = this.#overloaded(b, i);
            this.bForm = this.#form;
            this.bNumber = read[0];
            if (this.#form === LEVELS) this.bLevels = this.#levelsOut;
            break;
          case 97: // a
            bit = F_A;
            i = this.#overloaded(b, i);
            this.aForm = this.#form;
            this.aNumber = read[0];
            if (this.#form === LEVELS) this.aLevels = this.#levelsOut;
            break;
          default:
            i = skipScalar(b, i);
        }
      } else if (len === 2 && b[k] === 112 && b[k + 1] === 117) { // pu
        bit = F_PU;
        i = scanInteger(b, i);
        this.prevId = read[0];
      } else {
        i = skipScalar(b, i);
      }
      if (i === FAIL || (this.seen & bit) !== 0) return FAIL;
      this.seen |= bit;
      let c = b[i];
      if (isWs(c)) c = b[i = skipWs(b, i)];
      if (c === 44) {
        if (isWs(b[++i])) i = skipWs(b, i);
        continue;
      }
      if (c !== 125) return FAIL;
      if (!(this.seen & F_E)) this.kind = UNTYPED;
      return i + 1;
    }
  }

  /** `"e"`: one of the four event types read here, else FAIL (other events take the JSON path). */
  #eventType(b: Uint8Array, i: number): number {
    const start = i + 1;
    const end = skipString(b, i);
    if (end === FAIL) return FAIL;
    const len = end - 1 - start;
    if (len === 11 && spells(b, start, "depthUpdate")) this.kind = DEPTH;
    else if (len === 5 && spells(b, start, "trade")) this.kind = TRADE;
    else if (len === 8 && spells(b, start, "aggTrade")) this.kind = AGG_TRADE;
    else if (len === 10 && spells(b, start, "bookTicker")) this.kind = BOOK_TICKER;
    else return FAIL;
    return end;
  }

  #form = ABSENT;
  #levelsOut: Level[] = [];

  /** `b`/`a`: a decimal string, an integer, or a level list (value in read[0] or #levelsOut). */
  #overloaded(b: Uint8Array, i: number): number {
    const c = b[i];
    if (c === 34) {
      this.#form = DECIMAL_TEXT;
      return scanDecimal(b, i);
    }
    if (c === 91) {
      this.#form = LEVELS;
      this.#levelsOut = [];
      return scanLevels(b, i, this.#levelsOut);
    }
    this.#form = INTEGER;
    return scanInteger(b, i);
  }
}

export const FIELD = {
  e: F_E,
  E: F_EVENT_TIME,
  T: F_T,
  s: F_S,
  U: F_FIRST,
  u: F_LAST,
  pu: F_PU,
  b: F_B,
  a: F_A,
  B: F_BQ,
  A: F_AQ,
  p: F_P,
  q: F_Q,
  t: F_TID,
  m: F_M,
  lastUpdateId: F_LAST_UPDATE_ID,
  bids: F_BIDS,
  asks: F_ASKS,
} as const;
