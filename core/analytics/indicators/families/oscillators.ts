/** Multi-window oscillators on bars: CCI and the Ultimate Oscillator. */
import type { Candle } from "../../candles/candle.ts";
import { ScalarIndicator } from "../indicator.ts";
import { Ring } from "../series/ring.ts";
import { RollingSum, RollingSumPair } from "../series/rolling-sum.ts";
import { isZero } from "../series/series.ts";

/**
 * Commodity channel index (TA-Lib CCI). The mean absolute deviation has no O(1) update, so each
 * bar sums the window like TA-Lib does: O(period) per update, the one deliberate exception. The
 * mean comes from a rolling sum, and the deviation loop keeps two partial sums: one running sum
 * is a chain of dependent additions that the CPU cannot overlap.
 */
export class Cci extends ScalarIndicator {
  readonly #tp: Ring;
  readonly #sum: RollingSum;

  constructor(readonly period: number) {
    super();
    this.#tp = new Ring(period);
    this.#sum = new RollingSum(period);
  }

  advance(bar: Candle): void {
    this.#step(bar);
  }

  #step(bar: Candle): void {
    const tp = (bar.high + bar.low + bar.close) / 3;
    const ring = this.#tp;
    ring.push(tp);
    const n = this.period;
    const mean = this.#sum.push(tp) / n;
    if (!ring.full) {
      this.latest = Number.NaN;
      return;
    }
    const data = ring.data;
    const newest = ring.newest;
    let even = 0;
    let odd = 0;
    let i = newest - n + 1;
    for (; i < newest; i += 2) {
      even += Math.abs(data[i] - mean);
      odd += Math.abs(data[i + 1] - mean);
    }
    if (i === newest) even += Math.abs(data[i] - mean);
    const dev = even + odd;
    const d = tp - mean;
    this.latest = d !== 0 && dev !== 0 ? d / (0.015 * (dev / n)) : 0;
  }
}

/** A window's buying pressure over its true range, weighted; 0 for a window with no range (TA-Lib). */
const weightedRatio = (sums: RollingSumPair, weight: number): number =>
  isZero(sums.second) ? 0 : weight * (sums.first / sums.second);

/**
 * Ultimate oscillator (TA-Lib ULTOSC): buying pressure over true range on three windows, weighted
 * 4:2:1. TA-Lib sorts the three periods ascending before weighting; so does this.
 */
export class Ultosc extends ScalarIndicator {
  readonly #short: RollingSumPair;
  readonly #medium: RollingSumPair;
  readonly #long: RollingSumPair;
  #prevClose = Number.NaN;

  constructor(p1: number, p2: number, p3: number) {
    super();
    const [short, medium, long] = [p1, p2, p3].sort((a, b) => a - b);
    this.#short = new RollingSumPair(short);
    this.#medium = new RollingSumPair(medium);
    this.#long = new RollingSumPair(long);
  }

  advance(bar: Candle): void {
    this.#step(bar);
  }

  #step(bar: Candle): void {
    const pc = this.#prevClose;
    this.#prevClose = bar.close;
    if (pc !== pc) {
      this.latest = Number.NaN;
      return;
    }
    const trueLow = bar.low < pc ? bar.low : pc;
    const trueHigh = bar.high > pc ? bar.high : pc;
    const bp = bar.close - trueLow;
    const tr = trueHigh - trueLow;
    this.#short.push(bp, tr);
    this.#medium.push(bp, tr);
    if (!this.#long.push(bp, tr)) {
      this.latest = Number.NaN;
      return;
    }
    this.latest = (100 * (weightedRatio(this.#short, 4) + weightedRatio(this.#medium, 2) + weightedRatio(this.#long, 1))) / 7;
  }
}
