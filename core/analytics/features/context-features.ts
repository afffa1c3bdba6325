/**
 * Higher-timeframe context (e.g. 5m, 15m, 1h for a 1m vector) from the last CLOSED bar of each context
 * timeframe only: an unfinished 1h bar would carry the future of the hour into every minute of it.
 */
import type { BarHistory } from "./bar-history.ts";
import { cur, range, tradeFlow } from "./bar-features.ts";
import type { FeatureBlock, FeatureSpec, FeatureState } from "./feature-block.ts";
import { logReturnBack, maxBack, meanBack, minBack, stdBack, zScoreBack } from "./window-stats.ts";

interface ContextFeature {
  suffix: string;
  /** Context bars needed. */
  bars: number;
  description: string;
  /** The value, or for features with `ofBase` the context part it combines with the base close. */
  value: (ctx: BarHistory) => number;
  ofBase?: (baseClose: number, part: number) => number;
}

const overPart = (baseClose: number, part: number) => baseClose / part - 1;

const CONTEXT: ContextFeature[] = [
  { suffix: "ret_1", bars: 2, description: "log return of the last closed bar", value: (h) => logReturnBack(h, 1) },
  { suffix: "ret_3", bars: 4, description: "log return over 3 closed bars", value: (h) => logReturnBack(h, 3) },
  { suffix: "rv_10", bars: 11, description: "std of log returns over 10 closed bars", value: (h) => (h.hasReturns(10) ? stdBack(h, h.logReturn, 10) : NaN) },
  { suffix: "range_rel", bars: 1, description: "(high − low) / close of the last closed bar", value: (h) => (h.has(0) ? range(h) / cur(h, h.close) : NaN) },
  { suffix: "close_pos", bars: 1, description: "close position in the last closed bar's range", value: (h) => (!h.has(0) ? NaN : range(h) > 0 ? (cur(h, h.close) - cur(h, h.low)) / range(h) : 0.5) },
  { suffix: "volume_z_10", bars: 11, description: "volume z-score against the previous 10 closed bars", value: (h) => zScoreBack(h, h.volume, 10) },
  { suffix: "tfi_1", bars: 1, description: "trade-flow imbalance of the last closed bar", value: (h) => tradeFlow(h, 1) },
  { suffix: "sma_dist_20", bars: 20, description: "last close / mean close of 20 closed bars − 1", value: (h) => cur(h, h.close) / meanBack(h, h.close, 20) - 1 },
  { suffix: "base_vs_close", bars: 1, description: "base close now / last closed context close − 1 (move since)", value: (h) => (h.has(0) ? cur(h, h.close) : NaN), ofBase: overPart },
  { suffix: "dist_high_20", bars: 20, description: "base close / highest high of 20 closed bars − 1", value: (h) => maxBack(h, h.high, 20), ofBase: overPart },
  { suffix: "dist_low_20", bars: 20, description: "base close / lowest low of 20 closed bars − 1", value: (h) => minBack(h, h.low, 20), ofBase: overPart },
];

/** Context history needed by this block. */
export const CONTEXT_HISTORY = 21;

/**
 * @param index position of the timeframe in the engine's context list
 * @param baseBarsPerContextBar e.g. 60 for 1h context on a 1m base (for the documented warm-up)
 */
export function contextFeatures(index: number, label: string, baseBarsPerContextBar: number): FeatureBlock {
  const specs: FeatureSpec[] = CONTEXT.map((c) => ({
    name: `ctx${label}_${c.suffix}`,
    warmupBars: (c.bars + 1) * baseBarsPerContextBar,
    description: `${label}: ${c.description}`,
  }));
  // The context part changes only when a context bar closes (every baseBarsPerContextBar base bars):
  // computed then and kept, the same operations on the same bars as computing it on every base bar.
  const parts = new Float64Array(CONTEXT.length);
  let partsOf = -1;
  return {
    specs,
    write(state: FeatureState, out: Float64Array, at: number) {
      const h = state.context[index];
      if (h.count !== partsOf) {
        for (let i = 0; i < CONTEXT.length; i++) parts[i] = CONTEXT[i].value(h);
        partsOf = h.count;
      }
      const baseClose = cur(state.base, state.base.close);
      for (let i = 0; i < CONTEXT.length; i++) {
        const ofBase = CONTEXT[i].ofBase;
        out[at + i] = ofBase === undefined ? parts[i] : ofBase(baseClose, parts[i]);
      }
    },
  };
}
