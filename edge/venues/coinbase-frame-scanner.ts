/**
 * A single-pass reader for Coinbase Advanced Trade `l2_data` frames (nearly all of its traffic),
 * straight into numeric [price, size] levels per side, skipping the per-level `event_time` strings
 * the adapter never reads.
 *
 * Built on the shared readers of ./json-scan.ts, with their contract: any frame it does not read
 * exactly (another channel, a `type` at the top — error frames —, escapes, repeated keys, a level it
 * would refuse or read differently: sign, exponent, zero price, unknown side) is NONE and the
 * adapter's JSON.parse path decides. coinbase-frame-scanner_test.ts checks it on every frame of the
 * capture and on damaged copies.
 */
import type { Level } from "../normalize/events.ts";
import {
  FAIL,
  FrameBytes,
  isWord,
  memberKey,
  next,
  openObject,
  read,
  scanDecimal,
  scanInteger,
  scanString,
  skipNested,
  skipScalar,
  skipWs,
  stringOut,
} from "./json-scan.ts";

export const NONE = 0;
export const LEVEL2 = 1;

/** One `l2_data` event as the adapter uses it (a class: JSON.parse never makes one). */
export class ScannedL2Event {
  type = "";
  productId = "";
  bids: Level[] = [];
  asks: Level[] = [];
}

const F_CHANNEL = 1 << 0;
const F_TIMESTAMP = 1 << 1;
const F_SEQ = 1 << 2;
const F_EVENTS = 1 << 3;
const F_TYPE = 1 << 4;
const F_PRODUCT = 1 << 5;
const F_UPDATES = 1 << 6;
const F_SIDE = 1 << 7;
const F_PRICE = 1 << 8;
const F_SIZE = 1 << 9;

export class CoinbaseFrameScanner {
  readonly #frame = new FrameBytes();
  readonly #key = new Int32Array(2);
  channel = "";
  timestamp = "";
  sequence = 0;
  events: ScannedL2Event[] = [];

  /** `{"channel": "l2_data", "timestamp": "...", "sequence_num": n, "events": [...]}`: LEVEL2 or NONE. */
  scan(text: string): number {
    const b = this.#frame.load(text);
    if (b === undefined) return NONE;
    const key = this.#key;
    let seen = 0;
    let i = openObject(b, skipWs(b, 0));
    if (i === FAIL) return NONE;
    let eventsAt = FAIL;
    let eventsEnd = FAIL;
    for (;;) {
      i = memberKey(b, i, key);
      if (i === FAIL) return NONE;
      const k = key[0];
      const end = key[1];
      let bit = 0;
      if (isWord(b, k, end, "channel")) {
        bit = F_CHANNEL;
        i = scanString(b, i, text);
        this.channel = stringOut[0];
      } else if (isWord(b, k, end, "timestamp")) {
        bit = F_TIMESTAMP;
        i = scanString(b, i, text);
        this.timestamp = stringOut[0];
      } else if (isWord(b, k, end, "sequence_num")) {
        bit = F_SEQ;
        i = scanInteger(b, i);
        this.sequence = read[0];
      } else if (isWord(b, k, end, "events")) {
        bit = F_EVENTS;
        eventsAt = i;
        i = eventsEnd = skipNested(b, i);
      } else if (isWord(b, k, end, "type")) {
        return NONE; // error frames: the JSON path
      } else i = skipScalar(b, i);
      if (i === FAIL || (seen & bit) !== 0) return NONE;
      seen |= bit;
      i = next(b, i, 125);
      if (i >= 0) continue;
      if (i === FAIL) return NONE;
      i = ~i;
      break;
    }
    const needed = F_CHANNEL | F_TIMESTAMP | F_SEQ | F_EVENTS;
    if (skipWs(b, i) !== text.length || (seen & needed) !== needed || this.channel !== "l2_data") return NONE;
    return this.#events(b, eventsAt, text) === eventsEnd ? LEVEL2 : NONE;
  }

  /** `[{"type": "snapshot"|"update", "product_id": "...", "updates": [...]}, ...]` (at least one). */
  #events(b: Uint8Array, i: number, text: string): number {
    const events: ScannedL2Event[] = [];
    this.events = events;
    if (b[i] !== 91) return FAIL;
    i = skipWs(b, i + 1);
    const key = this.#key;
    for (;;) {
      const event = new ScannedL2Event();
      let seen = 0;
      i = openObject(b, i);
      if (i === FAIL) return FAIL;
      for (;;) {
        i = memberKey(b, i, key);
        if (i === FAIL) return FAIL;
        const k = key[0];
        const end = key[1];
        let bit = 0;
        if (isWord(b, k, end, "type")) {
          bit = F_TYPE;
          i = scanString(b, i, text);
          event.type = stringOut[0];
        } else if (isWord(b, k, end, "product_id")) {
          bit = F_PRODUCT;
          i = scanString(b, i, text);
          event.productId = stringOut[0];
        } else if (isWord(b, k, end, "updates")) {
          bit = F_UPDATES;
          i = this.#updates(b, i, event);
        } else i = skipScalar(b, i);
        if (i === FAIL || (seen & bit) !== 0) return FAIL;
        seen |= bit;
        i = next(b, i, 125);
        if (i >= 0) continue;
        if (i === FAIL) return FAIL;
        i = ~i;
        break;
      }
      if (seen !== (F_TYPE | F_PRODUCT | F_UPDATES)) return FAIL;
      if (event.type !== "snapshot" && event.type !== "update") return FAIL;
      events.push(event);
      i = next(b, i, 93);
      if (i >= 0) continue;
      return i === FAIL ? FAIL : ~i;
    }
  }

  /** `[{"side": "bid"|"offer", "price_level": "d", "new_quantity": "d", ...scalars}, ...]`. */
  #updates(b: Uint8Array, i: number, event: ScannedL2Event): number {
    if (b[i] !== 91) return FAIL;
    i = skipWs(b, i + 1);
    if (b[i] === 93) return i + 1;
    const key = this.#key;
    for (;;) {
      let seen = 0;
      let bid = false;
      let price = 0;
      let size = 0;
      i = openObject(b, i);
      if (i === FAIL) return FAIL;
      for (;;) {
        i = memberKey(b, i, key);
        if (i === FAIL) return FAIL;
        const k = key[0];
        const end = key[1];
        let bit = 0;
        if (isWord(b, k, end, "price_level")) {
          bit = F_PRICE;
          i = scanDecimal(b, i);
          price = read[0];
        } else if (isWord(b, k, end, "new_quantity")) {
          bit = F_SIZE;
          i = scanDecimal(b, i);
          size = read[0];
        } else if (isWord(b, k, end, "side")) {
          bit = F_SIDE;
          if (b[i] === 34 && isWord(b, i + 1, i + 4, "bid") && b[i + 4] === 34) {
            bid = true;
            i += 5;
          } else if (b[i] === 34 && isWord(b, i + 1, i + 6, "offer") && b[i + 6] === 34) i += 7;
          else i = FAIL;
        } else i = skipScalar(b, i);
        if (i === FAIL || (seen & bit) !== 0) return FAIL;
        seen |= bit;
        i = next(b, i, 125);
        if (i >= 0) continue;
        if (i === FAIL) return FAIL;
        i = ~i;
        break;
      }
      if (seen !== (F_SIDE | F_PRICE | F_SIZE) || !(price > 0) || price === Infinity || size === Infinity) {
        return FAIL;
      }
      (bid ? event.bids : event.asks).push([price, size]);
      i = next(b, i, 93);
      if (i >= 0) continue;
      return i === FAIL ? FAIL : ~i;
    }
  }
}
