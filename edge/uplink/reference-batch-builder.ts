/**
 * Test and bench support only: the batch builder as it was before batch-builder.ts wrote its columns
 * as wire bytes, i.e. plain arrays encoded by protobufjs' generated `TickBatch.encode`. Tests decode
 * both builders' bytes and compare; bench/uplink-batch.ts times both.
 */
import { ingest, market } from "../../proto/gen/proto.js";
import type { HealthEvent, Instrument, MarketEvent } from "../normalize/events.ts";
import { type BatchCounts, type SealedBatch, VENUE_TIME_UNKNOWN_DELTA } from "./batch-builder.ts";

const SIDE = { buy: market.v1.Side.SIDE_BUY, sell: market.v1.Side.SIDE_SELL } as const;
const SEVERITY = {
  GREEN: market.v1.Severity.SEVERITY_GREEN,
  YELLOW: market.v1.Severity.SEVERITY_YELLOW,
  RED: market.v1.Severity.SEVERITY_RED,
} as const;

function bookColumns() {
  return {
    instrument: [] as number[],
    venueTimeDeltaNs: [] as number[],
    receiveTimeDeltaNs: [] as number[],
    firstUpdateId: [] as number[],
    lastUpdateId: [] as number[],
    prevUpdateId: [] as number[],
    levelCount: [] as number[],
    levelIsBid: [] as boolean[],
    levelPrice: [] as number[],
    levelSize: [] as number[],
  };
}

/** Indexed, not destructuring iteration: snapshots carry thousands of levels. */
function pushLevels(b: ReturnType<typeof bookColumns>, levels: readonly (readonly [number, number])[], isBid: boolean): void {
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i];
    b.levelIsBid.push(isBid);
    b.levelPrice.push(level[0]);
    b.levelSize.push(level[1]);
  }
}

function safeId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 0) {
    throw new RangeError(`update id ${id} is not a non-negative safe integer (wire contract)`);
  }
  return id;
}

export class ReferenceBatchBuilder {
  private instruments: Instrument[] = [];
  /** Adapters normally reuse one Instrument object per symbol; the key map catches those that don't. */
  private instrumentIndex = new Map<Instrument, number>();
  private instrumentKeyIndex = new Map<string, number>();
  private baseMs = 0n;
  private baseNs = 0n;
  private events = 0;
  private firstReceiveNs = 0n;
  private openedUs = 0;
  private trades = this.emptyTrades();
  private deltas = bookColumns();
  private snapshots = bookColumns();
  private bbos = this.emptyBbos();
  private derivatives: ingest.v1.IDerivativeRow[] = [];
  private liquidations: ingest.v1.ILiquidationRow[] = [];
  private health: market.v1.IEdgeHealth[] = [];

  constructor(private readonly edgeId: string) {}

  /** Events (market + health) in the open batch. */
  get size(): number {
    return this.events;
  }

  add(event: MarketEvent): void {
    this.start(event.receiveTimeNs);
    const ins = this.instrumentOf(event.instrument);
    const venueDelta = event.venueTimeNs === 0n ? VENUE_TIME_UNKNOWN_DELTA : Number(event.venueTimeNs - this.baseNs);
    const receiveDelta = Number(event.receiveTimeNs - this.baseNs);
    switch (event.type) {
      case "trade": {
        const t = this.trades;
        t.instrument.push(ins);
        t.venueTimeDeltaNs.push(venueDelta);
        t.receiveTimeDeltaNs.push(receiveDelta);
        t.tradeId.push(event.tradeId);
        t.price.push(event.price);
        t.size.push(event.size);
        t.side.push(SIDE[event.side]);
        break;
      }
      case "book": {
        const b = event.snapshot ? this.snapshots : this.deltas;
        b.instrument.push(ins);
        b.venueTimeDeltaNs.push(venueDelta);
        b.receiveTimeDeltaNs.push(receiveDelta);
        b.firstUpdateId.push(safeId(event.firstUpdateId));
        b.lastUpdateId.push(safeId(event.lastUpdateId));
        b.prevUpdateId.push(safeId(event.prevUpdateId));
        b.levelCount.push(event.bids.length + event.asks.length);
        pushLevels(b, event.bids, true);
        pushLevels(b, event.asks, false);
        break;
      }
      case "bbo": {
        const q = this.bbos;
        q.instrument.push(ins);
        q.venueTimeDeltaNs.push(venueDelta);
        q.receiveTimeDeltaNs.push(receiveDelta);
        q.updateId.push(safeId(event.updateId));
        q.bidPrice.push(event.bidPrice);
        q.bidSize.push(event.bidSize);
        q.askPrice.push(event.askPrice);
        q.askSize.push(event.askSize);
        break;
      }
      case "derivative":
        this.derivatives.push({
          instrument: ins,
          venueTimeDeltaNs: venueDelta,
          receiveTimeDeltaNs: receiveDelta,
          fundingRate: event.fundingRate,
          hasNextFundingTime: event.nextFundingTimeNs !== 0n,
          nextFundingTimeDeltaNs: event.nextFundingTimeNs === 0n ? 0 : Number(event.nextFundingTimeNs - this.baseNs),
          markPrice: event.markPrice,
          indexPrice: event.indexPrice,
          openInterest: event.openInterest,
        });
        break;
      case "liquidation":
        this.liquidations.push({
          instrument: ins,
          venueTimeDeltaNs: venueDelta,
          receiveTimeDeltaNs: receiveDelta,
          side: SIDE[event.side],
          price: event.price,
          size: event.size,
        });
        break;
    }
    this.events++;
  }

