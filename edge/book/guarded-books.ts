/**
 * The set of guarded books one adapter holds, keyed by venue symbol, each remembering the connection
 * that feeds it: a reopened connection voids exactly its own books, and resync requests go back on the
 * connection the book arrived on.
 */
import type { TopOfBook } from "../venues/adapter.ts";
import { GuardedBook, type GuardedBookOptions } from "./guarded-book.ts";

interface Entry {
  readonly book: GuardedBook;
  connectionId: string;
}

export class GuardedBooks {
  readonly #entries = new Map<string, Entry>();

  /** The book for `venueSymbol`, created with `options()` on first use. */
  get(venueSymbol: string, connectionId: string, options: () => GuardedBookOptions): GuardedBook {
    let entry = this.#entries.get(venueSymbol);
    if (!entry) {
      entry = { book: new GuardedBook(options()), connectionId };
      this.#entries.set(venueSymbol, entry);
    }
    entry.connectionId = connectionId;
    return entry.book;
  }

  find(venueSymbol: string): GuardedBook | undefined {
    return this.#entries.get(venueSymbol)?.book;
  }

  /** The connection the book last arrived on. */
  connectionOf(venueSymbol: string): string | undefined {
    return this.#entries.get(venueSymbol)?.connectionId;
  }

  /** A connection (re)opened: its books wait for fresh snapshots. */
  resetConnection(connectionId: string): void {
    for (const entry of this.#entries.values()) if (entry.connectionId === connectionId) entry.book.reset();
  }

  /** Tops of the valid books, keyed by unified symbol. */
  tops(): Map<string, TopOfBook> {
    const out = new Map<string, TopOfBook>();
    for (const { book } of this.#entries.values()) {
      const top = book.top();
      if (top) out.set(book.instrument.symbol, top);
    }
    return out;
  }
}
