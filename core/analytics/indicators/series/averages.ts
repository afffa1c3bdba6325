/**
 * Moving averages as scalar streams, with TA-Lib's seeding (default compatibility mode): EMA-type
 * averages start from the SMA of their first `period` inputs, so their first value appears at
 * index period-1 and compositions (DEMA, TEMA, TRIX) inherit TA-Lib's lookbacks exactly.
 */
import type { Candle } from "../../candles/candle.ts";
import type { Shared, Use } from "../shared.ts";
import { CloseSeries, isZero } from "./series.ts";
import { Ring } from "./ring.ts";
import { RollingSum } from "./rolling-sum.ts";

export class Sma extends CloseSeries {
  readonly #sum: RollingSum;

  constructor(readonly period: number) {
    super();
    this.#sum = new RollingSum(period);
  }

  next(x: number): number {
    const s = this.#sum.push(x);
    return this.#sum.full ? s / this.period : Number.NaN;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }
}

/** Exponential smoothing seeded with the SMA of the first `period` inputs. */
abstract class SeededSmoothing extends CloseSeries {
  #seedSum = 0;
  #seen = 0;
  #value = Number.NaN;

  constructor(readonly period: number) {
    super();
  }

  next(x: number): number {
    if (this.#seen < this.period) {
      this.#seedSum += x;
      if (++this.#seen === this.period) this.#value = this.#seedSum / this.period;
      return this.#value;
    }
    this.#value = this.smooth(this.#value, x);
    return this.#value;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }

  protected abstract smooth(prev: number, x: number): number;
}

export class Ema extends SeededSmoothing {
  readonly #k: number;

  constructor(period: number) {
    super(period);
    this.#k = 2 / (period + 1);
  }

  protected smooth(prev: number, x: number): number {
    return (x - prev) * this.#k + prev;
  }
}

/** Wilder's smoothing (RMA), written as TA-Lib writes it for ATR: (prev·(n−1) + x) / n. */
export class Wilder extends SeededSmoothing {
  protected smooth(prev: number, x: number): number {
    return (prev * (this.period - 1) + x) / this.period;
  }
}

/** Linearly weighted (newest weight n): O(1) by updating the weighted sum with the plain sum. */
export class Wma extends CloseSeries {
  readonly #ring: Ring;
  readonly #divider: number;
  #weighted = 0;
  #plain = 0;

  constructor(readonly period: number) {
    super();
    this.#ring = new Ring(period);
    this.#divider = (period * (period + 1)) / 2;
  }

  next(x: number): number {
    const old = this.#ring.push(x);
    // Every value already in the window loses one weight step; the new one enters at weight n.
    this.#weighted += this.period * x - this.#plain;
    this.#plain += x;
    if (old === old) this.#plain -= old;
    return this.#ring.full ? this.#weighted / this.#divider : Number.NaN;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }
}

/** Triangular: TA-Lib's SMA of SMA, split (n+1)/2 twice for odd n, n/2+1 then n/2 for even n. */
export class Trima extends CloseSeries {
  readonly #first: Sma;
  readonly #second: Sma;

  constructor(period: number) {
    super();
    this.#first = new Sma(period % 2 === 1 ? (period + 1) / 2 : period / 2 + 1);
    this.#second = new Sma(period % 2 === 1 ? (period + 1) / 2 : period / 2);
  }

  next(x: number): number {
    const inner = this.#first.next(x);
    return inner === inner ? this.#second.next(inner) : inner;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }
}

/**
 * Successive EMAs of the close over one period: stage 1 = EMA(close), stage 2 = EMA(stage 1), and
 * so on. EMA, DEMA, TEMA and Keltner's middle line over the same period take one ladder from their
 * set's Shared, as deep as the deepest of them needs, so each stage is computed once per bar.
 */
export class EmaLadder {
  readonly #emas: Ema[] = [];
  /**
   * Stage values after the latest input. A stage is only fed once the one before it has a value;
   * until then (and once an input was NaN) a combination of the stages is NaN.
   */
  stages = new Float64Array(0);

  constructor(readonly period: number) {}

  /** The ladder of `period` in `shared`, made at least `depth` stages deep (before any update). */
  static ofClose(period: number, depth: number, shared: Shared): Use<EmaLadder> {
    const use = shared.take(`ema-ladder:${period}`, () => new EmaLadder(period));
    const ladder = use.series;
    while (ladder.#emas.length < depth) ladder.#emas.push(new Ema(period));
    if (ladder.stages.length < depth) ladder.stages = new Float64Array(depth).fill(Number.NaN);
    return use;
  }

  /** The stages after x: advances the ladder when `use` is its owner's, else reads them. */
  static at(use: Use<EmaLadder>, x: number): Float64Array {
    if (use.owner) use.series.next(x);
    return use.series.stages;
  }

  next(x: number): void {
    const emas = this.#emas;
    let v = x;
    for (let i = 0; i < emas.length; i++) {
      v = emas[i].next(v);
      this.stages[i] = v;
      if (v !== v) return;
    }
  }
}

/**
 * A linear combination of the first stages of an EMA ladder: EMA (1·e1), DEMA (2·e1 − e2), TEMA
 * (3·e1 − 3·e2 + e3). NaN until every stage it weighs has a value.
 */
export class EmaCascade extends CloseSeries {
  readonly #ladder: Use<EmaLadder>;

  constructor(
    period: number,
    readonly weights: readonly number[],
    shared: Shared,
  ) {
    super();
    this.#ladder = EmaLadder.ofClose(period, weights.length, shared);
  }

  next(x: number): number {
    const stages = EmaLadder.at(this.#ladder, x);
    let out = 0;
    for (let i = 0; i < this.weights.length; i++) out += this.weights[i] * stages[i];
    return out;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }
}

/**
 * Kaufman's adaptive MA with TA-Lib's fixed fast/slow constants (2 and 30) and its seed: the
 * previous input stands in for the previous KAMA at the first output (index `period`).
 */
export class Kama extends CloseSeries {
  static readonly #slow = 2 / 31;
  static readonly #diff = 2 / 3 - 2 / 31;
  readonly #prices: Ring;
  #sumRoc = 0;
  #kama = Number.NaN;

  constructor(readonly period: number) {
    super();
    this.#prices = new Ring(period + 1);
  }

  next(x: number): number {
    const prices = this.#prices;
    const filled = prices.count;
    if (filled > 0) {
      if (prices.full) this.#sumRoc -= Math.abs(prices.get(filled - 1) - prices.get(filled - 2));
      this.#sumRoc += Math.abs(x - prices.get(0));
    }
    const prev = filled > 0 ? prices.get(0) : Number.NaN;
    prices.push(x);
    if (!prices.full) return Number.NaN;
    if (this.#kama !== this.#kama) this.#kama = prev;
    const periodRoc = x - prices.get(this.period);
    const er = this.#sumRoc <= periodRoc || isZero(this.#sumRoc) ? 1 : Math.abs(periodRoc / this.#sumRoc);
    let sc = er * Kama.#diff + Kama.#slow;
    sc *= sc;
    this.#kama = (x - this.#kama) * sc + this.#kama;
    return this.#kama;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }
}
