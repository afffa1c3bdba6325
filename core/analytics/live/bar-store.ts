/**
 * Closed and amended bars into ClickHouse's `bars` table (bars/bar-table.ts), in batched inserts.
 *
 * Exactly-once is the table's: rows are keyed by (venue, symbol, timeframe, open_time_ns) in a
 * ReplacingMergeTree(revision), so an amendment (revision + 1) replaces the first version, and a retried
 * insert that had in fact landed only adds copies that collapse on merge (`FINAL` when reading before).
 * A failed insert keeps its rows and is retried with backoff; while ClickHouse is away bars queue up to
 * `maxPendingRows`, beyond which new bars are dropped and counted (the ticks they came from stay stored).
 */
import type { ClickHouseClient } from "@clickhouse/client";
import type { EventBus } from "../../bus/event-bus.ts";
import type { CoreTopics } from "../../bus/topics.ts";
import { runMigrations } from "../../store/migrations.ts";
import type { Bar } from "../bars/bar.ts";
import { barTableMigrations, BarWriter } from "../bars/bar-table.ts";

export interface BarStoreOptions {
  readonly client: ClickHouseClient;
  readonly flushMs: number;
  readonly flushRows: number;
  readonly maxPendingRows: number;
  readonly onError?: (error: Error) => void;
}

export interface BarStoreStats {
  inserted: number;
  pending: number;
  inserts: number;
  failedInserts: number;
  dropped: number;
  lastError: string | null;
}

const MAX_BACKOFF_MS = 30_000;

export class BarStore {
  private readonly writer: BarWriter;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private backoffMs = 0;
  private retryAt = 0;
  private readonly counters = { inserts: 0, failedInserts: 0, dropped: 0, lastError: null as string | null };

  constructor(private readonly options: BarStoreOptions) {
    this.writer = new BarWriter(options.client);
  }

  /** Runs the bars table migration (at start-up, beside the tick tables') and starts the flush timer. */
  async open(): Promise<void> {
    await runMigrations(this.options.client, barTableMigrations);
    this.timer = setInterval(() => void this.flush(), this.options.flushMs);
    this.timer.unref();
  }

  /** Stores every bar published on "bars.closed"; returns the unsubscribe function. */
  attach(bus: EventBus<CoreTopics>): () => void {
    return bus.subscribe("bars.closed", (event) => this.add(event.bar));
  }

  add(bar: Bar): void {
    if (this.writer.pending >= this.options.maxPendingRows) {
      this.counters.dropped++;
      return;
    }
    this.writer.add(bar);
    if (this.writer.pending >= this.options.flushRows && !this.flushing) setImmediate(() => void this.flush());
  }

  /** One insert of everything pending (no-op while one runs or during a retry backoff). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.writer.pending === 0 || performance.now() < this.retryAt) return Promise.resolve();
    this.flushing = this.insert().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  stats(): BarStoreStats {
    return { inserted: this.writer.inserted, pending: this.writer.pending, ...this.counters };
  }

  /** Stops the timer and flushes what is pending (a few attempts; what still fails is reported in stats). */
  async close(attempts = 3): Promise<void> {
    clearInterval(this.timer);
    await this.flushing;
    for (let i = 0; i < attempts && this.writer.pending > 0; i++) {
      this.retryAt = 0;
      await this.flush();
    }
  }

  private async insert(): Promise<void> {
    try {
      await this.writer.flush();
      this.counters.inserts++;
      this.backoffMs = 0;
      this.retryAt = 0;
    } catch (error) {
      this.counters.failedInserts++;
      this.counters.lastError = (error as Error).message;
      this.backoffMs = Math.min(Math.max(this.backoffMs * 2, this.options.flushMs), MAX_BACKOFF_MS);
      this.retryAt = performance.now() + this.backoffMs;
      this.options.onError?.(error as Error);
    }
  }
}
