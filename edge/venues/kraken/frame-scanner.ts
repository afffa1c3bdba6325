/**
 * A single-pass reader for Kraken WebSocket v1 book frames, nearly all of Kraken's traffic:
 * `[channelID, {"a": [...]} (, {"b": [...], "c": "..."}), "book-N", "PAIR"]`, snapshots with
 * `as`/`bs`, levels `["price", "volume", "time"(, "r")]`.
 *
 * Built on the shared readers of ../json-scan.ts, with their contract: any frame it does not read
 * exactly (another channel, an event object, escapes, repeated keys, nested values under unknown
 * keys, numbers it would not read as JSON.parse does, a level time or checksum the JSON path would
 * refuse, truncation, trailing bytes) is not read, and the adapter's JSON.parse path decides. What it
 * reads is what that path reads: each side's level lists in payload order (texts and numbers as
 * frame-fields' `textLevels` gives them), the snapshot flag, the last checksum, and the latest level
 * time (compared exactly on the digits, and converted to ns as `secondsTextToNs` does).
 * kraken/frame-scanner_test.ts checks that on every frame of the capture and on damaged copies.
 */
import type { NumberedTextLevels } from "../frame-fields.ts";
import {
  FAIL,
  FrameBytes,
  isWord,
  MemberWalk,
  next,
  RecurringTexts,
  scanTextLevels,
  skipScalar,
  skipWs,
  stringEnd,
  textLevelsOut,
} from "../json-scan.ts";

// Payload keys, for repeated-key detection within one payload.
const K_A = 1;
const K_B = 2;
const K_AS = 4;
const K_BS = 8;
const K_C = 16;

export class KrakenFrameScanner {
  readonly #frame = new FrameBytes();
  /** Channel names and pairs: the same few strings in every frame. */
  readonly #recurring = new RecurringTexts();
  readonly #walk = new MemberWalk();
  channel = "";
  pair = "";
  /** Some payload carries `as` or `bs`. */
  snapshot = false;
  /** Each side's level lists in payload order (update keys `a`/`b`, or `as`/`bs` in a snapshot). */
  readonly asks: NumberedTextLevels[] = [];
  readonly bids: NumberedTextLevels[] = [];
  /** The last payload's `c`, undefined when none has one. */
  checksum: number | undefined;
  /** The latest level time of the lists used, 0n when there are none. */
  venueTimeNs = 0n;
  // Every list of the frame (any of the four keys), with its level times' [start, end) offsets.
  readonly #lists: NumberedTextLevels[] = [];
  readonly #listKey: number[] = [];
  readonly #times: number[][] = [];
  /** The whole seconds of the last venue time, and them in ns. */
  #second = -1;
  #secondNs = 0n;