  addHealth(edgeHealth: HealthEvent): void {
    this.start(edgeHealth.timeNs);
    this.health.push({
      edgeId: this.edgeId,
      venue: edgeHealth.venue,
      symbol: edgeHealth.symbol,
      connection: edgeHealth.connection,
      timeDeltaNs: Number(edgeHealth.timeNs - this.baseNs),
      severity: SEVERITY[edgeHealth.severity],
      reason: edgeHealth.reason,
      clockOffsetNs: Number(edgeHealth.clockOffsetNs),
      latencyP50Ms: edgeHealth.latencyP50Ms,
      latencyP99Ms: edgeHealth.latencyP99Ms,
      messagesPerSecond: edgeHealth.messagesPerSecond,
      reconnects: edgeHealth.reconnects,
      resyncs: edgeHealth.resyncs,
      gaps: edgeHealth.gaps,
      checksumFailures: edgeHealth.checksumFailures,
      malformed: edgeHealth.malformed,
      dropped: edgeHealth.dropped,
      metrics: { ...edgeHealth.metrics },
    });
    this.events++;
  }

  /** Encode the open batch with `seq` and start a new one. Null when empty. */
  seal(seq: number, traceparent: string, nowNs: bigint): SealedBatch | null {
    if (this.events === 0) return null;
    const counts: BatchCounts = {
      trades: this.trades.instrument.length,
      bookDeltas: this.deltas.instrument.length,
      bookSnapshots: this.snapshots.instrument.length,
      bbos: this.bbos.instrument.length,
      derivatives: this.derivatives.length,
      liquidations: this.liquidations.length,
      health: this.health.length,
    };
    const bytes = ingest.v1.TickBatch.encode({
      edgeId: this.edgeId,
      seq,
      baseTimeMs: Number(this.baseMs),
      instruments: this.instruments,
      trades: this.trades,
      bookDeltas: this.deltas,
      bookSnapshots: this.snapshots,
      bbos: this.bbos,
      health: this.health,
      derivatives: this.derivatives,
      liquidations: this.liquidations,
      traceparent,
      sentTimeUs: Number(nowNs / 1000n),
      openedTimeUs: this.openedUs,
    }).finish();
    const sealed = { seq, bytes, counts, firstReceiveNs: this.firstReceiveNs };
    this.reset();
    return sealed;
  }

  private start(timeNs: bigint): void {
    if (this.events > 0) return;
    this.openedUs = Math.round((performance.timeOrigin + performance.now()) * 1000);
    this.baseMs = timeNs / 1_000_000n;
    this.baseNs = this.baseMs * 1_000_000n;
    this.firstReceiveNs = timeNs;
  }

  private instrumentOf(instrument: Instrument): number {
    let index = this.instrumentIndex.get(instrument);
    if (index !== undefined) return index;
    const key = `${instrument.venue}\u0000${instrument.symbol}\u0000${instrument.venueSymbol}`;
    index = this.instrumentKeyIndex.get(key);
    if (index === undefined) {
      index = this.instruments.length;
      this.instruments.push(instrument);
      this.instrumentKeyIndex.set(key, index);
    }
    this.instrumentIndex.set(instrument, index);
    return index;
  }

  private reset(): void {
    this.instruments = [];
    this.instrumentIndex = new Map();
    this.instrumentKeyIndex = new Map();
    this.events = 0;
    this.trades = this.emptyTrades();
    this.deltas = bookColumns();
    this.snapshots = bookColumns();
    this.bbos = this.emptyBbos();
    this.derivatives = [];
    this.liquidations = [];
    this.health = [];
  }

  private emptyTrades() {
    return {
      instrument: [] as number[],
      venueTimeDeltaNs: [] as number[],
      receiveTimeDeltaNs: [] as number[],
      tradeId: [] as string[],
      price: [] as number[],
      size: [] as number[],
      side: [] as number[],
    };
  }

  private emptyBbos() {
    return {
      instrument: [] as number[],
      venueTimeDeltaNs: [] as number[],
      receiveTimeDeltaNs: [] as number[],
      updateId: [] as number[],
      bidPrice: [] as number[],
      bidSize: [] as number[],
      askPrice: [] as number[],
      askSize: [] as number[],
    };
  }
}
