/**
 * The live analytics engine: ingest batches in, bars / feature vectors / regime changes / fused quotes out on
 * the bus. It holds no logic of its own beyond routing: bars are bars/MarketBars, vectors the exporter's
 * FeatureUniverse (fed trades and books exactly as `npm run features` feeds it, so live == export), regimes
 * regime/RegimeDetector (forward filter only), quotes fusion/QuoteFuser.
 *
 * Time: everything runs on event time (venue time, receive time where the venue gave none; batch-walker.ts).
 * Each venue has a watermark, the latest event time seen on it; every event pushes it into that venue's bars
 * and feature clock, so a quiet symbol's bars close when the venue's other streams move on (bars/watermark-
 * gate.ts keeps that O(1)). When a whole venue falls silent, `onIdle` carries its watermark forward by the
 * core's monotonic time elapsed since its last event minus `idleCloseMs`: its last bars close that long after
 * their end, without reading a wall clock. A trade still behind the watermark amends the last bar within the
 * grace window or is counted late (bars/bar-aggregator.ts).
 *
 * Bad input never throws out of here: unknown instruments, non-finite prices, crossed books, bad health are
 * counted in `stats()` and skipped.
 *
 * The same engine replays stored ticks (stored-batches.ts): `silent` for a warm start (warm-start.ts), which
 * rebuilds its state without publishing again what went out before a restart; on a private bus for a dataset
 * export (features/dataset-export.ts), so training data comes from this code and no other.
 */
import type { ingest, market } from "../../../proto/gen/proto.js";
import type { EventBus } from "../../bus/event-bus.ts";
import type { CoreTopics, IngestedBatch } from "../../bus/topics.ts";
import type { AnalyticsConfig } from "../../config/core-config.ts";
import type { BarEvent } from "../bars/bar-aggregator.ts";
import type { Trade, TradeSide } from "../bars/bar.ts";
import { MarketBars } from "../bars/market-bars.ts";
import type { SymbolBars } from "../bars/symbol-bars.ts";
import { featureLayout } from "../features/feature-layout.ts";
import { featureSchema, type FeatureSchema } from "../features/feature-schema.ts";
import { FeatureUniverse, type FeatureRow } from "../features/feature-universe.ts";
import { QuoteFuser } from "../fusion/quote-fuser.ts";
import type { Severity, VenueQuote } from "../fusion/quote-types.ts";
import type { FittedRegimeModel } from "../regime/regime-fit.ts";
import { type RegimeChangeAlert, RegimeDetector } from "../regime/regime-detector.ts";
import { REGIMES } from "../regime/regimes.ts";
import { BatchWalker, type BatchVisitor, type BookLevels, type WalkStats } from "./batch-walker.ts";
import { LiveBook } from "./live-book.ts";

const MS = 1_000_000n;
const SEVERITIES: readonly (Severity | undefined)[] = [undefined, "GREEN", "YELLOW", "RED"];

export interface AnalyticsEngineOptions {
  readonly config: AnalyticsConfig;
  readonly bus: EventBus<CoreTopics>;
  /** A fitted regime model (else the rule classifier decides). */
  readonly regimeModel?: FittedRegimeModel;
}

export interface AnalyticsStats {
  batches: number;
  /** Events walked (trades, book events, BBOs, health reports). */
  events: number;
  trades: number;
  bookEvents: number;
  bbos: number;
  healthReports: number;
  barsClosed: number;
  barsAmended: number;
  /** Late trades beyond the grace window, one per (trade, timeframe): kept in the tick store, not in bars. */
  lateTrades: number;
  featuresEmitted: number;
  regimeUpdates: number;
  regimeChanges: number;
  /** Current regime counts over (venue, symbol). */
  regimes: Record<string, number>;
  fusedQuotes: number;
  /** Venue quotes excluded from a published fused quote as cross-venue price outliers. */
  fusionOutliers: number;
  /** Watermark moves made by `onIdle` (silent venues). */
  idleAdvances: number;
  /** Bars, vectors, regime changes and fused quotes computed while `silent` (a warm start's replay), not published. */
  silenced: number;
  /** Counted skips, by reason. */
  skipped: {
    unknownInstrument: number;
    badInstrument: number;
    badTrade: number;
    badQuote: number;
    badBookLevel: number;
    bookBeforeSnapshot: number;
    crossedBook: number;
    badHealth: number;
    badTime: number;
    malformedColumns: number;
  };
  venueTimeMissing: number;
  venueTimeSkewed: number;
  venues: number;
  instruments: number;
  /** Engine CPU time, ns, and per event (the hot path's cost). */
  busyNs: number;
  nsPerEvent: number;
}

