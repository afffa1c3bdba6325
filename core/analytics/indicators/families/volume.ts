/** Volume-weighted indicators: OBV, A/D line and oscillator, CMF, MFI, VWAP (session and rolling). */
import type { Candle } from "../../candles/candle.ts";
import { FieldsIndicator, ScalarIndicator } from "../indicator.ts";
import { RollingSumPair } from "../series/rolling-sum.ts";
import type { Shared, Use } from "../shared.ts";

/** TA-Lib OBV: starts at the first bar's volume, then ± volume by the close's direction. */
export class Obv extends ScalarIndicator {
  #obv = Number.NaN;
  #prevClose = Number.NaN;

  advance(bar: Candle): void {
    this.#step(bar);
  }

  #step(bar: Candle): void {
    if (this.#obv !== this.#obv) this.#obv = bar.volume;
    else if (bar.close > this.#prevClose) this.#obv += bar.volume;
    else if (bar.close < this.#prevClose) this.#obv -= bar.volume;
    this.#prevClose = bar.close;
    this.latest = this.#obv;
  }
}

/**
 * The bar's money-flow volume (close location value × volume, 0 for a flat bar) and the A/D line
 * that accumulates it: AD, ADOSC and CMF of one set share them, so each bar's close location (a
 * division) and the line are computed once.
 */
class MoneyFlow {
  /** This bar's money-flow volume. */
  flow = 0;
  /** The A/D line: every flow so far, summed in order from 0. */
  line = 0;

  static shared(shared: Shared): Use<MoneyFlow> {
    return shared.take("money-flow", () => new MoneyFlow());
  }

  /** Brings `use` to `bar`: advances it when this indicator owns it (else its owner already has). */
  static at(use: Use<MoneyFlow>, bar: Candle): MoneyFlow {
    if (use.owner) use.series.next(bar);
    return use.series;
  }

  next(bar: Candle): void {
    const range = bar.high - bar.low;
    this.flow = range > 0 ? ((bar.close - bar.low - (bar.high - bar.close)) / range) * bar.volume : 0;
    this.line += this.flow;
  }
}

/** Chaikin accumulation/distribution line (TA-Lib AD). */
export class Ad extends ScalarIndicator {
  readonly #moneyFlow: Use<MoneyFlow>;

  constructor(shared: Shared) {
    super();
    this.#moneyFlow = MoneyFlow.shared(shared);
  }

  advance(bar: Candle): void {
    this.latest = MoneyFlow.at(this.#moneyFlow, bar).line;
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
  readonly #moneyFlow: Use<MoneyFlow>;
  #fast = 0;
  #slow = 0;
  #bars = 0;

  constructor(fast: number, slow: number, shared: Shared) {
    super();
    this.#moneyFlow = MoneyFlow.shared(shared);
    this.#kFast = 2 / (fast + 1);
    this.#kSlow = 2 / (slow + 1);
    this.#lookback = Math.max(fast, slow) - 1;
  }

  advance(bar: Candle): void {
    this.#step(bar);
  }

  #step(bar: Candle): void {
    const ad = MoneyFlow.at(this.#moneyFlow, bar).line;
    if (this.#bars++ === 0) {
      this.#fast = ad;
      this.#slow = ad;
    } else {
      this.#fast = this.#kFast * ad + (1 - this.#kFast) * this.#fast;
      this.#slow = this.#kSlow * ad + (1 - this.#kSlow) * this.#slow;
    }
    this.latest = this.#bars > this.#lookback ? this.#fast - this.#slow : Number.NaN;
  }
}

/** Chaikin money flow: Σ money-flow volume / Σ volume over the window (0 with no volume). */
export class Cmf extends ScalarIndicator {
  readonly #moneyFlow: Use<MoneyFlow>;
  /** Money-flow volume and volume. */
  readonly #sums: RollingSumPair;

  constructor(period: number, shared: Shared) {
    super();
    this.#moneyFlow = MoneyFlow.shared(shared);
    this.#sums = new RollingSumPair(period);
  }

  advance(bar: Candle): void {
    this.#step(bar);
  }

  #step(bar: Candle): void {
    const sums = this.#sums;
    if (!sums.push(MoneyFlow.at(this.#moneyFlow, bar).flow, bar.volume)) {
      this.latest = Number.NaN;
      return;
    }
    this.latest = sums.second !== 0 ? sums.first / sums.second : 0;
  }
}

const typicalPrice = (bar: Candle): number => (bar.high + bar.low + bar.close) / 3;

/**
 * Money flow index (TA-Lib MFI): typical-price money flow split by the typical price's direction,
 * summed over `period` changes. Deviation: TA-Lib returns 0 whenever the summed flow is below 1.0
 * (a unit-dependent cut-off); here only a zero sum gives 0.
 */
export class Mfi extends ScalarIndicator {
  /** Positive and negative money flow. */
  readonly #flows: RollingSumPair;
  #prevTp = Number.NaN;

  constructor(period: number) {
    super();
    this.#flows = new RollingSumPair(period);
  }

  advance(bar: Candle): void {
    this.#step(bar);
  }

  #step(bar: Candle): void {
    const tp = typicalPrice(bar);
    const prev = this.#prevTp;
    this.#prevTp = tp;
    if (prev !== prev) {
      this.latest = Number.NaN;
      return;
    }
    const flow = tp * bar.volume;
    const flows = this.#flows;
    if (!flows.push(tp > prev ? flow : 0, tp < prev ? flow : 0)) {
      this.latest = Number.NaN;
      return;
    }
    const total = flows.first + flows.second;
    this.latest = total !== 0 ? 100 * (flows.first / total) : 0;
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

  advance(bar: Candle): void {
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
    this.publish(true);
  }
}

/** VWAP of the typical price over the last `period` bars. */
export class RollingVwap extends ScalarIndicator {
  /** Price × volume and volume. */
  readonly #sums: RollingSumPair;

  constructor(period: number) {
    super();
    this.#sums = new RollingSumPair(period);
  }

  advance(bar: Candle): void {
    this.#step(bar);
  }

  #step(bar: Candle): void {
    const sums = this.#sums;
    this.latest = sums.push(typicalPrice(bar) * bar.volume, bar.volume) && sums.second > 0 ? sums.first / sums.second : Number.NaN;
  }
}
