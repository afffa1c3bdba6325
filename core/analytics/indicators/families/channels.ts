/** Price channels: Bollinger, Keltner, Donchian and Ichimoku. */
import type { Candle } from "../../candles/candle.ts";
import { FieldsIndicator } from "../indicator.ts";
import { EmaLadder } from "../series/averages.ts";
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

  advance(bar: Candle): void {
    const m = RollingMoments.advance(this.#moments, bar.close);
    if (!m.full) return this.publish(false);
    const middle = m.mean;
    const sd = Math.sqrt(m.variance);
    const out = this.out;
    out.upper = middle + this.upperK * sd;
    out.middle = middle;
    out.lower = middle - this.lowerK * sd;
    this.publish(true);
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

  advance(bar: Candle): void {
    const middle = EmaLadder.at(this.#ema, bar.close)[0];
    const atr = AtrTracker.at(this.#atr, bar);
    if (middle !== middle || atr !== atr) return this.publish(false);
    const out = this.out;
    out.upper = middle + this.multiplier * atr;
    out.middle = middle;
    out.lower = middle - this.multiplier * atr;
    this.publish(true);
  }
}

export class Donchian extends FieldsIndicator<BandFields> {
  readonly #range: WindowRange;

  constructor(period: number) {
    super(noBands());
    this.#range = new WindowRange(period);
  }

  advance(bar: Candle): void {
    const r = this.#range;
    if (!r.push(bar.high, bar.low)) return this.publish(false);
    const out = this.out;
    out.upper = r.upper;
    out.middle = r.middle;
    out.lower = r.lower;
    this.publish(true);
  }
}

type IchimokuFields = { tenkan: number; kijun: number; spanA: number; spanB: number; cloudA: number; cloudB: number };

/** Columns of Ichimoku's history rows. */
const KIJUN_UPPER = 0;
const KIJUN_LOWER = 1;
const SPAN_A = 2;
const SPAN_B = 3;
const ROW = 4;

/**
 * Ichimoku. tenkan/kijun/spanA/spanB are computed from bars up to now (a chart plots the spans
 * `displacement` bars ahead); cloudA/cloudB are the spans computed `displacement` bars ago, i.e.
 * the cloud under the current bar, which is what a live strategy compares the price with.
 *
 * Span B is the midpoint of the last `senkou` bars' range. When `senkou` is longer than the kijun
 * window by at most that window's length (52 and 26 by default), that range is the union of the
 * kijun window now and the kijun window `senkou − kijun` bars ago: max and min pick one of the
 * values, so its extremes are exactly those of a `senkou`-bar window, at the cost of keeping the
 * past kijun extremes instead of a third window. Other periods keep a window of their own.
 */
export class Ichimoku extends FieldsIndicator<IchimokuFields> {
  readonly #tenkan: WindowRange;
  readonly #kijun: WindowRange;
  /** Span B's own window, for periods the kijun window cannot compose. */
  readonly #spanBWindow: WindowRange | undefined;
  /** How many bars back span B reads the kijun extremes (composed span B only). */
  readonly #lag: number;
  readonly #senkou: number;
  /**
   * The last bars' kijun extremes and spans, one row of ROW per bar, `#rows` rows used in turn. One
   * array for all four instead of a Ring each: four Ring pushes and reads cost about half of
   * Ichimoku's update.
   */
  readonly #history: Float64Array;
  readonly #rows: number;
  /** Index in `#history` of this bar's row. */
  #at = -ROW;
  #bars = 0;

  constructor(tenkan: number, kijun: number, senkou: number, readonly displacement: number) {
    const nan = Number.NaN;
    super({ tenkan: nan, kijun: nan, spanA: nan, spanB: nan, cloudA: nan, cloudB: nan });
    this.#tenkan = new WindowRange(tenkan);
    this.#kijun = new WindowRange(kijun);
    const lag = senkou - kijun;
    const composed = lag > 0 && lag <= kijun;
    this.#spanBWindow = composed ? undefined : new WindowRange(senkou);
    this.#lag = composed ? lag : 0;
    this.#senkou = senkou;
    this.#rows = Math.max(this.#lag, displacement) + 1;
    this.#history = new Float64Array(ROW * this.#rows);
  }

  advance(bar: Candle): void {
    const { high, low } = bar;
    const kijunWindow = this.#kijun;
    const tReady = this.#tenkan.push(high, low);
    const kReady = kijunWindow.push(high, low);
    const tenkan = tReady ? this.#tenkan.middle : Number.NaN;
    const kijun = kReady ? kijunWindow.middle : Number.NaN;
    const spanA = (tenkan + kijun) / 2;
    const history = this.#history;
    const size = ROW * this.#rows;
    const at = this.#at + ROW === size ? 0 : this.#at + ROW;
    this.#at = at;
    const bars = ++this.#bars;
    const own = this.#spanBWindow;
    let spanB: number;
    if (own !== undefined) {
      spanB = own.push(high, low) ? own.middle : Number.NaN;
    } else {
      const upper = kijunWindow.upper;
      const lower = kijunWindow.lower;
      history[at + KIJUN_UPPER] = upper;
      history[at + KIJUN_LOWER] = lower;
      const past = rowBack(at, this.#lag, size);
      const spanUpper = Math.max(upper, history[past + KIJUN_UPPER]);
      const spanLower = Math.min(lower, history[past + KIJUN_LOWER]);
      spanB = bars >= this.#senkou ? (spanUpper + spanLower) / 2 : Number.NaN;
    }
    history[at + SPAN_A] = spanA;
    history[at + SPAN_B] = spanB;
    if (bars <= this.displacement) return this.publish(false);
    const then = rowBack(at, this.displacement, size);
    const cloudA = history[then + SPAN_A];
    const cloudB = history[then + SPAN_B];
    if (cloudB !== cloudB || cloudA !== cloudA) return this.publish(false);
    const out = this.out;
    out.tenkan = tenkan;
    out.kijun = kijun;
    out.spanA = spanA;
    out.spanB = spanB;
    out.cloudA = cloudA;
    out.cloudB = cloudB;
    this.publish(true);
  }
}

/** The index of the row `bars` rows before the one at `at`, in a history of `size` slots. */
const rowBack = (at: number, bars: number, size: number): number => {
  const back = at - ROW * bars;
  return back < 0 ? back + size : back;
};
