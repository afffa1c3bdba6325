/**
 * Order-book features at the bar close, read from the book reduction made before the close (see BookState).
 * NaN until the symbol has had a valid book (and always for candle-only input).
 */
import { type BookState, DEPTH_BANDS_BPS, IMBALANCE_LEVELS, OFI_WINDOW } from "./book-state.ts";
import { cur } from "./bar-features.ts";
import type { FeatureBlock, FeatureSpec, FeatureState } from "./feature-block.ts";

interface BookFeature {
  spec: FeatureSpec;
  value: (b: BookState, state: FeatureState) => number;
}

const bf = (name: string, description: string, value: BookFeature["value"], warmupBars = 0): BookFeature => ({
  spec: { name: `book_${name}`, warmupBars, description },
  value,
});

const bps = (x: number) => x * 10_000;
const imbalance = (a: number, b: number) => (a + b > 0 ? (a - b) / (a + b) : 0);

const FEATURES: BookFeature[] = [
  bf("spread_bps", "best ask − best bid, bps of mid", (b) => bps((b.bestAsk - b.bestBid) / b.mid)),
  bf("mid_vs_close_bps", "mid / bar close − 1, bps", (b, s) => bps(b.mid / cur(s.base, s.base.close) - 1)),
  bf("microprice_dev_bps", "size-weighted microprice / mid − 1, bps", (b) => bps(b.microprice / b.mid - 1)),
  ...IMBALANCE_LEVELS.map((levels, i) => bf(`imbalance_${levels}`, `(bid − ask) / (bid + ask) size over the top ${levels} level(s)`, (b) => b.imbalance[i])),
  ...DEPTH_BANDS_BPS.flatMap((band, i) => [
    bf(`log_depth_${band}bps`, `ln(1 + bid + ask size within ${band} bps of mid)`, (b) => Math.log1p(b.bidDepth[i] + b.askDepth[i])),
    bf(`depth_imbalance_${band}bps`, `(bid − ask) / (bid + ask) size within ${band} bps of mid`, (b) => imbalance(b.bidDepth[i], b.askDepth[i])),
  ]),
  bf("log_slope_bid", "ln(1 + bid pressure slope: cumulative size per bp, top 10 levels)", (b) => Math.log1p(b.bidSlope)),
  bf("log_slope_ask", "ln(1 + ask pressure slope)", (b) => Math.log1p(b.askSlope)),
  bf("slope_imbalance", "(bid − ask) / (bid + ask) pressure slope", (b) => imbalance(b.bidSlope, b.askSlope)),
  bf("ofi_1", "Cont order-flow imbalance of the bar / mean best-level depth", (b) => b.ofi(1), 1),
  bf(`ofi_${OFI_WINDOW}`, `order-flow imbalance over ${OFI_WINDOW} bars / mean best-level depth`, (b) => b.ofi(OFI_WINDOW), OFI_WINDOW),
  bf("log_updates", "ln(1 + book updates in the bar)", (b) => Math.log1p(b.updatesInLastBar()), 1),
];

export function bookFeatures(): FeatureBlock {
  return {
    specs: FEATURES.map((f) => f.spec),
    write(state: FeatureState, out: Float64Array, at: number) {
      const book = state.book;
      for (let i = 0; i < FEATURES.length; i++) out[at + i] = book.valid ? FEATURES[i].value(book, state) : NaN;
    },
  };
}