/** Per venue: its bars, feature universes (one per feature timeframe) and event-time watermark. */
class VenueState {
  /** Latest event time seen on this venue, ns. */
  eventWatermarkNs = -1n;
  /** The watermark pushed into bars and features (≥ eventWatermarkNs after an idle advance). */
  watermarkNs = -1n;
  /** Core monotonic time when `eventWatermarkNs` last moved. */
  movedAtMonoNs = 0n;

  constructor(
    readonly venue: string,
    readonly bars: MarketBars,
    readonly universes: readonly FeatureUniverse[],
  ) {}
}

/** Per (venue, symbol): cached handles so the hot path does no map lookups. */
class InstrumentState {
  book: LiveBook | undefined;
  /** A one-level book view reused for BBOs of instruments without a full book. */
  readonly top = { bids: { prices: [NaN], sizes: [NaN] }, asks: { prices: [NaN], sizes: [NaN] } };
  regime: RegimeDetector | undefined;

  constructor(
    readonly venue: VenueState,
    readonly symbol: string,
    readonly bars: SymbolBars,
  ) {}
}

/** An ingest batch as on the bus, or one rebuilt from the tick store (a plain object of the same shape). */
export type EngineBatch = Omit<IngestedBatch, "batch"> & { readonly batch: ingest.v1.ITickBatch };

export class AnalyticsEngine implements BatchVisitor {
  /**
   * While true (a warm start replaying stored ticks) the engine builds bars, features, regimes and quotes as
   * usual but publishes nothing: those went out before the restart, and bars must not be stored twice.
   */
  silent = false;
  private readonly config: AnalyticsConfig;
  private readonly bus: EventBus<CoreTopics>;
  private readonly regimeModel: FittedRegimeModel | undefined;
  private readonly walker: BatchWalker;
  readonly schemas: readonly FeatureSchema[];
  private readonly venues = new Map<string, VenueState>();
  private readonly instruments = new Map<string, InstrumentState>();
  private readonly fuser: QuoteFuser | undefined;
  private readonly graceNs: bigint;
  private readonly idleNs: bigint;
  private readonly fusionIntervalNs: bigint;
  /** Symbols with a new quote since their last fused quote, and when each was last fused (receive clock). */
  private readonly dirtyQuotes = new Set<string>();
  private readonly lastFusedNs = new Map<string, bigint>();
  /** Latest edge receive time seen: the clock fusion measures quote age on. */
  private receiveClockNs = -1n;
  /** The current batch's instruments, resolved once per batch. */
  private batchInstruments: (InstrumentState | undefined)[] = [];
  private batchMonoNs = 0n;
  private pendingAlert: RegimeChangeAlert | undefined;
  private readonly counters: Omit<AnalyticsStats, "regimes" | "venueTimeMissing" | "venueTimeSkewed" | "venues" | "instruments" | "nsPerEvent"> & { skipped: AnalyticsStats["skipped"] };
  private readonly regimeCounts = new Map<string, number>(REGIMES.map((r) => [r, 0]));

  constructor(options: AnalyticsEngineOptions) {
    this.config = options.config;
    this.bus = options.bus;
    this.regimeModel = options.regimeModel;
    this.walker = new BatchWalker(options.config.maxClockSkewMs * 1_000_000);
    this.graceNs = BigInt(options.config.graceMs) * MS;
    this.idleNs = BigInt(options.config.idleCloseMs) * MS;
    this.fusionIntervalNs = BigInt(options.config.fusion.intervalMs) * MS;
    const f = options.config.features;
    this.schemas = f.enabled
      ? f.timeframes.map((tf) => featureSchema(featureLayout({ baseTimeframe: tf, contextTimeframes: f.contextTimeframes, dtype: f.dtype })))
      : [];
    if (options.config.fusion.enabled) {
      const { enabled: _e, intervalMs: _i, ...fuserConfig } = options.config.fusion;
      this.fuser = new QuoteFuser(fuserConfig);
    }
    this.counters = {
      batches: 0,
      events: 0,
      trades: 0,
      bookEvents: 0,
      bbos: 0,
      healthReports: 0,
      barsClosed: 0,
      barsAmended: 0,
      lateTrades: 0,
      featuresEmitted: 0,
      regimeUpdates: 0,
      regimeChanges: 0,
      fusedQuotes: 0,
      fusionOutliers: 0,
      idleAdvances: 0,
      silenced: 0,
      skipped: { unknownInstrument: 0, badInstrument: 0, badTrade: 0, badQuote: 0, badBookLevel: 0, bookBeforeSnapshot: 0, crossedBook: 0, badHealth: 0, badTime: 0, malformedColumns: 0 },
      busyNs: 0,
    };
  }

