/**
 * Reconnect delays: exponential with full jitter (delay = random(0, min(cap, base·2^attempt))).
 * Full jitter rather than "exponential plus a little noise" because when a venue drops every client
 * at once, thousands of collectors must not come back in lockstep and get rate-limited together.
 */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly capMs: number;
}

export function backoffDelayMs(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
