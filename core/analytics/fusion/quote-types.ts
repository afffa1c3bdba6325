/**
 * The shapes that cross-venue quote fusion consumes and produces.
 *
 * Inputs mirror the edge's normalized BBO and health events (edge/normalize/events.ts) minus the
 * fields fusion does not read, so the bus can hand them over unchanged.
 */
import type { Severity } from "../../../edge/normalize/events.ts";

export type { Severity };

/** One venue's best bid/ask for a symbol. */
export interface VenueQuote {
  readonly venue: string;
  /** Unified ccxt symbol. Venues are fused only when they carry the same symbol string. */
  readonly symbol: string;
  /** Edge receive time, ns: the clock staleness is measured on. */
  readonly receiveTimeNs: bigint;
  readonly venueTimeNs: bigint;
  readonly bidPrice: number;
  readonly bidSize: number;
  readonly askPrice: number;
  readonly askSize: number;
}

/** The subset of an edge HealthEvent fusion weighs sources by. symbol "" = the whole venue connection. */
export interface SourceHealth {
  readonly venue: string;
  readonly symbol: string;
  readonly severity: Severity;
  readonly latencyP99Ms: number;
  /** Edge clock, ns, when the health was measured (old health counts as unknown). */
  readonly timeNs?: bigint;
  readonly gaps?: number;
  readonly checksumFailures?: number;
  readonly malformed?: number;
  readonly dropped?: number;
  readonly resyncs?: number;
}

export type ExclusionReason = "stale" | "red_health" | "outlier" | "invalid";

export interface ChosenSource {
  readonly venue: string;
  /** Share of the fused price, Σ = 1 over chosen sources. */
  readonly weight: number;
  readonly mid: number;
  readonly ageMs: number;
  readonly severity: Severity | "UNKNOWN";
}

export interface ExcludedSource {
  readonly venue: string;
  readonly reason: ExclusionReason;
  readonly detail: string;
}

export interface FusedQuote {
  readonly type: "fused_quote";
  readonly symbol: string;
  /** The fusion time (caller's receive-clock now), ns. */
  readonly timeNs: bigint;
  /** Weighted across chosen sources. */
  readonly bidPrice: number;
  readonly askPrice: number;
  readonly midPrice: number;
  /** Highest bid / lowest ask among chosen sources (may cross when venues disagree, e.g. spot vs perp basis). */
  readonly bestBid: { readonly venue: string; readonly price: number; readonly size: number };
  readonly bestAsk: { readonly venue: string; readonly price: number; readonly size: number };
  /** 1 = several healthy venues agree exactly; toward 0 = dispersed, few or excluded sources. */
  readonly consistency: number;
  /** Sorted by venue name. */
  readonly sources: ChosenSource[];
  readonly excluded: ExcludedSource[];
}
