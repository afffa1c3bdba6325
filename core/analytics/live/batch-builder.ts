/**
 * Assembles one columnar ingest.v1.TickBatch event by event, in the shape an edge sends. Ticks that come from
 * elsewhere (the tick store for warm starts and dataset exports, recorded files for tests and benches) are
 * rebuilt into batches so that they reach the engine through its one input path (batch-walker.ts) instead of
 * a second implementation. Times are ns deltas from the batch's base, the proto's own encoding: callers keep
 * exact integer ns without a BigInt per event.
 */
import { type ingest, market } from "../../../proto/gen/proto.js";
import type { Trade } from "../bars/bar.ts";

const SIDE = { buy: market.v1.Side.SIDE_BUY, sell: market.v1.Side.SIDE_SELL, unknown: market.v1.Side.SIDE_UNSPECIFIED } as const;
const venueSymbol = (symbol: string) => symbol.replace(/[/:]/g, "");

/** A batch rebuilt in the core, as the engine takes it. */
export interface ReplayBatch {
  readonly edgeId: string;
  readonly seq: number;
  readonly batch: ingest.v1.ITickBatch;
  /** Events in it (trades, book events, BBOs). */
  readonly events: number;
}

interface BookColumns {
  instrument: number[];
  venueTimeDeltaNs: number[];
  receiveTimeDeltaNs: number[];
  firstUpdateId: number[];
  lastUpdateId: number[];
  prevUpdateId: number[];
  levelCount: number[];
  levelIsBid: boolean[];
  levelPrice: number[];
  levelSize: number[];
}

const bookColumns = (): BookColumns => ({
  instrument: [],
  venueTimeDeltaNs: [],
  receiveTimeDeltaNs: [],
  firstUpdateId: [],
  lastUpdateId: [],
  prevUpdateId: [],
  levelCount: [],
  levelIsBid: [],
  levelPrice: [],
  levelSize: [],
});

export class TickBatchBuilder {
  private readonly dictionary = new Map<string, number>();
  private readonly instruments: market.v1.IInstrument[] = [];
  private readonly trades = { instrument: [] as number[], venueTimeDeltaNs: [] as number[], receiveTimeDeltaNs: [] as number[], tradeId: [] as string[], price: [] as number[], size: [] as number[], side: [] as number[] };
  private readonly bbos = { instrument: [] as number[], venueTimeDeltaNs: [] as number[], receiveTimeDeltaNs: [] as number[], updateId: [] as number[], bidPrice: [] as number[], bidSize: [] as number[], askPrice: [] as number[], askSize: [] as number[] };
  private readonly snapshots = bookColumns();
  private readonly deltas = bookColumns();
  private lastInstrument: market.v1.IInstrument | undefined;
  private lastIndex = 0;
  /** The book column of the event `level` adds to. */
  private openBook: BookColumns | undefined;
  /** Events added so far. */
  events = 0;

  private readonly baseNs: bigint;

  /** @param baseTimeMs the batch's base time: every delta given is relative to it */
  constructor(readonly baseTimeMs: number) {
    this.baseNs = BigInt(baseTimeMs) * 1_000_000n;
  }

  /** The dictionary index of an instrument (added on first use). */
  instrument(venue: string, symbol: string, venueSymbol: string): number {
    // Events come in runs of one instrument: skip the key and lookup for a repeat.
    const last = this.lastInstrument;
    if (last !== undefined && last.venue === venue && last.symbol === symbol) return this.lastIndex;
    const key = `${venue}\u0000${symbol}`;
    let index = this.dictionary.get(key);
    if (index === undefined) {
      this.dictionary.set(key, (index = this.instruments.length));
      this.instruments.push({ venue, symbol, venueSymbol });
    }
    this.lastInstrument = this.instruments[index];
    this.lastIndex = index;
    return index;
  }

  trade(instrument: number, venueDeltaNs: number, receiveDeltaNs: number, tradeId: string, price: number, size: number, side: market.v1.Side): void {
    const t = this.trades;
    t.instrument.push(instrument);
    t.venueTimeDeltaNs.push(venueDeltaNs);
    t.receiveTimeDeltaNs.push(receiveDeltaNs);
    t.tradeId.push(tradeId);
    t.price.push(price);
    t.size.push(size);
    t.side.push(side);
    this.events++;
  }

  /** A unified trade received at `receiveNs` (files without a venue symbol: the unified one less / and :). */
  addTrade(trade: Trade, receiveNs: bigint): void {
    const instrument = this.instrument(trade.venue, trade.symbol, venueSymbol(trade.symbol));
    this.trade(instrument, Number(trade.timeNs - this.baseNs), Number(receiveNs - this.baseNs), trade.tradeId, trade.price, trade.size, SIDE[trade.side]);
  }

  bbo(instrument: number, venueDeltaNs: number, receiveDeltaNs: number, updateId: number, bidPrice: number, bidSize: number, askPrice: number, askSize: number): void {
    const q = this.bbos;
    q.instrument.push(instrument);
    q.venueTimeDeltaNs.push(venueDeltaNs);
    q.receiveTimeDeltaNs.push(receiveDeltaNs);
    q.updateId.push(updateId);
    q.bidPrice.push(bidPrice);
    q.bidSize.push(bidSize);
    q.askPrice.push(askPrice);
    q.askSize.push(askSize);
    this.events++;
  }

  /** Opens a book event without levels; `level`/`levels` add them. */
  book(snapshot: boolean, instrument: number, venueDeltaNs: number, receiveDeltaNs: number, firstUpdateId: number, lastUpdateId: number, prevUpdateId: number): void {
    const b = (this.openBook = snapshot ? this.snapshots : this.deltas);
    b.instrument.push(instrument);
    b.venueTimeDeltaNs.push(venueDeltaNs);
    b.receiveTimeDeltaNs.push(receiveDeltaNs);
    b.firstUpdateId.push(firstUpdateId);
    b.lastUpdateId.push(lastUpdateId);
    b.prevUpdateId.push(prevUpdateId);
    b.levelCount.push(0);
    this.events++;
  }

  /** A level of the book event opened last. */
  level(isBid: boolean, price: number, size: number): void {
    const b = this.openBook;
    if (b === undefined) throw new Error("TickBatchBuilder.level() before book()");
    b.levelIsBid.push(isBid);
    b.levelPrice.push(price);
    b.levelSize.push(size);
    b.levelCount[b.levelCount.length - 1]++;
  }

  /** Levels of one side of the book event opened last, in the given order. */
  levels(isBid: boolean, prices: ArrayLike<number>, sizes: ArrayLike<number>): void {
    for (let i = 0; i < prices.length; i++) this.level(isBid, prices[i], sizes[i]);
  }

  build(edgeId: string, seq: number): ReplayBatch {
    const batch: ingest.v1.ITickBatch = {
      edgeId,
      seq,
      baseTimeMs: this.baseTimeMs,
      instruments: this.instruments,
      trades: this.trades,
      bbos: this.bbos,
      bookSnapshots: this.snapshots,
      bookDeltas: this.deltas,
    };
    return { edgeId, seq, batch, events: this.events };
  }
}
