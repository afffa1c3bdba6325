/** Momentum streams over one input series (close by default), with TA-Lib's warm-up and guards. */
import type { Candle } from "../../candles/candle.ts";
import { Ema } from "./averages.ts";
import type { Shared, Use } from "../shared.ts";
import { CloseSeries, isZero } from "./series.ts";
import { Ring } from "./ring.ts";

/**
 * Wilder-smoothed average gain and loss, seeded with the plain average of the first `period`
 * changes (TA-Lib RSI/CMO, unstable period 0): the first averages appear at index `period`.
 */
export class GainLossAverages {
  #prev = Number.NaN;
  #changes = 0;
  gain = 0;
  loss = 0;
  /** The averages cover their first `period` changes. */
  ready = false;

  constructor(readonly period: number) {}

  /** RSI, CMO and STOCHRSI over the same period share them. */
  static shared(period: number, shared: Shared): Use<GainLossAverages> {
    return shared.take(`gain-loss:${period}`, () => new GainLossAverages(period));
  }

  /** Feeds the next input; returns `ready`. */
  next(x: number): boolean {
    const prev = this.#prev;
    this.#prev = x;
    if (prev !== prev) return false;
    const d = x - prev;
    const n = this.period;
    if (this.#changes < n) {
      if (d < 0) this.loss -= d;
      else this.gain += d;
      if (++this.#changes < n) return false;
      this.loss /= n;
      this.gain /= n;
      this.ready = true;
    } else {
      this.loss *= n - 1;
      this.gain *= n - 1;
      if (d < 0) this.loss -= d;
      else this.gain += d;
      this.loss /= n;
      this.gain /= n;
    }
    return true;
  }
}

/** An oscillator of the average gain and loss. */
abstract class GainLoss extends CloseSeries {
  readonly #averages: Use<GainLossAverages>;

  constructor(period: number, shared: Shared) {
    super();
    this.#averages = GainLossAverages.shared(period, shared);
  }

  next(x: number): number {
    const { series: averages, owner } = this.#averages;
    if (!(owner ? averages.next(x) : averages.ready)) return Number.NaN;
    return this.combine(averages.gain, averages.loss);
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }

  protected abstract combine(gain: number, loss: number): number;
}

export class Rsi extends GainLoss {
  protected combine(gain: number, loss: number): number {
    const total = gain + loss;
    return isZero(total) ? 0 : 100 * (gain / total);
  }
}

export class Cmo extends GainLoss {
  protected combine(gain: number, loss: number): number {
    const total = gain + loss;
    return isZero(total) ? 0 : 100 * ((gain - loss) / total);
  }
}

/** Compares each input with the one `period` bars earlier. */
abstract class Lagged extends CloseSeries {
  readonly #ring: Ring;

  constructor(readonly period: number) {
    super();
    this.#ring = new Ring(period + 1);
  }

  next(x: number): number {
    this.#ring.push(x);
    return this.#ring.full ? this.compare(x, this.#ring.get(this.period)) : Number.NaN;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }

  protected abstract compare(x: number, past: number): number;
}

export class Mom extends Lagged {
  protected compare(x: number, past: number): number {
    return x - past;
  }
}

/** Rate of change in percent; 0 when the past value is 0, as TA-Lib does. */
export class Roc extends Lagged {
  protected compare(x: number, past: number): number {
    return past !== 0 ? (x / past - 1) * 100 : 0;
  }
}

/** TRIX: the 1-bar rate of change of a triple EMA (TA-Lib TRIX). */
export class Trix extends CloseSeries {
  readonly #e1: Ema;
  readonly #e2: Ema;
  readonly #e3: Ema;
  readonly #roc = new Roc(1);

  constructor(period: number) {
    super();
    this.#e1 = new Ema(period);
    this.#e2 = new Ema(period);
    this.#e3 = new Ema(period);
  }

  next(x: number): number {
    const a = this.#e1.next(x);
    if (a !== a) return a;
    const b = this.#e2.next(a);
    if (b !== b) return b;
    const c = this.#e3.next(b);
    return c === c ? this.#roc.next(c) : c;
  }

  advance(bar: Candle): void {
    this.latest = this.next(bar.close);
  }
}
