/**
 * The shared part of adapters whose books arrive only over the WebSocket (snapshot + deltas, guarded
 * by the venue's checksum or sequence): counters, the per-connection book set, and the rule that a
 * frame that fails to parse is one counted skip, never an exception. A venue supplies `plan` and
 * `handle`.
 */
import type { AdapterStats, ConnectionPlan, TopOfBook, VenueAdapter } from "./adapter.ts";
import { emptyStats } from "./adapter.ts";
import { GuardedBooks } from "../book/guarded-books.ts";

export abstract class WebSocketBookAdapter implements VenueAdapter {
  abstract readonly venue: string;
  protected readonly counters = emptyStats();
  protected readonly books = new GuardedBooks();

  abstract plan(symbols: readonly string[]): ConnectionPlan[];

  /** Parse and apply one frame; may throw on malformed input (counted by onFrame). */
  protected abstract handle(connectionId: string, frame: string, receiveTimeNs: bigint): void;

  onOpen(connectionId: string): void {
    this.books.resetConnection(connectionId);
  }

  onFrame(connectionId: string, frame: string, receiveTimeNs: bigint): void {
    try {
      this.handle(connectionId, frame, receiveTimeNs);
    } catch {
      // MalformedFrame, SyntaxError from JSON.parse, or a wrong type we did not foresee: one counted skip.
      this.counters.malformed++;
    }
  }

  /** These venues send their books over the WebSocket only; a REST answer is not expected. */
  onSnapshot(): void {
    this.counters.ignored++;
  }

  stats(): AdapterStats {
    return { ...this.counters, messagesByType: { ...this.counters.messagesByType } };
  }

  topOfBooks(): Map<string, TopOfBook> {
    return this.books.tops();
  }

  protected count(type: string): void {
    this.counters.messagesByType[type] = (this.counters.messagesByType[type] ?? 0) + 1;
  }
}
