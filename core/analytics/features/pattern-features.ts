/** Candlestick pattern flags (+1 bullish, −1 bearish, 0 none) on the base timeframe. */
import { detectPatterns, type OhlcWindow, PATTERN_WARMUP, PATTERNS } from "../patterns/candlestick.ts";
import type { BarHistory } from "./bar-history.ts";
import type { FeatureBlock, FeatureState } from "./feature-block.ts";

/** Presents a BarHistory as the pattern module's window without copying. */
class HistoryWindow implements OhlcWindow {
  h!: BarHistory;
  get length(): number {
    return Math.min(this.h.count, this.h.capacity);
  }
  open(back: number): number {
    return this.h.open[this.h.at(back)];
  }
  high(back: number): number {
    return this.h.high[this.h.at(back)];
  }
  low(back: number): number {
    return this.h.low[this.h.at(back)];
  }
  close(back: number): number {
    return this.h.close[this.h.at(back)];
  }
}

export function patternFeatures(): FeatureBlock {
  const window = new HistoryWindow();
  return {
    specs: PATTERNS.map((p) => ({ name: `pat_${p.name}`, warmupBars: PATTERN_WARMUP, description: `candlestick pattern ${p.name.replaceAll("_", " ")}: +1 bullish, −1 bearish, 0 none` })),
    write(state: FeatureState, out: Float64Array, at: number) {
      window.h = state.base;
      detectPatterns(window, out, at);
    },
  };
}
