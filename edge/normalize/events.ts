/**
 * Normalized market events: what every venue adapter emits and the uplink batches to the core.
 *
 * Times are exact integer nanoseconds since the epoch as `bigint` (a JS number above 2^53 silently
 * rounds). Update ids are JS numbers: every venue we handle keeps them below 2^53, and the uplink
 * refuses to encode one that is not a safe integer rather than round it.
 */

/** Aggressor (taker) side. */
export type Side = "buy" | "sell";

export interface Instrument {
  /** Venue id including market kind, e.g. "binance", "binance-usdm", "bybit-linear". */
  readonly venue: string;
  /** Unified ccxt spelling: "BTC/USDT", "BTC/USDT:USDT". */
  readonly symbol: string;
  /** The venue's own id, e.g. "BTCUSDT". */
  readonly venueSymbol: string;
}

interface Stamped {
  readonly instrument: Instrument;
  /** Venue's event time, ns. */
  readonly venueTimeNs: bigint;
  /** Edge receive time, ns (raw edge clock; the clock offset travels separately). */
  readonly receiveTimeNs: bigint;
}

export interface TradeEvent extends Stamped {
  readonly type: "trade";
  readonly tradeId: string;
  readonly price: number;
  readonly size: number;
  readonly side: Side;
}

/** [price, size]; size 0 deletes the level in a delta. */
export type Level = readonly [price: number, size: number];

export interface BookEvent extends Stamped {
  readonly type: "book";
  /** True: the full book (replace). False: a delta to apply on the previous state. */
  readonly snapshot: boolean;
  /** Venue update ids (0 where the venue has none). */
  readonly firstUpdateId: number;
  readonly lastUpdateId: number;
  readonly prevUpdateId: number;
  readonly bids: readonly Level[];
  readonly asks: readonly Level[];
}

export interface BboEvent extends Stamped {
  readonly type: "bbo";
  readonly updateId: number;
  readonly bidPrice: number;
  readonly bidSize: number;
  readonly askPrice: number;
  readonly askSize: number;
}

/** Perpetual/futures state as the venue publishes it; NaN where a field is not published. */
export interface DerivativeTickerEvent extends Stamped {
  readonly type: "derivative";
  readonly fundingRate: number;
  /** Next funding time, ns; 0n when unknown. */
  readonly nextFundingTimeNs: bigint;
  readonly markPrice: number;
  readonly indexPrice: number;
  /** Open interest in contracts or base units, as the venue states it. */
  readonly openInterest: number;
}

export interface LiquidationEvent extends Stamped {
  readonly type: "liquidation";
  /** Side of the liquidation order (a long being liquidated sells). */
  readonly side: Side;
  readonly price: number;
  readonly size: number;
}

export type MarketEvent = TradeEvent | BookEvent | BboEvent | DerivativeTickerEvent | LiquidationEvent;

/** Where adapters put what they produce. Only books known to be valid may reach `book`. */
export interface EventSink {
  (event: MarketEvent): void;
}

export type Severity = "GREEN" | "YELLOW" | "RED";

/** Health of one connection or book, sent to the core beside the market events (proto EdgeHealth). */
export interface HealthEvent {
  readonly venue: string;
  /** Unified symbol; "" for connection-level health. */
  readonly symbol: string;
  readonly connection: string;
  /** Edge clock, ns. */
  readonly timeNs: bigint;
  readonly severity: Severity;
  readonly reason: string;
  /** Estimated venue clock minus edge clock, ns. */
  readonly clockOffsetNs: bigint;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly messagesPerSecond: number;
  readonly reconnects: number;
  readonly resyncs: number;
  readonly gaps: number;
  readonly checksumFailures: number;
  readonly malformed: number;
  readonly dropped: number;
  /** Venue- or check-specific figures. */
  readonly metrics: Readonly<Record<string, number>>;
}
