/**
 * The long tail: any venue ccxt.pro supports, through `watchTrades` and `watchOrderBook`.
 *
 * Why a runner and not a VenueAdapter: ccxt owns its sockets, its REST snapshot and its book sync
 * (nonce and checksum checks per venue), so there are no frames to hand to a pure-protocol adapter.
 * The runner drives ccxt's watch loops and produces the same normalized events into the same
 * EventSink, with the same AdapterStats and TopOfBook shapes, so the health monitor, `--check`
 * report and uplink treat it like a native adapter.
 *
 * Book policy: ccxt maintains the book and resolves a watch after each applied update. The runner
 * forwards it as SNAPSHOT events (the top `depth` levels), the first right after (re)sync and then at
 * most one per `bookIntervalMs` per symbol, and a BboEvent from the book top whenever the top changes.
 * Snapshots rather than computed diffs: a throttled snapshot is self-contained, so a dropped or
 * throttled update can never leave a consumer's copy wrong. When ccxt reports a sync failure (its
 * nonce/checksum errors reject the watch) the book is invalid: it leaves `topOfBooks`, a resync is
 * counted, nothing is forwarded until the next successful watch, which forwards a fresh snapshot.
 *
 * Times: ccxt gives venue times in ms; the receive time is the edge clock when the watch resolved.
 */
import type { AdapterStats, TopOfBook } from "./adapter.ts";
import { emptyStats } from "./adapter.ts";
import type { EventSink, Instrument, Level, Side } from "../normalize/events.ts";

/** The slice of a ccxt.pro exchange the runner uses (ccxt's own types are loose `any`s). */
export interface CcxtProExchange {
  readonly id: string;
  watchTrades(symbol: string): Promise<CcxtTrade[]>;
  watchOrderBook(symbol: string, limit?: number): Promise<CcxtOrderBook>;
  market(symbol: string): { id: string; symbol: string };
  loadMarkets(): Promise<unknown>;
  close(): Promise<unknown>;
}

export interface CcxtTrade {
  id?: string;
  timestamp?: number;
  price: number;
  amount: number;
  side?: string;
}

export interface CcxtOrderBook {
  bids: number[][];
  asks: number[][];
  timestamp?: number;
  nonce?: number;
}

export interface CcxtRunnerOptions {
  readonly exchange: CcxtProExchange;
  /** Venue id on the events, e.g. "bitstamp". */
  readonly venue: string;
  /** Unified symbols. */
  readonly symbols: readonly string[];
  readonly sink: EventSink;
  /** Levels per side forwarded in book snapshots (default 50). */
  readonly depth?: number;
  /** Minimum gap between two forwarded book snapshots of one symbol (default 1000 ms; 0: every update). */
  readonly bookIntervalMs?: number;
  /** Pause before retrying a failed watch (default 1000 ms). */
  readonly retryMs?: number;
  /** Edge clock, ns (injectable for tests). */
  readonly nowNs?: () => bigint;
}

interface BookState {
  valid: boolean;
  lastForwardMs: number;
  top: TopOfBook | undefined;
}

const wallNs = () => BigInt(Date.now()) * 1_000_000n;

export class CcxtRunner {
  readonly venue: string;
  readonly #opts: CcxtRunnerOptions;
  readonly #stats: AdapterStats = emptyStats();
  readonly #books = new Map<string, BookState>();
  readonly #instruments = new Map<string, Instrument>();
  readonly #loops: Promise<void>[] = [];
  readonly #now: () => bigint;
  #running = false;

  constructor(options: CcxtRunnerOptions) {
    this.#opts = options;
    this.venue = options.venue;
    this.#now = options.nowNs ?? wallNs;
  }