  /** Processes one ingest batch (the "ingest.batch" subscriber; core/analytics/live/live-analytics.ts defers it). */
  onBatch(event: EngineBatch): void {
    const started = process.hrtime.bigint();
    this.counters.batches++;
    this.batchMonoNs = event.receivedNs;
    this.resolveInstruments(event.batch);
    this.walker.walk(event.batch, this);
    this.publishFused();
    this.counters.busyNs += Number(process.hrtime.bigint() - started);
  }

  /** Moves a venue's watermark to `timeNs` (event time), closing every bar and feature vector that ended. */
  advanceVenue(venue: string, timeNs: bigint): void {
    const state = this.venues.get(venue);
    if (state) this.pushWatermark(state, timeNs);
  }

  /** `advanceVenue` for every venue seen (the end of a replayed period). */
  advanceAll(timeNs: bigint): void {
    for (const state of this.venues.values()) this.pushWatermark(state, timeNs);
  }

  /**
   * The idle clock: for every venue silent for longer than `idleCloseMs` of core monotonic time, carries the
   * watermark to (last event time + time elapsed since − idleCloseMs). Call it every second or so.
   */
  onIdle(nowMonoNs: bigint = process.hrtime.bigint()): void {
    if (this.idleNs === 0n) return;
    for (const state of this.venues.values()) {
      if (state.eventWatermarkNs < 0n) continue;
      const estimate = state.eventWatermarkNs + (nowMonoNs - state.movedAtMonoNs) - this.idleNs;
      if (estimate > state.watermarkNs) {
        this.counters.idleAdvances++;
        this.pushWatermark(state, estimate);
      }
    }
  }

  stats(): AnalyticsStats {
    const w: WalkStats = this.walker.stats;
    const c = this.counters;
    return {
      ...c,
      skipped: { ...c.skipped, unknownInstrument: c.skipped.unknownInstrument + w.unknownInstrument, badTime: w.badTime, malformedColumns: w.malformedColumns },
      regimes: Object.fromEntries(this.regimeCounts),
      venueTimeMissing: w.venueTimeMissing,
      venueTimeSkewed: w.venueTimeSkewed,
      venues: this.venues.size,
      instruments: this.instruments.size,
      nsPerEvent: c.events > 0 ? Math.round(c.busyNs / c.events) : 0,
    };
  }

  // ---- batch visitor (hot path) ----

  trade(instrument: number, timeNs: bigint, price: number, size: number, side: TradeSide, tradeId: string): void {
    const inst = this.batchInstruments[instrument];
    this.counters.events++;
    if (inst === undefined) {
      this.counters.skipped.badInstrument++;
      return;
    }
    if (!(price > 0) || !(size >= 0) || price === Infinity || size === Infinity || timeNs < 0n) {
      this.counters.skipped.badTrade++;
      return;
    }
    this.counters.trades++;
    const venue = inst.venue;
    const trade: Trade = { venue: venue.venue, symbol: inst.symbol, timeNs, price, size, side, tradeId };
    this.observe(venue, timeNs);
    venue.bars.addTo(inst.bars, trade);
    for (let i = 0; i < venue.universes.length; i++) venue.universes[i].onTrade(trade);
  }

  book(instrument: number, timeNs: bigint, receiveNs: bigint, snapshot: boolean, levels: BookLevels, from: number, count: number): void {
    const inst = this.batchInstruments[instrument];
    this.counters.events++;
    if (inst === undefined) {
      this.counters.skipped.badInstrument++;
      return;
    }
    this.counters.bookEvents++;
    const venue = inst.venue;
    this.observe(venue, timeNs);
    const book = (inst.book ??= new LiveBook(this.config.maxBookLevels));
    if (!snapshot && !book.synced) {
      this.counters.skipped.bookBeforeSnapshot++;
      return;
    }
    // Close what ended before this event while the book still shows its state from before it; settle the
    // deferred reduction first when this event may change the book in a way the features will not see.
    const universes = venue.universes;
    for (let i = 0; i < universes.length; i++) universes[i].advance(timeNs);
    this.counters.skipped.badBookLevel += book.stage(snapshot, levels, from, count);
    if (universes.length > 0 && (snapshot || book.mayBreak())) for (let i = 0; i < universes.length; i++) universes[i].settleBook(inst.symbol);
    book.commit();
    if (!book.usable()) {
      if (book.crossed()) this.counters.skipped.crossedBook++;
      return;
    }
    const b = book.book;
    const bestBid = b.bestBid()!;
    const bestAsk = b.bestAsk()!;
    const bidSize = book.bestBidSize();
    const askSize = book.bestAskSize();
    for (let i = 0; i < universes.length; i++) universes[i].onBookDeferred(inst.symbol, timeNs, bestBid, bidSize, bestAsk, askSize, book);
    if (this.fuser) {
      if (receiveNs > this.receiveClockNs) this.receiveClockNs = receiveNs;
      this.fuser.onQuote({ venue: venue.venue, symbol: inst.symbol, receiveTimeNs: receiveNs, venueTimeNs: timeNs, bidPrice: bestBid, bidSize, askPrice: bestAsk, askSize });
      this.dirtyQuotes.add(inst.symbol);
    }
  }

