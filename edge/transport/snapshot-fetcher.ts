/**
 * Serves adapters' REST snapshot requests within the venue's request-weight budget.
 *
 * Requests queue FIFO behind a WeightBudget; a request for a key already waiting replaces it (a
 * book that resyncs twice needs one snapshot, not two). 429/418 answers pause the whole venue for
 * Retry-After (or a backoff when absent) because the limit is per IP, not per request; the venue's
 * window has reset by then, so the local bucket is not drained on top of it. 5xx and
 * network errors retry that request alone with backoff. The adapter always hears back through
 * `deliver`: the body, or null once the request is given up, so a book never waits forever.
 */
import { backoffDelayMs, type BackoffPolicy } from "./backoff.ts";
import type { Clock, TimerHandle } from "./clock.ts";
import { retryAfterMs } from "./retry-after.ts";
import type { TransportObserver } from "./transport-observer.ts";
import { WeightBudget } from "./weight-budget.ts";

export interface SnapshotFetcherSettings {
  readonly weightPerMinute: number;
  readonly maxAttempts: number;
  readonly maxConcurrent: number;
  readonly timeoutMs: number;
  readonly backoff: BackoffPolicy;
}

export interface SnapshotFetcherDeps {
  readonly clock: Clock;
  readonly fetch: typeof fetch;
  readonly random: () => number;
  readonly observer: TransportObserver;
  readonly deliver: (key: string, body: string | null, receiveTimeNs: bigint) => void;
}

interface Pending {
  readonly key: string;
  url: string;
  weight: number;
  attempt: number;
  notBeforeMs: number;
}

export interface SnapshotFetcherStats {
  requested: number;
  sent: number;
  retried: number;
  throttled: number;
  failed: number;
  weightSpent: number;
}

export class SnapshotFetcher {
  private readonly queue: Pending[] = [];
  private readonly budget: WeightBudget;
  private readonly aborts = new Set<AbortController>();
  private inFlight = 0;
  private pausedUntilMs = 0;
  private pumpTimer: TimerHandle | undefined;
  private stopped = false;
  readonly stats: SnapshotFetcherStats = {
    requested: 0,
    sent: 0,
    retried: 0,
    throttled: 0,
    failed: 0,
    weightSpent: 0,
  };

  constructor(
    private readonly settings: SnapshotFetcherSettings,
    private readonly deps: SnapshotFetcherDeps,
  ) {
    this.budget = new WeightBudget(settings.weightPerMinute, deps.clock.nowMs());
  }

  /** Requests waiting or in flight. */
  get outstanding(): number {
    return this.queue.length + this.inFlight;
  }

  request(key: string, url: string, weight: number): void {
    if (this.stopped) return;
    this.stats.requested++;
    const waiting = this.queue.find((p) => p.key === key);
    if (waiting) {
      waiting.url = url;
      waiting.weight = weight;
    } else {
      this.queue.push({ key, url, weight, attempt: 0, notBeforeMs: 0 });
    }
    this.pump();
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    if (this.pumpTimer !== undefined) this.deps.clock.clearTimer(this.pumpTimer);
    for (const ac of this.aborts) ac.abort();
  }

  private pump(): void {
    if (this.stopped) return;
    const now = this.deps.clock.nowMs();
    if (now < this.pausedUntilMs) return this.wake(this.pausedUntilMs - now);
    while (this.inFlight < this.settings.maxConcurrent) {
      const i = this.queue.findIndex((p) => p.notBeforeMs <= now);
      if (i < 0) {
        const next = Math.min(...this.queue.map((p) => p.notBeforeMs));
        if (Number.isFinite(next)) this.wake(next - now);
        return;
      }
      const wait = this.budget.take(this.queue[i].weight, now);
      if (wait > 0) return this.wake(wait);
      const [item] = this.queue.splice(i, 1);
      this.stats.weightSpent += item.weight;
      void this.send(item);
    }
  }

  private wake(ms: number): void {
    if (this.pumpTimer !== undefined) this.deps.clock.clearTimer(this.pumpTimer);
    this.pumpTimer = this.deps.clock.setTimer(() => {
      this.pumpTimer = undefined;
      this.pump();
    }, Math.max(1, ms));
  }

  private async send(item: Pending): Promise<void> {
    const { clock, observer } = this.deps;
    this.inFlight++;
    this.stats.sent++;
    const ac = new AbortController();
    this.aborts.add(ac);
    const timer = clock.setTimer(() => ac.abort(), this.settings.timeoutMs);
    let status = 0;
    let retryAfter: string | null = null;
    let body: string | undefined;
    try {
      const res = await this.deps.fetch(item.url, { signal: ac.signal });
      status = res.status;
      retryAfter = res.headers.get("retry-after");
      const text = await res.text();
      if (res.ok) body = text;
    } catch {
      status = 0;
    } finally {
      clock.clearTimer(timer);
      this.aborts.delete(ac);
      this.inFlight--;
    }
    if (this.stopped) return;
    if (body !== undefined) {
      observer.snapshotFetched(item.key, "ok", status);
      this.deps.deliver(item.key, body, clock.nowNs());
    } else {
      this.failed(item, status, retryAfter);
    }
    this.pump();
  }

  private failed(item: Pending, status: number, retryAfter: string | null): void {
    const { clock, observer } = this.deps;
    const throttled = status === 429 || status === 418;
    const retryable = throttled || status === 0 || status >= 500;
    item.attempt++;
    if (!retryable || item.attempt >= this.settings.maxAttempts) {
      this.stats.failed++;
      observer.snapshotFetched(item.key, "failed", status);
      this.deps.deliver(item.key, null, clock.nowNs());
      return;
    }
    const now = clock.nowMs();
    const told = retryAfterMs(retryAfter, Number(clock.nowNs() / 1_000_000n));
    const delay = told ?? backoffDelayMs(item.attempt, this.settings.backoff, this.deps.random);
    if (throttled) {
      this.stats.throttled++;
      this.pausedUntilMs = Math.max(this.pausedUntilMs, now + delay);
      observer.snapshotFetched(item.key, "throttled", status);
    } else {
      this.stats.retried++;
      observer.snapshotFetched(item.key, "retry", status);
    }
    item.notBeforeMs = now + delay;
    this.queue.unshift(item);
  }
}
