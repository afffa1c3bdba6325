/**
 * Consolidates the latest best bid/ask of every venue into one quote per symbol.
 *
 * Per fusion: drop invalid, stale and RED sources; reject price outliers by MAD across the rest;
 * weight survivors by age and health (source-weight.ts); publish weighted bid/ask/mid, the best
 * bid/ask, a consistency score, and which sources were used or excluded and why. Output depends
 * only on the stored inputs and the `nowNs` passed in (sources sorted by venue), so a replay
 * reproduces it exactly.
 *
 * Consistency = agreement × coverage × redundancy, each in [0, 1]:
 *   agreement  = exp(−(weighted RMS distance of chosen mids from the fused mid, bps) / consistencyScaleBps)
 *   coverage   = chosen / (chosen + excluded)
 *   redundancy = 1 with two or more chosen sources, 0.5 with one (nothing to cross-check against).
 */
import { EventEmitter } from "node:events";
import { z } from "zod";
import { madOutliers } from "./outlier-filter.ts";
import type { ChosenSource, ExcludedSource, FusedQuote, SourceHealth, VenueQuote } from "./quote-types.ts";
import { SourceWeightConfigSchema, sourceWeight } from "./source-weight.ts";

export const QuoteFuserConfigSchema = SourceWeightConfigSchema.extend({
  /** A mid further than k robust sigmas (1.4826·MAD) from the cross-venue median is an outlier. */
  outlierK: z.number().positive().default(5),
  /** MAD floor in bps of the median, so near-identical venues never flag each other. */
  minScaleBps: z.number().min(0).default(2),
  consistencyScaleBps: z.number().positive().default(5),
});
export type QuoteFuserConfig = z.input<typeof QuoteFuserConfigSchema>;

/** A venue's stored quote, rewritten in place by each newer one. */
type StoredQuote = { -readonly [K in keyof VenueQuote]: VenueQuote[K] };

export class QuoteFuser extends EventEmitter<{ fused: [FusedQuote] }> {
  private readonly cfg: z.infer<typeof QuoteFuserConfigSchema>;
  private readonly quotes = new Map<string, Map<string, StoredQuote>>();
  private readonly health = new Map<string, SourceHealth>();
  /** Inputs refused, by reason (counted, never silently dropped). */
  readonly skipped = { invalidQuote: 0, invalidHealth: 0 };

  constructor(config: QuoteFuserConfig = {}) {
    super();
    this.cfg = QuoteFuserConfigSchema.parse(config);
  }

  /**
   * Stores a venue's latest quote (older-than-stored receive times are ignored as reordering). The fields are
   * copied into a record the fuser owns, so a BBO stream (most of the ticks) allocates nothing per quote.
   */
  onQuote(q: VenueQuote): void {
    const valid = typeof q.venue === "string" && q.venue !== "" && typeof q.symbol === "string" && q.symbol !== "" &&
      typeof q.receiveTimeNs === "bigint" && Number.isFinite(q.bidPrice) && Number.isFinite(q.askPrice) &&
      Number.isFinite(q.bidSize) && Number.isFinite(q.askSize);
    if (!valid) {
      this.skipped.invalidQuote++;
      return;
    }
    let bySymbol = this.quotes.get(q.symbol);
    if (!bySymbol) this.quotes.set(q.symbol, (bySymbol = new Map()));
    const stored = bySymbol.get(q.venue);
    if (stored === undefined) bySymbol.set(q.venue, { ...q });
    else if (stored.receiveTimeNs <= q.receiveTimeNs) {
      stored.receiveTimeNs = q.receiveTimeNs;
      stored.venueTimeNs = q.venueTimeNs;
      stored.bidPrice = q.bidPrice;
      stored.bidSize = q.bidSize;
      stored.askPrice = q.askPrice;
      stored.askSize = q.askSize;
    }
  }

  /** Stores a venue's health; symbol "" applies to every symbol of that venue without its own report. */
  onHealth(h: SourceHealth): void {
    if (typeof h.venue !== "string" || h.venue === "" || !["GREEN", "YELLOW", "RED"].includes(h.severity)) {
      this.skipped.invalidHealth++;
      return;
    }
    this.health.set(`${h.venue}\u0000${h.symbol}`, h);
  }

