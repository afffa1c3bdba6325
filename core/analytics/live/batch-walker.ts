/**
 * Walks the events of one columnar ingest.v1.TickBatch straight from its columns, in event-time order across
 * the trade, book and BBO columns (each column is in arrival order; a k-way merge on the ns deltas interleaves
 * them without allocating), and hands each event to a visitor as plain values.
 *
 * Event time is the venue's stamp; where the venue gave none (VENUE_TIME_UNKNOWN_DELTA), or the stamp lies
 * further than `maxSkewNs` from the edge's receive stamp of the same event (a broken venue clock would otherwise
 * close or fill bars far into the future), the receive stamp stands in and the event is counted. Nothing here
 * throws on bad input: a bad column is skipped whole, a bad event alone, and each is counted in `WalkStats`.
 */
import type { ingest, market } from "../../../proto/gen/proto.js";
import { VENUE_TIME_UNKNOWN_DELTA } from "../../store/ns-time.ts";
import type { TradeSide } from "../bars/bar.ts";

/** The level columns of a book event: its levels are [from, from + count). */
export interface BookLevels {
  readonly levelIsBid: ArrayLike<boolean>;
  readonly levelPrice: ArrayLike<number>;
  readonly levelSize: ArrayLike<number>;
}

export interface BatchVisitor {
  trade(instrument: number, timeNs: bigint, price: number, size: number, side: TradeSide, tradeId: string): void;
  book(instrument: number, timeNs: bigint, receiveNs: bigint, snapshot: boolean, levels: BookLevels, from: number, count: number): void;
  bbo(instrument: number, timeNs: bigint, receiveNs: bigint, bidPrice: number, bidSize: number, askPrice: number, askSize: number): void;
  /** Health travels on the edge clock: `timeNs` is the edge's time of the report. */
  health(report: market.v1.IEdgeHealth, timeNs: bigint): void;
}

export interface WalkStats {
  /** Events handed to the visitor. */
  events: number;
  /** Events naming an instrument index outside the batch's dictionary. */
  unknownInstrument: number;
  /** Events whose time parts are not integers. */
  badTime: number;
  /** Events without a venue time (receive time used). */
  venueTimeMissing: number;
  /** Events whose venue time was too far from their receive time (receive time used). */
  venueTimeSkewed: number;
  /** Columns refused whole for inconsistent lengths, and batches without a usable base time. */
  malformedColumns: number;
}

export function emptyWalkStats(): WalkStats {
  return { events: 0, unknownInstrument: 0, badTime: 0, venueTimeMissing: 0, venueTimeSkewed: 0, malformedColumns: 0 };
}

const SIDES: readonly TradeSide[] = ["unknown", "buy", "sell"];
const NS_PER_MS = 1_000_000n;
const NONE = Number.POSITIVE_INFINITY;

/** One column being merged: a cursor and the event-time delta of its head. */
class Cursor {
  index = 0;
  head = NONE;
  /** Book columns: index of the head event's first level. */
  levelStart = 0;

  constructor(
    readonly kind: number,
    readonly length: number,
    readonly instrument: ArrayLike<number>,
    readonly venueDelta: ArrayLike<number>,
    readonly receiveDelta: ArrayLike<number>,
  ) {}
}

const TRADES = 0;
const SNAPSHOTS = 1;
const DELTAS = 2;
const BBOS = 3;

function sameLength(length: number, ...columns: (ArrayLike<unknown> | null | undefined)[]): boolean {
  for (const c of columns) if ((c?.length ?? 0) !== length) return false;
  return true;
}

export class BatchWalker {
  readonly stats: WalkStats = emptyWalkStats();
  private readonly maxSkew: number;

  /** @param maxSkewNs largest trusted |venue time − receive time| of one event */
  constructor(maxSkewNs: number) {
    this.maxSkew = maxSkewNs;
  }

