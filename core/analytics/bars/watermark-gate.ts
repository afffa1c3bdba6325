/**
 * Says when a shared watermark (a venue clock, the feature clock) must be pushed into every symbol's bar
 * aggregators, so that advancing many quiet symbols costs nothing between the instants where it matters.
 *
 * An aggregator's decisions depend on its watermark only through (a) which bar of each timeframe the
 * watermark lies in, and (b) whether it has reached the last closed bar's close + grace (amend or late).
 * Every timeframe is aligned to the epoch, so every bar close is a multiple of the durations' gcd (the
 * smallest timeframe when the others are its multiples), and every such instant is a boundary B of that step
 * or B + (grace mod step). Pushing the
 * watermark at exactly those instants (and letting each aggregator's own trades move it in between) gives
 * every symbol the same bars, amendments and late trades as pushing it on every event. A symbol that appears
 * between two due instants is brought up to `lastDueNs` right after its first trade, as a per-event push would.
 */
import { barOpen } from "./timeframe.ts";

export class WatermarkGate {
  private nextNs = -1n;
  /** The watermark of the last due instant (-1 before the first): every symbol has been advanced to it. */
  lastDueNs = -1n;
  private readonly offsetNs: bigint;

  /**
   * @param durationNs the step: the gcd of the timeframes' durations
   * @param graceNs the aggregators' grace window
   */
  constructor(
    private readonly durationNs: bigint,
    graceNs: bigint,
  ) {
    this.offsetNs = graceNs % durationNs;
  }

  /** True when a watermark at `timeNs` may change a decision since the last due instant (then remembers it). */
  due(timeNs: bigint): boolean {
    if (timeNs < this.nextNs) return false;
    this.lastDueNs = timeNs;
    const open = barOpen(timeNs, this.durationNs);
    const graceEdge = open + this.offsetNs;
    this.nextNs = this.offsetNs > 0n && timeNs < graceEdge ? graceEdge : open + this.durationNs;
    return true;
  }
}
