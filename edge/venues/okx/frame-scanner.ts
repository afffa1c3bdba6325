/**
 * A single-pass reader for the OKX push frames that make up nearly all traffic: `books`,
 * `books-l2-tbt`, `books50-l2-tbt` (one data row with 4-string levels and a checksum) and `trades`.
 *
 * Built on the shared readers of ../json-scan.ts, with their contract: any frame it does not read
 * exactly (another channel, an `event` frame, escapes, repeated keys, nested values under unknown
 * keys, numbers it would not read as JSON.parse does, truncation, trailing bytes) is NONE, and the
 * adapter's JSON.parse path decides. Levels come out as their numbers with the spelling of their
 * texts (the checksum needs the venue's own texts; ../../book/decimal-spelling.ts), the numbers and
 * texts exactly what frame-fields' `textLevels` gives for the parsed frame; every other field is the
 * value JSON.parse would give, checked by the adapter's same field readers.
 * okx/frame-scanner_test.ts checks that on every frame of the OKX capture and on damaged copies.
 */
import { SpelledLevels } from "../../book/decimal-spelling.ts";
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
  skipNested,
  skipScalar,
  skipWs,
  stringEnd,
  stringOut,
} from "../json-scan.ts";

export const NONE = 0;
export const BOOK = 1;
export const TRADES = 2;

/** Channels read here: book channels (one row) and trades (rows handed on as records). */
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

  /** A push frame `{"arg": {...}, "action": "...", "data": [...]}`: BOOK, TRADES or NONE. */
  scan(text: string): number {
    this.seen = 0;
    this.action = "";
    this.seqId = undefined;
    this.tsMs = -1;
    this.prevSeqId = undefined;
    const b = this.#frame.load(text);
    if (b === undefined) return NONE;
    if (this.#bookAsSent(b, text) === BOOK) return BOOK;
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
   * A book frame exactly as OKX sends it (keys in its order, no whitespace, seqId/prevSeqId optional
   * after the checksum): BOOK, with every field as `scan` reads it; NONE: read it the general way.
   * Runs of keys are compared four bytes at a time instead of key by key.
   */
  #bookAsSent(b: Uint8Array, text: string): number {
    const frame = this.#frame;
    const recurring = this.#recurring;
    if (!ARG_CHANNEL.at(frame, b, 0)) return NONE;
    let i = ARG_CHANNEL.length;
    let end = stringEnd(b, i);
    if (end === FAIL || !INST_ID.at(frame, b, end)) return NONE;
    const channel = recurring.get(b, i, end, text);
    if (!BOOK_CHANNELS.includes(channel)) return NONE;
    i = end + INST_ID.length;
    end = stringEnd(b, i);
    if (end === FAIL || !ACTION.at(frame, b, end)) return NONE;
    const instId = recurring.get(b, i, end, text);
    i = end + ACTION.length;
    end = stringEnd(b, i);
    if (end === FAIL || !DATA_ASKS.at(frame, b, end)) return NONE;
    const action = recurring.get(b, i, end, text);
    if (action !== "snapshot" && action !== "update") return NONE;
    i = scanSpelledLevels(b, end + DATA_ASKS.length, this.asks);
    if (i === FAIL || !BIDS.at(frame, b, i)) return NONE;
    i = scanSpelledLevels(b, i + BIDS.length, this.bids);
    if (i === FAIL || !TS.at(frame, b, i)) return NONE;
    i += TS.length;
    // Epoch milliseconds: read as a number on the way (what their text gives, no leading zero).
    let tsMs = 0;
    let c = b[i];
    end = i;
    if (c > 48 && c <= 57) {
      do {
        tsMs = tsMs * 10 + (c - 48);
        c = b[++end];
      } while (c >= 48 && c <= 57);
    }
    let ts = "";
    if (c !== 34 || end === i || end - i > 15) {
      tsMs = -1;
      end = stringEnd(b, i);
      if (end === FAIL) return NONE;
      ts = text.slice(i, end);
    }
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
    this.channel = channel;
    this.instId = instId;
    this.action = action;
    this.tsMs = tsMs;
    this.#tsText = ts;
    this.checksum = checksum;
    this.seqId = seqId;
    this.prevSeqId = prevSeqId;
    return BOOK;
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
