/**
 * Venue-wide protocol counters (gaps, checksum failures, malformed frames, resyncs, venue error
 * frames) read from
 * adapter.stats() as deltas: the adapter keeps lifetime totals, health needs "did it happen lately".
 */
import type { AdapterStats } from "../venues/adapter.ts";
import type { Verdict } from "./book-quality.ts";
import { WindowRate } from "./window-rate.ts";

const TRACKED = [
  "sequenceGaps",
  "checksumsFailed",
  "malformed",
  "resyncs",
  "crossedBooks",
  "venueErrors",
] as const;
type Tracked = typeof TRACKED[number];

const LABEL: Record<Tracked, string> = {
  sequenceGaps: "sequence gap(s)",
  checksumsFailed: "checksum failure(s)",
  malformed: "malformed frame(s)",
  resyncs: "resync(s)",
  crossedBooks: "crossed book(s)",
  venueErrors: "venue error frame(s)",
};

export class AdapterCounters {
  totals: Record<Tracked, number> = {
    sequenceGaps: 0,
    checksumsFailed: 0,
    malformed: 0,
    resyncs: 0,
    crossedBooks: 0,
    venueErrors: 0,
  };
  private readonly recent: Record<Tracked, WindowRate>;

  constructor(windowMs: number, nowMs: number) {
    this.recent = Object.fromEntries(TRACKED.map((k) => [k, new WindowRate(windowMs, nowMs)])) as Record<
      Tracked,
      WindowRate
    >;
  }

  update(stats: AdapterStats, nowMs: number): void {
    for (const k of TRACKED) {
      const delta = stats[k] - this.totals[k];
      if (delta > 0) this.recent[k].add(nowMs, delta);
      this.totals[k] = stats[k];
    }
  }

  judge(nowMs: number): Verdict {
    const parts = TRACKED.map((k) => [k, this.recent[k].count(nowMs)] as const).filter(([, n]) => n > 0);
    if (parts.length === 0) return { severity: "GREEN", code: "ok", reason: "ok" };
    const reason = parts.map(([k, n]) => `${n} ${LABEL[k]}`).join(", ") + " in the last window";
    return { severity: "YELLOW", code: parts.map(([k]) => k).join("+"), reason };
  }
}