  /** A v1 book frame: true when read (fields above), false: the JSON path decides. */
  scan(text: string): boolean {
    const b = this.#frame.load(text);
    if (b === undefined) return false;
    let i = skipWs(b, 0);
    if (b[i] !== 91) return false;
    i = skipScalar(b, skipWs(b, i + 1)); // channelID: not used
    if (i === FAIL) return false;
    this.#lists.length = 0;
    this.#listKey.length = 0;
    this.checksum = undefined;
    let payloads = 0;
    let strings = 0;
    let channelAt = 0;
    let channelEnd = 0;
    let pairAt = 0;
    let pairEnd = 0;
    for (;;) {
      i = next(b, i, 93);
      if (i === FAIL) return false;
      if (i < 0) {
        i = ~i;
        break;
      }
      if (b[i] === 123) {
        if (strings !== 0) return false;
        i = this.#payload(b, i, text);
        if (i === FAIL) return false;
        payloads++;
      } else if (b[i] === 34) {
        const end = stringEnd(b, i + 1);
        if (end === FAIL || ++strings > 2) return false;
        if (strings === 1) {
          channelAt = i + 1;
          channelEnd = end;
        } else {
          pairAt = i + 1;
          pairEnd = end;
        }
        i = end + 1;
      } else return false;
    }
    if (skipWs(b, i) !== text.length || strings !== 2 || payloads === 0) return false;
    if (!(channelEnd - channelAt > 5 && isWord(b, channelAt, channelAt + 5, "book-"))) return false;
    // The lists the JSON path uses: as/bs when any payload has one, else a/b.
    const lists = this.#lists;
    let snapshot = false;
    for (let j = 0; j < lists.length; j++) if (this.#listKey[j] >= K_AS) snapshot = true;
    const askKey = snapshot ? K_AS : K_A;
    const bidKey = snapshot ? K_BS : K_B;
    this.asks.length = 0;
    this.bids.length = 0;
    let maxInt = -1;
    let maxFrac = -1;
    for (let j = 0; j < lists.length; j++) {
      const key = this.#listKey[j];
      if (key === askKey) this.asks.push(lists[j]);
      else if (key === bidKey) this.bids.push(lists[j]);
      else continue;
      // Each level's time, as secondsTextToNs reads it (/^\d{1,12}(\.\d{1,9})?$/); the latest kept.
      const times = this.#times[j];
      for (let t = 0; t < times.length; t += 2) {
        let k = times[t];
        const end = times[t + 1];
        if (k < 0) return false;
        const from = k;
        let int = 0;
        let c = b[k];
        while (k < end && c >= 48 && c <= 57) {
          int = int * 10 + (c - 48);
          c = b[++k];
        }
        const intDigits = k - from;
        if (intDigits === 0 || intDigits > 12) return false;
        let frac = 0;
        if (k < end) {
          if (c !== 46) return false;
          const fracAt = ++k;
          c = b[k];
          while (k < end && c >= 48 && c <= 57) {
            frac = frac * 10 + (c - 48);
            c = b[++k];
          }
          const fracDigits = k - fracAt;
          if (k !== end || fracDigits === 0 || fracDigits > 9) return false;
          frac *= 10 ** (9 - fracDigits);
        }
        if (int > maxInt || (int === maxInt && frac > maxFrac)) {
          maxInt = int;
          maxFrac = frac;
        }
      }
    }
    if (maxInt < 0) this.venueTimeNs = 0n;
    else {
      // secondsTextToNs of the latest time, from its digits as read: whole seconds (kept while
      // they repeat, as they do from frame to frame) and nanoseconds.
      if (maxInt !== this.#second) {
        this.#second = maxInt;
        this.#secondNs = BigInt(maxInt) * 1_000_000_000n;
      }
      this.venueTimeNs = this.#secondNs + BigInt(maxFrac);
    }
    this.snapshot = snapshot;
    this.channel = this.#recurring.get(b, channelAt, channelEnd, text);
    this.pair = this.#recurring.get(b, pairAt, pairEnd, text);
    return true;
  }

  /** `{"a"|"b"|"as"|"bs": [levels], "c": "digits", ...scalars}` → the index after it, or FAIL. */
  #payload(b: Uint8Array, i: number, text: string): number {
    const walk = this.#walk;
    const key = walk.key;
    i = walk.first(b, i);
    while (i >= 0) {
      const k = key[0];
      const n = key[1] - k;
      let bit = 0;
      if (n === 1 && (b[k] === 97 || b[k] === 98)) bit = b[k] === 97 ? K_A : K_B;
      else if (n === 2 && b[k + 1] === 115 && (b[k] === 97 || b[k] === 98)) bit = b[k] === 97 ? K_AS : K_BS;
      else if (n === 1 && b[k] === 99) bit = K_C;
      if (bit === K_C) {
        // A string of 1 to 10 digits.
        if (b[i] !== 34) return FAIL;
        const end = stringEnd(b, i + 1);
        if (end === FAIL || end === i + 1 || end - i - 1 > 10) return FAIL;
        let c = 0;
        for (let j = i + 1; j < end; j++) {
          const d = b[j];
          if (d < 48 || d > 57) return FAIL;
          c = c * 10 + (d - 48);
        }
        this.checksum = c;
        i = end + 1;
      } else if (bit !== 0) {
        const slot = this.#lists.length;
        const times = this.#times[slot] ??= [];
        times.length = 0;
        i = scanTextLevels(b, i, text, times);
        this.#lists.push(textLevelsOut[0]);
        this.#listKey.push(bit);
      } else i = skipScalar(b, i);
      i = walk.next(b, i, bit);
    }
    return i === FAIL ? FAIL : ~i;
  }
}
