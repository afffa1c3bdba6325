/**
 * Test-only kit for venue adapter tests: a request recorder standing in for the transport, and a
 * deliberately naive Map-based book used as an independent oracle (it shares no code with L2Book or
 * GuardedBook, so a test comparing the two can fail when either is wrong).
 */
import type { AdapterRequests, TopOfBook } from "./adapter.ts";
import type { BookEvent, MarketEvent } from "../normalize/events.ts";

/** Records what the adapter asked of its transport. */
export class RecordingRequests implements AdapterRequests {
  readonly sent: Array<{ connectionId: string; frame: string }> = [];
  readonly reconnects: Array<{ connectionId: string; reason: string }> = [];
  readonly snapshots: Array<{ key: string; url: string }> = [];
  send(connectionId: string, frame: string): void {
    this.sent.push({ connectionId, frame });
  }
  reconnect(connectionId: string, reason: string): void {
    this.reconnects.push({ connectionId, reason });
  }
  requestSnapshot(key: string, url: string): void {
    this.snapshots.push({ key, url });
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
