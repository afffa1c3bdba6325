/**
 * A single-pass reader for Coinbase Advanced Trade `l2_data` frames (nearly all of its traffic),
 * straight into numeric levels per side, skipping the per-level `event_time` strings the adapter
 * never reads. An update event's levels are [price, size] pairs (they are forwarded as they are); a
 * snapshot's (46k levels for BTC-USD) are plain numbers, laid into the book without an array per
 * level. Each level object is first read as Coinbase spells it (fixed key order, no whitespace:
 * literal runs compared four bytes at a time); any other spelling is read again by the general
 * member loop.
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
  Literal,
  longStringEnd,
  MemberWalk,
  next,
  read,
  scanDecimal,
  scanInteger,
  scanString,
  shortDecimal,
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
  /** An update's levels. */
  bids: Level[] = [];
  asks: Level[] = [];
  /** A snapshot's levels: price i at 2i, its size at 2i + 1. */
  bidNumbers: number[] = [];
  askNumbers: number[] = [];
}

/** What the level readers read: price, size, 1 for a bid (0: offer). */
const levelOut = new Float64Array(3);

const UPDATE_SIDE = new Literal('{"side":"');
const OFFER = new Literal("offer");
const EVENT_TIME = new Literal('","event_time":"');
const PRICE_LEVEL = new Literal('","price_level":"');
const NEW_QUANTITY = new Literal(',"new_quantity":"');

/**
 * A level's side at i, after its opening quote: `bid` or `offer` → the index after the word, 1 for a
 * bid (0: offer) in levelOut[2]; FAIL on anything else. The compact and the general reader share it.
 */
function sideWord(frame: FrameBytes, b: Uint8Array, i: number): number {
  if (b[i] === 98 && b[i + 1] === 105 && b[i + 2] === 100) {
    levelOut[2] = 1;
    return i + 3;
  }
  if (!OFFER.at(frame, b, i)) return FAIL;
  levelOut[2] = 0;
  return i + OFFER.length;
}

/**
 * `{"side":"bid"|"offer","event_time":"...","price_level":"d","new_quantity":"d"}` exactly so
 * spelled → the index after it (levelOut), or FAIL: then the general reader decides.
 */
