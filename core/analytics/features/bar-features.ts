/**
 * Price, volatility, volume and trade-flow features of the base timeframe. All are scale-free (returns,
 * ratios, z-scores, logs of counts) so one model can serve symbols with very different prices and volumes.
 */
import type { BarHistory } from "./bar-history.ts";
import type { FeatureBlock, FeatureSpec, FeatureState } from "./feature-block.ts";
import { logReturnBack, maxBack, meanBack, minBack, stdBack, sumBack, zScoreBack } from "./window-stats.ts";

const RETURN_HORIZONS = [1, 3, 5, 15, 30, 60];
const VOL_WINDOWS = [5, 15, 60];
const FLOW_WINDOWS = [5, 15];
const VWAP_WINDOWS = [15, 60];

interface Computed {
  spec: FeatureSpec;
  value: (h: BarHistory, terms: RangeTerms) => number;
}

const f = (name: string, warmupBars: number, description: string, value: Computed["value"]): Computed => ({
  spec: { name: `bar_${name}`, warmupBars, description },
  value,
});

export const cur = (h: BarHistory, a: Float64Array) => a[h.at(0)];

/** Signed aggressor imbalance (buy − sell)/(buy + sell) over n bars; 0 when nothing traded. */
export function tradeFlow(h: BarHistory, n: number): number {
  const buy = sumBack(h, h.buyVolume, n);
  const sell = sumBack(h, h.sellVolume, n);
  return buy + sell > 0 ? (buy - sell) / (buy + sell) : Number.isNaN(buy + sell) ? NaN : 0;
}

export function rollingVwapDistance(h: BarHistory, n: number): number {
  const qv = sumBack(h, h.quoteVolume, n);
  const v = sumBack(h, h.volume, n);
  return v > 0 ? cur(h, h.close) / (qv / v) - 1 : Number.isNaN(v) ? NaN : 0;
}

/**
 * Per-bar terms of the Parkinson (1980) and Garman-Klass (1980) volatility estimators, kept for the last
 * RANGE_WINDOW bars: each bar's logarithms are taken once, when it closes, instead of once per window it is
 * in (45 logarithms per vector, the block's largest cost). The window sums add the same terms in the same
 * order (newest first) as summing them from the history did, so the values are unchanged.
 */
const RANGE_WINDOW = 15;

class RangeTerms {
  readonly parkinson = new Float64Array(RANGE_WINDOW);
  readonly garmanKlass = new Float64Array(RANGE_WINDOW);
  /** Slot of the newest bar's terms. */
  newest = -1;
  /** The history's count when its newest bar was added: a bar's terms enter the ring once. */
  #addedAt = 0;

