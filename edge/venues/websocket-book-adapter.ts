/**
 * The shared part of adapters whose books arrive only over the WebSocket (snapshot + deltas, guarded
 * by the venue's checksum or sequence): the sink and request channel, counters, the per-connection
 * book set, the rule that a frame that fails to parse is one counted skip, never an exception, and
 * the one way a venue's error frame is reported. A venue supplies `plan`, `endpoints`, `books` and
 * `handle`.
 */
import type {
  AdapterOptions,
  AdapterRequests,
  AdapterStats,
  ConnectionPlan,
  TopOfBook,
  VenueAdapter,
} from "./adapter.ts";
import { emptyStats } from "./adapter.ts";
import type { EventSink } from "../normalize/events.ts";

/** What the base needs of a venue's books: void a reopened connection's, report the valid tops. */
export interface BookSet {
  resetConnection(connectionId: string): void;
  tops(): Map<string, TopOfBook>;
}

export abstract class WebSocketBookAdapter implements VenueAdapter {
  abstract readonly venue: string;
  abstract readonly endpoints: readonly string[];
  protected abstract readonly books: BookSet;
  protected readonly counters = emptyStats();
  protected readonly sink: EventSink;
  protected readonly requests: AdapterRequests;
  /** Levels per side forwarded. */
  protected readonly depth: number;

  constructor(options: AdapterOptions, defaultDepth: number) {
    this.sink = options.sink;
    this.requests = options.requests;
    this.depth = options.depth ?? defaultDepth;
  }

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

  /**
   * The venue sent an error frame (a refused subscription, a rejected request): counted as type
   * "error" and reported, so health shows the connection RED with the venue's words instead of the
   * silence of a feed that never started.
   */
  protected refused(connectionId: string, reason: string): void {
    this.count("error");
    this.counters.venueErrors++;
    this.requests.reportError(connectionId, reason);
  }
}
