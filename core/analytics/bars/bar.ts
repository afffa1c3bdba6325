/**
 * The trade that bars are built from and the bar itself. Times are integer ns of the venue's clock, so bars
 * built live, replayed from ClickHouse or rebuilt from a capture come out identical.
 */

export type TradeSide = "buy" | "sell" | "unknown";

export interface Trade {
  readonly venue: string;
  /** Unified ccxt spelling. */
  readonly symbol: string;
  /** Venue time, ns since the epoch. */
  readonly timeNs: bigint;
  readonly price: number;
  readonly size: number;
  /** Aggressor side; "unknown" counts in volume but in neither buy nor sell volume. */
  readonly side: TradeSide;
  readonly tradeId: string;
}

export interface Bar {
  readonly venue: string;
  readonly symbol: string;
  readonly timeframe: string;
  /** Inclusive start, ns. */
  readonly openTimeNs: bigint;
  /** Exclusive end, ns: the instant the bar closes. */
  readonly closeTimeNs: bigint;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  /** Base volume. */
  readonly volume: number;
  /** Σ price × size. */
  readonly quoteVolume: number;
  /** quoteVolume / volume; NaN for a bar without trades. */
  readonly vwap: number;
  readonly tradeCount: number;
  readonly buyVolume: number;
  readonly sellVolume: number;
  /** 0 when first closed; +1 for each amendment by a late trade inside the grace window. */
  readonly revision: number;
}