  add(h: BarHistory): void {
    if (h.count === this.#addedAt) return;
    this.#addedAt = h.count;
    const i = h.at(0);
    const highLow = Math.log(h.high[i] / h.low[i]) ** 2;
    this.newest = this.newest === RANGE_WINDOW - 1 ? 0 : this.newest + 1;
    this.parkinson[this.newest] = highLow;
    this.garmanKlass[this.newest] = 0.5 * highLow - (2 * Math.LN2 - 1) * Math.log(h.close[i] / h.open[i]) ** 2;
  }

  /** Sum of the newest RANGE_WINDOW terms, newest first. */
  sum(terms: Float64Array): number {
    let s = 0;
    for (let k = 0, j = this.newest; k < RANGE_WINDOW; k++, j = j === 0 ? RANGE_WINDOW - 1 : j - 1) s += terms[j];
    return s;
  }
}

/** Parkinson high-low volatility estimator per bar over RANGE_WINDOW bars. */
function parkinson(h: BarHistory, terms: RangeTerms): number {
  if (!h.has(RANGE_WINDOW - 1)) return NaN;
  return Math.sqrt(terms.sum(terms.parkinson) / (4 * Math.LN2 * RANGE_WINDOW));
}

/** Garman-Klass OHLC volatility estimator per bar over RANGE_WINDOW bars. */
function garmanKlass(h: BarHistory, terms: RangeTerms): number {
  if (!h.has(RANGE_WINDOW - 1)) return NaN;
  return Math.sqrt(Math.max(terms.sum(terms.garmanKlass) / RANGE_WINDOW, 0));
}

/** Lag-1 autocorrelation of log returns over n bars (negative = bid-ask bounce / mean reversion). */
function autocorrelation(h: BarHistory, n: number): number {
  if (!h.hasReturns(n + 1)) return NaN;
  const mean = meanBack(h, h.logReturn, n);
  const wrap = h.capacity - 1;
  const r = h.logReturn;
  let num = 0;
  let den = 0;
  for (let k = 0, i = h.at(0); k < n; k++) {
    const older = i === 0 ? wrap : i - 1;
    const d = r[i] - mean;
    den += d * d;
    if (k < n - 1) num += d * (r[older] - mean);
    i = older;
  }
  return den > 0 ? num / den : 0;
}

/** Bars since the last bar with volume (0 = the bar just closed traded), capped by the history. */
function quietStreak(h: BarHistory): number {
  let k = 0;
  while (h.has(k) && h.volume[h.at(k)] === 0) k++;
  return k;
}

export function range(h: BarHistory): number {
  return cur(h, h.high) - cur(h, h.low);
}

const FEATURES: Computed[] = [
  ...RETURN_HORIZONS.map((n) => f(`ret_${n}`, n + 1, `log return of the close over ${n} bars`, (h) => logReturnBack(h, n))),
  ...VOL_WINDOWS.map((n) => f(`rv_${n}`, n + 1, `std of 1-bar log returns over ${n} bars`, (h) => (h.hasReturns(n) ? stdBack(h, h.logReturn, n) : NaN))),
  f(`parkinson_${RANGE_WINDOW}`, RANGE_WINDOW, `Parkinson high-low volatility per bar, ${RANGE_WINDOW} bars`, parkinson),
  f(`garman_klass_${RANGE_WINDOW}`, RANGE_WINDOW, `Garman-Klass OHLC volatility per bar, ${RANGE_WINDOW} bars`, garmanKlass),
  f("range_rel", 1, "(high − low) / close", (h) => range(h) / cur(h, h.close)),
  f("body_rel", 1, "(close − open) / close", (h) => (cur(h, h.close) - cur(h, h.open)) / cur(h, h.close)),
  f("upper_wick_rel", 1, "(high − max(open, close)) / close", (h) => (cur(h, h.high) - Math.max(cur(h, h.open), cur(h, h.close))) / cur(h, h.close)),
  f("lower_wick_rel", 1, "(min(open, close) − low) / close", (h) => (Math.min(cur(h, h.open), cur(h, h.close)) - cur(h, h.low)) / cur(h, h.close)),
  f("close_pos", 1, "(close − low) / (high − low); 0.5 for a flat bar", (h) => (range(h) > 0 ? (cur(h, h.close) - cur(h, h.low)) / range(h) : 0.5)),
  f("log_volume", 1, "ln(1 + volume)", (h) => Math.log1p(cur(h, h.volume))),
  f("volume_z_20", 21, "z-score of volume against the previous 20 bars", (h) => zScoreBack(h, h.volume, 20)),
  f("volume_ratio_5_60", 60, "mean volume of 5 bars / mean of 60 bars", (h) => meanBack(h, h.volume, 5) / meanBack(h, h.volume, 60)),
  f("log_trades", 1, "ln(1 + trade count); NaN for candle input without counts", (h) => Math.log1p(cur(h, h.tradeCount))),
  f("trades_z_20", 21, "z-score of the trade count against the previous 20 bars", (h) => zScoreBack(h, h.tradeCount, 20)),
  f("tfi_1", 1, "trade-flow imbalance (buy − sell)/(buy + sell) of the bar", (h) => tradeFlow(h, 1)),
  ...FLOW_WINDOWS.map((n) => f(`tfi_${n}`, n, `trade-flow imbalance over ${n} bars`, (h) => tradeFlow(h, n))),
  f("vwap_dist_1", 1, "close / bar VWAP − 1 (0 without trades)", (h) => rollingVwapDistance(h, 1)),
  ...VWAP_WINDOWS.map((n) => f(`vwap_dist_${n}`, n, `close / ${n}-bar VWAP − 1`, (h) => rollingVwapDistance(h, n))),
  f("dist_high_60", 60, "close / highest high of 60 bars − 1", (h) => cur(h, h.close) / maxBack(h, h.high, 60) - 1),
  f("dist_low_60", 60, "close / lowest low of 60 bars − 1", (h) => cur(h, h.close) / minBack(h, h.low, 60) - 1),
  f("autocorr_30", 31, "lag-1 autocorrelation of log returns, 30 bars", (h) => autocorrelation(h, 30)),
  f("quiet_bars", 0, "bars since the last bar with volume", quietStreak),
];

export function barFeatures(): FeatureBlock {
  const terms = new RangeTerms();
  return {
    specs: FEATURES.map((c) => c.spec),
    write(state: FeatureState, out: Float64Array, at: number) {
      terms.add(state.base);
      for (let i = 0; i < FEATURES.length; i++) out[at + i] = FEATURES[i].value(state.base, terms);
    },
  };
}
