/**
 * Technical indicators from the indicator registry (core/analytics/indicators), made scale-free where their
 * raw output is in price units (MACD, moving averages, ATR) so the vector compares across symbols.
 * One block per timeframe: the base timeframe's indicators step on every base bar, a context timeframe's only
 * when one of its bars has closed.
 */
import { type Indicator, IndicatorSet, parseIndicator } from "../indicators/index.ts";
import type { BarHistory } from "./bar-history.ts";
import type { FeatureBlock, FeatureSpec, FeatureState } from "./feature-block.ts";

interface Derived {
  name: string;
  description: string;
  /** A JavaScript expression of the indicator's output `v` (number or fields object) and the close `c`. */
  expression: string;
}

/** One registry indicator and the features derived from its output. */
interface IndicatorUse {
  request: string;
  /** Bars the indicator needs (for the documented warm-up). */
  warmup: number;
  derived: Derived[];
}

const field = (name: string) => `v.${name}`;
const raw = (name: string, description: string, pick = "v"): Derived => ({ name, description, expression: pick });
const overClose = (name: string, description: string, pick = "v"): Derived => ({ name, description, expression: `${pick} / c` });
const closeOver = (name: string, description: string, pick = "v"): Derived => ({ name, description, expression: `c / ${pick} - 1` });
const position = (name: string, description: string): Derived => ({
  name,
  description,
  expression: "(v.upper - v.lower > 0 ? (c - v.lower) / (v.upper - v.lower) : 0.5)",
});

export const BASE_INDICATORS: IndicatorUse[] = [
  { request: "rsi:14", warmup: 15, derived: [raw("rsi_14", "RSI(14)")] },
  { request: "macd:12:26:9", warmup: 34, derived: [overClose("macd_rel", "MACD line / close", field("macd")), overClose("macd_signal_rel", "MACD signal / close", field("signal")), overClose("macd_hist_rel", "MACD histogram / close", field("hist"))] },
  {
    request: "bbands:20:2",
    warmup: 20,
    derived: [position("bb_pct_b", "Bollinger %B (20, 2)"), { name: "bb_width", description: "Bollinger band width / middle", expression: "(v.upper - v.lower) / v.middle" }],
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

type Writer = (out: Float64Array, at: number, close: number) => void;
type WriterFactory = (indicators: readonly Indicator[]) => Writer;

/**
 * The block's reads, compiled once per list of uses (as IndicatorSet compiles its feeder): written as
 * closures over one loop, every `value` read and every derived field read was one megamorphic site seeing
 * all the indicators' classes and fields, about a third of the block's time outside the indicators.
 * Compiled, each read has a site of its own that sees one class.
 */
const writers = new WeakMap<readonly IndicatorUse[], WriterFactory>();

function writerFactory(uses: readonly IndicatorUse[]): WriterFactory {
  let factory = writers.get(uses);
  if (factory !== undefined) return factory;
  const bind = uses.map((_, k) => `const i${k} = s[${k}];`).join("\n");
  let slot = 0;
  const reads = uses.map((u, k) => {
    const at = u.derived.map(() => slot++);
    const missing = at.map((j) => `out[at + ${j}] = NaN;`).join(" ");
    const present = u.derived.map((d, j) => `out[at + ${at[j]}] = ${d.expression};`).join(" ");
    return `v = i${k}.value;\nif (v === undefined) { ${missing} } else { ${present} }`;
  });
  factory = new Function("s", `"use strict";\n${bind}\nreturn function write(out, at, c) {\nlet v;\n${reads.join("\n")}\n};`) as WriterFactory;
  writers.set(uses, factory);
  return factory;
}

/**
 * @param prefix feature name prefix, e.g. "ind_" or "ctx1h_ind_"
 * @param history which history feeds the indicators
 * @param warmupScale base bars per bar of that history (1 for the base timeframe)
 */
export function indicatorFeatures(uses: readonly IndicatorUse[], prefix: string, history: (s: FeatureState) => BarHistory, warmupScale: number): FeatureBlock {
  // One set per block: the indicators share intermediate series and are fed through per-slot call sites.
  const set = new IndicatorSet(uses.map((u) => parseIndicator(u.request)));
  const write = writerFactory(uses)(set.indicators);
  const specs: FeatureSpec[] = uses.flatMap((u) => u.derived.map((d) => ({ name: `${prefix}${d.name}`, warmupBars: u.warmup * warmupScale, description: `${d.description} [${u.request}]` })));
  // One candle object refilled per update: indicators read its fields and keep none of it.
  const candle = { timeMs: 0, open: 0, high: 0, low: 0, close: 0, volume: 0 };
  let fedBars = 0;
  return {
    specs,
    write(state: FeatureState, out: Float64Array, at: number) {
      const h = history(state);
      if (h.count > fedBars) {
        const i = h.at(0);
        candle.timeMs = h.openTimeMs[i];
        candle.open = h.open[i];
        candle.high = h.high[i];
        candle.low = h.low[i];
        candle.close = h.close[i];
        candle.volume = h.volume[i];
        set.update(candle);
        fedBars = h.count;
      }
      write(out, at, h.count > 0 ? h.close[h.at(0)] : NaN);
    },
  };
}