  /** Fuses the stored quotes of `symbol` as of `nowNs` (receive clock); null when no venue quotes it. */
  fuse(symbol: string, nowNs: bigint): FusedQuote | null {
    const bySymbol = this.quotes.get(symbol);
    if (!bySymbol || bySymbol.size === 0) return null;
    const excluded: ExcludedSource[] = [];
    const candidates: { quote: VenueQuote; mid: number; weight: number; ageMs: number; severity: ChosenSource["severity"] }[] = [];
    for (const venue of [...bySymbol.keys()].sort()) {
      const quote = bySymbol.get(venue)!;
      if (!(quote.bidPrice > 0) || !(quote.askPrice >= quote.bidPrice)) {
        excluded.push({ venue, reason: "invalid", detail: `bid ${quote.bidPrice} / ask ${quote.askPrice}` });
        continue;
      }
      const ageMs = Number(nowNs - quote.receiveTimeNs) / 1e6;
      const health = this.health.get(`${venue}\u0000${symbol}`) ?? this.health.get(`${venue}\u0000`);
      const verdict = sourceWeight(ageMs, health, nowNs, this.cfg);
      if (!verdict.ok) {
        excluded.push({ venue, reason: verdict.reason, detail: verdict.detail });
        continue;
      }
      candidates.push({ quote, mid: (quote.bidPrice + quote.askPrice) / 2, weight: verdict.weight, ageMs, severity: verdict.severity });
    }
    const robust = madOutliers(candidates.map((c) => c.mid), this.cfg.outlierK, this.cfg.minScaleBps);
    const chosen = candidates.filter((c, i) => {
      if (!robust.outlier[i]) return true;
      const offBps = ((c.mid - robust.median) / robust.median) * 1e4;
      excluded.push({ venue: c.quote.venue, reason: "outlier", detail: `mid ${offBps.toFixed(1)} bps from median, > ${this.cfg.outlierK} robust sigmas` });
      return false;
    });
    const totalWeight = chosen.reduce((a, c) => a + c.weight, 0);
    if (chosen.length === 0 || !(totalWeight > 0)) return null;
    const share = chosen.map((c) => c.weight / totalWeight);
    const weighted = (f: (q: VenueQuote) => number) => chosen.reduce((a, c, i) => a + share[i] * f(c.quote), 0);
    const bidPrice = weighted((q) => q.bidPrice);
    const askPrice = weighted((q) => q.askPrice);
    const midPrice = (bidPrice + askPrice) / 2;
    const rmsBps = Math.sqrt(chosen.reduce((a, c, i) => a + share[i] * ((c.mid - midPrice) / midPrice) ** 2, 0)) * 1e4;
    const agreement = Math.exp(-rmsBps / this.cfg.consistencyScaleBps);
    const coverage = chosen.length / (chosen.length + excluded.length);
    const redundancy = chosen.length >= 2 ? 1 : 0.5;
    const best = (side: "bid" | "ask") => {
      const pick = chosen.reduce((a, c) =>
        side === "bid" ? (c.quote.bidPrice > a.quote.bidPrice ? c : a) : c.quote.askPrice < a.quote.askPrice ? c : a,
      );
      return side === "bid"
        ? { venue: pick.quote.venue, price: pick.quote.bidPrice, size: pick.quote.bidSize }
        : { venue: pick.quote.venue, price: pick.quote.askPrice, size: pick.quote.askSize };
    };
    const fused: FusedQuote = {
      type: "fused_quote",
      symbol,
      timeNs: nowNs,
      bidPrice,
      askPrice,
      midPrice,
      bestBid: best("bid"),
      bestAsk: best("ask"),
      consistency: agreement * coverage * redundancy,
      sources: chosen.map((c, i) => ({ venue: c.quote.venue, weight: share[i], mid: c.mid, ageMs: c.ageMs, severity: c.severity })),
      excluded: excluded.sort((a, b) => (a.venue < b.venue ? -1 : a.venue > b.venue ? 1 : 0)),
    };
    this.emit("fused", fused);
    return fused;
  }
}
