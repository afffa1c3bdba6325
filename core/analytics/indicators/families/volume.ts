/** Volume-weighted indicators: OBV, A/D line and oscillator, CMF, MFI, VWAP (session and rolling). */
import type { Candle } from "../../candles/candle.ts";
import { FieldsIndicator, ScalarIndicator } from "../indicator.ts";
import { RollingSum } from "../series/rolling-sum.ts";

/** TA-Lib OBV: starts at the first bar's volume, then ± volume by the close's direction. */
export class Obv extends ScalarIndicator {
  #obv = Number.NaN;
  #prevClose = Number.NaN;

  update(bar: Candle): number | undefined {
    return this.publish(this.#next(bar));
  }

  #next(bar: Candle): number {
    if (this.#obv !== this.#obv) this.#obv = bar.volume;
    else if (bar.close > this.#prevClose) this.#obv += bar.volume;
    else if (bar.close < this.#prevClose) this.#obv -= bar.volume;
    this.#prevClose = bar.close;
    return this.#obv;
  }
}

/** Close location value × volume: the money-flow volume of one bar (0 for a flat bar). */
const moneyFlowVolume = (bar: Candle): number => {
  const range = bar.high - bar.low;
  return range > 0 ? ((bar.close - bar.low - (bar.high - bar.close)) / range) * bar.volume : 0;
};

/** Chaikin accumulation/distribution line (TA-Lib AD). */
export class Ad extends ScalarIndicator {
  #ad = 0;

  update(bar: Candle): number | undefined {
    this.#ad += moneyFlowVolume(bar);
    return this.publish(this.#ad);
  }
}

/**
 * Chaikin A/D oscillator (TA-Lib ADOSC): fast − slow EMA of the A/D line, both seeded with the
 * first A/D value (not an SMA), first output once the slower EMA's period has passed.
 */
export class Adosc extends ScalarIndicator {
  readonly #kFast: number;
  readonly #kSlow: number;
  readonly #lookback: number;
  #ad = 0;
  #fast = 0;
  #slow = 0;
  #bars = 0;

  constructor(fast: number, slow: number) {
    super();
    this.#kFast = 2 / (fast + 1);
    this.#kSlow = 2 / (slow + 1);
    this.#lookback = Math.max(fast, slow) - 1;
  }

  update(bar: Candle): number | undefined {
    return this.publish(this.#next(bar));
  }

  #next(bar: Candle): number {
    this.#ad += moneyFlowVolume(bar);
    if (this.#bars++ === 0) {
      this.#fast = this.#ad;
      this.#slow = this.#ad;
    } else {
      this.#fast = this.#kFast * this.#ad + (1 - this.#kFast) * this.#fast;
      this.#slow = this.#kSlow * this.#ad + (1 - this.#kSlow) * this.#slow;
    }
    return this.#bars > this.#lookback ? this.#fast - this.#slow : Number.NaN;
  }
}

/** Chaikin money flow: Σ money-flow volume / Σ volume over the window (0 with no volume). */
export class Cmf extends ScalarIndicator {
  readonly #flow: RollingSum;
  readonly #volume: RollingSum;

  constructor(period: number) {
    super();
    this.#flow = new RollingSum(period);
    this.#volume = new RollingSum(period);
  }

  update(bar: Candle): number | undefined {
    return this.publish(this.#next(bar));
  }

  #next(bar: Candle): number {
    const flow = this.#flow.push(moneyFlowVolume(bar));
    const volume = this.#volume.push(bar.volume);
    if (!this.#volume.full) return Number.NaN;
    return volume !== 0 ? flow / volume : 0;
  }
}

const typicalPrice = (bar: Candle): number => (bar.high + bar.low + bar.close) / 3;

/**
 * Money flow index (TA-Lib MFI): typical-price money flow split by the typical price's direction,
 * summed over `period` changes. Deviation: TA-Lib returns 0 whenever the summed flow is below 1.0
 * (a unit-dependent cut-off); here only a zero sum gives 0.
 */
export class Mfi extends ScalarIndicator {
  readonly #pos: RollingSum;
  readonly #neg: RollingSum;
  #prevTp = Number.NaN;

  constructor(period: number) {
    super();
    this.#pos = new RollingSum(period);
    this.#neg = new RollingSum(period);
  }

  update(bar: Candle): number | undefined {
    return this.publish(this.#next(bar));
  }

  #next(bar: Candle): number {
    const tp = typicalPrice(bar);
    const prev = this.#prevTp;
    this.#prevTp = tp;
    if (prev !== prev) return Number.NaN;
    const flow = tp * bar.volume;
    const pos = this.#pos.push(tp > prev ? flow : 0);
    const neg = this.#neg.push(tp < prev ? flow : 0);
    if (!this.#pos.full) return Number.NaN;
    const total = pos + neg;
    return total !== 0 ? 100 * (pos / total) : 0;
  }
}

type VwapFields = { vwap: number; stdev: number };

/**
 * Session VWAP of the typical price: resets when the bar's open time enters a new session
 * (sessions are `sessionMinutes` long, aligned to the UTC epoch; 1440 = UTC day). Outputs the
 * running VWAP and the volume-weighted standard deviation around it (for VWAP bands).
 */
export class SessionVwap extends FieldsIndicator<VwapFields> {
  readonly #sessionMs: number;
  #session = Number.NaN;
  #pv = 0;
  #ppv = 0;
  #v = 0;

  constructor(sessionMinutes: number) {
    super({ vwap: Number.NaN, stdev: Number.NaN });
    this.#sessionMs = sessionMinutes * 60_000;
  }

  update(bar: Candle): Readonly<VwapFields> | undefined {
    const session = Math.floor(bar.timeMs / this.#sessionMs);
    if (session !== this.#session) {
      this.#session = session;
      this.#pv = 0;
      this.#ppv = 0;
      this.#v = 0;
    }
    const tp = typicalPrice(bar);
    this.#pv += tp * bar.volume;
    this.#ppv += tp * tp * bar.volume;
    this.#v += bar.volume;
    if (!(this.#v > 0)) return this.publish(false);
    const vwap = this.#pv / this.#v;
    const variance = this.#ppv / this.#v - vwap * vwap;
    this.out.vwap = vwap;
    this.out.stdev = variance > 0 ? Math.sqrt(variance) : 0;
    return this.publish(true);
  }
}

/** VWAP of the typical price over the last `period` bars. */
export class RollingVwap extends ScalarIndicator {
  readonly #pv: RollingSum;
  readonly #v: RollingSum;

  constructor(period: number) {
    super();
    this.#pv = new RollingSum(period);
    this.#v = new RollingSum(period);
  }

  update(bar: Candle): number | undefined {
    return this.publish(this.#next(bar));
  }

  #next(bar: Candle): number {
    const pv = this.#pv.push(typicalPrice(bar) * bar.volume);
    const v = this.#v.push(bar.volume);
    return this.#v.full && v > 0 ? pv / v : Number.NaN;
  }
}
