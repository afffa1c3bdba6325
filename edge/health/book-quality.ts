/**
 * Data-quality verdict for one forwarded book: is what the core receives plausible right now?
 * Pure, so every rule is tested on its own. The first matching rule wins, worst first.
 */
import type { Severity } from "../normalize/events.ts";

export interface BookQualityPolicy {
  /** Spread wider than this (basis points of mid) is suspicious (YELLOW). */
  readonly maxSpreadBps: number;
  /** Fewer levels than this on either side (YELLOW). */
  readonly minLevels: number;
  /** No book update for this long (YELLOW: may be a quiet market, the connection judges liveness). */
  readonly staleAfterMs: number;
  /** No valid book for this long (RED); shorter is a resync in progress (YELLOW). */
  readonly invalidRedAfterMs: number;
}

export interface BookView {
  /** The adapter currently holds this book as valid. */
  readonly valid: boolean;
  /** How long it has been invalid (0 when valid). */
  readonly invalidForMs: number;
  readonly bestBid: number | undefined;
  readonly bestAsk: number | undefined;
  readonly bidLevels: number;
  readonly askLevels: number;
  readonly sinceUpdateMs: number;
}

export interface Verdict {
  readonly severity: Severity;
  /** Stable code for change detection; `reason` carries the figures. */
  readonly code: string;
  readonly reason: string;
}

export const GREEN: Verdict = { severity: "GREEN", code: "ok", reason: "ok" };

export function spreadBps(bid: number, ask: number): number {
  return ((ask - bid) / ((ask + bid) / 2)) * 10_000;
}

export function judgeBook(view: BookView, policy: BookQualityPolicy): Verdict {
  const { bestBid: bid, bestAsk: ask } = view;
  if (!view.valid) {
    const s = (view.invalidForMs / 1000).toFixed(1);
    return view.invalidForMs >= policy.invalidRedAfterMs
      ? { severity: "RED", code: "invalid", reason: `no valid book for ${s} s` }
      : { severity: "YELLOW", code: "resyncing", reason: `resyncing for ${s} s` };
  }
  if (bid !== undefined && ask !== undefined && bid >= ask) {
    return { severity: "RED", code: "crossed", reason: `crossed book: bid ${bid} >= ask ${ask}` };
  }
  if (view.sinceUpdateMs >= policy.staleAfterMs) {
    return {
      severity: "YELLOW",
      code: "stale",
      reason: `no book update for ${(view.sinceUpdateMs / 1000).toFixed(1)} s`,
    };
  }
  if (bid !== undefined && ask !== undefined) {
    const bps = spreadBps(bid, ask);
    if (bps > policy.maxSpreadBps) {
      return {
        severity: "YELLOW",
        code: "wide",
        reason: `spread ${bps.toFixed(1)} bps > ${policy.maxSpreadBps}`,
      };
    }
  }
  if (view.bidLevels < policy.minLevels || view.askLevels < policy.minLevels) {
    return {
      severity: "YELLOW",
      code: "thin",
      reason: `${view.bidLevels} bid / ${view.askLevels} ask levels < ${policy.minLevels}`,
    };
  }
  return GREEN;
}
