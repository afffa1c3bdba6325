/**
 * Test-only kit for venue adapter tests: a request recorder standing in for the transport, and a
 * deliberately naive Map-based book used as an independent oracle (it shares no code with L2Book or
 * GuardedBook, so a test comparing the two can fail when either is wrong).
 */
import assert from "node:assert/strict";
import type { AdapterRequests, TopOfBook, VenueAdapter } from "./adapter.ts";
import type { BookEvent, EventSink, MarketEvent } from "../normalize/events.ts";
import type { CaptureRecord } from "../replay/capture-records.ts";

/** Records what the adapter asked of its transport. */
export class RecordingRequests implements AdapterRequests {
  readonly sent: Array<{ connectionId: string; frame: string }> = [];
  readonly reconnects: Array<{ connectionId: string; reason: string }> = [];
  readonly snapshots: Array<{ key: string; url: string }> = [];
  readonly errors: Array<{ connectionId: string; reason: string }> = [];
  send(connectionId: string, frame: string): void {
    this.sent.push({ connectionId, frame });
  }
  reconnect(connectionId: string, reason: string): void {
    this.reconnects.push({ connectionId, reason });
  }
  requestSnapshot(key: string, url: string): void {
    this.snapshots.push({ key, url });
  }
  reportError(connectionId: string, reason: string): void {
    this.errors.push({ connectionId, reason });
  }
}

/** Price → size per side; size 0 deletes. */
export class OracleBook {
  readonly bids = new Map<number, number>();
  readonly asks = new Map<number, number>();

  clear(): void {
    this.bids.clear();
    this.asks.clear();
  }

  set(side: "bids" | "asks", price: number, size: number): void {
    if (size === 0) this[side].delete(price);
    else this[side].set(price, size);
  }

  /** Best `n` levels per side, best first. */
  top(n: number): { bids: [number, number][]; asks: [number, number][] } {
    const bids = [...this.bids].sort((a, b) => b[0] - a[0]).slice(0, n);
    const asks = [...this.asks].sort((a, b) => a[0] - b[0]).slice(0, n);
    return { bids, asks };
  }

  /** Keep only the best `n` levels per side. */
  truncate(n: number): void {
    const { bids, asks } = this.top(n);
    this.bids.clear();
    this.asks.clear();
    for (const [p, s] of bids) this.bids.set(p, s);
    for (const [p, s] of asks) this.asks.set(p, s);
  }

  best(): TopOfBook | undefined {
    const { bids, asks } = this.top(1);
    if (!bids.length || !asks.length) return undefined;
    return { bidPrice: bids[0][0], bidSize: bids[0][1], askPrice: asks[0][0], askSize: asks[0][1] };
  }
}

/** Rebuild, per unified symbol, the books a consumer would hold from forwarded book events alone. */
export function booksFromEvents(events: readonly MarketEvent[]): Map<string, OracleBook> {
  const books = new Map<string, OracleBook>();
  for (const e of events) {
    if (e.type !== "book") continue;
    const book = books.get(e.instrument.symbol) ?? new OracleBook();
    books.set(e.instrument.symbol, book);
    applyBookEvent(book, e);
  }
  return books;
}

function applyBookEvent(book: OracleBook, e: BookEvent): void {
  if (e.snapshot) book.clear();
  for (const [p, s] of e.bids) book.set("bids", p, s);
  for (const [p, s] of e.asks) book.set("asks", p, s);
}

/** A venue's control frames, in its documented shapes. */
export interface ControlFrames {
  /** The venue's answer to the plan's ping or probe (absent: the venue has none). */
  readonly pong?: string;
  /** The venue's refusal of a subscription or request. */
  readonly refusal: string;
  /** What the reason reported for the refusal must say. */
  readonly reason: RegExp;
}

/**
 * Replays `frames` (the `recv` records of a real capture) into two fresh adapters, the second with the
 * pong and the refusal injected on the first frame's connection right after that frame. The pong must
 * be understood (a counted message type, neither malformed nor an error: the transport takes any frame
 * as liveness); the refusal must be counted as one venue error
 * and reported once on its connection with the venue's reason; and neither may change anything the
 * adapter forwards or holds.
 */
export function assertControlFramesHandled(
  make: (sink: EventSink, requests: RecordingRequests) => VenueAdapter,
  frames: readonly CaptureRecord[],
  control: ControlFrames,
): void {
  const run = (inject: boolean) => {
    const events: MarketEvent[] = [];
    const requests = new RecordingRequests();
    const adapter = make((e) => events.push(e), requests);
    frames.forEach((r, i) => {
      adapter.onFrame(r.conn, r.msg, r.timeNs);
      if (!inject || i > 0) return;
      if (control.pong !== undefined) adapter.onFrame(r.conn, control.pong, r.timeNs);
      adapter.onFrame(r.conn, control.refusal, r.timeNs);
    });
    return { events, requests, stats: adapter.stats(), tops: adapter.topOfBooks() };
  };
  const clean = run(false);
  const injected = run(true);
  const conn = frames[0].conn;
  assert.equal(injected.stats.venueErrors, clean.stats.venueErrors + 1);
  assert.equal(injected.stats.messagesByType.error ?? 0, (clean.stats.messagesByType.error ?? 0) + 1);
  assert.equal(injected.stats.malformed, clean.stats.malformed, "control frames are never malformed");
  // Both injected frames are understood: each is counted under a message type, the pong not as an error.
  const total = (byType: Record<string, number>) => Object.values(byType).reduce((a, n) => a + n, 0);
  assert.equal(
    total(injected.stats.messagesByType),
    total(clean.stats.messagesByType) + (control.pong === undefined ? 1 : 2),
  );
  assert.equal(injected.requests.errors.length, 1);
  assert.equal(injected.requests.errors[0].connectionId, conn);
  assert.match(injected.requests.errors[0].reason, control.reason);
  assert.deepEqual(injected.events, clean.events);
  assert.deepEqual(injected.tops, clean.tops);
  assert.deepEqual(injected.requests.sent, clean.requests.sent);
  assert.deepEqual(injected.requests.reconnects, clean.requests.reconnects);
}
