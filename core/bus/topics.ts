/** The core bus's topics and their payloads. Later stages (signals, risk) add theirs here. */
import type { ingest } from "../../proto/gen/proto.js";
import type { Bar } from "../analytics/bars/bar.ts";
import type { FusedQuote } from "../analytics/fusion/quote-types.ts";
import type { RegimeChangeAlert } from "../analytics/regime/regime-detector.ts";
import type { RegimeProbabilities } from "../analytics/regime/regimes.ts";

export interface IngestedBatch {
  readonly edgeId: string;
  readonly seq: number;
  /** The decoded columnar batch; core/analytics/live/batch-walker.ts walks its events in time order. */
  readonly batch: ingest.v1.TickBatch;
  /** Core clock when the batch was decoded, ns. */
  readonly receivedNs: bigint;
}

/** A bar of one (venue, symbol, timeframe), closed on event time (bars/bar-aggregator.ts has the rules). */
export interface BarClosed {
  /**
   * "closed": first version (revision 0), what was known at the close; "amended": a late trade inside the
   * grace window changed it (revision + 1; the bars table keeps the highest revision).
   */
  readonly kind: "closed" | "amended";
  readonly bar: Bar;
}

/** One feature vector per symbol per closed base bar (revision 0), in schema order. */
export interface FeatureVector {
  readonly venue: string;
  readonly symbol: string;
  /** The base timeframe (the schema's `baseTimeframe`). */
  readonly timeframe: string;
  /** The closed base bar the vector describes. */
  readonly bar: Bar;
  readonly schemaVersion: string;
  /** sha256 of the schema (features/feature-schema.ts): models refuse vectors of another hash. */
  readonly schemaHash: string;
  readonly dtype: "float64" | "float32";
  /** Values in schema order, NaN where missing; rounded to float32 values when dtype is float32. */
  readonly vector: Float64Array;
}

/** A regime change of one (venue, symbol): forward-filtered, so it depends on bars up to its own alone. */
export interface RegimeChange {
  readonly venue: string;
  /** Symbol, timeframe, from → to, severity, source, confidence, message; `timeNs` is the bar's open. */
  readonly alert: RegimeChangeAlert;
  /** Close time of the bar that caused the change, ns. */
  readonly closeTimeNs: bigint;
  /** Filtered probability per regime (one-hot on the rule's verdict without an HMM model). */
  readonly probabilities: RegimeProbabilities;
}

export interface CoreTopics {
  /** A batch accepted from an edge (before it is durable: analytics should not wait on storage). */
  "ingest.batch": IngestedBatch;
  /** Closed and amended bars of every configured timeframe. */
  "bars.closed": BarClosed;
  /** Feature vectors, one per symbol per closed bar of each configured feature timeframe. */
  "features.vector": FeatureVector;
  /** Regime changes (the alert) per symbol on the regime timeframe. */
  "regime.change": RegimeChange;
  /** One consolidated quote per symbol across venues, at most once per fusion interval. */
  "quote.fused": FusedQuote;
}
