/**
 * Health of one WebSocket connection: what the transport reported about it, the frames it carried
 * and the latency of the events that came through it, reduced to a severity with its reason.
 */
import type { HealthPolicy } from "./health-policy.ts";
import { ClockOffsetEstimator } from "./clock-offset.ts";
import type { Verdict } from "./book-quality.ts";
import { WindowQuantiles } from "./window-quantiles.ts";
import { WindowRate } from "./window-rate.ts";

export type LinkState = "connecting" | "open" | "down";

export class ConnectionHealth {
  state: LinkState = "connecting";
  url = "";
  /** When the current state began. */
  sinceMs: number;
  openMsTotal = 0;
  readonly createdMs: number;
  frames = 0;
  chars = 0;
  opens = 0;
  closes = 0;
  staleDeclared = 0;
  probes = 0;
  probing = false;
  framesDropped = 0;
  sendsDropped = 0;
  lastCloseReason = "";
  /** Set by a venue refusal; cleared when the connection opens again (the venue re-judges then). */
  venueError: string | undefined;
  /** Venue refusals on this connection since start. */
  venueErrors = 0;
  readonly frameRate: WindowRate;
  readonly reconnectRate: WindowRate;
  readonly latencyMs: WindowQuantiles;
  readonly clock: ClockOffsetEstimator;

  constructor(readonly id: string, nowMs: number, private readonly policy: HealthPolicy) {
    this.sinceMs = nowMs;
    this.createdMs = nowMs;
    this.frameRate = new WindowRate(policy.windowMs, nowMs);
    this.reconnectRate = new WindowRate(policy.windowMs, nowMs);
    this.latencyMs = new WindowQuantiles({ windowMs: policy.windowMs });
    this.clock = new ClockOffsetEstimator(this.latencyMs);
  }

  get reconnects(): number {
    return Math.max(0, this.opens - 1);
  }

  setState(state: LinkState, nowMs: number): void {
    if (this.state === "open") this.openMsTotal += nowMs - this.sinceMs;
    this.state = state;
    this.sinceMs = nowMs;
  }

  uptimeMs(nowMs: number): number {
    return this.state === "open" ? nowMs - this.sinceMs : 0;
  }

  /** Share of the monitor's lifetime this connection was open. */
  availability(nowMs: number): number {
    const lived = nowMs - this.createdMs;
    const open = this.openMsTotal + this.uptimeMs(nowMs);
    return lived > 0 ? open / lived : 0;
  }

  judge(nowMs: number): Verdict {
    if (this.venueError !== undefined) {
      return { severity: "RED", code: "venue-error", reason: `venue refused: ${this.venueError}` };
    }
    if (this.state !== "open") {
      const downMs = nowMs - this.sinceMs;
      const what = `${this.state === "connecting" ? "connecting" : "down"} for ${
        (downMs / 1000).toFixed(1)
      } s`;
      const why = this.lastCloseReason ? ` (${this.lastCloseReason})` : "";
      return downMs >= this.policy.downRedAfterMs
        ? { severity: "RED", code: "down", reason: what + why }
        : { severity: "YELLOW", code: "reconnecting", reason: what + why };
    }
    if (this.probing) return { severity: "YELLOW", code: "probing", reason: "silent, probe sent" };
    const p99 = this.latencyMs.quantile(0.99, nowMs);
    if (p99 !== undefined && p99 > this.policy.latencyYellowP99Ms) {
      return { severity: "YELLOW", code: "slow", reason: `p99 latency ${p99.toFixed(0)} ms` };
    }
    const recent = this.reconnectRate.count(nowMs);
    if (recent > 0) {
      return { severity: "YELLOW", code: "flapping", reason: `${recent} reconnect(s) in the last window` };
    }
    return { severity: "GREEN", code: "ok", reason: "ok" };
  }
}
