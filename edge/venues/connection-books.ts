/**
 * Books for venues whose integrity rule does not fit GuardedBook's per-book chain (Coinbase polices a
 * whole connection with one sequence, Deribit chains change ids and resyncs one channel): the adapter
 * decides when a book is valid; a `VenueBook` applies the venue's levels as given, catches a crossed
 * book, and forwards every applied message unchanged (a snapshot cut to `depth`), so consumers see
 * exactly the venue's changes. `ConnectionBooks` keeps them per connection, because a reopened
 * connection starts its books over.
 */
import type { AdapterStats, TopOfBook } from "./adapter.ts";
import type { EventSink, Instrument, Level } from "../normalize/events.ts";
import { L2Book } from "../book/l2-book.ts";
import type { BookSet } from "./websocket-book-adapter.ts";

/** Where a book's forwarded events and counters go. */
export interface BookOutput {
  readonly sink: EventSink;
  readonly stats: AdapterStats;
  /** Levels per side a forwarded snapshot carries. */
  readonly depth: number;
}

export interface VenueUpdate {
  readonly venueTimeNs: bigint;
  readonly receiveTimeNs: bigint;
  /** The venue's id of this message (Coinbase `sequence_num`, Deribit `change_id`). */
  readonly updateId: number;
}

export class VenueBook {
  readonly book = new L2Book();
  valid = false;
  /** Id of the last update applied and forwarded: the next delta's `prevUpdateId`. */
  lastUpdateId = 0;

  constructor(readonly instrument: Instrument, private readonly out: BookOutput) {}

  /**
   * Apply one message's levels (size 0 deletes; a missing level's delete is a no-op) and forward it.
   * A snapshot replaces the book and makes it valid. Returns false, forwarding nothing, when the
   * result is crossed: the caller then voids the book and resyncs in the venue's way.
   */
  apply(snapshot: boolean, bids: readonly Level[], asks: readonly Level[], update: VenueUpdate): boolean {
    const book = this.book;
    if (snapshot) {
      // `load` is `set` per level on an empty side, but lays a best-first side (what snapshots carry)
      // into blocks in one pass instead of inserting 46k levels one at a time.
      book.bids.load(bids);
      book.asks.load(asks);
      this.valid = true;
      return this.#forward(true, NO_LEVELS, NO_LEVELS, update);
    }
    book.bids.setLevels(bids);
    book.asks.setLevels(asks);
    return this.#forward(false, bids, asks, update);
  }

  /**
   * `apply` of a snapshot whose levels come as numbers (price i at 2i, its size at 2i + 1), as a
   * venue reader laid them down: no array per level.
   */
  applySnapshotNumbers(bids: readonly number[], asks: readonly number[], update: VenueUpdate): boolean {
    this.book.bids.loadNumbers(bids);
    this.book.asks.loadNumbers(asks);
    this.valid = true;
    return this.#forward(true, NO_LEVELS, NO_LEVELS, update);
  }

  /** Count the applied message and forward it, or return false on a crossed book. */
  #forward(snapshot: boolean, bids: readonly Level[], asks: readonly Level[], update: VenueUpdate): boolean {
    const book = this.book;
    this.out.stats.bookUpdatesApplied++;
    if (book.isCrossed()) {
      this.out.stats.crossedBooks++;
      return false;
    }
    this.out.sink({
      type: "book",
      instrument: this.instrument,
      venueTimeNs: update.venueTimeNs,
      receiveTimeNs: update.receiveTimeNs,
      snapshot,
      firstUpdateId: update.updateId,
      lastUpdateId: update.updateId,
      prevUpdateId: snapshot ? 0 : this.lastUpdateId,
      bids: snapshot ? book.bids.levels(this.out.depth) : bids,
      asks: snapshot ? book.asks.levels(this.out.depth) : asks,
    });
    this.lastUpdateId = update.updateId;
    return true;
  }

  /** The book is known wrong: nothing of it is kept until the venue sends a new snapshot. */
  invalidate(): void {
    this.valid = false;
    this.book.clear();
  }

  top(): TopOfBook | undefined {
    const { bids, asks } = this.book;
    if (!this.valid || bids.length === 0 || asks.length === 0) return undefined;
    return {
      bidPrice: bids.bestPrice()!,
      bidSize: bids.bestSize()!,
      askPrice: asks.bestPrice()!,
      askSize: asks.bestSize()!,
    };
  }
}

/** A snapshot forwards the book's levels, not the message's. */
const NO_LEVELS: readonly Level[] = [];

/** Connection id → venue symbol → book. */
export class ConnectionBooks<B extends VenueBook> implements BookSet {
  readonly #byConnection = new Map<string, Map<string, B>>();

  /** The book of `venueSymbol` on `connectionId`, made with `create()` on first use. */
  get(connectionId: string, venueSymbol: string, create: () => B): B {
    let books = this.#byConnection.get(connectionId);
    if (books === undefined) {
      books = new Map();
      this.#byConnection.set(connectionId, books);
    }
    let book = books.get(venueSymbol);
    if (book === undefined) {
      book = create();
      books.set(venueSymbol, book);
    }
    return book;
  }

  of(connectionId: string): Iterable<B> {
    return this.#byConnection.get(connectionId)?.values() ?? [];
  }

  /** A reopened connection's books start over from the venue's next snapshots. */
  resetConnection(connectionId: string): void {
    this.#byConnection.get(connectionId)?.clear();
  }

  tops(): Map<string, TopOfBook> {
    const out = new Map<string, TopOfBook>();
    for (const books of this.#byConnection.values()) {
      for (const b of books.values()) {
        const top = b.top();
        if (top !== undefined) out.set(b.instrument.symbol, top);
      }
    }
    return out;
  }
}
