/**
 * Snapshot + sequenced-diff book synchronisation, shared by every venue that publishes a REST snapshot
 * and a stream of id-ranged diffs (Binance spot and futures, KuCoin, Gate.io).
 *
 * The mechanism is the same everywhere: buffer diffs until the snapshot arrives, drop diffs the
 * snapshot already contains, require the first applied diff to bridge the snapshot id, then require
 * each diff to continue the previous one. Only the three comparisons differ per venue, so they come in
 * as a small `SyncRules` object and this module owns the state machine, the book and the counters.
 *
 * The guarantee the edge relies on: nothing reaches `onBook` unless the book is known to be right.
 * A gap or a crossed book makes the book invalid at once, is counted, and asks for a new snapshot;
 * diffs received meanwhile are buffered so the next snapshot can be bridged without waiting for more.
 */
import type { AdapterStats } from "../venues/adapter.ts";
import type { Level } from "../normalize/events.ts";
import { L2Book } from "./l2-book.ts";

/** The id range of one diff, in the venue's own terms. */
export interface SequencedDiff {
  /** First update id in the diff (Binance `U`). */
  readonly firstId: number;
  /** Last update id in the diff (Binance `u`). */
  readonly lastId: number;
  /** The previous diff's last id when the venue states it (Binance futures `pu`), else NaN. */
  readonly prevId: number;
  readonly bids: readonly Level[];
  readonly asks: readonly Level[];
}

export interface BookSnapshot {
  readonly lastId: number;
  readonly bids: readonly Level[];
  readonly asks: readonly Level[];
}

/** The per-venue part: three comparisons. */
export interface SyncRules {
  /** The snapshot already contains this diff: drop it. */
  isStale(diff: SequencedDiff, snapshotId: number): boolean;
  /** This (first non-stale) diff straddles the snapshot id. */
  bridges(diff: SequencedDiff, snapshotId: number): boolean;
  /** This diff directly follows the one whose last id is `prevLastId`. */
  continues(diff: SequencedDiff, prevLastId: number): boolean;
}

export type SyncState =
  /** Nothing requested yet; the first diff asks for a snapshot. */
  | "awaiting-snapshot"
  /** First snapshot requested; diffs are buffered. */
  | "buffering"
  /** Synced: diffs are applied and forwarded. */
  | "live"
  /** A gap or crossed book was found; a new snapshot is requested, diffs are buffered, nothing forwarded. */
  | "invalid";

/** The counters this module owns, shared with the adapter's stats object. */
export type SyncCounters = Pick<
  AdapterStats,
  "bookUpdatesApplied" | "sequenceGaps" | "resyncs" | "crossedBooks"
>;

export interface SyncHooks<D extends SequencedDiff> {
  /** Ask the transport for a REST snapshot; the answer comes back through `onSnapshot`. */
  requestSnapshot(): void;
  /**
   * The book is synced (after the first snapshot or a resync): forward the full book. `lastDiff` is
   * the last buffered diff applied on top of the snapshot, if any (its times stamp the event).
   */
  onSynced(book: L2Book, lastId: number, lastDiff: D | undefined): void;
  /** A diff was applied to a valid book: forward it. `prevLastId`: the id the book was at before it. */
  onDelta(diff: D, prevLastId: number): void;
}

export interface BookSyncOptions {
  /** Levels kept per side after every update (absent: all). */
  readonly depth?: number;
  /**
   * Most diffs buffered while waiting for a snapshot. Beyond it the oldest are dropped: a snapshot
   * slower than this many diffs can no longer be bridged anyway, and memory must stay bounded.
   */
  readonly maxBuffered?: number;
}

export class BookSync<D extends SequencedDiff> {
  readonly book = new L2Book();
  #state: SyncState = "awaiting-snapshot";
  #buffer: D[] = [];
  /** Last applied update id; the snapshot id until the bridge is applied. */
  #lastId = NaN;
  /** True between a snapshot and the first diff applied on it. */
  #needBridge = false;
  readonly #maxBuffered: number;
  readonly #depth: number | undefined;

  constructor(
    private readonly rules: SyncRules,
    private readonly hooks: SyncHooks<D>,
    private readonly counters: SyncCounters,
    options: BookSyncOptions = {},
  ) {
    this.#depth = options.depth;
    this.#maxBuffered = options.maxBuffered ?? 10_000;
  }

