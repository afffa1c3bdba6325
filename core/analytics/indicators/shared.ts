/**
 * Intermediate series that several indicators derive from the same bars:
 * - ATR(n): ATR, NATR, Keltner, SuperTrend;
 * - directional movement(n): ADX, DMI;
 * - the window moments of the close: STDDEV, z-score, Bollinger;
 * - Wilder's gain/loss averages: RSI, CMO, STOCHRSI;
 * - successive EMAs of the close: EMA, DEMA, TEMA, Keltner's middle line;
 * - a bar's position in its recent range and its SMA: STOCH, STOCHF, WILLR;
 * - a pair of averages: PPO, APO;
 * - the bar's log range: Parkinson, Garman–Klass;
 * - the bar's money-flow volume and the A/D line: AD, ADOSC, CMF.
 * Indicators created together for one IndicatorSet take them from one `Shared`, so each distinct
 * kind and parameters is computed once per bar; an indicator created alone gets a `Shared` of its own
 * and computes everything itself.
 *
 * The first indicator to ask for a series owns it and advances it on every bar, exactly as it does
 * alone; later ones only read the value it holds. A set updates its indicators in creation order,
 * so the owner has always advanced before its readers read, and every value is the one the
 * indicator computes alone, bit for bit.
 */
export interface Use<T> {
  readonly series: T;
  /** This indicator advances `series` on each bar (true), or only reads it. */
  readonly owner: boolean;
}

export class Shared {
  readonly #made = new Map<string, unknown>();

  /**
   * The series for `key` (the kind and its parameters, e.g. "atr:14"), made by `make` on the first
   * request, which becomes its owner.
   */
  take<T>(key: string, make: () => T): Use<T> {
    const made = this.#made.get(key);
    if (made !== undefined) return { series: made as T, owner: false };
    const series = make();
    this.#made.set(key, series);
    return { series, owner: true };
  }
}