  bbo(instrument: number, timeNs: bigint, receiveNs: bigint, bidPrice: number, bidSize: number, askPrice: number, askSize: number): void {
    const inst = this.batchInstruments[instrument];
    this.counters.events++;
    if (inst === undefined) {
      this.counters.skipped.badInstrument++;
      return;
    }
    if (!(bidPrice > 0) || !(askPrice > bidPrice) || !(bidSize >= 0) || !(askSize >= 0) || askPrice === Infinity || bidSize === Infinity || askSize === Infinity) {
      this.counters.skipped.badQuote++;
      return;
    }
    this.counters.bbos++;
    const venue = inst.venue;
    this.observe(venue, timeNs);
    if (receiveNs > this.receiveClockNs) this.receiveClockNs = receiveNs;
    if (this.fuser) {
      const quote: VenueQuote = { venue: venue.venue, symbol: inst.symbol, receiveTimeNs: receiveNs, venueTimeNs: timeNs, bidPrice, bidSize, askPrice, askSize };
      this.fuser.onQuote(quote);
      this.dirtyQuotes.add(inst.symbol);
    }
    // A full book, when the venue sends one, is the better input for the book features.
    if (inst.book?.synced || venue.universes.length === 0) return;
    for (let i = 0; i < venue.universes.length; i++) venue.universes[i].advance(timeNs);
    const top = inst.top;
    top.bids.prices[0] = bidPrice;
    top.bids.sizes[0] = bidSize;
    top.asks.prices[0] = askPrice;
    top.asks.sizes[0] = askSize;
    for (let i = 0; i < venue.universes.length; i++) venue.universes[i].onBook(inst.symbol, timeNs, top);
  }

  health(report: market.v1.IEdgeHealth, timeNs: bigint): void {
    this.counters.healthReports++;
    const severity = SEVERITIES[report.severity ?? 0];
    if (!report.venue || severity === undefined) {
      this.counters.skipped.badHealth++;
      return;
    }
    this.fuser?.onHealth({
      venue: report.venue,
      symbol: report.symbol ?? "",
      severity,
      latencyP99Ms: report.latencyP99Ms ?? NaN,
      timeNs,
      gaps: report.gaps ?? 0,
      checksumFailures: report.checksumFailures ?? 0,
      malformed: report.malformed ?? 0,
      dropped: report.dropped ?? 0,
      resyncs: report.resyncs ?? 0,
    });
  }

  // ---- internals ----

  private resolveInstruments(batch: ingest.v1.ITickBatch): void {
    const list = batch.instruments ?? [];
    const resolved = (this.batchInstruments = new Array(list.length));
    for (let i = 0; i < list.length; i++) {
      const { venue, symbol } = list[i];
      // An entry without venue or symbol resolves to nothing; its events are counted as badInstrument.
      if (venue && symbol) resolved[i] = this.instrument(venue, symbol);
    }
  }

  private instrument(venue: string, symbol: string): InstrumentState {
    const key = `${venue}\u0000${symbol}`;
    let inst = this.instruments.get(key);
    if (!inst) {
      const state = this.venue(venue);
      inst = new InstrumentState(state, symbol, state.bars.symbolBars(venue, symbol));
      this.instruments.set(key, inst);
    }
    return inst;
  }