  get state(): SyncState {
    return this.#state;
  }

  /** Last update id the book reflects (NaN when not live). */
  get lastId(): number {
    return this.#state === "live" ? this.#lastId : NaN;
  }

  /** The connection was (re)opened: everything known is void, start over. */
  reset(): void {
    this.#state = "awaiting-snapshot";
    this.#buffer = [];
    this.#lastId = NaN;
    this.#needBridge = false;
    this.book.clear();
  }

  onDiff(diff: D): void {
    switch (this.#state) {
      case "live":
        this.#applyLive(diff);
        return;
      case "awaiting-snapshot":
        this.#state = "buffering";
        this.hooks.requestSnapshot();
        this.#bufferDiff(diff);
        return;
      default:
        this.#bufferDiff(diff);
    }
  }

  /** The snapshot answer; `null` when the request failed (the next diff asks again). */
  onSnapshot(snapshot: BookSnapshot | null): void {
    if (this.#state !== "buffering" && this.#state !== "invalid") return;
    if (snapshot === null) {
      this.#state = "awaiting-snapshot";
      return;
    }
    const book = this.book;
    book.bids.load(positive(snapshot.bids));
    book.asks.load(positive(snapshot.asks));
    this.#truncate();
    this.#lastId = snapshot.lastId;
    this.#needBridge = true;
    const buffered = this.#buffer;
    this.#buffer = [];
    let applied: D | undefined;
    for (const diff of buffered) {
      const verdict = this.#accept(diff);
      if (verdict === "stale") continue;
      if (verdict === "gap") return this.#invalidate(buffered.slice(buffered.indexOf(diff)));
      this.#apply(diff);
      applied = diff;
    }
    if (book.isCrossed()) return this.#crossed();
    this.#state = "live";
    this.hooks.onSynced(book, this.#lastId, applied);
  }

  #applyLive(diff: D): void {
    const verdict = this.#accept(diff);
    if (verdict === "stale") return;
    if (verdict === "gap") return this.#invalidate([diff]);
    const prevLastId = this.#lastId;
    this.#apply(diff);
    if (this.book.isCrossed()) return this.#crossed();
    this.hooks.onDelta(diff, prevLastId);
  }

  #accept(diff: D): "stale" | "apply" | "gap" {
    if (this.#needBridge) {
      if (this.rules.isStale(diff, this.#lastId)) return "stale";
      return this.rules.bridges(diff, this.#lastId) ? "apply" : "gap";
    }
    return this.rules.continues(diff, this.#lastId) ? "apply" : "gap";
  }

  #apply(diff: D): void {
    this.book.bids.setLevels(diff.bids);
    this.book.asks.setLevels(diff.asks);
    this.#truncate();
    this.#lastId = diff.lastId;
    this.#needBridge = false;
    this.counters.bookUpdatesApplied++;
  }

  #truncate(): void {
    if (this.#depth === undefined) return;
    this.book.bids.truncate(this.#depth);
    this.book.asks.truncate(this.#depth);
  }

  /** A gap: the book is wrong from here on. Keep the unapplied diffs for the next snapshot. */
  #invalidate(pending: D[]): void {
    this.counters.sequenceGaps++;
    this.#resync(pending);
  }

  #crossed(): void {
    this.counters.crossedBooks++;
    this.#resync([]);
  }

  #resync(pending: D[]): void {
    this.counters.resyncs++;
    this.book.clear();
    this.#lastId = NaN;
    this.#needBridge = false;
    this.#state = "invalid";
    this.#buffer = pending;
    this.hooks.requestSnapshot();
  }

  #bufferDiff(diff: D): void {
    this.#buffer.push(diff);
    if (this.#buffer.length > this.#maxBuffered) this.#buffer.shift();
  }
}

/** The levels with a size above 0 (a snapshot's zero-size rows set nothing, even over a repeat). */
function positive(levels: readonly Level[]): readonly Level[] {
  for (let i = 0; i < levels.length; i++) if (!(levels[i][1] > 0)) return levels.filter((l) => l[1] > 0);
  return levels;
}
