/**
 * Technical indicators from the indicator registry (core/analytics/indicators), made scale-free where their
 * raw output is in price units (MACD, moving averages, ATR) so the vector compares across symbols.
 * One block per timeframe: the base timeframe's indicators step on every base bar, a context timeframe's only
 * when one of its bars has closed.
 */
import type { Candle } from "../candles/candle.ts";
import { IndicatorSet, type Output, parseIndicator } from "../indicators/index.ts";
import type { BarHistory } from "./bar-history.ts";
import type { FeatureBlock, FeatureSpec, FeatureState } from "./feature-block.ts";

type Fields = Readonly<Record<string, number>>;

interface Derived {
  name: string;
  description: string;
  value: (v: Output, close: number) => number;
}

/** One registry indicator and the features derived from its output. */
interface IndicatorUse {
  request: string;
  /** Bars the indicator needs (for the documented warm-up). */
  warmup: number;
  derived: Derived[];
}

const num = (v: Output) => v as number;
const field = (name: string) => (v: Output) => (v as Fields)[name];
const raw = (name: string, description: string, pick: (v: Output) => number = num): Derived => ({ name, description, value: (v) => pick(v) });
const overClose = (name: string, description: string, pick: (v: Output) => number = num): Derived => ({ name, description, value: (v, c) => pick(v) / c });
const closeOver = (name: string, description: string, pick: (v: Output) => number = num): Derived => ({ name, description, value: (v, c) => c / pick(v) - 1 });
const position = (name: string, description: string): Derived => ({
  name,
  description,
  value: (v, c) => {
    const f = v as Fields;
    const width = f.upper - f.lower;
    return width > 0 ? (c - f.lower) / width : 0.5;
  },
});

export const BASE_INDICATORS: IndicatorUse[] = [
  { request: "rsi:14", warmup: 15, derived: [raw("rsi_14", "RSI(14)")] },
  { request: "macd:12:26:9", warmup: 34, derived: [overClose("macd_rel", "MACD line / close", field("macd")), overClose("macd_signal_rel", "MACD signal / close", field("signal")), overClose("macd_hist_rel", "MACD histogram / close", field("hist"))] },
  {
    request: "bbands:20:2",
    warmup: 20,
    derived: [position("bb_pct_b", "Bollinger %B (20, 2)"), { name: "bb_width", description: "Bollinger band width / middle", value: (v) => ((v as Fields).upper - (v as Fields).lower) / (v as Fields).middle }],
  },
  { request: "natr:14", warmup: 15, derived: [raw("natr_14", "ATR(14) as percent of close")] },
  { request: "adx:14", warmup: 28, derived: [raw("adx_14", "ADX(14)", field("adx")), raw("plus_di_14", "+DI(14)", field("plusDi")), raw("minus_di_14", "−DI(14)", field("minusDi"))] },
  { request: "cci:20", warmup: 20, derived: [raw("cci_20", "CCI(20)")] },
  { request: "stoch:5:3:3", warmup: 9, derived: [raw("stoch_k", "slow stochastic %K (5, 3, 3)", field("k")), raw("stoch_d", "slow stochastic %D", field("d"))] },
  { request: "willr:14", warmup: 14, derived: [raw("willr_14", "Williams %R(14)")] },
  { request: "mfi:14", warmup: 15, derived: [raw("mfi_14", "money flow index(14)")] },
  { request: "aroon:14", warmup: 15, derived: [raw("aroon_osc_14", "Aroon oscillator(14)", field("osc"))] },
  { request: "cmo:14", warmup: 15, derived: [raw("cmo_14", "Chande momentum oscillator(14)")] },
  { request: "roc:10", warmup: 11, derived: [raw("roc_10", "rate of change(10), percent")] },
  { request: "ema:20", warmup: 20, derived: [closeOver("ema_20_dist", "close / EMA(20) − 1")] },
  { request: "ema:50", warmup: 50, derived: [closeOver("ema_50_dist", "close / EMA(50) − 1")] },
  { request: "kama:10", warmup: 11, derived: [closeOver("kama_10_dist", "close / KAMA(10) − 1")] },
  { request: "sar:0.02:0.2", warmup: 2, derived: [closeOver("sar_dist", "close / parabolic SAR − 1")] },
  { request: "supertrend:10:3", warmup: 11, derived: [raw("supertrend_dir", "SuperTrend direction (+1 up, −1 down)", field("direction"))] },
  { request: "donchian:20", warmup: 20, derived: [position("donchian_pos_20", "close position in the 20-bar Donchian channel")] },
  { request: "zscore:20", warmup: 20, derived: [raw("zscore_20", "(close − mean) / stddev over 20 bars")] },
  { request: "linregslope:14", warmup: 14, derived: [overClose("linreg_slope_14_rel", "least-squares slope per bar over 14 bars / close")] },
  { request: "cmf:20", warmup: 20, derived: [raw("cmf_20", "Chaikin money flow(20)")] },
  { request: "ultosc:7:14:28", warmup: 29, derived: [raw("ultosc", "ultimate oscillator (7, 14, 28)")] },
  { request: "bop", warmup: 1, derived: [raw("bop", "balance of power")] },
  { request: "stochrsi:14:5:3", warmup: 22, derived: [raw("stochrsi_k", "stochastic RSI %K (14, 5, 3)", field("k"))] },
];

export const CONTEXT_INDICATORS: IndicatorUse[] = [
  { request: "rsi:14", warmup: 15, derived: [raw("rsi_14", "RSI(14)")] },
  { request: "natr:14", warmup: 15, derived: [raw("natr_14", "ATR(14) as percent of close")] },
  { request: "adx:14", warmup: 28, derived: [raw("adx_14", "ADX(14)", field("adx"))] },
  { request: "macd:12:26:9", warmup: 34, derived: [overClose("macd_hist_rel", "MACD histogram / close", field("hist"))] },
  { request: "ema:20", warmup: 20, derived: [closeOver("ema_20_dist", "close / EMA(20) − 1")] },
];

function candleAt(h: BarHistory): Candle {
  const i = h.at(0);
  return { timeMs: h.openTimeMs[i], open: h.open[i], high: h.high[i], low: h.low[i], close: h.close[i], volume: h.volume[i] };
}

/**
 * @param prefix feature name prefix, e.g. "ind_" or "ctx1h_ind_"
 * @param history which history feeds the indicators
 * @param warmupScale base bars per bar of that history (1 for the base timeframe)
 */
export function indicatorFeatures(uses: readonly IndicatorUse[], prefix: string, history: (s: FeatureState) => BarHistory, warmupScale: number): FeatureBlock {
  // One set per block: the indicators share intermediate series and are fed through per-slot call sites.
  const set = new IndicatorSet(uses.map((u) => parseIndicator(u.request)));
  const indicators = set.indicators;
  const specs: FeatureSpec[] = uses.flatMap((u) => u.derived.map((d) => ({ name: `${prefix}${d.name}`, warmupBars: u.warmup * warmupScale, description: `${d.description} [${u.request}]` })));
  let fedBars = 0;
  return {
    specs,
    write(state: FeatureState, out: Float64Array, at: number) {
      const h = history(state);
      if (h.count > fedBars) {
        const candle = candleAt(h);
        set.update(candle);
        fedBars = h.count;
      }
      const close = h.count > 0 ? h.close[h.at(0)] : NaN;
      let i = at;
      for (let k = 0; k < uses.length; k++) {
        const v = indicators[k].value;
        for (const d of uses[k].derived) out[i++] = v === undefined ? NaN : d.value(v, close);
      }
    },
  };
}