  private venue(venue: string): VenueState {
    let state = this.venues.get(venue);
    if (!state) {
      const c = this.config;
      const bars = new MarketBars((e) => this.onBar(e), c.timeframes, { graceNs: this.graceNs, fillEmpty: c.fillEmpty });
      // Exactly the exporter's universe (dataset-export.ts): same layout, same reference, default bar options.
      const universes = this.schemas.map((schema) => {
        const layout = featureLayout({ baseTimeframe: schema.baseTimeframe, contextTimeframes: [...schema.contextTimeframes], dtype: schema.dtype });
        return new FeatureUniverse(layout, (row) => this.onFeatures(schema, row), { reference: c.features.reference });
      });
      state = new VenueState(venue, bars, universes);
      this.venues.set(venue, state);
    }
    return state;
  }

  /** An event at `timeNs` on `venue`: moves its watermark (and the bars of its quiet symbols). */
  private observe(venue: VenueState, timeNs: bigint): void {
    if (timeNs <= venue.eventWatermarkNs) return;
    venue.eventWatermarkNs = timeNs;
    venue.movedAtMonoNs = this.batchMonoNs;
    if (timeNs > venue.watermarkNs) {
      venue.watermarkNs = timeNs;
      venue.bars.advance(timeNs);
    }
  }

  private pushWatermark(venue: VenueState, timeNs: bigint): void {
    if (timeNs <= venue.watermarkNs) return;
    venue.watermarkNs = timeNs;
    venue.bars.advance(timeNs);
    for (const universe of venue.universes) universe.advance(timeNs);
  }

  private onBar(event: BarEvent): void {
    if (event.kind === "late") {
      this.counters.lateTrades++;
      return;
    }
    if (this.silent) this.counters.silenced++;
    else {
      if (event.kind === "closed") this.counters.barsClosed++;
      else this.counters.barsAmended++;
      this.bus.publish("bars.closed", event);
    }
    const bar = event.bar;
    if (event.kind !== "closed" || !this.config.regime.enabled || bar.timeframe !== this.config.regime.timeframe) return;
    const inst = this.instruments.get(`${bar.venue}\u0000${bar.symbol}`);
    if (!inst) return;
    const detector = (inst.regime ??= new RegimeDetector({
      symbol: bar.symbol,
      timeframe: bar.timeframe,
      minConfidence: this.config.regime.minConfidence,
      model: this.regimeModel,
      onChange: (alert) => (this.pendingAlert = alert),
    }));
    const before = detector.regime;
    const snapshot = detector.update({ timeNs: bar.openTimeNs, close: bar.close });
    if (snapshot === null) return;
    this.counters.regimeUpdates++;
    const alert = this.pendingAlert;
    this.pendingAlert = undefined;
    if (alert === undefined) return;
    if (before !== null) this.regimeCounts.set(before, this.regimeCounts.get(before)! - 1);
    this.regimeCounts.set(alert.to, this.regimeCounts.get(alert.to)! + 1);
    if (this.silent) {
      this.counters.silenced++;
      return;
    }
    this.counters.regimeChanges++;
    this.bus.publish("regime.change", { venue: bar.venue, alert, closeTimeNs: bar.closeTimeNs, probabilities: snapshot.probabilities });
  }

  private onFeatures(schema: FeatureSchema, row: FeatureRow): void {
    if (this.silent) {
      this.counters.silenced++;
      return;
    }
    this.counters.featuresEmitted++;
    const vector = row.vector;
    if (schema.dtype === "float32") for (let i = 0; i < vector.length; i++) vector[i] = Math.fround(vector[i]);
    this.bus.publish("features.vector", {
      venue: row.bar.venue,
      symbol: row.bar.symbol,
      timeframe: schema.baseTimeframe,
      bar: row.bar,
      schemaVersion: schema.version,
      schemaHash: schema.hash,
      dtype: schema.dtype,
      vector,
    });
  }

  /** After a batch: one fused quote per symbol quoted since, at most once per interval of receive time. */
  private publishFused(): void {
    if (!this.fuser || this.dirtyQuotes.size === 0) return;
    const now = this.receiveClockNs;
    for (const symbol of this.dirtyQuotes) {
      const last = this.lastFusedNs.get(symbol);
      if (last !== undefined && now - last < this.fusionIntervalNs) continue;
      this.dirtyQuotes.delete(symbol);
      this.lastFusedNs.set(symbol, now);
      const fused = this.fuser.fuse(symbol, now);
      if (fused === null) continue;
      if (this.silent) {
        this.counters.silenced++;
        continue;
      }
      this.counters.fusedQuotes++;
      for (const e of fused.excluded) if (e.reason === "outlier") this.counters.fusionOutliers++;
      this.bus.publish("quote.fused", fused);
    }
  }
}
