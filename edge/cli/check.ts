/**
 * `--check`: replay a capture through a venue adapter and its books, with no core and no uplink, and
 * report whether the feed was handled correctly (gaps, resyncs, checksums, malformed frames) and
 * where each book ended. Venue-agnostic: the adapter comes from the registry.
 */
import type { AdapterStats } from "../venues/adapter.ts";
import type { MarketEvent } from "../normalize/events.ts";
import { createAdapter } from "../venues/registry.ts";
import { captureVenue } from "../replay/capture-venue.ts";
import { replayCapture, type ReplaySpeed, type ReplayStats } from "../replay/replay-transport.ts";

export interface CheckOptions {
  /** Venue id; absent: derived from the capture's path. */
  readonly venue?: string;
  readonly replayPath: string;
  readonly speed?: ReplaySpeed;
}

export interface SymbolReport {
  readonly bidPrice: number;
  readonly bidSize: number;
  readonly askPrice: number;
  readonly askSize: number;
}

export interface CheckReport {
  readonly venue: string;
  readonly capture: string;
  readonly messagesByType: Record<string, number>;
  readonly trades: number;
  readonly bookUpdatesApplied: number;
  readonly checksumsVerified: number;
  readonly checksumsFailed: number;
  readonly sequenceGaps: number;
  readonly resyncs: number;
  readonly crossedBooks: number;
  /** Frames the adapter could not parse plus capture lines the replay could not read. */
  readonly malformed: number;
  /** Venue error frames (refused subscriptions, rejected requests); `replay.venueErrors` says which. */
  readonly venueErrors: number;
  readonly ignored: number;
  /** Normalized events emitted, by type. */
  readonly events: Record<string, number>;
  readonly replay: Omit<ReplayStats, "firstTimeNs" | "lastTimeNs"> & {
    firstTimeNs: string;
    lastTimeNs: string;
  };
  /** Final best bid/ask of every book that is valid at the end, by unified symbol. */
  readonly books: Record<string, SymbolReport>;
}

export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const venue = options.venue ?? captureVenue(options.replayPath);
  const events: Record<string, number> = {};
  const sink = (e: MarketEvent) => void (events[e.type] = (events[e.type] ?? 0) + 1);
  const { adapter, stats } = await replayCapture(
    options.replayPath,
    (requests) => createAdapter(venue, { sink, requests }),
    { speed: options.speed ?? "max" },
  );
  const a: AdapterStats = adapter.stats();
  const books: Record<string, SymbolReport> = {};
  for (const [symbol, top] of [...adapter.topOfBooks()].sort(([x], [y]) => x.localeCompare(y))) {
    books[symbol] = { ...top };
  }
  const { firstTimeNs, lastTimeNs, ...replay } = stats;
  return {
    venue,
    capture: options.replayPath,
    messagesByType: a.messagesByType,
    trades: a.trades,
    bookUpdatesApplied: a.bookUpdatesApplied,
    checksumsVerified: a.checksumsVerified,
    checksumsFailed: a.checksumsFailed,
    sequenceGaps: a.sequenceGaps,
    resyncs: a.resyncs,
    crossedBooks: a.crossedBooks,
    malformed: a.malformed + stats.malformedLines,
    venueErrors: a.venueErrors,
    ignored: a.ignored,
    events,
    replay: { ...replay, firstTimeNs: String(firstTimeNs), lastTimeNs: String(lastTimeNs) },
    books,
  };
}

/** Run the check and print the report as one JSON line; resolves to the report. */
export async function printCheck(options: CheckOptions): Promise<CheckReport> {
  const report = await runCheck(options);
  console.log(JSON.stringify(report));
  return report;
}
