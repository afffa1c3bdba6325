/**
 * Kraken spot, WebSocket v1 ("kraken"): `book` (depth 10…1000), `trade` and `ticker`.
 *
 * Messages are positional arrays `[channelID, payload…, channelName, pair]`; a book update may split
 * its asks and bids over two payload objects, and the checksum `c` sits on the last one. Kraken
 * expects the client to apply the levels in order, cut the book to the subscribed depth, then CRC the
 * top 10 (see checksum.ts): 4,269/4,269 verify on the capture. v1 offers no book resync, so a failed
 * checksum or crossed book unsubscribes and resubscribes the pair, which makes Kraken send a new
 * snapshot.
 *
 * Every number that matters arrives as a string, so plain JSON.parse is lossless here; the one huge
 * integer (`systemStatus.connectionID` > 2^53) is never used, so its rounding is harmless.
 */
import { WebSocketBookAdapter } from "../websocket-book-adapter.ts";
import type { AdapterOptions, ConnectionPlan } from "../adapter.ts";
import type { Instrument, TradeEvent } from "../../normalize/events.ts";
import type { TextLevel } from "../../book/guarded-book.ts";
import { GuardedBooks } from "../../book/guarded-books.ts";
import { chunk } from "../shard.ts";
import {
  decimal,
  isRecord,
  type JsonRecord,
  list,
  MalformedFrame,
  type NumberedTextLevels,
  record,
  secondsTextToNs,
  text,
  textLevels,
} from "../frame-fields.ts";
import { krakenUnifiedSymbol, krakenV1Pair } from "./symbols.ts";
import { krakenChecksum } from "./checksum.ts";
import { KrakenFrameScanner } from "./frame-scanner.ts";

export const KRAKEN_V1_URL = "wss://ws.kraken.com";

/** Depths Kraken v1 offers; the smallest covering the configured depth (and the checksum's 10) is used. */
export const KRAKEN_BOOK_DEPTHS = [10, 25, 100, 500, 1000] as const;
/** Pairs per subscribe message and per connection: keeps one connection's snapshot burst bounded. */
const PAIRS_PER_CONNECTION = 50;
/** Kraken sends heartbeats itself; a client ping keeps idle proxies from closing the socket. */
const PING_INTERVAL_MS = 30_000;
const DEFAULT_DEPTH = 25;

export function krakenBookDepth(depth: number): number {
  return KRAKEN_BOOK_DEPTHS.find((d) => d >= depth) ?? KRAKEN_BOOK_DEPTHS[KRAKEN_BOOK_DEPTHS.length - 1];
}

export class KrakenV1Adapter extends WebSocketBookAdapter {
  readonly venue = "kraken";
  readonly endpoints = [KRAKEN_V1_URL];
  protected readonly books = new GuardedBooks();
  readonly #instruments = new Map<string, Instrument>();
  /** Book depth per book channel name seen. */
  readonly #channelDepths = new Map<string, number>();
  /** The single-pass reader for book frames (./frame-scanner.ts); absent: JSON.parse only. */
  readonly #scanner: KrakenFrameScanner | undefined;

  constructor(options: AdapterOptions, internals: { readonly scanner?: boolean } = {}) {
    super(options, DEFAULT_DEPTH);
    this.#scanner = internals.scanner === false ? undefined : new KrakenFrameScanner();
  }

  plan(symbols: readonly string[]): ConnectionPlan[] {
    const depth = krakenBookDepth(this.depth);
    return chunk(symbols.map(krakenV1Pair), PAIRS_PER_CONNECTION).map((pair, i) => ({
      id: `kraken.ws.${i}`,
      url: KRAKEN_V1_URL,
      subscribe: [{ name: "book", depth }, { name: "trade" }, { name: "ticker" }]
        .map((subscription) => JSON.stringify({ event: "subscribe", pair, subscription })),
      heartbeat: { intervalMs: PING_INTERVAL_MS, frame: JSON.stringify({ event: "ping" }) },
    }));
  }

