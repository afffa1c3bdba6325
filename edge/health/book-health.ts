/**
 * Health of one instrument's forwarded stream. It keeps its own replica of the book built only from
 * the events that leave the edge, so the checks judge exactly what the core will receive, not the
 * adapter's internal state.
 */
import { L2Book } from "../book/l2-book.ts";
import type { BookEvent, MarketEvent } from "../normalize/events.ts";
import { judgeBook, spreadBps, type Verdict } from "./book-quality.ts";
import type { HealthPolicy } from "./health-policy.ts";
import { WindowQuantiles } from "./window-quantiles.ts";
import { WindowRate } from "./window-rate.ts";

export class BookHealth {
  readonly book = new L2Book();
  connection = "";
  events = 0;
  bookEvents = 0;
  snapshots = 0;
  lastBookMs: number | undefined;
  /** When the book stopped being valid (adapter says so, or its connection is down). */
  invalidSinceMs: number | undefined;
  readonly eventRate: WindowRate;
  readonly latencyMs: WindowQuantiles;

  constructor(readonly symbol: string, nowMs: number, private readonly policy: HealthPolicy) {
    this.eventRate = new WindowRate(policy.windowMs, nowMs);
    this.latencyMs = new WindowQuantiles({ windowMs: policy.windowMs });
  }

  /** A full snapshot after the first means the book was rebuilt. */
  get resyncs(): number {
    return Math.max(0, this.snapshots - 1);
  }

  get hasBook(): boolean {
    return this.snapshots > 0;
  }

  record(event: MarketEvent, connection: string, nowMs: number): void {
    this.events++;
    this.connection = connection || this.connection;
    this.eventRate.add(nowMs);
    if (event.venueTimeNs > 0n) {
      this.latencyMs.add(Number(event.receiveTimeNs - event.venueTimeNs) / 1e6, nowMs);
    }
    if (event.type === "book") this.applyBook(event, nowMs);
  }

  private applyBook(event: BookEvent, nowMs: number): void {
    this.bookEvents++;
    this.lastBookMs = nowMs;
    if (event.snapshot) {
      this.snapshots++;
      this.book.clear();
    }
    for (const [p, s] of event.bids) this.book.bids.set(p, s);
    for (const [p, s] of event.asks) this.book.asks.set(p, s);
    this.book.bids.truncate(this.policy.bookDepth);
    this.book.asks.truncate(this.policy.bookDepth);
  }

  /** Updates validity from the adapter's view and the connection's state, then judges. */
  judge(adapterValid: boolean, connectionOpen: boolean, nowMs: number): Verdict {
    const valid = adapterValid && connectionOpen;
    if (valid) this.invalidSinceMs = undefined;
    else this.invalidSinceMs ??= nowMs;
    const bid = this.book.bestBid();
    const ask = this.book.bestAsk();
    return judgeBook(
      {
        valid,
        invalidForMs: valid ? 0 : nowMs - (this.invalidSinceMs ?? nowMs),
        bestBid: bid,
        bestAsk: ask,
        bidLevels: this.book.bids.length,
        askLevels: this.book.asks.length,
        sinceUpdateMs: nowMs - (this.lastBookMs ?? nowMs),
      },
      this.policy.book,
    );
  }

  spreadBps(): number | undefined {
    const bid = this.book.bestBid();
    const ask = this.book.bestAsk();
    return bid === undefined || ask === undefined ? undefined : spreadBps(bid, ask);
  }
}
