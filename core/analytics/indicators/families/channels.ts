/** Price channels: Bollinger, Keltner, Donchian and Ichimoku. */
import type { Candle } from "../../candles/candle.ts";
import { FieldsIndicator } from "../indicator.ts";
import { EmaLadder } from "../series/averages.ts";
import { Ring } from "../series/ring.ts";
import { RollingMoments } from "../series/rolling-moments.ts";
import { WindowRange } from "../series/window-range.ts";
import type { Shared, Use } from "../shared.ts";
import { AtrTracker, type AtrUse } from "./ranges.ts";

type BandFields = { upper: number; middle: number; lower: number };

const noBands = (): BandFields => ({ upper: Number.NaN, middle: Number.NaN, lower: Number.NaN });

/** Bollinger Bands (TA-Lib BBANDS with SMA): middle ± k·population stddev. */
export class Bbands extends FieldsIndicator<BandFields> {
  readonly #moments: Use<RollingMoments>;

  constructor(
    period: number,
    readonly upperK: number,
    readonly lowerK: number,
    shared: Shared,
  ) {
    super(noBands());
    this.#moments = RollingMoments.ofClose(period, shared);
  }

  update(bar: Candle): Readonly<BandFields> | undefined {
    const m = RollingMoments.advance(this.#moments, bar.close);
    if (!m.full) return this.publish(false);
    const middle = m.mean;
    const sd = Math.sqrt(m.variance);
    const out = this.out;
    out.upper = middle + this.upperK * sd;
    out.middle = middle;
    out.lower = middle - this.lowerK * sd;
    return this.publish(true);
  }
}

/** Keltner channel: EMA of the close ± multiplier · Wilder ATR. */
export class Keltner extends FieldsIndicator<BandFields> {
  readonly #ema: Use<EmaLadder>;
  readonly #atr: AtrUse;

  constructor(
    period: number,
    readonly multiplier: number,
    atrPeriod: number,
    shared: Shared,
  ) {
    super(noBands());
    this.#ema = EmaLadder.ofClose(period, 1, shared);
    this.#atr = AtrTracker.shared(atrPeriod, shared);
  }

  update(bar: Candle): Readonly<BandFields> | undefined {
    const middle = EmaLadder.at(this.#ema, bar.close)[0];
    const atr = AtrTracker.at(this.#atr, bar);
    if (middle !== middle || atr !== atr) return this.publish(false);
    const out = this.out;
    out.upper = middle + this.multiplier * atr;
    out.middle = middle;
    out.lower = middle - this.multiplier * atr;
    return this.publish(true);
  }
}

export class Donchian extends FieldsIndicator<BandFields> {
  readonly #range: WindowRange;

  constructor(period: number) {
    super(noBands());
    this.#range = new WindowRange(period);
  }

  update(bar: Candle): Readonly<BandFields> | undefined {
    const r = this.#range;
    if (!r.push(bar.high, bar.low)) return this.publish(false);
    const out = this.out;
    out.upper = r.upper;
    out.middle = r.middle;
    out.lower = r.lower;
    return this.publish(true);
  }
}

/**
 * The midpoint of the last `period` bars' range (Ichimoku's span B). When `period` is longer than
 * the kijun window by at most that window's length (52 and 26 by default), the range is the union
 * of the kijun window now and the kijun window `period − kijun` bars ago: max and min pick one of
 * the values, so their extremes are exactly those of a `period`-bar window, at the cost of keeping
 * the kijun extremes of the last `period − kijun` bars instead of a second window.
 */
class SpanB {
  /** The window of its own, for periods the kijun window cannot compose. */
  readonly #own: WindowRange | undefined;
  /** The kijun window's extremes over the last `period − kijun` bars (each push gives back the oldest). */
  readonly #pastUpper: Ring;
  readonly #pastLower: Ring;
  #seen = 0;

  constructor(
    readonly period: number,
    kijun: number,
  ) {
    const lag = period - kijun;
    const composed = lag > 0 && lag <= kijun;
    this.#own = composed ? undefined : new WindowRange(period);
    this.#pastUpper = new Ring(composed ? lag : 1);
    this.#pastLower = new Ring(composed ? lag : 1);
  }

  /** The midpoint after `high` and `low`, once `kijun` has taken them; NaN while the window fills. */
  next(kijun: WindowRange, high: number, low: number): number {
    const own = this.#own;
    if (own !== undefined) return own.push(high, low) ? own.middle : Number.NaN;
    const upper = Math.max(kijun.upper, this.#pastUpper.push(kijun.upper));
    const lower = Math.min(kijun.lower, this.#pastLower.push(kijun.lower));
    return ++this.#seen >= this.period ? (upper + lower) / 2 : Number.NaN;
  }
}

type IchimokuFields = { tenkan: number; kijun: number; spanA: number; spanB: number; cloudA: number; cloudB: number };

/**
 * Ichimoku. tenkan/kijun/spanA/spanB are computed from bars up to now (a chart plots the spans
 * `displacement` bars ahead); cloudA/cloudB are the spans computed `displacement` bars ago, i.e.
 * the cloud under the current bar, which is what a live strategy compares the price with.
 */
export class Ichimoku extends FieldsIndicator<IchimokuFields> {
  readonly #tenkan: WindowRange;
  readonly #kijun: WindowRange;
  readonly #spanB: SpanB;
  readonly #pastA: Ring;
  readonly #pastB: Ring;

  constructor(tenkan: number, kijun: number, spanB: number, readonly displacement: number) {
    const nan = Number.NaN;
    super({ tenkan: nan, kijun: nan, spanA: nan, spanB: nan, cloudA: nan, cloudB: nan });
    this.#tenkan = new WindowRange(tenkan);
    this.#kijun = new WindowRange(kijun);
    this.#spanB = new SpanB(spanB, kijun);
    this.#pastA = new Ring(displacement + 1);
    this.#pastB = new Ring(displacement + 1);
  }

  update(bar: Candle): Readonly<IchimokuFields> | undefined {
    const { high, low } = bar;
    const tReady = this.#tenkan.push(high, low);
    const kReady = this.#kijun.push(high, low);
    const tenkan = tReady ? this.#tenkan.middle : Number.NaN;
    const kijun = kReady ? this.#kijun.middle : Number.NaN;
    const spanA = (tenkan + kijun) / 2;
    const spanB = this.#spanB.next(this.#kijun, high, low);
    this.#pastA.push(spanA);
    this.#pastB.push(spanB);
    if (!this.#pastB.full) return this.publish(false);
    const cloudA = this.#pastA.get(this.displacement);
    const cloudB = this.#pastB.get(this.displacement);
    if (cloudB !== cloudB || cloudA !== cloudA) return this.publish(false);
    const out = this.out;
    out.tenkan = tenkan;
    out.kijun = kijun;
    out.spanA = spanA;
    out.spanB = spanB;
    out.cloudA = cloudA;
    out.cloudB = cloudB;
    return this.publish(true);
  }
}