  protected handle(connectionId: string, frame: string, receiveTimeNs: bigint): void {
    const sc = this.#scanner;
    if (sc !== undefined && sc.scan(frame)) {
      // What the JSON path below does with the same values.
      this.count("book");
      return this.#applyBook(
        connectionId,
        sc.channel,
        sc.pair,
        sc.snapshot,
        joined(sc.asks),
        joined(sc.bids),
        sc.checksum,
        sc.venueTimeNs,
        receiveTimeNs,
      );
    }
    const msg: unknown = JSON.parse(frame);
    if (isRecord(msg)) {
      const event = text(msg.event, "kraken event");
      // A refused subscription is a subscriptionStatus with status "error"; a rejected request of any
      // other kind is event "error". Both carry the reason in errorMessage.
      if (msg.status === "error" || event === "error") {
        const pair = msg.pair === undefined ? "" : ` (${String(msg.pair)})`;
        return this.refused(connectionId, `${event}: ${String(msg.errorMessage)}${pair}`);
      }
      this.count(event); // heartbeat, systemStatus, subscriptionStatus, pong (the ping's answer)
      this.counters.ignored++;
      return;
    }
    const parts = list(msg, "kraken frame");
    if (parts.length < 4) throw new MalformedFrame("kraken: short channel message");
    const channel = text(parts[parts.length - 2], "channelName");
    const pair = text(parts[parts.length - 1], "pair");
    const payloads = parts.slice(1, -2);
    const kind = channel.startsWith("book-") ? "book" : channel;
    this.count(kind);
    switch (kind) {
      case "book":
        return this.#book(
          connectionId,
          channel,
          pair,
          payloads.map((p) => record(p, "book payload")),
          receiveTimeNs,
        );
      case "trade":
        return this.#trades(pair, payloads[0], receiveTimeNs);
      case "ticker":
        return this.#ticker(pair, record(payloads[0], "ticker payload"), receiveTimeNs);
      default:
        this.counters.ignored++;
    }
  }

  #instrument(pair: string): Instrument {
    let instrument = this.#instruments.get(pair);
    if (!instrument) {
      instrument = { venue: this.venue, symbol: krakenUnifiedSymbol(pair), venueSymbol: pair };
      this.#instruments.set(pair, instrument);
    }
    return instrument;
  }

  #book(
    connectionId: string,
    channel: string,
    pair: string,
    payloads: JsonRecord[],
    receiveTimeNs: bigint,
  ): void {
    const snapshot = payloads.some((p) => p.as !== undefined || p.bs !== undefined);
    // Each side's lists in payload order; one list (the usual case) is used as textLevels made it,
    // numbers included, several are joined.
    const askLists: NumberedTextLevels[] = [];
    const bidLists: NumberedTextLevels[] = [];
    let checksum: number | undefined;
    let venueTimeNs = 0n;
    for (const p of payloads) {
      for (
        const [key, into] of [[snapshot ? "as" : "a", askLists], [snapshot ? "bs" : "b", bidLists]] as const
      ) {
        if (p[key] === undefined) continue;
        into.push(textLevels(p[key], key));
        for (const level of p[key] as unknown[][]) {
          const t = secondsTextToNs(level[2], "level time");
          if (t > venueTimeNs) venueTimeNs = t;
        }
      }
      if (p.c !== undefined) {
        const c = text(p.c, "checksum");
        if (!/^\d{1,10}$/.test(c)) throw new MalformedFrame(`kraken: checksum ${c}`);
        checksum = Number(c);
      }
    }
    this.#applyBook(
      connectionId,
      channel,
      pair,
      snapshot,
      joined(askLists),
      joined(bidLists),
      checksum,
      venueTimeNs,
      receiveTimeNs,
    );
  }

  #applyBook(
    connectionId: string,
    channel: string,
    pair: string,
    snapshot: boolean,
    asks: readonly TextLevel[],
    bids: readonly TextLevel[],
    checksum: number | undefined,
    venueTimeNs: bigint,
    receiveTimeNs: bigint,
  ): void {
    const venueDepth = this.#channelDepth(channel);
    const book = this.books.get(pair, connectionId, () => ({
      instrument: this.#instrument(pair),
      sink: this.sink,
      stats: this.counters,
      depth: this.depth,
      venueDepth,
      checksum: krakenChecksum,
      bboFromBook: false,
      resync: () => this.#resubscribe(pair, venueDepth),
    }));
    const meta = checksum === undefined
      ? { venueTimeNs, receiveTimeNs, updateId: 0 }
      : { venueTimeNs, receiveTimeNs, updateId: 0, checksum };
    if (snapshot) book.snapshot(bids, asks, meta);
    else book.delta(bids, asks, meta);
  }

  /** `book-N` → N, one of KRAKEN_BOOK_DEPTHS, else malformed (read once per channel name). */
  #channelDepth(channel: string): number {
    const known = this.#channelDepths.get(channel);
    if (known !== undefined) return known;
    const depth = Number(channel.slice("book-".length));
    if (!KRAKEN_BOOK_DEPTHS.includes(depth as typeof KRAKEN_BOOK_DEPTHS[number])) {
      throw new MalformedFrame(`kraken: channel ${channel}`);
    }
    this.#channelDepths.set(channel, depth);
    return depth;
  }

  /** v1 has no snapshot request: unsubscribing and subscribing the pair makes Kraken send a new one. */
  #resubscribe(pair: string, depth: number): void {
    const connectionId = this.books.connectionOf(pair);
    if (connectionId === undefined) return;
    const subscription = { name: "book", depth };
    this.requests.send(connectionId, JSON.stringify({ event: "unsubscribe", pair: [pair], subscription }));
    this.requests.send(connectionId, JSON.stringify({ event: "subscribe", pair: [pair], subscription }));
  }

  /** Rows `[price, volume, time, side (b/s: taker), orderType, misc]`; v1 trades have no id, so the
   * id is the venue's microsecond time plus the row's index within the message. */
  #trades(pair: string, payload: unknown, receiveTimeNs: bigint): void {
    const instrument = this.#instrument(pair);
    const trades = list(payload, "trade rows").map((row, i): TradeEvent => {
      const t = list(row, "trade row");
      const side = t[3] === "b" ? "buy" : t[3] === "s" ? "sell" : undefined;
      if (!side) throw new MalformedFrame(`kraken: trade side ${String(t[3])}`);
      const time = text(t[2], "trade time");
      return {
        type: "trade",
        instrument,
        venueTimeNs: secondsTextToNs(time, "trade time"),
        receiveTimeNs,
        tradeId: `${time}-${i}`,
        price: decimal(t[0], "trade price"),
        size: decimal(t[1], "trade volume"),
        side,
      };
    });
    for (const trade of trades) this.sink(trade);
    this.counters.trades += trades.length;
  }

  /** `a`/`b` are `[price, wholeLotVolume, lotVolume]`; the ticker carries no venue time (0). */
  #ticker(pair: string, payload: JsonRecord, receiveTimeNs: bigint): void {
    const a = list(payload.a, "ticker a");
    const b = list(payload.b, "ticker b");
    this.sink({
      type: "bbo",
      instrument: this.#instrument(pair),
      venueTimeNs: 0n,
      receiveTimeNs,
      updateId: 0,
      bidPrice: decimal(b[0], "ticker bid"),
      bidSize: decimal(b[2], "ticker bid volume"),
      askPrice: decimal(a[0], "ticker ask"),
      askSize: decimal(a[2], "ticker ask volume"),
    });
  }
}

/** One side's level lists of a message as one list (the texts only when there are several). */
function joined(lists: NumberedTextLevels[]): readonly TextLevel[] {
  if (lists.length === 1) return lists[0];
  const out: TextLevel[] = [];
  for (const l of lists) for (const level of l) out.push(level);
  return out;
}
