/**
 * A clock that moves only when told to. Budgets, retry schedules and backoff are then checked by
 * counting what happened per simulated window rather than by sleeping and measuring.
 */
import type { Clock, TimerHandle } from "./clock.ts";

interface Timer {
  readonly id: number;
  readonly at: number;
  readonly fn: () => void;
}

export class ManualClock implements Clock {
  private ms: number;
  private nextId = 1;
  private timers: Timer[] = [];

  constructor(private readonly epochMs = 1_700_000_000_000, startMs = 0) {
    this.ms = startMs;
  }

  nowNs(): bigint {
    return BigInt(Math.round((this.epochMs + this.ms) * 1e6));
  }

  nowMs(): number {
    return this.ms;
  }

  setTimer(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.push({ id, at: this.ms + Math.max(0, ms), fn });
    return id;
  }

  clearTimer(id: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== id);
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  /** Move time forward, firing due timers in time order (timers they set fire too, if due). */
  advance(ms: number): void {
    const end = this.ms + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.ms = Math.max(this.ms, due.at);
      due.fn();
    }
    this.ms = end;
  }
}
