/**
 * A single-pass reader for the Bybit v5 frames that make up nearly all traffic: `orderbook.N.SYMBOL`
 * (snapshot and delta, `b`/`a` level lists) and `publicTrade.SYMBOL`.
 *
 * Built on the shared readers of ../json-scan.ts, with their contract: any frame it does not read
 * exactly is NONE and the adapter's JSON.parse path decides. Levels come out as numbers (with their
 * spellings, which a book without checksum ignores: no string per level), the numbers textLevels
 * reads from the texts; every other field is the value JSON.parse would give, checked by the
 * adapter's own field readers. Frames of other topics (tickers, kline) are refused as soon as the
 * topic says so, and `data` is read in place when the topic came first (as Bybit sends it).
 * bybit/frame-scanner_test.ts checks that on every frame of the capture and on damaged copies.
 */
import { SpelledLevels } from "../../book/decimal-spelling.ts";
import {
  FAIL,
  FrameBytes,
  MemberWalk,
  read,
  RecurringTexts,
  scanFlatRecords,
  scanInteger,
  scanSpelledLevels,
  skipNested,
  skipScalar,
  skipWs,
  stringOut,
} from "../json-scan.ts";

export const NONE = 0;
export const BOOK = 1;
export const TRADES = 2;

const F_TOPIC = 1 << 0;
const F_TS = 1 << 1;
const F_TYPE = 1 << 2;
const F_DATA = 1 << 3;
const F_S = 1 << 4;
const F_B = 1 << 5;
const F_A = 1 << 6;
const F_U = 1 << 7;
const BOOK_DATA = F_S | F_B | F_A | F_U;

export class BybitFrameScanner {
  readonly #frame = new FrameBytes();
  /** Topics, channels, types and symbols: the same few strings in every frame. */
  readonly #recurring = new RecurringTexts();
  readonly #frameWalk = new MemberWalk();
  readonly #dataWalk = new MemberWalk();
  /** Bits of the book data's keys read (`data`'s own object). */
  seen = 0;
  topic = "";
  /** The topic's channel: "orderbook" or "publicTrade". */
  channel = "";
  ts = 0;
  /** `type` ("" when absent). */
  type = "";
  symbol = "";
  updateId = 0;
  /** Reused from frame to frame: valid until the next `scan`. */
  readonly bids = new SpelledLevels();
  readonly asks = new SpelledLevels();
  /** Trade rows as JSON.parse gives them. */
  readonly rows: Record<string, unknown>[] = [];

  /** `{"topic": "...", "ts": n, "type": "...", "data": ...}`: BOOK, TRADES or NONE. */
  scan(text: string): number {
    this.seen = 0;
    this.type = "";
    const b = this.#frame.load(text);
    if (b === undefined) return NONE;
    const walk = this.#frameWalk;
    let dataAt = FAIL;
    let dataEnd = FAIL;
    let i = walk.first(b, skipWs(b, 0));
    while (i >= 0) {
      let bit = 0;
      if (walk.keyIs(b, "topic")) {
        bit = F_TOPIC;
        i = this.#topic(b, i, text);
        if (i !== FAIL && this.channel !== "orderbook" && this.channel !== "publicTrade") return NONE;
      } else if (walk.keyIs(b, "data")) {
        bit = F_DATA;
        // The topic came first (as Bybit sends it): read in place; else once it is known.
        if ((walk.seen & F_TOPIC) !== 0) i = this.#data(b, i, text);
        else {
          dataAt = i;
          i = dataEnd = skipNested(b, i);
        }
      } else if (walk.keyIs(b, "ts")) {
        bit = F_TS;
        i = scanInteger(b, i);
        this.ts = read[0];
      } else if (walk.keyIs(b, "type")) {
        bit = F_TYPE;
        i = this.#recurring.string(b, i, text);
        this.type = stringOut[0];
      } else i = skipScalar(b, i);
      i = walk.next(b, i, bit);
    }
    if (i === FAIL) return NONE;
    const needed = F_TOPIC | F_TS | F_DATA;
    if (skipWs(b, ~i) !== text.length || (walk.seen & needed) !== needed) return NONE;
    if (dataAt !== FAIL && this.#data(b, dataAt, text) !== dataEnd) return NONE;
    if (this.channel === "publicTrade") return TRADES;
    if (this.type !== "snapshot" && this.type !== "delta") return NONE;
    return (this.seen & BOOK_DATA) === BOOK_DATA ? BOOK : NONE;
  }

  /** The topic string at i → the index after it (`topic`, and `channel`: its part before the first "."), or FAIL. */
  #topic(b: Uint8Array, i: number, text: string): number {
    i = this.#recurring.string(b, i, text);
    if (i === FAIL) return FAIL;
    const from = i - 1 - stringOut[0].length;
    let dot = from;
    while (dot < i - 1 && b[dot] !== 46) dot++;
    this.topic = stringOut[0];
    // No "." at all: the topic without its last char, as slice(0, indexOf(".")) gives it.
    this.channel = this.#recurring.get(b, from, dot === i - 1 ? i - 2 : dot, text);
    return i;
  }

  /** The `data` of the topic's channel (orderbook or publicTrade) → the index after it, or FAIL. */
  #data(b: Uint8Array, i: number, text: string): number {
    return this.channel === "publicTrade"
      ? scanFlatRecords(b, i, text, this.rows)
      : this.#bookData(b, i, text);
  }

  /** `{"s": "...", "b": [...], "a": [...], "u": n, ...scalars}`; its keys' bits go to `seen`. */
  #bookData(b: Uint8Array, i: number, text: string): number {
    const walk = this.#dataWalk;
    const key = walk.key;
    i = walk.first(b, i);
    while (i >= 0) {
      let bit = 0;
      if (key[1] - key[0] === 1) {
        switch (b[key[0]]) {
          case 115: // s
            bit = F_S;
            i = this.#recurring.string(b, i, text);
            this.symbol = stringOut[0];
            break;
          case 98: // b
            bit = F_B;
            i = scanSpelledLevels(b, i, this.bids);
            break;
          case 97: // a
            bit = F_A;
            i = scanSpelledLevels(b, i, this.asks);
            break;
          case 117: // u
            bit = F_U;
            i = scanInteger(b, i);
            this.updateId = read[0];
            break;
          default:
            i = skipScalar(b, i);
        }
      } else i = skipScalar(b, i);
      i = walk.next(b, i, bit);
    }
    this.seen |= walk.seen;
    return i === FAIL ? FAIL : ~i;
  }
}