  walk(batch: ingest.v1.ITickBatch, visitor: BatchVisitor): void {
    const baseMs = batch.baseTimeMs ?? 0;
    if (!Number.isSafeInteger(baseMs)) {
      this.stats.malformedColumns++;
      return;
    }
    const baseNs = BigInt(baseMs) * NS_PER_MS;
    const instruments = batch.instruments?.length ?? 0;

    for (const report of batch.health ?? []) {
      const delta = report.timeDeltaNs ?? 0;
      if (!Number.isSafeInteger(delta)) {
        this.stats.badTime++;
        continue;
      }
      this.stats.events++;
      visitor.health(report, baseNs + BigInt(delta));
    }

    const cursors: Cursor[] = [];
    const t = batch.trades;
    const tn = t?.instrument?.length ?? 0;
    if (tn > 0) {
      if (sameLength(tn, t!.venueTimeDeltaNs, t!.receiveTimeDeltaNs, t!.price, t!.size, t!.side, t!.tradeId)) {
        cursors.push(new Cursor(TRADES, tn, t!.instrument!, t!.venueTimeDeltaNs!, t!.receiveTimeDeltaNs!));
      } else this.stats.malformedColumns++;
    }
    const books: [number, ingest.v1.IBookColumns | null | undefined][] = [[SNAPSHOTS, batch.bookSnapshots], [DELTAS, batch.bookDeltas]];
    for (const [kind, b] of books) {
      const n = b?.instrument?.length ?? 0;
      if (n === 0) continue;
      let levels = 0;
      for (const count of b!.levelCount ?? []) levels += count ?? 0;
      if (sameLength(n, b!.venueTimeDeltaNs, b!.receiveTimeDeltaNs, b!.levelCount) && sameLength(levels, b!.levelIsBid, b!.levelPrice, b!.levelSize)) {
        cursors.push(new Cursor(kind, n, b!.instrument!, b!.venueTimeDeltaNs!, b!.receiveTimeDeltaNs!));
      } else this.stats.malformedColumns++;
    }
    const q = batch.bbos;
    const qn = q?.instrument?.length ?? 0;
    if (qn > 0) {
      if (sameLength(qn, q!.venueTimeDeltaNs, q!.receiveTimeDeltaNs, q!.bidPrice, q!.bidSize, q!.askPrice, q!.askSize)) {
        cursors.push(new Cursor(BBOS, qn, q!.instrument!, q!.venueTimeDeltaNs!, q!.receiveTimeDeltaNs!));
      } else this.stats.malformedColumns++;
    }
    for (const c of cursors) this.seek(c, batch);

    for (;;) {
      // The column whose head is earliest; ties go to the earlier column (trades, snapshots, deltas, BBOs).
      let c: Cursor | undefined;
      for (let k = 0; k < cursors.length; k++) if (cursors[k].head !== NONE && (c === undefined || cursors[k].head < c.head)) c = cursors[k];
      if (c === undefined) break;
      const i = c.index;
      const instrument = c.instrument[i];
      if (!(instrument < instruments)) {
        this.stats.unknownInstrument++;
      } else {
        const timeNs = baseNs + BigInt(c.head);
        this.stats.events++;
        if (c.kind === TRADES) {
          visitor.trade(instrument, timeNs, t!.price![i], t!.size![i], SIDES[t!.side![i]] ?? "unknown", t!.tradeId![i] ?? "");
        } else if (c.kind === BBOS) {
          visitor.bbo(instrument, timeNs, baseNs + BigInt(c.receiveDelta[i]), q!.bidPrice![i], q!.bidSize![i], q!.askPrice![i], q!.askSize![i]);
        } else {
          const b = c.kind === SNAPSHOTS ? batch.bookSnapshots! : batch.bookDeltas!;
          visitor.book(instrument, timeNs, baseNs + BigInt(c.receiveDelta[i]), c.kind === SNAPSHOTS, b as BookLevels, c.levelStart, b.levelCount![i] ?? 0);
        }
      }
      this.next(c, batch);
    }
  }

  /** Steps past the head and finds the next usable event. */
  private next(c: Cursor, batch: ingest.v1.ITickBatch): void {
    this.step(c, batch);
    this.seek(c, batch);
  }

  /** Moves the cursor one event on (book columns keep a running offset into their level columns). */
  private step(c: Cursor, batch: ingest.v1.ITickBatch): void {
    if (c.kind === SNAPSHOTS || c.kind === DELTAS) {
      const b = c.kind === SNAPSHOTS ? batch.bookSnapshots : batch.bookDeltas;
      c.levelStart += b?.levelCount?.[c.index] ?? 0;
    }
    c.index++;
  }

  /** Sets `head` to the event time of the next event with usable times (skipping and counting bad ones), or NONE. */
  private seek(c: Cursor, batch: ingest.v1.ITickBatch): void {
    c.head = NONE;
    while (c.index < c.length) {
      const v = c.venueDelta[c.index];
      const r = c.receiveDelta[c.index];
      if (!Number.isSafeInteger(r) || (!Number.isSafeInteger(v) && v !== VENUE_TIME_UNKNOWN_DELTA)) {
        this.stats.badTime++;
        this.step(c, batch);
        continue;
      }
      if (v === VENUE_TIME_UNKNOWN_DELTA) {
        this.stats.venueTimeMissing++;
        c.head = r;
      } else if (Math.abs(v - r) > this.maxSkew) {
        this.stats.venueTimeSkewed++;
        c.head = r;
      } else c.head = v;
      return;
    }
  }
}