function compactUpdate(frame: FrameBytes, b: Uint8Array, i: number): number {
  if (!UPDATE_SIDE.at(frame, b, i)) return FAIL;
  i = sideWord(frame, b, i + UPDATE_SIDE.length);
  if (i === FAIL || !EVENT_TIME.at(frame, b, i)) return FAIL;
  i = longStringEnd(frame, b, i + EVENT_TIME.length);
  if (i === FAIL || !PRICE_LEVEL.at(frame, b, i)) return FAIL;
  // The literals end with the values' opening quotes.
  i = shortDecimal(b, i + PRICE_LEVEL.length);
  if (i === FAIL) return FAIL;
  const price = read[0];
  if (!NEW_QUANTITY.at(frame, b, i)) return FAIL;
  i = shortDecimal(b, i + NEW_QUANTITY.length);
  if (i === FAIL || b[i] !== 125) return FAIL;
  levelOut[0] = price;
  levelOut[1] = read[0];
  return i + 1;
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
  // One walker per nesting level: the frame, an event, a level.
  readonly #frameWalk = new MemberWalk();
  readonly #eventWalk = new MemberWalk();
  readonly #levelWalk = new MemberWalk();
  channel = "";
  timestamp = "";
  sequence = 0;
  events: ScannedL2Event[] = [];

  /** `{"channel": "l2_data", "timestamp": "...", "sequence_num": n, "events": [...]}`: LEVEL2 or NONE. */
  scan(text: string): number {
    const b = this.#frame.load(text);
    if (b === undefined) return NONE;
    const walk = this.#frameWalk;
    let eventsAt = FAIL;
    let eventsEnd = FAIL;
    let i = walk.first(b, skipWs(b, 0));
    while (i >= 0) {
      let bit = 0;
      if (walk.keyIs(b, "channel")) {
        bit = F_CHANNEL;
        i = scanString(b, i, text);
        this.channel = stringOut[0];
        if (i !== FAIL && this.channel !== "l2_data") return NONE;
      } else if (walk.keyIs(b, "timestamp")) {
        bit = F_TIMESTAMP;
        i = scanString(b, i, text);
        this.timestamp = stringOut[0];
      } else if (walk.keyIs(b, "sequence_num")) {
        bit = F_SEQ;
        i = scanInteger(b, i);
        this.sequence = read[0];
      } else if (walk.keyIs(b, "events")) {
        bit = F_EVENTS;
        // The channel is l2_data: read in place; else once the channel is known (it may come after).
        if ((walk.seen & F_CHANNEL) !== 0) i = this.#events(b, i, text);
        else {
          eventsAt = i;
          i = eventsEnd = skipNested(b, i);
        }
      } else if (walk.keyIs(b, "type")) {
        return NONE; // error frames: the JSON path
      } else i = skipScalar(b, i);
      i = walk.next(b, i, bit);
    }
    if (i === FAIL) return NONE;
    const needed = F_CHANNEL | F_TIMESTAMP | F_SEQ | F_EVENTS;
    if (skipWs(b, ~i) !== text.length || (walk.seen & needed) !== needed || this.channel !== "l2_data") {
      return NONE;
    }
    return eventsAt === FAIL || this.#events(b, eventsAt, text) === eventsEnd ? LEVEL2 : NONE;
  }

  /** `[{"type": "snapshot"|"update", "product_id": "...", "updates": [...]}, ...]` (at least one). */
  #events(b: Uint8Array, i: number, text: string): number {
    const events: ScannedL2Event[] = [];
    this.events = events;
    if (b[i] !== 91) return FAIL;
    i = skipWs(b, i + 1);
    const walk = this.#eventWalk;
    for (;;) {
      const event = new ScannedL2Event();
      let updatesAt = FAIL;
      let updatesEnd = FAIL;
      i = walk.first(b, i);
      while (i >= 0) {
        let bit = 0;
        if (walk.keyIs(b, "type")) {
          bit = F_TYPE;
          i = scanString(b, i, text);
          event.type = stringOut[0];
        } else if (walk.keyIs(b, "product_id")) {
          bit = F_PRODUCT;
          i = scanString(b, i, text);
          event.productId = stringOut[0];
        } else if (walk.keyIs(b, "updates")) {
          bit = F_UPDATES;
          // The type says how the levels are kept: read them once it is known.
          if ((walk.seen & F_TYPE) !== 0) i = this.#updates(b, i, event);
          else {
            updatesAt = i;
            i = updatesEnd = skipNested(b, i);
          }
        } else i = skipScalar(b, i);
        i = walk.next(b, i, bit);
      }
      if (i === FAIL || walk.seen !== (F_TYPE | F_PRODUCT | F_UPDATES)) return FAIL;
      if (event.type !== "snapshot" && event.type !== "update") return FAIL;
      if (updatesAt !== FAIL && this.#updates(b, updatesAt, event) !== updatesEnd) return FAIL;
      events.push(event);
      i = next(b, ~i, 93);
      if (i >= 0) continue;
      return i === FAIL ? FAIL : ~i;
    }
  }

  /**
   * `[{"side": "bid"|"offer", "price_level": "d", "new_quantity": "d", ...scalars}, ...]` into the
   * event's levels of its type (known by now).
   */
  #updates(b: Uint8Array, i: number, event: ScannedL2Event): number {
    if (b[i] !== 91) return FAIL;
    i = skipWs(b, i + 1);
    if (b[i] === 93) return i + 1;
    const snapshot = event.type === "snapshot";
    for (;;) {
      const end = compactUpdate(this.#frame, b, i);
      i = end === FAIL ? this.#update(b, i) : end;
      if (i === FAIL) return FAIL;
      const price = levelOut[0];
      const size = levelOut[1];
      if (!(price > 0) || price === Infinity || size === Infinity) return FAIL;
      if (snapshot) (levelOut[2] === 1 ? event.bidNumbers : event.askNumbers).push(price, size);
      else (levelOut[2] === 1 ? event.bids : event.asks).push([price, size]);
      i = next(b, i, 93);
      if (i >= 0) continue;
      return i === FAIL ? FAIL : ~i;
    }
  }

  /** One level object in any spelling → the index after it (levelOut), or FAIL. */
  #update(b: Uint8Array, i: number): number {
    const walk = this.#levelWalk;
    let price = 0;
    let size = 0;
    i = walk.first(b, i);
    while (i >= 0) {
      let bit = 0;
      if (walk.keyIs(b, "price_level")) {
        bit = F_PRICE;
        i = scanDecimal(b, i);
        price = read[0];
      } else if (walk.keyIs(b, "new_quantity")) {
        bit = F_SIZE;
        i = scanDecimal(b, i);
        size = read[0];
      } else if (walk.keyIs(b, "side")) {
        bit = F_SIDE;
        i = b[i] === 34 ? sideWord(this.#frame, b, i + 1) : FAIL;
        i = i !== FAIL && b[i] === 34 ? i + 1 : FAIL;
      } else i = skipScalar(b, i);
      i = walk.next(b, i, bit);
    }
    if (i === FAIL || walk.seen !== (F_SIDE | F_PRICE | F_SIZE)) return FAIL;
    levelOut[0] = price;
    levelOut[1] = size;
    return ~i;
  }
}