  /** Load markets (throws on failure: an unknown symbol is a configuration error), then start watching. */
  async start(): Promise<void> {
    const ex = this.#opts.exchange;
    await ex.loadMarkets();
    for (const symbol of this.#opts.symbols) {
      const market = ex.market(symbol);
      this.#instruments.set(market.symbol, {
        venue: this.venue,
        symbol: market.symbol,
        venueSymbol: market.id,
      });
    }
    this.#running = true;
    for (const symbol of this.#instruments.keys()) {
      this.#books.set(symbol, { valid: false, lastForwardMs: -Infinity, top: undefined });
      this.#loops.push(this.#loop(() => this.#watchTrades(symbol)));
      this.#loops.push(this.#loop(() => this.#watchBook(symbol), () => this.#invalidate(symbol)));
    }
  }

  async stop(): Promise<void> {
    this.#running = false;
    await this.#opts.exchange.close();
    await Promise.allSettled(this.#loops);
  }

  stats(): AdapterStats {
    return this.#stats;
  }

  topOfBooks(): Map<string, TopOfBook> {
    const out = new Map<string, TopOfBook>();
    for (const [symbol, b] of this.#books) if (b.valid && b.top !== undefined) out.set(symbol, b.top);
    return out;
  }

  async #loop(step: () => Promise<void>, onError?: () => void): Promise<void> {
    while (this.#running) {
      try {
        await step();
      } catch (err) {
        if (!this.#running) return;
        onError?.();
        const kind = `error:${err instanceof Error ? err.constructor.name : "unknown"}`;
        this.#stats.messagesByType[kind] = (this.#stats.messagesByType[kind] ?? 0) + 1;
        await new Promise((r) => setTimeout(r, this.#opts.retryMs ?? 1000));
      }
    }
  }

  async #watchTrades(symbol: string): Promise<void> {
    const trades = await this.#opts.exchange.watchTrades(symbol);
    const receiveTimeNs = this.#now();
    const instrument = this.#instruments.get(symbol)!;
    this.#count("trades");
    for (const t of trades) {
      const side = t.side;
      if (
        (side !== "buy" && side !== "sell") || !(t.price > 0) || !(t.amount > 0) || t.timestamp === undefined
      ) {
        this.#stats.malformed++;
        continue;
      }
      this.#stats.trades++;
      this.#opts.sink({
        type: "trade",
        instrument,
        venueTimeNs: BigInt(Math.trunc(t.timestamp)) * 1_000_000n,
        receiveTimeNs,
        tradeId: t.id ?? "",
        price: t.price,
        size: t.amount,
        side: side as Side,
      });
    }
  }

  async #watchBook(symbol: string): Promise<void> {
    const depth = this.#opts.depth ?? 50;
    const ob = await this.#opts.exchange.watchOrderBook(symbol);
    const receiveTimeNs = this.#now();
    this.#count("book");
    this.#stats.bookUpdatesApplied++;
    const state = this.#books.get(symbol)!;
    const bid = ob.bids[0];
    const ask = ob.asks[0];
    if (bid !== undefined && ask !== undefined && bid[0] >= ask[0]) {
      // ccxt kept a crossed book: never forward it; the next resolved update is checked again.
      this.#stats.crossedBooks++;
      this.#invalidate(symbol);
      return;
    }
    const instrument = this.#instruments.get(symbol)!;
    const venueTimeNs = ob.timestamp === undefined ? 0n : BigInt(Math.trunc(ob.timestamp)) * 1_000_000n;
    const nonce = Number.isSafeInteger(ob.nonce) ? ob.nonce! : 0;
    const nowMs = Number(receiveTimeNs / 1_000_000n);
    if (!state.valid || nowMs - state.lastForwardMs >= (this.#opts.bookIntervalMs ?? 1000)) {
      state.valid = true;
      state.lastForwardMs = nowMs;
      this.#opts.sink({
        type: "book",
        instrument,
        venueTimeNs,
        receiveTimeNs,
        snapshot: true,
        firstUpdateId: nonce,
        lastUpdateId: nonce,
        prevUpdateId: 0,
        bids: levels(ob.bids, depth),
        asks: levels(ob.asks, depth),
      });
    }
    if (bid === undefined || ask === undefined) {
      state.top = undefined;
      return;
    }
    const top: TopOfBook = { bidPrice: bid[0], bidSize: bid[1], askPrice: ask[0], askSize: ask[1] };
    const prev = state.top;
    state.top = top;
    if (
      prev !== undefined && prev.bidPrice === top.bidPrice && prev.bidSize === top.bidSize &&
      prev.askPrice === top.askPrice && prev.askSize === top.askSize
    ) return;
    this.#opts.sink({ type: "bbo", instrument, venueTimeNs, receiveTimeNs, updateId: nonce, ...top });
  }

  #invalidate(symbol: string): void {
    const state = this.#books.get(symbol)!;
    if (state.valid) this.#stats.resyncs++;
    state.valid = false;
    state.top = undefined;
  }

  #count(type: string): void {
    this.#stats.messagesByType[type] = (this.#stats.messagesByType[type] ?? 0) + 1;
  }
}

function levels(side: number[][], depth: number): Level[] {
  const n = Math.min(side.length, depth);
  const out: Level[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [side[i][0], side[i][1]];
  return out;
}
