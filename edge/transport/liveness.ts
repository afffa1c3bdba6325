/**
 * Decides whether a silent connection is dead, without mistaking a quiet market for a dead feed.
 *
 * Any frame counts as life (heartbeats, pongs, acks, not just trades), and silence alone is never
 * enough: after `silenceMs` without a frame the transport sends a probe the venue must answer, and
 * only when `probeTimeoutMs` more pass with nothing received is the feed declared dead. A venue that
 * still answers its heartbeat during a quiet market therefore stays alive indefinitely.
 */
export interface LivenessPolicy {
  /** Silence after which a probe is sent; derive it from the venue's heartbeat cadence. */
  readonly silenceMs: number;
  /** Time the probe gets to be answered (by any frame). */
  readonly probeTimeoutMs: number;
}

export type LivenessVerdict =
  | { readonly kind: "alive"; readonly nextCheckInMs: number }
  | { readonly kind: "probe"; readonly nextCheckInMs: number }
  | { readonly kind: "dead"; readonly silentForMs: number };

export class Liveness {
  private lastFrameMs: number;
  private probeSentMs: number | undefined;

  constructor(private readonly policy: LivenessPolicy, nowMs: number) {
    this.lastFrameMs = nowMs;
  }

  frame(nowMs: number): void {
    this.lastFrameMs = nowMs;
    this.probeSentMs = undefined;
  }

  silentForMs(nowMs: number): number {
    return nowMs - this.lastFrameMs;
  }

  /** Whether a probe is outstanding (the connection is suspect). */
  probing(): boolean {
    return this.probeSentMs !== undefined;
  }

  check(nowMs: number): LivenessVerdict {
    const silent = nowMs - this.lastFrameMs;
    if (this.probeSentMs !== undefined) {
      const waited = nowMs - this.probeSentMs;
      if (waited >= this.policy.probeTimeoutMs) return { kind: "dead", silentForMs: silent };
      return { kind: "alive", nextCheckInMs: this.policy.probeTimeoutMs - waited };
    }
    if (silent >= this.policy.silenceMs) {
      this.probeSentMs = nowMs;
      return { kind: "probe", nextCheckInMs: this.policy.probeTimeoutMs };
    }
    return { kind: "alive", nextCheckInMs: this.policy.silenceMs - silent };
  }
}
